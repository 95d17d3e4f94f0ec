/** Plain-text articles (.txt files, the CLI, the evaluation): the first line is the title when it reads like one. */
import type { ArticleText } from './types';

/** A headline: no sentence-final punctuation, and short. */
export const HEADLINE_MAX_WORDS = 25;
const SENTENCE_END = /[.!?؟…]["»”']?\s*$/;

export function articleFromPlainText(raw: string): ArticleText {
  const lines = raw.replace(/\r\n?/g, '\n').split('\n');
  const first = lines.findIndex((l) => l.trim());
  if (first < 0) return { text: '' };
  const head = lines[first].trim();
  const rest = lines.slice(first + 1).join('\n');
  const isHeadline = rest.trim().length > 0 && !SENTENCE_END.test(head) && head.split(/\s+/).length <= HEADLINE_MAX_WORDS;
  return isHeadline ? { title: head, text: rest } : { text: lines.slice(first).join('\n') };
}
