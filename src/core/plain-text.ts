/** Plain-text articles (.txt files, the CLI, the evaluation): the first line is the title when it reads like one. */
import type { ArticleText } from './types';
import { HARD_WRAP, isHardWrapped, splitLines } from './text';
import { BOILERPLATE } from './extract/boilerplate';

/** A headline: no sentence-final punctuation, and short. */
export const HEADLINE_MAX_WORDS = 25;
const SENTENCE_END = /[.!?؟…]["»”']?\s*$/;

/**
 * In hard-wrapped text (print lines broken at a fixed width, see isHardWrapped) a first line about as
 * long as the wrapped lines is the first line of the first paragraph, not a headline (on EASC dev all
 * 31 hard-wrapped articles would otherwise lose their lead to the «title»).
 */
function isWrappedLine(head: string, lines: string[]): boolean {
  const all = splitLines(lines.join('\n'));
  if (!isHardWrapped(all)) return false;
  const widths = all.map((l) => l.text.trim().length).sort((a, b) => a - b);
  const median = widths[Math.floor(widths.length / 2)];
  return head.length >= HARD_WRAP.band[0] * median;
}

/** Lines that are page furniture copied along with the text («ADVERTISEMENT», «إعلان»): dropped. */
const DROPPED_LINES = [BOILERPLATE.ad];

export function articleFromPlainText(raw: string): ArticleText {
  const lines = raw
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => (DROPPED_LINES.some((re) => re.test(l.trim())) ? '' : l));
  const first = lines.findIndex((l) => l.trim());
  if (first < 0) return { text: '' };
  const head = lines[first].trim();
  const rest = lines.slice(first + 1).join('\n');
  const isHeadline =
    rest.trim().length > 0 &&
    !SENTENCE_END.test(head) &&
    head.split(/\s+/).length <= HEADLINE_MAX_WORDS &&
    !isWrappedLine(head, lines.slice(first));
  return isHeadline ? { title: head, text: rest } : { text: lines.slice(first).join('\n') };
}
