/**
 * Light Arabic stemmer: strips clitic prefixes and common suffixes so that
 * «والاقتصادية» and «اقتصادي» share a stem. Works on NORMALIZED words (see normalizeArabic).
 */

/** Proclitic combinations, longest first. */
export const PREFIXES = ['وبال', 'وكال', 'فبال', 'وال', 'فال', 'بال', 'كال', 'لل', 'ال', 'و', 'ف', 'ب', 'ك', 'ل', 'س'];
/** Suffixes (normalized: ة→ه), longest first. */
export const SUFFIXES = ['يات', 'ات', 'ون', 'ين', 'ان', 'يه', 'ها', 'هم', 'هن', 'كم', 'نا', 'تم', 'ه', 'ي', 'ا', 'ت'];

const MIN_STEM = 3;

/** Removes one proclitic group (keeping at least MIN_STEM letters). */
export function stripPrefix(word: string): string {
  for (const p of PREFIXES) {
    if (word.startsWith(p) && word.length - p.length >= MIN_STEM) {
      // single-letter prefixes other than و ف ب ل ك are only taken before ال-less words
      return word.slice(p.length);
    }
  }
  return word;
}

export function stripSuffix(word: string): string {
  for (const s of SUFFIXES) {
    if (word.endsWith(s) && word.length - s.length >= MIN_STEM) return word.slice(0, -s.length);
  }
  return word;
}

export function lightStem(normWord: string): string {
  if (!/^[\u0621-\u064A]+$/.test(normWord)) return normWord;
  return stripSuffix(stripPrefix(normWord));
}
