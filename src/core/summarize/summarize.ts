/**
 * Extractive summarizer. `rankSentences` does the text analysis once; `selectSummary` turns a
 * ranking into a summary of any length without recomputing anything.
 */
import type { Sentence, SummaryLength, SummarySentence } from '../types';
import { tokenize, isStopword, lightStem } from '../text';

export interface Ranking {
  sentences: Sentence[];
  /** score per sentence index (higher is better) */
  scores: number[];
  /** word count per sentence index */
  wordCounts: number[];
  /** sentence indices, best first */
  order: number[];
}

/** Content-word stems of a text (stopwords, punctuation and 1-letter words dropped). */
export function contentStems(text: string): string[] {
  const out: string[] = [];
  for (const t of tokenize(text)) {
    if (t.kind === 'punct' || t.norm.length < 2 || isStopword(t.norm)) continue;
    out.push(lightStem(t.norm));
  }
  return out;
}

function cosine(a: Map<string, number>, b: Map<string, number>): number {
  let dot = 0, na = 0, nb = 0;
  for (const [k, v] of a) { na += v * v; const w = b.get(k); if (w) dot += v * w; }
  for (const v of b.values()) nb += v * v;
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

function bag(stems: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const s of stems) m.set(s, (m.get(s) ?? 0) + 1);
  return m;
}

export function rankSentences(sentences: Sentence[], title = ''): Ranking {
  const bags = sentences.map((s) => bag(contentStems(s.text)));
  const titleBag = bag(contentStems(title));
  const n = sentences.length;
  const centrality = bags.map((b, i) => {
    let sum = 0;
    for (let j = 0; j < n; j++) if (j !== i) sum += cosine(b, bags[j]);
    return n > 1 ? sum / (n - 1) : 0;
  });
  const maxC = Math.max(1e-9, ...centrality);
  const wordCounts = sentences.map((s) => tokenize(s.text).filter((t) => t.kind !== 'punct').length);
  const scores = sentences.map((_, i) => {
    const position = 1 / (1 + i);
    const short = wordCounts[i] < 5 ? 0.5 : 1;
    return short * (position + centrality[i] / maxC + 0.5 * cosine(bags[i], titleBag));
  });
  const order = scores.map((_, i) => i).sort((a, b) => scores[b] - scores[a] || a - b);
  return { sentences, scores, wordCounts, order };
}

/** Default length: about a quarter of the article, 3 to 7 sentences. */
export function defaultSentenceCount(n: number): number {
  return Math.min(n, Math.max(3, Math.min(7, Math.round(n / 4))));
}

export function selectSummary(r: Ranking, length?: SummaryLength): SummarySentence[] {
  const n = r.sentences.length;
  const picked: number[] = [];
  if (length && 'words' in length) {
    let words = 0;
    for (const i of r.order) {
      if (words >= length.words) break;
      picked.push(i);
      words += r.wordCounts[i];
    }
  } else {
    const k = !length
      ? defaultSentenceCount(n)
      : 'sentences' in length
        ? Math.max(0, Math.min(n, Math.floor(length.sentences)))
        : Math.max(1, Math.min(n, Math.round(n * length.ratio)));
    picked.push(...r.order.slice(0, k));
  }
  return picked.sort((a, b) => a - b).map((i) => ({ index: i, text: r.sentences[i].text }));
}
