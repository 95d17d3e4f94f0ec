/**
 * Is a text Arabic (the language), not just Arabic script? Persian, Urdu, Kurdish (Sorani), Pashto and
 * Uyghur share the script; their own letters and function words give them away, and Arabic's definite
 * article «ال» (a quarter of Arabic news words) is rare in all of them.
 * Small and dependency-free: it is part of the content-script bundle.
 */

/** Letters used by other languages written in Arabic script but not by Arabic. */
export const NON_ARABIC_LETTERS = /[پچژگکیۀےٹڈڑںەۆێڵڕھۇۈۋېۉځڅډړږښڼټګۍۃ]/g;
/** Frequent Arabic function words that the other Arabic-script languages do not use as words. */
export const ARABIC_FUNCTION_WORDS = new Set([
  'في',
  'على',
  'إلى',
  'الى',
  'عن',
  'أن',
  'إن',
  'أنه',
  'التي',
  'الذي',
  'الذين',
  'هذا',
  'هذه',
  'مع',
  'كان',
  'كانت',
  'قد',
  'وقد',
  'بين',
  'كما',
  'أو',
  'ذلك',
  'حيث',
  'وفي',
  'وقال',
  'قال',
  'بعد',
  'عليه',
  'خلال',
  'لم',
  'لن',
  'منذ',
  'حتى',
  'إلا',
  'التى',
  'وهو',
  'وهي',
  'ولا',
  'فقد',
  'عندما',
  'أيضا',
  'أيضاً',
  'ان',
]);
/** Frequent Persian / Urdu / Kurdish / Pashto / Uyghur function words that Arabic does not use. */
export const OTHER_FUNCTION_WORDS = new Set([
  // Persian (also typed with Arabic ي/ك)
  'است',
  'این',
  'که',
  'كه',
  'را',
  'با',
  'های',
  'هاي',
  'می',
  'مي',
  'برای',
  'براي',
  'شد',
  'کرد',
  'كرد',
  'از',
  'در',
  'بود',
  'شده',
  'اين',
  'کند',
  'كند',
  'نیز',
  'نيز',
  'خود',
  'آنها',
  'ایران',
  'ايران',
  // Urdu
  'ہے',
  'ہیں',
  'کے',
  'کی',
  'میں',
  'اور',
  'سے',
  'نے',
  'کو',
  'پر',
  'تھا',
  'گیا',
  'یہ',
  'وہ',
  // Pashto (the Kurdish and Uyghur function words are not listed: every one of them has a letter of
  // NON_ARABIC_LETTERS, which the letter ratio counts already)
  'په',
  'ته',
  'دا',
]);
/** Words that carry Arabic's definite article (with the usual proclitics). */
export const DEFINITE_ARTICLE = /^(?:[وفبكل]?ال|لل)[\u0621-\u064A]{2,}/;

const ARABIC_SCRIPT = /[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/g;
const LATIN_LETTERS = /[A-Za-z\u00C0-\u024F]/g;
const WORD_SPLIT = /[\s\u200c\u200f\u200e،,.؛;:!?؟()«»"'[\]{}<>\-–—_/|…]+/;

export interface LanguageGuess {
  isArabic: boolean;
  /** share of letters (Arabic script + Latin) that are Arabic script */
  arabicScriptRatio: number;
  /** share of Arabic-script letters that only other languages use */
  foreignLetterRatio: number;
  /** share of Arabic-script words that carry the Arabic definite article */
  definiteArticleRatio: number;
  arabicFunctionWords: number;
  otherFunctionWords: number;
}

/** Thresholds of the decision (kept together so they can be reviewed at a glance). */
export const LANGUAGE_THRESHOLDS = {
  minScriptRatio: 0.5,
  maxForeignLetterRatio: 0.012,
  minDefiniteArticleRatio: 0.08,
  minArabicFunctionWords: 3,
  /** Arabic function words must outnumber the other languages' ones this many times */
  functionWordMargin: 2,
  /**
   * A short text with fewer Arabic function words (a fixtures list, a weather bulletin) is still Arabic
   * when at least this share of its words carry «ال», it has this many words and not one function word
   * of the other languages (Persian and Urdu text of any length is full of them: است، از، در، که، ہے، کے).
   */
  shortTextDefiniteArticleRatio: 0.25,
  shortTextMinWords: 15,
};

export function guessArabic(text: string, sampleChars = 6000): LanguageGuess {
  const sample = text.length > sampleChars ? text.slice(0, sampleChars) : text;
  // every match is one UTF-16 unit: count them by what removing them takes off (no array of matches)
  const count = (re: RegExp) => sample.length - sample.replace(re, '').length;
  const script = count(ARABIC_SCRIPT);
  const latin = count(LATIN_LETTERS);
  const foreign = count(NON_ARABIC_LETTERS);
  let ar = 0,
    other = 0,
    words = 0,
    al = 0;
  for (const w of sample.split(WORD_SPLIT)) {
    if (!w || w.charCodeAt(0) < 0x600) continue;
    words++;
    if (DEFINITE_ARTICLE.test(w)) al++;
    if (ARABIC_FUNCTION_WORDS.has(w)) ar++;
    else if (OTHER_FUNCTION_WORDS.has(w)) other++;
  }
  const t = LANGUAGE_THRESHOLDS;
  const arabicScriptRatio = script + latin ? script / (script + latin) : 0;
  const foreignLetterRatio = script ? foreign / script : 0;
  const definiteArticleRatio = words ? al / words : 0;
  const isArabic =
    arabicScriptRatio > t.minScriptRatio &&
    foreignLetterRatio < t.maxForeignLetterRatio &&
    definiteArticleRatio >= t.minDefiniteArticleRatio &&
    ((ar >= t.minArabicFunctionWords && ar >= t.functionWordMargin * other) ||
      (other === 0 && words >= t.shortTextMinWords && definiteArticleRatio >= t.shortTextDefiniteArticleRatio));
  return {
    isArabic,
    arabicScriptRatio,
    foreignLetterRatio,
    definiteArticleRatio,
    arabicFunctionWords: ar,
    otherFunctionWords: other,
  };
}
