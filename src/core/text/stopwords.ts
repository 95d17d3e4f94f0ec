/** Arabic stopwords: the maintained stopwords-iso list, normalized the same way as the text. */
// Named import: bundlers keep only the Arabic list, not all 50+ languages.
import { ar } from 'stopwords-iso/stopwords-iso.json';
import { normalizeArabic } from './normalize';

/** Words news text uses everywhere that the list lacks (reporting verbs, glue words). */
export const EXTRA_STOPWORDS = [
  'ان',
  'قد',
  'كما',
  'الي',
  'علي',
  'التي',
  'الذي',
  'الذين',
  'هذا',
  'هذه',
  'وقال',
  'قال',
  'وقد',
  'وان',
  'او',
  'واضاف',
  'اضاف',
  'واكد',
  'اكد',
  'واشار',
  'اشار',
  'اوضح',
  'واوضح',
  'اضافه',
  'بالاضافه',
  'خلال',
  'حيث',
  'بين',
  'ضمن',
  'عبر',
  'لدي',
  'وفق',
  'وفقا',
  'ايضا',
  'كذلك',
  'وكان',
  'وكانت',
  'كانت',
  'يكون',
  'تكون',
  'وهو',
  'وهي',
];
/** One-letter conjunctions: «وهذا» and «فإن» are stopwords when «هذا» and «إن» are. */
export const STOPWORD_CONJUNCTIONS = ['و', 'ف'];

export const STOPWORDS: ReadonlySet<string> = new Set(
  [...(ar as string[]), ...EXTRA_STOPWORDS].map((w) => normalizeArabic(w)).filter((w) => w.length > 0),
);

/** True for a normalized stopword, also behind a one-letter conjunction. */
export function isStopword(normWord: string): boolean {
  if (STOPWORDS.has(normWord)) return true;
  return normWord.length > 2 && STOPWORD_CONJUNCTIONS.includes(normWord[0]) && STOPWORDS.has(normWord.slice(1));
}
