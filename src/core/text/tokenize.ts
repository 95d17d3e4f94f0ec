/** Tokenizer for Arabic mixed with Latin words and numbers. Offsets point into the original text. */
import { normalizeArabic } from './normalize';

export interface Token {
  /** original text of the token */
  text: string;
  /** normalized form (see normalizeArabic), lower-cased for Latin */
  norm: string;
  start: number;
  end: number;
  kind: 'word' | 'number' | 'punct';
}

/**
 * A word: letters of any script, with Arabic marks and tatweel and zero-width joiners inside;
 * a number: digits (ASCII, Arabic-Indic, Persian) with inner separators «3.5» «1,000» «٣٫٥»;
 * anything else that is not space: one punctuation token.
 */
const TOKEN_RE =
  /([\p{L}\p{M}\u0640\u200C\u200D]+(?:['’][\p{L}]+)*)|([0-9\u0660-\u0669\u06F0-\u06F9]+(?:[.,\u066B\u066C:/][0-9\u0660-\u0669\u06F0-\u06F9]+)*%?)|([^\s\p{L}\p{M}0-9\u0660-\u0669\u06F0-\u06F9])/gu;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(text))) {
    const kind = m[1] ? 'word' : m[2] ? 'number' : 'punct';
    out.push({
      text: m[0],
      norm: normalizeArabic(m[0]).toLowerCase(),
      start: m.index,
      end: m.index + m[0].length,
      kind,
    });
  }
  return out;
}

/** Normalized word and number tokens only (what ROUGE and similarity count). */
export function words(text: string): string[] {
  return tokenize(text)
    .filter((t) => t.kind !== 'punct' && t.norm.length > 0)
    .map((t) => t.norm);
}

/** The original text of each token of `text` (what tokenize gives as `text`, without normalizing). */
export function tokenTexts(text: string): string[] {
  const out: string[] = [];
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(text))) out.push(m[0]);
  return out;
}

/** Count of words as a reader would count them (for reading time and word budgets): tokenize's words and numbers. */
export function wordCount(text: string): number {
  let n = 0;
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(text))) if (m[1] || m[2]) n++;
  return n;
}
