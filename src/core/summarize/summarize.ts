/**
 * Extractive summarizer. `rankSentences` reads the article once (what kind each sentence is, its words, a vector
 * of its content stems) and puts the sentences in one selection order; `selectSummary` turns that order into a
 * summary of any length by taking a prefix of it — nothing is recomputed when the reader changes the length.
 *
 * The order is the article's body order: the news lead first, then the following body sentences, with headings,
 * captions, list items and fragments after every body sentence (they never lead), and near-duplicates of an
 * earlier pick last. Learned scorers over headline, content and position features were trained on 1,849 BBC
 * Arabic articles and their editors' standfirsts (`npm run train:summary`) and did not beat this order under
 * document-level cross-validation, so none ships (docs/summary.md).
 */
import type { Sentence, SummaryLength, SummarySentence } from '../types';
import { wordNorms, isStopword, lightStem, LIST_MARKER } from '../text';

/** Kinds of sentence; all but normal body text and quotes come after every body sentence in the order. */
export type SentenceKind = 'normal' | 'quote' | 'heading' | 'list' | 'caption' | 'fragment';
export const DEMOTED_KINDS: readonly SentenceKind[] = ['heading', 'caption', 'list', 'fragment'];

/** A heading: a whole line, short, without a final stop. */
export const HEADING = { maxWords: 14, stop: /[.!?؟…؛]["'»”)\]]*\s*$/u };
/** A question: ends with a question mark (before closing quotes or brackets). */
export const QUESTION = /[?؟]["'»”)\]]*\s*$/u;
/** Sentences shorter than this many words are fragments. */
export const FRAGMENT_WORDS = 5;
/** Caption and credit markers (photo captions, "source:" lines). */
export const CAPTION =
  /^(?:\(?\s*(?:صورة|الصورة|صور|أرشيفية|ارشيفية|المصدر|مصدر الصورة|تصوير|photo|image|source)\b)|(?:\((?:أرشيفية|ارشيفية|أ ف ب|رويترز|AFP|Reuters)\)\s*$)/iu;
/** A quotation sentence: opens and closes with quotes. */
export const QUOTE = /^[«"“'].*[»"”'][.!?؟…]?$/su;

/** Near-duplicates are looked for among this many first sentences of the order (the rest follow in order). */
export const POOL = 60;
/** A sentence this similar (cosine of TF-ISF content-stem vectors) to one already chosen is a near-duplicate. */
export const DUPLICATE = 0.6;
/** Default length: about a quarter of the article, bounded. */
export const DEFAULT_LENGTH = { ratio: 0.25, min: 3, max: 7 };
/** Texts with at most this many sentences are returned whole. */
export const RETURN_WHOLE = 3;

export interface Ranking {
  sentences: Sentence[];
  /** score per sentence index (higher is better): 1 / (1 + body rank) for body text, 0 for demoted kinds */
  scores: number[];
  /** word count per sentence index */
  wordCounts: number[];
  /** sentence indices in selection order: best first, near-duplicates last */
  order: number[];
  /** kind per sentence index */
  kinds: SentenceKind[];
}

/** A sparse vector: term ids ascending, weights; with its norm. */
export interface Vec {
  ids: Int32Array;
  w: Float64Array;
  norm: number;
}

export function cosine(a: Vec, b: Vec): number {
  if (!a.norm || !b.norm) return 0;
  let i = 0,
    j = 0,
    s = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i],
      y = b.ids[j];
    if (x === y) {
      s += a.w[i] * b.w[j];
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return s / (a.norm * b.norm);
}

/** What the order needs to know of each sentence; computed once per article, linear in its length. */
export interface SentenceInfo {
  n: number;
  wordCounts: number[];
  kinds: SentenceKind[];
  /** rank among body sentences (demoted kinds do not push the body down) */
  bodyRank: number[];
  /** content-stem id → count, per sentence (stopwords, punctuation and 1-letter words dropped) */
  stems: Map<number, number>[];
  /** content stem → id */
  dict: Map<string, number>;
  /** TF-ISF vectors of the content stems */
  vectors: Vec[];
}

function sentenceKind(s: Sentence, all: Sentence[], words: number): SentenceKind {
  const wholeLine =
    (s.index === 0 || all[s.index - 1].paragraph !== s.paragraph) &&
    (s.index === all.length - 1 || all[s.index + 1].paragraph !== s.paragraph);
  const text = s.text.trim();
  if (wholeLine && CAPTION.test(text)) return 'caption';
  if (LIST_MARKER.test(text)) return 'list';
  if (wholeLine && words <= HEADING.maxWords && !HEADING.stop.test(text)) return 'heading';
  // a short question alone on the first line, with more text below, is a headline (news headlines often ask)
  if (s.index === 0 && all.length > 1 && wholeLine && words <= HEADING.maxWords && QUESTION.test(text))
    return 'heading';
  if (QUOTE.test(text)) return 'quote';
  if (words < FRAGMENT_WORDS) return 'fragment';
  return 'normal';
}

export function sentenceInfo(sentences: Sentence[]): SentenceInfo {
  const n = sentences.length;
  const dict = new Map<string, number>();
  const wordCounts: number[] = [];
  const stems: Map<number, number>[] = [];
  // each normalized word's content-stem id (−1: none), looked up once per article
  const idOf = new Map<string, number>();
  // counts per stem id within the sentence being read, and the ids in the order the sentence first has them
  const count: number[] = [];
  const seen: number[] = [];
  for (const s of sentences) {
    const norms = wordNorms(s.text);
    for (const norm of norms) {
      let k = idOf.get(norm);
      if (k === undefined) {
        if (norm.length < 2 || isStopword(norm)) k = -1;
        else {
          // a number's stem is itself (lightStem keeps what is not an Arabic word)
          const stem = lightStem(norm);
          k = dict.get(stem);
          if (k === undefined) {
            k = dict.size;
            dict.set(stem, k);
          }
        }
        idOf.set(norm, k);
      }
      if (k < 0) continue;
      if (count[k]) count[k]++;
      else {
        count[k] = 1;
        seen.push(k);
      }
    }
    const c = new Map<number, number>();
    for (const k of seen) {
      c.set(k, count[k]);
      count[k] = 0;
    }
    seen.length = 0;
    wordCounts.push(norms.length);
    stems.push(c);
  }
  const kinds = sentences.map((s, i) => sentenceKind(s, sentences, wordCounts[i]));
  const bodyRank: number[] = [];
  let body = 0;
  for (const k of kinds) {
    bodyRank.push(body);
    if (!DEMOTED_KINDS.includes(k)) body++;
  }
  // inverse sentence frequency
  const df = new Int32Array(dict.size);
  for (const c of stems) for (const k of c.keys()) df[k]++;
  const idf = Float64Array.from(df, (d) => Math.log((n + 1) / (d + 0.5)));
  const vectors = stems.map((c) => {
    const ids = new Int32Array(c.size);
    let k = 0;
    for (const id of c.keys()) ids[k++] = id;
    ids.sort();
    const w = new Float64Array(ids.length);
    let norm = 0;
    for (let i = 0; i < ids.length; i++) {
      const v = c.get(ids[i])! * idf[ids[i]];
      w[i] = v;
      norm += v * v;
    }
    return { ids, w, norm: Math.sqrt(norm) };
  });
  return { n, wordCounts, kinds, bodyRank, stems, dict, vectors };
}

/** The shipped scores: 1 / (1 + body rank) for body sentences, 0 for headings, captions, lists and fragments. */
export function positionScores(info: SentenceInfo): number[] {
  return info.kinds.map((k, i) => (DEMOTED_KINDS.includes(k) ? 0 : 1 / (1 + info.bodyRank[i])));
}

/**
 * Selection order from scores: body sentences before demoted kinds, each group by score (ties: article order);
 * among the first POOL, a sentence as similar as DUPLICATE to one already chosen goes to the end.
 * `untilWords`: stop once the chosen sentences have that many words (a prefix of the same order; for training).
 */
export function selectionOrder(info: SentenceInfo, scores: number[], untilWords = Infinity): number[] {
  const demoted = (i: number) => (DEMOTED_KINDS.includes(info.kinds[i]) ? 1 : 0);
  const byScore = scores.map((_, i) => i).sort((a, b) => demoted(a) - demoted(b) || scores[b] - scores[a] || a - b);
  const order: number[] = [];
  const duplicates: number[] = [];
  let words = 0;
  for (const i of byScore.slice(0, POOL)) {
    if (order.some((j) => cosine(info.vectors[i], info.vectors[j]) >= DUPLICATE)) {
      duplicates.push(i);
      continue;
    }
    order.push(i);
    if ((words += info.wordCounts[i]) >= untilWords) return order;
  }
  return order.concat(byScore.slice(POOL), duplicates);
}

export function rankSentences(sentences: Sentence[]): Ranking {
  const info = sentenceInfo(sentences);
  const scores = positionScores(info);
  return { sentences, scores, wordCounts: info.wordCounts, order: selectionOrder(info, scores), kinds: info.kinds };
}

/** Default length: about a quarter of the article, 3 to 7 sentences. */
export function defaultSentenceCount(n: number): number {
  return Math.min(n, Math.max(DEFAULT_LENGTH.min, Math.min(DEFAULT_LENGTH.max, Math.round(n * DEFAULT_LENGTH.ratio))));
}

/**
 * Sentence indices (article order) for a length, from a selection order:
 * `{ words: N }` takes whole sentences in order until N words are reached;
 * `{ sentences: k }` the first k; `{ ratio: r }` round(r · n) (at least 1); default: defaultSentenceCount.
 */
export function pickIndices(order: number[], wordCounts: number[], length?: SummaryLength): number[] {
  const n = order.length;
  const picked: number[] = [];
  if (n <= RETURN_WHOLE && !(length && 'sentences' in length && length.sentences < n)) {
    picked.push(...order);
  } else if (length && 'words' in length) {
    let words = 0;
    for (const i of order) {
      if (words >= length.words) break;
      picked.push(i);
      words += wordCounts[i];
    }
  } else {
    const k = !length
      ? defaultSentenceCount(n)
      : 'sentences' in length
        ? Math.max(0, Math.min(n, Math.floor(length.sentences)))
        : Math.max(1, Math.min(n, Math.round(n * length.ratio)));
    picked.push(...order.slice(0, k));
  }
  return picked.sort((a, b) => a - b);
}

export function selectSummary(r: Ranking, length?: SummaryLength): SummarySentence[] {
  return pickIndices(r.order, r.wordCounts, length).map((i) => ({ index: i, text: r.sentences[i].text }));
}
