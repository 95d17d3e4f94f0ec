/** Arabic stopwords: the maintained stopwords-iso list, normalized the same way as the text. */
// Named import: bundlers keep only the Arabic list, not all 50+ languages.
import { ar } from 'stopwords-iso/stopwords-iso.json';
import { normalizeArabic } from './normalize';

/** Words news text uses everywhere that the list lacks. */
export const EXTRA_STOPWORDS = ['ان', 'قد', 'كما', 'الي', 'علي', 'التي', 'الذي', 'الذين', 'هذا', 'هذه', 'وقال', 'قال', 'وقد', 'وان', 'او'];

export const STOPWORDS: ReadonlySet<string> = new Set(
  [...(ar as string[]), ...EXTRA_STOPWORDS].map((w) => normalizeArabic(w)),
);

export function isStopword(normWord: string): boolean {
  return STOPWORDS.has(normWord);
}
