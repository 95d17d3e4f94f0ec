/**
 * Extractive summarizer. `rankSentences` does the text analysis once (sentence features, similarity,
 * a redundancy-aware order); `selectSummary` turns a ranking into a summary of any length by taking a
 * prefix of that order — nothing is recomputed.
 *
 * Score of a sentence = a small logistic model over the sentence features (MODEL_FEATURES): the
 * probability that a human summarizer picks the sentence, learned from EASC dev by
 * `npm run train:summary` (scripts/train-summary.ts, document-level cross-validation) and shipped as
 * the table in ./summary-model.ts. The model is a correction on top of a prior, the news lead
 * (1 / (1 + body rank)) times a run-on penalty (budget-aware: a sentence over LENGTH.long words spends
 * the word budget on text that references, cut at ~255 characters, rarely keep).
 * The order is by score with headings, captions, lists and fragments after every body sentence
 * (they never dominate) and near-duplicates last.
 */
import type { Sentence, SummaryLength, SummarySentence } from '../types';
import { tokenize, isStopword, lightStem, LIST_MARKER } from '../text';
import { SUMMARY_MODEL, type SummaryModel } from './summary-model';

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
  /** EASC references cut each chosen sentence at about this many characters */
  cutChars: 255,
  /** run-on sentences: longer than this many words, the prior is multiplied by (long / words)^fitPower */
  long: 40,
};

/**
 * Weight of the title similarity in the prior (lead + TITLE_PRIOR × title similarity), used only when
 * the article has a title (EASC has none, so this is not learned; 1 = the earlier lead 0.5 / title 0.5).
 */
export const TITLE_PRIOR = 1;

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

/**
 * The model's inputs, one number per sentence each (see sentenceFeatures for the definitions).
 * Positions count body sentences only: headings, captions, lists and fragments do not push the body down.
 */
export const MODEL_FEATURES = [
  /** 1 / (1 + body rank): the news lead */
  'lead',
  /** the lead sentence (first body sentence) */
  'first',
  /** the second, third and fourth body sentences */
  'second',
  'third',
  'fourth',
  /** body rank / body sentences */
  'position',
  /** first sentence of its paragraph */
  'paragraphStart',
  /** 1 / (1 + paragraph index) */
  'paragraphLead',
  /** paragraph index / paragraphs */
  'paragraphPosition',
  /** 1 / (1 + index within the paragraph) */
  'inParagraph',
  /** log(1 + words) */
  'logWords',
  /** the sentence is longer than LENGTH.cutChars characters */
  'overCut',
  /** share of the sentence within LENGTH.cutChars characters: min(1, cutChars / chars) */
  'fit',
  /** cosine with the title; without a title, with the lead sentence (the lead states the topic) */
  'title',
  /** cosine with the document centroid (TF-ISF over content stems), scaled to the article's max */
  'centroid',
  /** LexRank over a bounded similarity graph, scaled to the article's max */
  'lexrank',
  /** topic terms: how many of the article's TOP_TERMS most widespread stems, scaled */
  'topTerms',
  /** keywords: distinct stems found in at least KEYWORD_MIN_SENTENCES sentences, scaled */
  'keywords',
  /** share of number tokens */
  'numbers',
  /** share of stopwords */
  'stopwords',
  /** has quotation marks inside */
  'quoteMarks',
  /** kind indicators */
  'heading',
  'list',
  'quote',
  'caption',
  'fragment',
  /** log(1 + body sentences) × lead: how fast the lead decays may depend on the article's length */
  'leadByLength',
] as const;
export type FeatureName = (typeof MODEL_FEATURES)[number];

/** Per-article analysis: model inputs and what selection needs. */
export interface Features {
  n: number;
  wordCounts: number[];
  kinds: SentenceKind[];
  /** characters per sentence */
  chars: number[];
  /** x[i][k]: feature MODEL_FEATURES[k] of sentence i */
  x: Float64Array[];
  /** similarity with a real title (given, or a leading heading line), scaled to the article's max; 0 without one */
  titleSim: number[];
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
  let m = 0;
  for (const x of xs) if (x > m) m = x; // a loop: spreading 100,000+ values overflows the stack
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

/** All the text analysis of an article: done once per article, linear in its length. */
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
  const stopCounts: number[] = [];
  const counts: Map<number, number>[] = [];
  for (const s of sentences) {
    let wc = 0, nums = 0, stops = 0;
    const c = new Map<number, number>();
    for (const t of tokenize(s.text)) {
      if (t.kind === 'punct') continue;
      wc++;
      if (t.kind === 'number') nums++;
      if (t.norm.length < 2 || isStopword(t.norm)) { stops++; continue; }
      const k = id(t.kind === 'number' ? t.norm : lightStem(t.norm));
      c.set(k, (c.get(k) ?? 0) + 1);
    }
    wordCounts.push(wc);
    numberCounts.push(nums);
    stopCounts.push(stops);
    counts.push(c);
  }
  const kinds = sentences.map((s, i) => sentenceKind(s, sentences, wordCounts[i]));
  const chars = sentences.map((s) => s.text.length);

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

  // the article's most widespread content stems (ties: first seen)
  const top = new Set(
    [...df.entries()].filter(([, v]) => v >= 2).sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, TOP_TERMS).map(([k]) => k),
  );

  // position among body sentences and body paragraphs: headings, captions and lists do not push the body down
  const bodyRank: number[] = [];
  const paraRank: number[] = [];
  const inPara: number[] = [];
  let body = 0, paras = -1, lastPara = -1, k = 0;
  sentences.forEach((s, i) => {
    bodyRank.push(body);
    const demoted = DEMOTED_KINDS.includes(kinds[i]);
    if (s.paragraph !== lastPara) { k = 0; if (!demoted) { paras++; lastPara = s.paragraph; } }
    paraRank.push(Math.max(0, paras));
    inPara.push(k);
    if (!demoted) { body++; k++; }
  });
  const nBody = Math.max(1, body), nParas = Math.max(1, paras + 1);

  // the lead: first sentence that is not a heading, caption or list item
  let leadIndex = kinds.findIndex((x) => x === 'normal' || x === 'quote');
  if (leadIndex < 0) leadIndex = 0;

  // the topic: the title (the given one, else a leading heading line), else the lead sentence
  let titleText = title.trim();
  if (!titleText && n > 0 && kinds[0] === 'heading') titleText = sentences[0].text;
  let topicVec: Vec | undefined = vectors[leadIndex];
  if (titleText) {
    const tc = new Map<number, number>();
    for (const st of contentStems(titleText)) {
      const id = dict.get(st);
      if (id !== undefined) tc.set(id, (tc.get(id) ?? 0) + 1);
    }
    topicVec = makeVec(tc, idf);
  }

  const centroid = scaleMax(vectors.map((v) => cosine(v, centroidVec)));
  const lexrank = scaleMax(n > 1 ? lexRank(vectors, PARAMS.graphWindow) : [1]);
  const topTerms = scaleMax(counts.map((c) => { let m = 0; for (const t of c.keys()) if (top.has(t)) m++; return m; }));
  const keywords = scaleMax(counts.map((c) => {
    let m = 0;
    for (const t of c.keys()) if ((df.get(t) ?? 0) >= KEYWORD_MIN_SENTENCES) m++;
    return m;
  }));
  const logBody = Math.log(1 + nBody);
  const x = sentences.map((s, i) => {
    const kind = kinds[i];
    const lead = 1 / Math.pow(1 + bodyRank[i], PARAMS.leadDecay);
    const w = Math.max(1, wordCounts[i]);
    const row: Record<FeatureName, number> = {
      lead,
      first: i === leadIndex ? 1 : 0,
      second: bodyRank[i] === 1 && !DEMOTED_KINDS.includes(kind) ? 1 : 0,
      third: bodyRank[i] === 2 && !DEMOTED_KINDS.includes(kind) ? 1 : 0,
      fourth: bodyRank[i] === 3 && !DEMOTED_KINDS.includes(kind) ? 1 : 0,
      position: bodyRank[i] / nBody,
      paragraphStart: i === 0 || sentences[i - 1].paragraph !== s.paragraph ? 1 : 0,
      paragraphLead: 1 / (1 + paraRank[i]),
      paragraphPosition: paraRank[i] / nParas,
      inParagraph: 1 / (1 + inPara[i]),
      logWords: Math.log(1 + wordCounts[i]),
      overCut: chars[i] > LENGTH.cutChars ? 1 : 0,
      fit: Math.min(1, LENGTH.cutChars / Math.max(1, chars[i])),
      title: topicVec ? cosine(vectors[i], topicVec) : 0,
      centroid: centroid[i],
      lexrank: lexrank[i],
      topTerms: topTerms[i],
      keywords: keywords[i],
      numbers: numberCounts[i] / w,
      stopwords: stopCounts[i] / w,
      quoteMarks: /["«»“”]/u.test(s.text) ? 1 : 0,
      heading: kind === 'heading' ? 1 : 0,
      list: kind === 'list' ? 1 : 0,
      quote: kind === 'quote' ? 1 : 0,
      caption: kind === 'caption' ? 1 : 0,
      fragment: kind === 'fragment' ? 1 : 0,
      leadByLength: lead * logBody,
    };
    return Float64Array.from(MODEL_FEATURES, (name) => row[name]);
  });
  const titleSim = scaleMax(vectors.map((v, i) =>
    !titleText || (i === 0 && kinds[0] === 'heading' && !title.trim()) ? 0 : cosine(v, topicVec ?? v)));
  return { n, wordCounts, kinds, chars, x, titleSim, vectors, sim: memoSim(vectors) };
}

/**
 * Scores from features and a model: a prior lead^leadPower × fit^fitPower (fit = min(1, fitWords / words):
 * run-on sentences spend the word budget on text references rarely keep), times the model's learned factor exp(z)
 * (or its probability, for a logistic model), times the kind multiplier.
 */
export function scoreFeatures(f: Features, model: SummaryModel = SUMMARY_MODEL): number[] {
  const idx = model.features.map((name) => MODEL_FEATURES.indexOf(name));
  const lead = MODEL_FEATURES.indexOf('lead');
  const out: number[] = [];
  for (let i = 0; i < f.n; i++) {
    let z = model.bias;
    const row = f.x[i];
    for (let k = 0; k < idx.length; k++) z += model.weights[k] * ((row[idx[k]] - model.mean[k]) / model.scale[k]);
    // logistic: the pick probability; softmax (listwise): exp(z) is proportional to it within the article
    const p = model.link === 'softmax' ? Math.exp(Math.max(-30, Math.min(30, z))) : 1 / (1 + Math.exp(-z));
    const fit = model.fitWords > 0 ? Math.min(1, model.fitWords / Math.max(1, f.wordCounts[i])) : 1;
    const prior = Math.pow(row[lead] + TITLE_PRIOR * f.titleSim[i], model.leadPower) * Math.pow(fit, model.fitPower);
    out.push(p * prior * KIND_FACTOR[f.kinds[i]]);
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
  /** sentence scorer (default: the shipped SUMMARY_MODEL) */
  model?: SummaryModel;
  lambda?: number;
}

export function rankSentences(sentences: Sentence[], title = '', opts: RankOptions = {}): Ranking {
  const f = sentenceFeatures(sentences, title);
  const scores = scoreFeatures(f, opts.model ?? SUMMARY_MODEL);
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
