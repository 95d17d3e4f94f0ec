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

/** Normalization used by the tagger's features (matching only). */
export function nerNormalize(token: string): string {
  const t = token
    .replace(MARKS, '')
    .replace(FOLD_RE, (c) => FOLDS[c] ?? c)
    .toLowerCase();
  return t.length ? t : token;
}
