/**
 * Sentence splitter for Arabic news text. Sentences keep the original text; offsets point into it
 * (`sentence.text === text.slice(start, end)`).
 *
 * Paragraphs are lines, and a line break ends a sentence, except in hard-wrapped text (print-style
 * lines of nearly equal width with no stop at their end), where such breaks are joined.
 * The tables below are the whole policy; edit them, not the code.
 */
import type { Sentence } from '../types';
import { LETTER_NAME_WORDS, isAcronymStart, isLetterName } from './latin-letters';

/** Characters that end a sentence. The Arabic comma «،» does NOT end a sentence. */
export const SENTENCE_ENDERS = '.!?؟…؛';
/** Enders that may end a sentence even when the next sentence follows without a space («1959.أتم»). */
export const TIGHT_ENDERS = '.!?؟';
/** Closing quotes and brackets that belong to the sentence before the break. */
export const CLOSERS = '»”"\')]』」›’';
/** Opening → closing pairs inside which a break is not taken when the pair closes soon. */
export const BRACKETS: Record<string, string> = { '(': ')', '[': ']', '«': '»', '“': '”', '{': '}' };
/** A bracket or quote that closes within this many characters is treated as one unit. */
export const MAX_BRACKET_SPAN = 160;
/**
 * Abbreviations that a period does not end (normalized-free, as written; compared without the dot).
 * Single letters (initials: «د.» «م.» «ص.» «أ.» and Latin «J.») are handled by a rule below.
 */
export const ABBREVIATIONS = new Set([
  'ق.م',
  'أ.د',
  'ا.د',
  'ص.ب',
  'م.م',
  'ج.م.ع',
  'إلخ',
  'الخ',
  'ت',
  'هـ',
  'تل',
  'د',
  'م',
  'ص',
  'ق',
  'dr',
  'mr',
  'mrs',
  'ms',
  'prof',
  'st',
  'no',
  'vs',
  'jr',
  'sr',
  'inc',
  'ltd',
  'co',
  'u.s',
  'u.k',
]);
/**
 * Latin letters written out in Arabic («إف» «جي»), as initials of foreign names: «جون إف. كينيدي», «جي. كي. رولينغ».
 * Without the four that are also Arabic words (أو «or», في «in», إن «that», بي «in me»), which may end a sentence.
 */
export const INITIAL_LETTER_NAMES = new Set(
  [...LETTER_NAME_WORDS].filter((w) => !['او', 'في', 'ان', 'بي'].includes(w)),
);
/** Era marks written after a year («1988م.», «1430 هـ.», «500 ق.م.»): after a number the period may end a sentence. */
export const ERA_MARKS = new Set(['م', 'هـ', 'ه', 'ق.م', 'ب.م']);
/** List-item markers at the start of a line: «1.» «1)» «أ-» «•» «-» «*». */
export const LIST_MARKER =
  /^\s*(?:[0-9\u0660-\u0669\u06F0-\u06F9]{1,3}[.)\-–]|[\u0621-\u064A][.)\-–](?=\s)|[•▪◦●■*\-–—])\s*/u;
/** Hard-wrap detection: lines without a final stop, most within this band of their median length. */
export const HARD_WRAP = {
  minLines: 4,
  minMedianChars: 40,
  maxMedianChars: 130,
  band: [0.75, 1.25] as const,
  minShare: 0.5,
  minInBand: 0.7,
};
/**
 * A "sentence" longer than this (a run-on text without stops, a pasted list) is cut into pieces of at most
 * this many characters, as even as possible, at a comma-like break (SOFT_BREAKS + space) near the even
 * cut point, else at a space, else anywhere (never inside a surrogate pair). Pieces rank and display as
 * sentences. The value: longer than the longest sentence of EASC and the BBC Arabic set (1,381 and 858
 * characters), so the evaluations are unchanged, and far below the 20,000-character highlight message.
 */
export const MAX_SENTENCE_CHARS = 1500;
/** Characters after which an over-long sentence is preferably cut (followed by a space). */
export const SOFT_BREAKS = '،,:;–—';
/** A line ending with one of these ends its paragraph even in hard-wrapped text. */
const LINE_END_STOP = /[.!?؟…؛:»”"')\]]\s*$/u;

const DIGIT = /[0-9\u0660-\u0669\u06F0-\u06F9]/;
const LETTER = /[\p{L}]/u;
/** A sentence needs a real letter or digit: tatweel (U+0640, a \p{Lm}) alone, e.g. a «ـــــ» rule line, is not one. */
const HAS_LETTER_OR_DIGIT = /[^\P{L}\u0640]|\p{N}/u;
const SPACE = /\s/;
/** A global regex matching any one of `chars` (escaped for a character class). */
const anyOf = (chars: string) => new RegExp(`[${chars.replace(/[\]\\[^-]/g, '\\$&')}]`, 'g');
/** Any of CLOSERS (removed from a run of enders before it is judged). */
const CLOSERS_RE = anyOf(CLOSERS);
/** The characters sentenceEnds stops at (an ender or an opening bracket); it skips everything else. */
const STOP_CHARS_RE = anyOf(SENTENCE_ENDERS + Object.keys(BRACKETS).join(''));

export interface Paragraph {
  text: string;
  start: number;
}

/** Non-empty lines of the text (with their offsets). */
export function splitLines(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  const re = /[^\n\r\u2028\u2029]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (m[0].trim()) out.push({ text: m[0], start: m.index });
  }
  return out;
}

/** True when the lines look hard-wrapped (print text broken at a fixed width). */
export function isHardWrapped(lines: Paragraph[]): boolean {
  if (lines.length < HARD_WRAP.minLines) return false;
  const open = lines.filter((l) => !LINE_END_STOP.test(l.text)).map((l) => l.text.trim().length);
  if (open.length < HARD_WRAP.minShare * lines.length) return false;
  const sorted = [...open].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)];
  if (median < HARD_WRAP.minMedianChars || median > HARD_WRAP.maxMedianChars) return false;
  const inBand = open.filter((n) => n >= HARD_WRAP.band[0] * median && n <= HARD_WRAP.band[1] * median).length;
  return inBand >= HARD_WRAP.minInBand * open.length;
}

/**
 * Paragraphs: lines, or in hard-wrapped text, runs of lines joined at breaks that have no stop.
 * A paragraph's text is the original substring (it may contain the joined line breaks).
 */
export function splitParagraphs(text: string): Paragraph[] {
  const lines = splitLines(text);
  if (!isHardWrapped(lines)) return lines;
  const open = lines
    .filter((l) => !LINE_END_STOP.test(l.text))
    .map((l) => l.text.trim().length)
    .sort((a, b) => a - b);
  const minWidth = HARD_WRAP.band[0] * open[Math.floor(open.length / 2)];
  const out: Paragraph[] = [];
  let cur: { start: number; end: number } | null = null;
  for (const l of lines) {
    const end = l.start + l.text.length;
    if (cur) cur.end = end;
    else cur = { start: l.start, end };
    const continues = !LINE_END_STOP.test(l.text) && l.text.trim().length >= minWidth;
    if (!continues) {
      out.push({ text: text.slice(cur.start, cur.end), start: cur.start });
      cur = null;
    }
  }
  if (cur) out.push({ text: text.slice(cur.start, cur.end), start: cur.start });
  return out;
}

/** The word (letters, digits, dots) just before position `i` (exclusive). */
function wordBefore(s: string, i: number): string {
  let j = i;
  while (j > 0 && /[\p{L}\p{M}\p{N}.\u0640]/u.test(s[j - 1])) j--;
  return s.slice(j, i);
}

/** The letters (and marks) from position `i` on. */
function wordAfter(s: string, i: number): string {
  let j = i;
  while (j < s.length && /[\p{L}\p{M}\u0640]/u.test(s[j])) j++;
  return s.slice(i, j);
}

/** Is the single period at `i` part of an abbreviation, initial, number or list marker (not a stop)? */
function periodIsNotStop(s: string, i: number): boolean {
  const prev = s[i - 1] ?? '';
  const next = s[i + 1] ?? '';
  const glued = next !== '' && !SPACE.test(next) && !CLOSERS.includes(next);
  // decimals, dates, versions, domains: 3.5, 12.10.2007, www.site.com — and anything not followed by a letter
  if (glued && !LETTER.test(next)) return true;
  if (glued && /[a-z]/i.test(prev) && /[a-z]/i.test(next)) return true;
  const word = wordBefore(s, i).replace(/\u0640/g, '');
  // a dotted acronym written in letter names: «سي.إن.إن», «بي.بي.سي», «إف.بي.آي»; also with a word in it, once it
  // has begun with a letter name: «بي.أوت.كيو» (beoutQ)
  if (glued && isAcronymStart(word.slice(word.lastIndexOf('.') + 1)) && isLetterName(wordAfter(s, i + 1))) return true;
  if (glued && LETTER.test(next)) {
    const parts = word.replace(/^\.+/, '').split('.');
    const after = wordAfter(s, i + 1);
    const goesOn = s[i + 1 + after.length] === '.' && LETTER.test(s[i + 2 + after.length] ?? '');
    // not a period forgotten before the next sentence («فيتامين سي.كما»): the chain has a part already, or goes on
    if (isAcronymStart(parts[0]) && (parts.length > 1 || goesOn)) return true;
  }
  const bare = word.replace(/^\.+/, '');
  const lower = bare.toLowerCase();
  // list marker «1.» at the start of the paragraph
  if (/^[0-9\u0660-\u0669\u06F0-\u06F9]{1,3}$/.test(bare) && s.slice(0, i - bare.length).trim() === '') return true;
  // era marks after a number may end a sentence: «عام 1988م.» «1770 م.» «500 ق.م.»
  const digitsStripped = lower.replace(/^[0-9\u0660-\u0669\u06F0-\u06F9]+/, '');
  const afterNumber =
    digitsStripped !== lower ||
    DIGIT.test(
      s
        .slice(0, i - word.length)
        .trimEnd()
        .slice(-1),
    );
  if (afterNumber && ERA_MARKS.has(digitsStripped)) return false;
  // known abbreviations and dotted initials (ق.م أ.د U.S)
  if (ABBREVIATIONS.has(lower)) return true;
  if (/^(?:\p{L}\.)+\p{L}$/u.test(bare)) return true;
  // a single letter is an initial: «د. محمد» «J. Smith»
  if (/^\p{L}$/u.test(bare)) return true;
  // an acronym of letter names each with its period and a space: «بي. إن. سبورتس» (beIN Sports). Inside the chain
  // (another «X.» follows) the period is no stop; after its last letter it is none either unless the next word
  // begins with «و», as most Arabic sentences do («لشبكة سي. إن. إن. وقال…»)
  if (isLetterName(bare) && SPACE.test(next)) {
    const after = wordAfter(s, i + 2);
    if (isLetterName(after) && s[i + 2 + after.length] === '.') return true;
    const space = i - word.length - 1;
    const dottedBefore = SPACE.test(s[space] ?? '') && s[space - 1] === '.' && isLetterName(wordBefore(s, space - 1));
    if (dottedBefore && LETTER.test(s[i + 2] ?? '') && s[i + 2] !== 'و') return true;
  }
  // a Latin letter written out is an initial when a word follows: «جون إف. كينيدي»; not the last letter of an
  // acronym, which may end a sentence («لشبكة سي إن إن.»), nor before «و…», which starts most Arabic sentences
  if (
    INITIAL_LETTER_NAMES.has(bare.replace(/[أإآ]/g, 'ا')) &&
    SPACE.test(next) &&
    LETTER.test(s[i + 2] ?? '') &&
    s[i + 2] !== 'و' &&
    !LETTER_NAME_WORDS.has(
      wordBefore(s, i - word.length - 1)
        .replace(/\u0640/g, '')
        .replace(/[أإآ]/g, 'ا'),
    )
  )
    return true;
  return false;
}

/** End offsets (exclusive, within the paragraph) of the sentences of one paragraph. */
function sentenceEnds(p: string): number[] {
  const ends: number[] = [];
  const marker = LIST_MARKER.exec(p);
  let i = marker ? marker[0].length : 0;
  while (i < p.length) {
    // jump to the next ender or opening bracket (nothing else is looked at)
    STOP_CHARS_RE.lastIndex = i;
    if (!STOP_CHARS_RE.exec(p)) break;
    i = STOP_CHARS_RE.lastIndex - 1;
    const ch = p[i];
    const closer = BRACKETS[ch];
    if (closer) {
      // a short bracketed or quoted span is one unit: no break inside it
      const close = p.indexOf(closer, i + 1);
      if (close > 0 && close - i <= MAX_BRACKET_SPAN) {
        i = close + 1;
        continue;
      }
    }
    if (!SENTENCE_ENDERS.includes(ch)) {
      i++;
      continue;
    }
    // a run of enders («...», «؟!»), then closing quotes and brackets
    let j = i;
    while (j < p.length && SENTENCE_ENDERS.includes(p[j])) j++;
    while (j < p.length && CLOSERS.includes(p[j])) j++;
    const next = p[j] ?? '';
    const atBoundary = next === '' || SPACE.test(next);
    const run = p.slice(i, j).replace(CLOSERS_RE, '');
    const stop =
      run === '.'
        ? !periodIsNotStop(p, i)
        : atBoundary || (LETTER.test(next) && (TIGHT_ENDERS.includes(run[0]) || run[0] === '…'));
    if (stop) ends.push(j);
    i = j;
  }
  ends.push(p.length);
  return ends;
}

/**
 * Cut points (offsets into `s`) that split s[from, to) into pieces of at most MAX_SENTENCE_CHARS:
 * each near the even split, at a soft break if one is in the window, else at a space, else hard.
 */
function longSentenceCuts(s: string, from: number, to: number): number[] {
  const cuts: number[] = [];
  let a = from;
  while (to - a > MAX_SENTENCE_CHARS) {
    const rest = to - a;
    const target = a + Math.ceil(rest / Math.ceil(rest / MAX_SENTENCE_CHARS));
    const lo = a + Math.floor((target - a) / 2),
      hi = a + MAX_SENTENCE_CHARS;
    let soft = -1,
      space = -1;
    for (let i = lo; i < hi; i++) {
      if (!SPACE.test(s[i]) || SPACE.test(s[i - 1])) continue;
      const better = (c: number) => c < 0 || Math.abs(i - target) < Math.abs(c - target);
      if (SOFT_BREAKS.includes(s[i - 1])) {
        if (better(soft)) soft = i;
      } else if (better(space)) space = i;
    }
    let cut = soft >= 0 ? soft : space >= 0 ? space : target;
    if (cut === target && /[\uD800-\uDBFF]/.test(s[cut - 1])) cut--;
    cuts.push(cut);
    a = cut;
  }
  return cuts;
}

export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const add = (raw: string, at: number, p: number) => {
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body && HAS_LETTER_OR_DIGIT.test(body)) {
      const start = at + lead;
      sentences.push({ index: sentences.length, text: body, paragraph: p, start, end: start + body.length });
    }
  };
  splitParagraphs(text).forEach((para, p) => {
    let from = 0;
    for (const end of sentenceEnds(para.text)) {
      if (end - from <= MAX_SENTENCE_CHARS) add(para.text.slice(from, end), para.start + from, p);
      else {
        let a = from;
        for (const cut of [...longSentenceCuts(para.text, from, end), end]) {
          add(para.text.slice(a, cut), para.start + a, p);
          a = cut;
        }
      }
      from = end;
    }
  });
  return sentences;
}
