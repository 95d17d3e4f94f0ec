/**
 * Light Arabic stemmer: strips clitic prefixes and common suffixes so that «والاقتصادية»,
 * «الاقتصاديين» and «اقتصادي» share a stem. Works on NORMALIZED words (see normalizeArabic: ة→ه,
 * ى→ي, hamza forms folded). Light on purpose: no roots, no patterns; measured in
 * test/unit/text/stem.test.ts on hand-checked pairs that must and must not share a stem.
 * The tables below are the whole policy; edit them, not the code.
 */

/** Proclitic groups that include the article: safe to strip when a stem of MIN_STEM letters remains. */
export const ARTICLE_PREFIXES = ['وبال', 'وكال', 'فبال', 'فكال', 'ولل', 'فلل', 'وال', 'فال', 'بال', 'كال', 'لل', 'ال'];
/** One-letter proclitics (conjunctions and prepositions): stripped only when a longer stem remains. */
export const LETTER_PREFIXES = ['و', 'ف', 'ب', 'ك', 'ل'];
/** All prefixes, longest first (kept for callers that list them). */
export const PREFIXES = [...ARTICLE_PREFIXES, ...LETTER_PREFIXES];
/** Pronoun suffixes (stripped first). «ه» only after «ت» («حكومته», «مؤلفاته»), where it cannot be «ة». */
export const PRONOUN_SUFFIXES = ['هما', 'كما', 'ها', 'هم', 'هن', 'كم', 'كن', 'نا'];
/** Letters before which a final «ه» is the pronoun «his», not the taa marbuta. */
export const PRONOUN_HA_AFTER = ['ت'];
/** Taa marbuta written «ت» before a pronoun («حكومتها» → «حكومه»): dropped after the pronoun goes. */
export const TAA_BEFORE_PRONOUN = 'ت';
/** Number, gender and adjective suffixes (stripped second), normalized, longest first. */
export const NOUN_SUFFIXES = ['يات', 'يين', 'يون', 'تين', 'تان', 'ات', 'ون', 'ين', 'ان', 'يه', 'تم', 'ه', 'ي', 'ا'];
/** All suffixes, longest first (kept for callers that list them). */
export const SUFFIXES = [...new Set([...PRONOUN_SUFFIXES, ...NOUN_SUFFIXES])].sort((a, b) => b.length - a.length);

/** A stem keeps at least this many letters. */
export const MIN_STEM = 3;
/**
 * After a one-letter proclitic, at least this many letters must remain («وزارة» stays «وزارة»),
 * unless the caller knows the remainder is a word of the text (see lightStem's `known`).
 */
export const MIN_AFTER_LETTER_PREFIX = 5;

const ARABIC_WORD = /^[\u0621-\u064A]+$/;

/**
 * Affixes of a table by the letter a word must have there (first letter for prefixes, last for suffixes), in the
 * table's order: a word is compared only with the affixes it can have.
 */
function byLetter(affixes: readonly string[], last: boolean): Map<number, string[]> {
  const m = new Map<number, string[]>();
  for (const a of affixes) {
    const c = a.charCodeAt(last ? a.length - 1 : 0);
    const l = m.get(c);
    if (l) l.push(a);
    else m.set(c, [a]);
  }
  return m;
}
const ARTICLE_BY_FIRST = byLetter(ARTICLE_PREFIXES, false);
const PRONOUN_BY_LAST = byLetter(PRONOUN_SUFFIXES, true);
const NOUN_BY_LAST = byLetter(NOUN_SUFFIXES, true);
const NONE: string[] = [];

/** A lexicon test: is this normalized word seen in the text? */
export type KnownWord = (normWord: string) => boolean;

/**
 * Removes one proclitic group. A one-letter proclitic goes when a long stem remains, or, given
 * `known`, when the remainder (or «ال» + remainder) is itself a word of the text: «ورئيس» → «رئيس»
 * in a text that says «الرئيس», while «وزارة» stays whole in a text without «زارة».
 */
export function stripPrefix(word: string, known?: KnownWord): string {
  for (const p of ARTICLE_BY_FIRST.get(word.charCodeAt(0)) ?? NONE) {
    if (word.startsWith(p) && word.length - p.length >= MIN_STEM) return word.slice(p.length);
  }
  for (const p of LETTER_PREFIXES) {
    if (!word.startsWith(p)) continue;
    const rest = word.slice(p.length);
    if (rest.length < MIN_STEM) break;
    if (known ? known(rest) || known(`ال${rest}`) : rest.length >= MIN_AFTER_LETTER_PREFIX) return rest;
    break;
  }
  return word;
}

/** Removes the first suffix of the table (by its last letter) that leaves MIN_STEM letters. */
function stripOne(word: string, byLast: Map<number, string[]>): string {
  for (const s of byLast.get(word.charCodeAt(word.length - 1)) ?? NONE) {
    if (word.endsWith(s) && word.length - s.length >= MIN_STEM) return word.slice(0, -s.length);
  }
  return word;
}

/** Removes a pronoun suffix, then a number/gender suffix. */
export function stripSuffix(word: string): string {
  let w = stripOne(word, PRONOUN_BY_LAST);
  if (
    w === word &&
    word.endsWith('ه') &&
    PRONOUN_HA_AFTER.includes(word[word.length - 2]) &&
    word.length - 1 >= MIN_STEM
  ) {
    w = word.slice(0, -1);
  }
  if (
    w !== word &&
    w.endsWith(TAA_BEFORE_PRONOUN) &&
    !w.endsWith(`ا${TAA_BEFORE_PRONOUN}`) &&
    w.length - 1 >= MIN_STEM
  ) {
    return w.slice(0, -1);
  }
  return stripOne(w, NOUN_BY_LAST);
}

/**
 * Stem of a normalized word; non-Arabic words (Latin, numbers) are returned as they are.
 * `known` (optional): the text's own words, to decide one-letter proclitics (see stripPrefix).
 */
export function lightStem(normWord: string, known?: KnownWord): string {
  if (!ARABIC_WORD.test(normWord)) return normWord;
  return stripSuffix(stripPrefix(normWord, known));
}
