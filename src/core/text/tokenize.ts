/** Tokenizer for Arabic mixed with Latin words and numbers. Offsets point into the original text. */
import { normalizeLower } from './normalize';
import { isAcronymStart, isLetterName } from './latin-letters';

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
const WORD = String.raw`[\p{L}\p{M}\u0640\u200C\u200D]+(?:['’][\p{L}]+)*`;
const NUMBER = String.raw`[0-9\u0660-\u0669\u06F0-\u06F9]+(?:[.,\u066B\u066C:/][0-9\u0660-\u0669\u06F0-\u06F9]+)*%?`;
const PUNCT = String.raw`[^\s\p{L}\p{M}0-9\u0660-\u0669\u06F0-\u06F9]`;
const TOKEN_RE = new RegExp(`(${WORD})|(${NUMBER})|(${PUNCT})`, 'gu');
/**
 * Words and numbers alone, no groups: TOKEN_RE's word and number tokens. (Where TOKEN_RE takes one character as
 * punctuation, neither a word nor a number starts: this regex moves past the same character.)
 */
const WORD_OR_NUMBER_RE = new RegExp(`${WORD}|${NUMBER}`, 'gu');

/**
 * Is the period at `at` a dot inside an acronym written in letter names («سي.إن.إن», «بي.بي.سي»)? Such a dot is
 * no token: the acronym reads as its spaced form («سي إن إن»), as the tagger learned it.
 */
function isAcronymDot(text: string, at: number, prev: RegExpExecArray | null): boolean {
  if (text[at] !== '.' || !prev?.[1] || prev.index + prev[0].length !== at) return false;
  TOKEN_RE.lastIndex = at + 1;
  const next = TOKEN_RE.exec(text);
  TOKEN_RE.lastIndex = at + 1;
  return !!next?.[1] && next.index === at + 1 && isAcronymStart(prev[0]) && isLetterName(next[0]);
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  let prev: RegExpExecArray | null = null;
  while ((m = TOKEN_RE.exec(text))) {
    const skip = isAcronymDot(text, m.index, prev);
    prev = m;
    if (skip) continue;
    const kind = m[1] ? 'word' : m[2] ? 'number' : 'punct';
    out.push({
      text: m[0],
      norm: normalizeLower(m[0]),
      start: m.index,
      end: m.index + m[0].length,
      kind,
    });
  }
  return out;
}

/**
 * The normalized forms of tokenize's word and number tokens, in order (empty for a word of marks alone), without
 * building the tokens or normalizing the punctuation; its length is wordCount(text). (tokenize drops only dots
 * inside acronyms, which are punctuation: the words are the same.)
 */
export function wordNorms(text: string): string[] {
  const out: string[] = [];
  WORD_OR_NUMBER_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD_OR_NUMBER_RE.exec(text))) out.push(normalizeLower(m[0]));
  return out;
}

/** Normalized word and number tokens only (what ROUGE and similarity count). */
export function words(text: string): string[] {
  return wordNorms(text).filter((w) => w.length > 0);
}

/** One-letter abbreviations of titles: «د.» (دكتور), «م.» (مهندس). */
const ABBREVIATION = /^[دم]$/;
/** A letter right after a dot, or after one space (sticky: tested at the dot's end). */
const LETTER_NEXT = /\s?\p{L}/uy;

/**
 * The original text of each token of `text` (what tokenize gives as `text`, without normalizing), for the tagger:
 * a one-letter abbreviation keeps its dot before a word («د.فخري الفقي», «د. سحر نصر» → «د.», as the tagger's
 * training text writes it; split from its dot, the title no longer tells the tagger a name follows).
 */
export function tokenTexts(text: string): string[] {
  const out: string[] = [];
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  let prev: RegExpExecArray | null = null;
  while ((m = TOKEN_RE.exec(text))) {
    const before = prev;
    prev = m;
    if (isAcronymDot(text, m.index, before)) continue;
    const glued = before !== null && before.index + before[0].length === m.index;
    LETTER_NEXT.lastIndex = m.index + 1;
    if (glued && m[0] === '.' && ABBREVIATION.test(before[0]) && LETTER_NEXT.test(text)) out[out.length - 1] += '.';
    else out.push(m[0]);
  }
  return out;
}

/** Count of words as a reader would count them (for reading time and word budgets): tokenize's words and numbers. */
export function wordCount(text: string): number {
  let n = 0;
  WORD_OR_NUMBER_RE.lastIndex = 0;
  while (WORD_OR_NUMBER_RE.test(text)) n++;
  return n;
}
