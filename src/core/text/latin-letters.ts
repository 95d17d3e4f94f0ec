/**
 * The Latin alphabet's letters as Arabic news text writes them, in acronyms (BBC → «بي بي سي») and in initials
 * of foreign names («جون إف. كينيدي»). General knowledge of the letters' English names; not taken from any corpus.
 */
export const LATIN_LETTER_NAMES: Record<string, string> = {
  A: 'إيه',
  B: 'بي',
  C: 'سي',
  D: 'دي',
  E: 'إي',
  F: 'إف',
  G: 'جي',
  H: 'إتش',
  I: 'آي',
  J: 'جيه',
  K: 'كيه',
  L: 'إل',
  M: 'إم',
  N: 'إن',
  O: 'أو',
  P: 'بي',
  Q: 'كيو',
  R: 'آر',
  S: 'إس',
  T: 'تي',
  U: 'يو',
  V: 'في',
  W: 'دبليو',
  X: 'إكس',
  Y: 'واي',
  Z: 'زد',
};

/** Alef forms and alef maqsura folded as the letter names are compared («أم» = «إم», «سى» = «سي»). */
const foldLetterName = (w: string): string => w.replace(/[أإآ]/g, 'ا').replace(/ى/g, 'ي');

/** The letter names above, folded, with «كي» (K, also written without the final ه). */
export const LETTER_NAME_WORDS: ReadonlySet<string> = new Set(
  [...Object.values(LATIN_LETTER_NAMES), 'كي'].map(foldLetterName),
);

/** Is `word` (as written) a Latin letter's Arabic name? */
export function isLetterName(word: string): boolean {
  return LETTER_NAME_WORDS.has(foldLetterName(word.replace(/\u0640/g, '')));
}

/** A letter name, or one behind a one-letter proclitic («وإف», «لسي»): the first letter of an acronym. */
export function isAcronymStart(word: string): boolean {
  return isLetterName(word) || (word.length > 2 && 'وفبلك'.includes(word[0]) && isLetterName(word.slice(1)));
}
