/**
 * The tagger's normalization of a token, for matching only: diacritics, tatweel and invisibles removed, alef forms,
 * ى/ی, ة, ؤ/ئ, ک and Arabic-Indic digits folded, lowercased. Its own module so that the code the popup loads with
 * the page (the key-name display) does not carry the tagger's feature templates, which load with the model.
 */

/** Arabic diacritics, tatweel, invisibles. */
const MARKS =
  /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF\u061C]/g;
const FOLDS: Record<string, string> = {
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
  ٱ: 'ا',
  ى: 'ي',
  ی: 'ي',
  ة: 'ه',
  ؤ: 'و',
  ئ: 'ي',
  ک: 'ك',
  '٠': '0',
  '١': '1',
  '٢': '2',
  '٣': '3',
  '٤': '4',
  '٥': '5',
  '٦': '6',
  '٧': '7',
  '٨': '8',
  '٩': '9',
  '۰': '0',
  '۱': '1',
  '۲': '2',
  '۳': '3',
  '۴': '4',
  '۵': '5',
  '۶': '6',
  '۷': '7',
  '۸': '8',
  '۹': '9',
};
const FOLD_RE = /[أإآٱىیةؤئک٠-٩۰-۹]/g;

/** The definition: the normalization by its regular expressions (the fast path below gives the same string). */
export function nerNormalizeByRegex(token: string): string {
  const t = token
    .replace(MARKS, '')
    .replace(FOLD_RE, (c) => FOLDS[c] ?? c)
    .toLowerCase();
  return t.length ? t : token;
}

/** Code units below FAST_END: −1 when removed, −2 when not handled here (the regexes decide), else the output. */
const FAST_END = 0x700;
const DROP = -1,
  SLOW = -2;
/**
 * What each code unit below U+0700 becomes, from the definition itself: its marks and folds are one character
 * each, and lowercasing maps each of these characters on its own to one character, but for the Greek capital
 * sigma, whose lowercase depends on the letters around it (and «İ», two characters): tokens with those go
 * through the regexes.
 */
const FAST = new Int32Array(FAST_END);
{
  const marks = new RegExp(MARKS.source);
  for (let c = 0; c < FAST_END; c++) {
    const ch = String.fromCharCode(c);
    const lower = (FOLDS[ch] ?? ch).toLowerCase();
    FAST[c] = marks.test(ch) ? DROP : c === 0x3a3 || lower.length !== 1 ? SLOW : lower.charCodeAt(0);
  }
}
/** Invisibles outside the Arabic block (removed: see MARKS); the rest of the General Punctuation block is kept. */
const isInvisible = (c: number) =>
  (c >= 0x200b && c <= 0x200f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c === 0xfeff;

/**
 * Normalization used by the tagger's features (matching only): nerNormalizeByRegex, read one code unit at a time
 * through a table for ASCII, Arabic and the invisibles (no regex pass, no lowercasing pass); a token with any other
 * character goes through the regexes.
 */
export function nerNormalize(token: string): string {
  let out = '',
    from = 0;
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    let r: number;
    if (c < FAST_END) {
      r = FAST[c];
      if (r === c) continue;
      if (r === SLOW) return nerNormalizeByRegex(token);
    } else if (isInvisible(c)) r = DROP;
    else if (c >= 0x2000 && c <= 0x206f) continue;
    else return nerNormalizeByRegex(token);
    out += token.slice(from, i);
    if (r !== DROP) out += String.fromCharCode(r);
    from = i + 1;
  }
  if (from === 0) return token;
  out += token.slice(from);
  return out.length ? out : token;
}

/** A word with the letters a foreign g is written with swapped: ج for غ and غ for ج («غوغل» ↔ «جوجل»). */
export const swapForeignG = (w: string) => w.replace(/[جغ]/g, (c) => (c === 'ج' ? 'غ' : 'ج'));
