/**
 * The word cap of extraction (LIMITS.maxWords): paragraphs are kept in order until the budget, and the
 * paragraph that overflows it is cut inside, at its last sentence end within the budget (at a word
 * boundary when the budget holds no sentence end), so an article whose first paragraph alone is longer
 * than the cap still gives its first sentences instead of nothing.
 */

/** Sentence ends: . ! ? ؟ … with any closing quotes or brackets after them, before a space or the end. */
const SENTENCE_END = /[.!?؟…]+["'»”’)\]]*(?=\s|$)/g;

/** Words as the cap counts them: runs of non-space characters. */
export function capWordCount(text: string): number {
  return text.match(/\S+/g)?.length ?? 0;
}

/** The start of `text` holding at most `budget` words, ending at a sentence end when there is one. */
export function cutAtSentence(text: string, budget: number): string {
  if (budget <= 0) return '';
  const word = /\S+/g;
  let end = 0,
    n = 0,
    m: RegExpExecArray | null;
  while (n < budget && (m = word.exec(text))) {
    n++;
    end = m.index + m[0].length;
  }
  const head = text.slice(0, end);
  let cut = 0;
  SENTENCE_END.lastIndex = 0;
  while ((m = SENTENCE_END.exec(head))) cut = m.index + m[0].length;
  return (cut ? head.slice(0, cut) : head).trim();
}

/** Paragraphs within `maxWords` words; `truncated` when anything was cut. */
export function capWords(paragraphs: string[], maxWords: number): { paragraphs: string[]; truncated: boolean } {
  const kept: string[] = [];
  let words = 0;
  for (const p of paragraphs) {
    const w = capWordCount(p);
    if (words + w <= maxWords) {
      kept.push(p);
      words += w;
      continue;
    }
    const head = cutAtSentence(p, maxWords - words);
    if (head) kept.push(head);
    return { paragraphs: kept, truncated: true };
  }
  return { paragraphs: kept, truncated: false };
}
