/**
 * Extractive summarizer. `rankSentences` does the text analysis once (features, similarity, a
 * redundancy-aware order); `selectSummary` turns a ranking into a summary of any length by taking a
 * prefix of that order — nothing is recomputed.
 *
 * Score of a sentence = Σ weight × feature (each feature scaled to [0, 1] within the article),
 * times a multiplier for its kind (headings, lists, quotes, captions must not dominate).
 * The order is Maximal Marginal Relevance over those scores: a sentence too similar to the ones
 * already chosen is pushed down, near-duplicates always. All weights are the tables below; they were
 * chosen on one half of the EASC development set and checked on the other half
 * (see scripts/eval-summary.ts --tune and DEFAULT_WEIGHTS).
 */
import type { Sentence, SummaryLength, SummarySentence } from '../types';
import { tokenize, isStopword, lightStem, LIST_MARKER } from '../text';

/** Weights of the sentence features. */
export interface Weights {
  /** news lead: 1 / (1 + i)^leadDecay */
  lead: number;
  /** relative position: 1 − i / n */
  position: number;
  /** first sentence of its paragraph */
  paragraphStart: number;
  /** cosine similarity with the document centroid (TF-ISF over content stems) */
  centroid: number;
  /** LexRank score over a bounded similarity graph */
  lexrank: number;
  /** cosine similarity with the title (or a leading heading line) */
  title: number;
  /** cosine similarity with the lead (the first body sentence): the article's topic as its opening states it */
  leadSim: number;
  /** the lead sentence itself */
  first: number;
  /** distinct content stems shared with the lead sentence */
  topic: number;
  /** distinct keywords: content stems found in at least KEYWORD_MIN_SENTENCES sentences */
  keywords: number;
  /** how many of the article's TOP_TERMS most widespread content stems the sentence has */
  topTerms: number;
  /** length: min(1, words / LENGTH.full) */
  length: number;
  /** share of number tokens */
  numbers: number;
  /**
   * exponent of the long-sentence factor (LENGTH.long / words)^long for sentences over LENGTH.long
   * words: run-on «sentences» (whole paragraphs without stops) eat the budget and read badly
   */
  long: number;
}

/**
 * Chosen by `npm run eval:summary -- --tune` on half of EASC dev (even documents) and checked on the
 * other half. On EASC no content feature (centroid, LexRank, topic terms, lead similarity, keywords)
 * beat the news lead on held-out documents, so they are off (0) here; what survives is the lead,
 * the title (when there is one) and the run-on penalty. Kind multipliers and near-duplicate
 * removal apply on top.
 */
export const DEFAULT_WEIGHTS: Weights = {
  lead: 0.5,
  position: 0,
  paragraphStart: 0,
  centroid: 0,
  lexrank: 0,
  title: 0.5,
  leadSim: 0,
  first: 0,
  topic: 0,
  keywords: 0,
  topTerms: 0,
  length: 0,
  numbers: 0,
  long: 1,
};

/** Shape parameters of the features and of the selection. */
export const PARAMS = {
  /** exponent of the lead feature */
  leadDecay: 1,
  /** MMR trade-off: 1 = scores only (near-duplicates still removed), lower = more diversity */
  mmrLambda: 1,
  /** a sentence this similar (cosine) to one already chosen is a near-duplicate: moved to the end */
  duplicate: 0.6,
  /** MMR is run over at most this many best-scored sentences (the rest follow by score) */
  mmrPool: 60,
  /** LexRank: edges only to sentences within this distance (bounds the work to O(n · window)) */
  graphWindow: 40,
  /** LexRank damping and iterations */
  damping: 0.85,
  iterations: 30,
};

/** A keyword is a content stem found in at least this many sentences. */
export const KEYWORD_MIN_SENTENCES = 3;
/** Topic terms: this many most widespread content stems of the article. */
export const TOP_TERMS = 10;

/** Sentence length policy. */
export const LENGTH = {
  /** sentences this long or longer get the full length feature */
  full: 20,
  /** sentences shorter than this are fragments: score multiplied by KIND_FACTOR.fragment */
  fragment: 5,
  /** sentences longer than this are run-ons: score multiplied by (long / words)^weights.long */
  long: 40,
};

/** Multipliers by sentence kind. */
export const KIND_FACTOR = {
  heading: 0.3,
  list: 0.6,
  quote: 0.7,
  caption: 0.3,
  fragment: 0.5,
  normal: 1,
};
export type SentenceKind = keyof typeof KIND_FACTOR;
/** Kinds that come after every body sentence in the selection order (they never dominate). */
export const DEMOTED_KINDS: SentenceKind[] = ['heading', 'caption', 'list', 'fragment'];

/** A heading or caption: a whole line, short, without a final stop. */
export const HEADING = { maxWords: 14, stop: /[.!?؟…؛]["'»”)\]]*\s*$/u };
/** Caption and credit markers (photo captions, "source:" lines). */
export const CAPTION = /^(?:\(?\s*(?:صورة|الصورة|صور|أرشيفية|ارشيفية|المصدر|مصدر الصورة|تصوير|photo|image|source)\b)|(?:\((?:أرشيفية|ارشيفية|أ ف ب|رويترز|AFP|Reuters)\)\s*$)/iu;
/** A quotation sentence: opens and closes with quotes. */
export const QUOTE = /^[«"“'].*[»"”'][.!?؟…]?$/su;
/** Default length: about a quarter of the article, bounded. */
export const DEFAULT_LENGTH = { ratio: 0.25, min: 3, max: 7 };
/** Texts with at most this many sentences are returned whole. */
export const RETURN_WHOLE = 3;

export interface Ranking {
  sentences: Sentence[];
  /** score per sentence index (higher is better) */
  scores: number[];
  /** word count per sentence index */
  wordCounts: number[];
  /** sentence indices in selection order: best first, redundancy removed (MMR) */
  order: number[];
  /** kind per sentence index */
  kinds?: SentenceKind[];
}

/** Content-word stems of a text (stopwords, punctuation and 1-letter words dropped). */
export function contentStems(text: string): string[] {
  const out: string[] = [];
  for (const t of tokenize(text)) {
    if (t.kind === 'punct' || t.norm.length < 2 || isStopword(t.norm)) continue;
    out.push(t.kind === 'number' ? t.norm : lightStem(t.norm));
  }
  return out;
}

/** A sparse vector: term ids ascending, weights; with its norm. */
interface Vec {
  ids: Int32Array;
  w: Float64Array;
  norm: number;
}

function dot(a: Vec, b: Vec): number {
  let i = 0, j = 0, s = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i], y = b.ids[j];
    if (x === y) { s += a.w[i] * b.w[j]; i++; j++; }
    else if (x < y) i++;
    else j++;
  }
  return s;
}

function cosine(a: Vec, b: Vec): number {
  return a.norm && b.norm ? dot(a, b) / (a.norm * b.norm) : 0;
}

function makeVec(counts: Map<number, number>, idf: (id: number) => number): Vec {
  const ids = Int32Array.from([...counts.keys()].sort((x, y) => x - y));
  const w = Float64Array.from(ids, (id) => (counts.get(id) ?? 0) * idf(id));
  let n = 0;
  for (const v of w) n += v * v;
  return { ids, w, norm: Math.sqrt(n) };
}

/** Per-article features (each scaled to [0, 1]) and what selection needs. */
export interface Features {
  n: number;
  wordCounts: number[];
  kinds: SentenceKind[];
  lead: number[];
  position: number[];
  paragraphStart: number[];
  centroid: number[];
  lexrank: number[];
  title: number[];
  leadSim: number[];
  first: number[];
  topic: number[];
  keywords: number[];
  topTerms: number[];
  length: number[];
  numbers: number[];
  /** TF-ISF vectors, for redundancy */
  vectors: Vec[];
  /** cosine similarity of two sentences (memoized) */
  sim: (i: number, j: number) => number;
}

function memoSim(vectors: Vec[]): (i: number, j: number) => number {
  const cache = new Map<number, number>();
  const n = vectors.length;
  return (i, j) => {
    const key = i < j ? i * n + j : j * n + i;
    let v = cache.get(key);
    if (v === undefined) { v = cosine(vectors[i], vectors[j]); cache.set(key, v); }
    return v;
  };
}

function scaleMax(xs: number[]): number[] {
  const m = Math.max(0, ...xs);
  return m > 0 ? xs.map((x) => x / m) : xs.map(() => 0);
}

function sentenceKind(s: Sentence, all: Sentence[], words: number): SentenceKind {
  const wholeLine =
    (s.index === 0 || all[s.index - 1].paragraph !== s.paragraph) &&
    (s.index === all.length - 1 || all[s.index + 1].paragraph !== s.paragraph);
  const text = s.text.trim();
  if (wholeLine && CAPTION.test(text)) return 'caption';
  if (LIST_MARKER.test(text)) return 'list';
  if (wholeLine && words <= HEADING.maxWords && !HEADING.stop.test(text)) return 'heading';
  if (QUOTE.test(text)) return 'quote';
  if (words < LENGTH.fragment) return 'fragment';
  return 'normal';
}

/** LexRank (continuous) over edges between sentences at most `window` apart: O(n · window). */
function lexRank(vectors: Vec[], window: number): number[] {
  const n = vectors.length;
  const nbr: { j: number; w: number }[][] = Array.from({ length: n }, () => []);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < Math.min(n, i + 1 + window); j++) {
      const c = cosine(vectors[i], vectors[j]);
      if (c > 0) { nbr[i].push({ j, w: c }); nbr[j].push({ j: i, w: c }); }
    }
  }
  const out = nbr.map((es) => es.reduce((s, e) => s + e.w, 0));
  let pr = new Array<number>(n).fill(1 / Math.max(1, n));
  const d = PARAMS.damping;
  for (let it = 0; it < PARAMS.iterations; it++) {
    const next = new Array<number>(n).fill((1 - d) / Math.max(1, n));
    for (let i = 0; i < n; i++) {
      if (!out[i]) { next[i] += d * pr[i]; continue; }
      for (const e of nbr[i]) next[e.j] += (d * pr[i] * e.w) / out[i];
    }
    pr = next;
  }
  return pr;
}

/** All the text analysis of an article: done once per article. */
export function sentenceFeatures(sentences: Sentence[], title = ''): Features {
  const n = sentences.length;
  const dict = new Map<string, number>();
  const id = (t: string) => {
    let k = dict.get(t);
    if (k === undefined) { k = dict.size; dict.set(t, k); }
    return k;
  };
  const wordCounts: number[] = [];
  const numberCounts: number[] = [];
  const counts: Map<number, number>[] = [];
  for (const s of sentences) {
    let wc = 0, nums = 0;
    const c = new Map<number, number>();
    for (const t of tokenize(s.text)) {
      if (t.kind === 'punct') continue;
      wc++;
      if (t.kind === 'number') nums++;
      if (t.norm.length < 2 || isStopword(t.norm)) continue;
      const k = id(t.kind === 'number' ? t.norm : lightStem(t.norm));
      c.set(k, (c.get(k) ?? 0) + 1);
    }
    wordCounts.push(wc);
    numberCounts.push(nums);
    counts.push(c);
  }
  const kinds = sentences.map((s, i) => sentenceKind(s, sentences, wordCounts[i]));

  // inverse sentence frequency
  const df = new Map<number, number>();
  for (const c of counts) for (const k of c.keys()) df.set(k, (df.get(k) ?? 0) + 1);
  const idf = (k: number) => Math.log((n + 1) / ((df.get(k) ?? 0) + 0.5));
  const vectors = counts.map((c) => makeVec(c, idf));

  // centroid of the article (sum of the TF vectors, ISF-weighted)
  const total = new Map<number, number>();
  counts.forEach((c, i) => {
    if (kinds[i] !== 'normal' && kinds[i] !== 'quote') return;
    for (const [k, v] of c) total.set(k, (total.get(k) ?? 0) + v);
  });
  const centroidVec = makeVec(total, idf);

  // title: the given one, else a leading heading line
  let titleText = title.trim();
  if (!titleText && n > 0 && kinds[0] === 'heading') titleText = sentences[0].text;
  const tc = new Map<number, number>();
  for (const st of contentStems(titleText)) {
    const k = dict.get(st);
    if (k !== undefined) tc.set(k, (tc.get(k) ?? 0) + 1);
  }
  const titleVec = makeVec(tc, idf);

  // the article's most widespread content stems (ties: first seen)
  const top = new Set(
    [...df.entries()].filter(([, v]) => v >= 2).sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, TOP_TERMS).map(([k]) => k),
  );

  // position among body sentences: headings, captions and lists do not push the body down
  const bodyRank: number[] = [];
  let body = 0;
  for (const k of kinds) {
    bodyRank.push(body);
    if (!DEMOTED_KINDS.includes(k)) body++;
  }

  // the lead: first sentence that is not a heading, caption or list item
  let leadIndex = kinds.findIndex((k) => k === 'normal' || k === 'quote');
  if (leadIndex < 0) leadIndex = 0;

  const paragraphStart = sentences.map((s, i) => (i === 0 || sentences[i - 1].paragraph !== s.paragraph ? 1 : 0));
  return {
    n,
    wordCounts,
    kinds,
    lead: bodyRank.map((k) => 1 / Math.pow(1 + k, PARAMS.leadDecay)),
    position: sentences.map((_, i) => (n > 1 ? 1 - i / n : 1)),
    paragraphStart,
    centroid: scaleMax(vectors.map((v) => cosine(v, centroidVec))),
    lexrank: scaleMax(n > 1 ? lexRank(vectors, PARAMS.graphWindow) : [1]),
    title: scaleMax(vectors.map((v, i) => (titleText && i === 0 && kinds[0] === 'heading' && !title.trim() ? 0 : cosine(v, titleVec)))),
    leadSim: scaleMax(vectors.map((v, i) => (i === leadIndex ? 0 : cosine(v, vectors[leadIndex] ?? v)))),
    first: sentences.map((_, i) => (i === leadIndex ? 1 : 0)),
    topic: scaleMax(counts.map((c, i) => {
      if (i === leadIndex) return 0;
      let k = 0;
      for (const t of c.keys()) if (counts[leadIndex]?.has(t)) k++;
      return k;
    })),
    keywords: scaleMax(counts.map((c) => {
      let k = 0;
      for (const t of c.keys()) if ((df.get(t) ?? 0) >= KEYWORD_MIN_SENTENCES) k++;
      return k;
    })),
    topTerms: scaleMax(counts.map((c) => {
      let k = 0;
      for (const t of c.keys()) if (top.has(t)) k++;
      return k;
    })),
    length: wordCounts.map((w) => Math.min(1, w / LENGTH.full)),
    numbers: scaleMax(wordCounts.map((w, i) => (w ? numberCounts[i] / w : 0))),
    vectors,
    sim: memoSim(vectors),
  };
}

/** Scores from features and weights (kind multipliers applied). */
export function scoreFeatures(f: Features, w: Weights = DEFAULT_WEIGHTS): number[] {
  const out: number[] = [];
  for (let i = 0; i < f.n; i++) {
    const s =
      w.lead * f.lead[i] +
      w.position * f.position[i] +
      w.paragraphStart * f.paragraphStart[i] +
      w.centroid * f.centroid[i] +
      w.lexrank * f.lexrank[i] +
      w.title * f.title[i] +
      w.leadSim * f.leadSim[i] +
      w.first * f.first[i] +
      w.topic * f.topic[i] +
      w.keywords * f.keywords[i] +
      w.topTerms * f.topTerms[i] +
      w.length * f.length[i] +
      w.numbers * f.numbers[i];
    const wc = f.wordCounts[i];
    const long = wc > LENGTH.long && w.long ? Math.pow(LENGTH.long / wc, w.long) : 1;
    out.push(s * KIND_FACTOR[f.kinds[i]] * long);
  }
  return out;
}

/**
 * Selection order: Maximal Marginal Relevance over the best `mmrPool` sentences, then the rest by
 * score. With lambda = 1 the order is by score; near-duplicates (PARAMS.duplicate) always go last.
 */
export function mmrOrder(f: Features, scores: number[], lambda = PARAMS.mmrLambda): number[] {
  const demoted = (i: number) => (DEMOTED_KINDS.includes(f.kinds[i]) ? 1 : 0);
  const byScore = scores.map((_, i) => i).sort((a, b) => demoted(a) - demoted(b) || scores[b] - scores[a] || a - b);
  const pool = byScore.slice(0, PARAMS.mmrPool);
  const max = Math.max(1e-9, ...pool.map((i) => scores[i]));
  const maxSim = new Map<number, number>(pool.map((i) => [i, 0]));
  const order: number[] = [];
  const duplicates: number[] = [];
  while (maxSim.size) {
    let best = -1, bestV = -Infinity;
    for (const [i, sim] of maxSim) {
      const v = lambda * (scores[i] / max) - (1 - lambda) * sim - 2 * demoted(i);
      if (v > bestV || (v === bestV && i < best)) { bestV = v; best = i; }
    }
    maxSim.delete(best);
    if ((maxSim.size || order.length) && order.some((j) => f.sim(best, j) >= PARAMS.duplicate)) {
      duplicates.push(best);
      continue;
    }
    order.push(best);
    if (lambda < 1) {
      for (const [i, sim] of maxSim) {
        const c = f.sim(i, best);
        if (c > sim) maxSim.set(i, c);
      }
    }
  }
  return order.concat(byScore.slice(PARAMS.mmrPool), duplicates);
}

export interface RankOptions {
  weights?: Weights;
  lambda?: number;
}

export function rankSentences(sentences: Sentence[], title = '', opts: RankOptions = {}): Ranking {
  const f = sentenceFeatures(sentences, title);
  const scores = scoreFeatures(f, opts.weights ?? DEFAULT_WEIGHTS);
  const order = mmrOrder(f, scores, opts.lambda ?? PARAMS.mmrLambda);
  return { sentences, scores, wordCounts: f.wordCounts, order, kinds: f.kinds };
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
