/**
 * Is a text Arabic (the language), not just Arabic script? Persian, Urdu, Kurdish, Pashto and
 * Uyghur share the script; their own letters and function words give them away.
 */

/** Letters used by other languages written in Arabic script but not by Arabic. */
export const NON_ARABIC_LETTERS = /[پچژگکیۀےٹڈڑںەۆێڵھۇۈۋېۉځڅډړږښڼ]/g;
/** Frequent Arabic function words (normalized spelling irrelevant: raw forms). */
export const ARABIC_FUNCTION_WORDS = new Set(['في', 'من', 'على', 'إلى', 'الى', 'عن', 'أن', 'ان', 'التي', 'الذي', 'هذا', 'هذه', 'مع', 'كان', 'قد', 'بين', 'وقد', 'كما', 'أو', 'لا', 'ما', 'إن', 'ذلك', 'حيث']);
/** Frequent Persian/Urdu function words that Arabic does not use. */
export const OTHER_FUNCTION_WORDS = new Set(['است', 'این', 'که', 'را', 'با', 'های', 'می', 'برای', 'آن', 'شد', 'کرد', 'ہے', 'کے', 'کی', 'میں', 'اور', 'سے', 'نے', 'کو', 'بۆ', 'لە', 'و', 'دے']);

const ARABIC_SCRIPT = /[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/g;
const LETTERS = /\p{L}/gu;

export interface LanguageGuess {
  isArabic: boolean;
  /** share of letters that are Arabic script */
  arabicScriptRatio: number;
  /** share of Arabic-script letters that only other languages use */
  foreignLetterRatio: number;
  arabicFunctionWords: number;
  otherFunctionWords: number;
}

export function guessArabic(text: string, sampleChars = 20000): LanguageGuess {
  const sample = text.length > sampleChars ? text.slice(0, sampleChars) : text;
  const letters = sample.match(LETTERS)?.length ?? 0;
  const script = sample.match(ARABIC_SCRIPT)?.length ?? 0;
  const foreign = sample.match(NON_ARABIC_LETTERS)?.length ?? 0;
  let ar = 0, other = 0;
  for (const w of sample.split(/[\s،,.؛:!?؟()«»"]+/)) {
    if (ARABIC_FUNCTION_WORDS.has(w)) ar++;
    else if (OTHER_FUNCTION_WORDS.has(w)) other++;
  }
  const arabicScriptRatio = letters ? script / letters : 0;
  const foreignLetterRatio = script ? foreign / script : 0;
  const isArabic = arabicScriptRatio > 0.5 && foreignLetterRatio < 0.01 && ar > 2 * other && ar >= 3;
  return { isArabic, arabicScriptRatio, foreignLetterRatio, arabicFunctionWords: ar, otherFunctionWords: other };
}
