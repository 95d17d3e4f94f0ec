/**
 * Sentence splitter for Arabic news text. Sentences keep the original text; offsets point into it.
 * Paragraphs are lines: a newline always ends a sentence.
 */
import type { Sentence } from '../types';

/** Characters that end a sentence. The Arabic comma «،» and semicolon-like «؛» handling live here. */
export const SENTENCE_ENDERS = '.!?؟…؛';
/** Closing quotes and brackets that belong to the sentence before the break. */
export const CLOSERS = '»”"\')]』」';

const SPLIT_RE = new RegExp(`[${SENTENCE_ENDERS}]+[${CLOSERS.replace(/[\]\\]/g, '\\$&')}]*(?=\\s|$)`, 'gu');

export function splitParagraphs(text: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  const re = /[^\n\r\u2028\u2029]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (m[0].trim()) out.push({ text: m[0], start: m.index });
  }
  return out;
}

export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  splitParagraphs(text).forEach((para, p) => {
    let from = 0;
    const push = (end: number) => {
      const raw = para.text.slice(from, end);
      const lead = raw.length - raw.trimStart().length;
      const body = raw.trim();
      if (body && /[\p{L}\p{N}]/u.test(body)) {
        const start = para.start + from + lead;
        sentences.push({ index: sentences.length, text: body, paragraph: p, start, end: start + body.length });
      }
      from = end;
    };
    SPLIT_RE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = SPLIT_RE.exec(para.text))) push(m.index + m[0].length);
    push(para.text.length);
  });
  return sentences;
}
