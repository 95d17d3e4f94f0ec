/**
 * Orthographic normalization of Arabic for MATCHING only (never for display).
 * The tables below are the whole policy; edit them, not the code.
 */

/** Harakat, tanween, shadda, sukun, superscript alef, Quranic marks. */
export const DIACRITICS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED]/g;
/** Tatweel (kashida). */
export const TATWEEL = /\u0640/g;
/** Zero-width and bidi control marks (U+200B–U+200F, U+202A–U+202E, U+2066–U+2069), BOM, Arabic letter mark. */
export const INVISIBLES = /[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF\u061C]/g;
/** Letters folded to one form for matching. */
export const LETTER_FOLDS: Record<string, string> = {
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
  ٱ: 'ا',
  ٲ: 'ا',
  ٳ: 'ا',
  ى: 'ي',
  ی: 'ي',
  ة: 'ه',
  ؤ: 'و',
  ئ: 'ي',
  ک: 'ك',
};
/** Arabic number punctuation folded to ASCII: decimal separator, thousands separator, percent. */
export const PUNCT_FOLDS: Record<string, string> = { '٫': '.', '٬': ',', '٪': '%' };
/** Arabic-Indic and Persian digits → ASCII. */
const DIGIT_BASES = [0x0660, 0x06f0];
/** NBSP and other fixed-width spaces → plain space. */
const SPACES = /[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g;

const FOLD_RE = new RegExp(`[${Object.keys(LETTER_FOLDS).join('')}]`, 'g');
const DIGIT_RE = /[\u0660-\u0669\u06F0-\u06F9]/g;
const PUNCT_RE = new RegExp(`[${Object.keys(PUNCT_FOLDS).join('')}]`, 'g');

function foldDigit(d: string): string {
  const c = d.charCodeAt(0);
  for (const base of DIGIT_BASES) if (c >= base && c <= base + 9) return String(c - base);
  return d;
}

/** The policy above applied to one character (used to build the fast lookup table). */
function slowNormalize(text: string): string {
  return text
    .replace(INVISIBLES, '')
    .replace(DIACRITICS, '')
    .replace(TATWEEL, '')
    .replace(FOLD_RE, (ch) => LETTER_FOLDS[ch] ?? ch)
    .replace(DIGIT_RE, foldDigit)
    .replace(PUNCT_RE, (ch) => PUNCT_FOLDS[ch] ?? ch)
    .replace(SPACES, ' ');
}

/** Code point ranges the policy touches; every character outside them is kept as it is. */
const TABLE_RANGES: [number, number][] = [
  [0x00a0, 0x00a0],
  [0x0600, 0x06ff],
  [0x2000, 0x206f],
  [0x3000, 0x3000],
  [0xfeff, 0xfeff],
];
const TABLE = new Map<number, string>();
for (const [lo, hi] of TABLE_RANGES) {
  for (let c = lo; c <= hi; c++) {
    const ch = String.fromCharCode(c);
    const out = slowNormalize(ch);
    if (out !== ch) TABLE.set(c, out);
  }
}
/** TABLE below U+0700 as an array indexed by code unit (the text's letters are read there, no map lookup). */
const DENSE_END = 0x700;
const DENSE: (string | undefined)[] = Array.from({ length: DENSE_END }, (_, c) => TABLE.get(c));

/** Normalize text for matching: strips marks, folds letters and digits. Length may change. */
export function normalizeArabic(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xa0) continue;
    const rep = c < DENSE_END ? DENSE[c] : TABLE.get(c);
    if (rep === undefined) continue;
    out += text.slice(from, i) + rep;
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** Code units below DENSE_END in normalizeLower: −1 removed, −2 left to the two passes, else the output unit. */
const DROP = -1,
  SLOW = -2;
/**
 * normalizeArabic then lowercasing, for each code unit below U+0700 alone: each such character lowercases on its
 * own to one character, but the Greek capital sigma (its lowercase depends on the letters around it) and «İ»
 * (two characters).
 */
const LOWER = new Int32Array(DENSE_END);
for (let c = 0; c < DENSE_END; c++) {
  const rep = DENSE[c] ?? String.fromCharCode(c);
  const lower = rep.toLowerCase();
  LOWER[c] = rep === '' ? DROP : c === 0x3a3 || lower.length !== 1 ? SLOW : lower.charCodeAt(0);
}

/**
 * `normalizeArabic(text).toLowerCase()` in one pass over the code units (a token's matching form): ASCII and the
 * Arabic block by the LOWER table, the General Punctuation block (caseless) by TABLE; text with any other
 * character takes the two passes.
 */
export function normalizeLower(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let r: number;
    if (c < DENSE_END) {
      r = LOWER[c];
      if (r === c) continue;
      if (r === SLOW) return normalizeArabic(text).toLowerCase();
    } else if (c >= 0x2000 && c <= 0x206f) {
      const rep = TABLE.get(c);
      if (rep === undefined) continue;
      out += text.slice(from, i) + rep;
      from = i + 1;
      continue;
    } else return normalizeArabic(text).toLowerCase();
    out += text.slice(from, i);
    if (r !== DROP) out += String.fromCharCode(r);
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** Arabic letters proper (no digits, no punctuation, no marks). */
export const ARABIC_LETTER = /[\u0621-\u063A\u0641-\u064A\u0671-\u06D3\u06D5\u06EE\u06EF\u06FA-\u06FF]/;
export function isArabicLetter(ch: string): boolean {
  return ARABIC_LETTER.test(ch);
}
