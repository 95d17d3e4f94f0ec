/**
 * Can a learned sentence scorer beat the shipped order (the article's body order, src/core/summarize/summarize.ts)?
 * Document-level cross-validation on BBC Arabic dev; EASC dev is never trained on. Writes nothing.
 *
 *   npm run train:summary [--folds=10] [--seed=7] [--features=a,b,…] [--grid='{"lambda":[…],"label":[…]}']
 *     [--k=8] [--lexical [--min-count=20] [--interact]] [--gate]
 *
 * Data: 1,849 BBC Arabic articles with their headline and the editors' standfirst (scripts/lib/bbc.ts), each read
 * the way the CLI reads a file with the headline on its first line. Features: scripts/lib/summary-features.ts.
 * Scorer: score = Σ w · x, a conditional logit (softmax over the article's sentences) fitted by damped Newton with an
 * L2 penalty to a target — 'soft': ∝ each sentence's ROUGE-2 against the standfirst (alone, cut to its length);
 * 'best': all on the best sentence — or, 'search', from that fit by coordinate ascent on the measured quantity
 * itself (mean ROUGE-2 of the selected summary on the training articles). Deterministic.
 *
 * Every article is summarized by a scorer that never saw it, through the product's selection code (selectionOrder:
 * demoted kinds last, near-duplicates last; pickIndices with { words: N }, N = the standfirst's word count), with
 * the setting (L2, target) chosen INSIDE each outer training part by a 5-fold inner cross-validation (nested CV).
 * Reported per fold beside the shipped order and Lead, with mean and spread; every fold's scorer is also run on EASC.
 *
 * --k=K: only the first K body sentences compete (in training and in use); the rest follow in body order.
 * --lexical: indicators of the sentence's first word and first two words (openingKeys), the vocabulary built inside
 *   each training part (openings of at least --min-count competing sentences), so no held-out article shapes it;
 *   --interact: separate indicators for the lead and for the other sentences.
 * --gate: a per-article gate instead of a per-sentence score: a binary logit on the lead's features, the next
 *   sentence's features and the lead's openings predicts "the lead is not the best of the first K"; when its
 *   probability exceeds τ, the sentence a conditional logit (fitted on the training articles whose lead is not the
 *   best) picks among the next K − 1 goes first, then the body order. λ and τ are chosen on out-of-part predictions
 *   of a 5-fold inner split of each training part.
 */
import {
  DEMOTED_KINDS,
  RETURN_WHOLE,
  pickIndices,
  positionScores,
  selectionOrder,
  sentenceInfo,
  type SentenceInfo,
} from '../src/core/summarize/summarize';
import { ngramCounts, rougeTokens } from '../src/core/summarize/rouge';
import type { Sentence } from '../src/core/types';
import { eascArticle, eascBudget, loadEasc, mulberry32, prepareDoc, quickRouge, type PreparedDoc } from './lib/easc';
import { bbcArticle, bbcBudget, loadBbc } from './lib/bbc';
import {
  CANDIDATE_FEATURES,
  CONTENT_FEATURES,
  candidateFeatures,
  openingKeys,
  type CandidateFeature,
} from './lib/summary-features';

const args = process.argv.slice(2);
const opt = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const FOLDS = Number(opt('folds') ?? 10);
const INNER_FOLDS = 5;
const SEED = Number(opt('seed') ?? 7);
const USED: CandidateFeature[] = opt('features')
  ? (opt('features')!.split(',') as CandidateFeature[])
  : CANDIDATE_FEATURES.filter((f) => !CONTENT_FEATURES.includes(f));
for (const f of USED)
  if (!CANDIDATE_FEATURES.includes(f)) throw new Error(`unknown feature ${f}; known: ${CANDIDATE_FEATURES.join(', ')}`);
const COLS = USED.map((f) => CANDIDATE_FEATURES.indexOf(f));
/** Only the first K body sentences compete (the rest follow in body order); all sentences without --k. */
const K = opt('k') ? Number(opt('k')) : Infinity;
/** Lexical indicators: the sentence's first word and first two words (openingKeys), vocabulary from each training part. */
const LEXICAL = args.includes('--lexical');
/** An opening enters the vocabulary when this many candidate sentences of the training part have it. */
const MIN_COUNT = Number(opt('min-count') ?? 20);
/** Separate indicators for the lead and for the other sentences. */
const INTERACT = args.includes('--interact');

/** The settings searched (inside each training part only). */
export const GRID = {
  /** L2 penalty on the standardized weights */
  lambda: [1, 10, 100],
  /** the target: see the header */
  label: ['soft', 'best'] as Label[],
};
type Label = 'soft' | 'best' | 'search';
interface Setting {
  lambda: number;
  label: Label;
}
const gridArg = opt('grid');
const grid = gridArg ? { ...GRID, ...(JSON.parse(gridArg) as Partial<typeof GRID>) } : GRID;
const SETTINGS: Setting[] = grid.lambda.flatMap((lambda) => grid.label.map((label) => ({ lambda, label })));
/** A learned scorer: weights on the raw features USED, and on the openings of its vocabulary. */
interface Scorer {
  weights: number[];
  keyWeights: Map<string, number>;
}

// ---- data ----

interface Scored {
  info: SentenceInfo;
  /** rows: the used features */
  X: number[][];
  /** the lexical keys of each sentence (empty without --lexical) */
  keys: string[][];
  /** the sentences that compete: body sentences of body rank < K */
  cand: number[];
}
interface Doc extends Scored {
  id: string;
  budget: number;
  /** tokens of every sentence, the standfirst's n-grams */
  toks: string[][];
  limit: number;
  uni: Map<string, number>;
  bi: Map<string, number>;
  /** ROUGE-2 F1 of each sentence alone against the standfirst */
  r2: number[];
}

/** The used candidate features of an article's sentences, their lexical keys and the competing sentences. */
function scored(sentences: Sentence[], info: SentenceInfo, title: string): Scored {
  const all = info.kinds.map((_, i) => i);
  const cand = K === Infinity ? all : all.filter((i) => !DEMOTED_KINDS.includes(info.kinds[i]) && info.bodyRank[i] < K);
  const lead = (i: number) => !DEMOTED_KINDS.includes(info.kinds[i]) && info.bodyRank[i] === 0;
  return {
    info,
    X: candidateFeatures(sentences, info, title).map((row) => COLS.map((c) => row[c])),
    keys: sentences.map((s, i) =>
      LEXICAL ? openingKeys(s.text).map((k) => (INTERACT && lead(i) ? `L|${k}` : k)) : [],
    ),
    cand: cand.length ? cand : all,
  };
}

/** ROUGE-1/2 F1 of picked sentences (article order) against the standfirst, cut to its length. */
function quick(d: Doc, picked: number[]): { r1: number; r2: number } {
  const cand = ([] as string[]).concat(...[...picked].sort((a, b) => a - b).map((i) => d.toks[i])).slice(0, d.limit);
  const cu = ngramCounts(cand, 1),
    cb = ngramCounts(cand, 2);
  let o1 = 0,
    o2 = 0;
  for (const [k, v] of cu) o1 += Math.min(v, d.uni.get(k) ?? 0);
  for (const [k, v] of cb) o2 += Math.min(v, d.bi.get(k) ?? 0);
  const f = (o: number, c: number, r: number) => (o && c && r ? (2 * o) / (c + r) : 0);
  return { r1: f(o1, cand.length, d.limit), r2: f(o2, Math.max(0, cand.length - 1), Math.max(0, d.limit - 1)) };
}

const t0 = performance.now();
const docs: Doc[] = loadBbc()
  .map((b) => {
    const { article, sentences } = bbcArticle(b);
    const info = sentenceInfo(sentences);
    const ref = rougeTokens(b.summary);
    const d: Doc = {
      id: b.id,
      ...scored(sentences, info, article.title ?? ''),
      budget: bbcBudget(b),
      toks: sentences.map((s) => rougeTokens(s.text)),
      limit: ref.length,
      uni: ngramCounts(ref, 1),
      bi: ngramCounts(ref, 2),
      r2: [],
    };
    d.r2 = sentences.map((_, i) => quick(d, [i]).r2);
    return d;
  })
  .filter((d) => d.info.n > 0);

interface EascDoc extends PreparedDoc, Scored {}
const easc: EascDoc[] = loadEasc().map((e) => {
  const p = prepareDoc(e);
  const { sentences } = eascArticle(e);
  const info = sentenceInfo(sentences);
  return { ...p, ...scored(sentences, info, p.article.title ?? '') };
});

// ---- conditional logit (softmax over an article's sentences), L2, Newton ----

function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]]);
  for (let c = 0; c < n; c++) {
    let piv = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r][c]) > Math.abs(m[piv][c])) piv = r;
    [m[c], m[piv]] = [m[piv], m[c]];
    for (let r = c + 1; r < n; r++) {
      const k = m[r][c] / m[c][c];
      for (let j = c; j <= n; j++) m[r][j] -= k * m[c][j];
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = m[r][n];
    for (let j = r + 1; j < n; j++) s -= m[r][j] * x[j];
    x[r] = s / m[r][r];
  }
  return x;
}

function target(d: Doc, label: Label): number[] | null {
  const r2 = d.cand.map((i) => d.r2[i]);
  const total = r2.reduce((a, b) => a + b, 0);
  if (!total) return null;
  if (label === 'soft') return r2.map((v) => v / total);
  const best = Math.max(...r2);
  const k = r2.filter((v) => v === best).length;
  return r2.map((v) => (v === best ? 1 / k : 0));
}

/** A sparse row: column indices and values. */
interface Row {
  idx: number[];
  val: number[];
}

/** The lexical vocabulary of these documents: keys of at least MIN_COUNT competing sentences, in first-seen order. */
function vocabulary(ds: Doc[]): Map<string, number> {
  const count = new Map<string, number>();
  for (const d of ds) for (const i of d.cand) for (const k of d.keys[i]) count.set(k, (count.get(k) ?? 0) + 1);
  const vocab = new Map<string, number>();
  for (const [k, c] of count) if (c >= MIN_COUNT) vocab.set(k, USED.length + vocab.size);
  return vocab;
}

/** Rows of the competing sentences over the columns USED ++ vocabulary. */
function rowsOf(d: Scored, vocab: Map<string, number>): Row[] {
  return d.cand.map((i) => {
    const idx = USED.map((_, k) => k),
      val = [...d.X[i]];
    for (const key of d.keys[i]) {
      const c = vocab.get(key);
      if (c !== undefined) {
        idx.push(c);
        val.push(1);
      }
    }
    return { idx, val };
  });
}

const rowDot = (r: Row, w: number[]) => r.idx.reduce((acc, c, j) => acc + w[c] * r.val[j], 0);

/** Scores of every sentence from the competing sentences' scores: the others follow in body order. */
function withRest(d: Scored, candScores: number[]): number[] {
  const out = d.info.bodyRank.map((r) => -1e6 - r);
  d.cand.forEach((i, j) => {
    out[i] = candScores[j];
  });
  return out;
}

/**
 * A conditional logit fitted by damped Newton with an L2 penalty on the scaled weights: rows[d] are the options of
 * document d, ys[d] its target distribution over them (null: left out). Returns the scaled rows and weights and the
 * scale (raw weight = scaled weight / scale).
 */
function fitLogit(raw: Row[][], ys: (number[] | null)[], P: number, lambda: number) {
  // scale (not centre: a shift constant within an article changes no softmax) for the penalty only
  let n = 0;
  const sum = new Array<number>(P).fill(0),
    sq = new Array<number>(P).fill(0);
  for (const rs of raw)
    for (const r of rs) {
      n++;
      r.idx.forEach((c, j) => {
        sum[c] += r.val[j];
        sq[c] += r.val[j] ** 2;
      });
    }
  const scale = sum.map((v, c) => Math.sqrt(Math.max(0, sq[c] / n - (v / n) ** 2)) || 1);
  const rows = raw.map((rs) => rs.map((r) => ({ idx: r.idx, val: r.val.map((v, j) => v / scale[r.idx[j]]) })));
  const w = new Array<number>(P).fill(0);
  /** penalized negative log-likelihood at weights v */
  const loss = (v: number[]) => {
    let L = v.reduce((a, x) => a + (lambda / 2) * x * x, 0);
    rows.forEach((rs, di) => {
      const y = ys[di];
      if (!y) return;
      const z = rs.map((r) => rowDot(r, v));
      const m = Math.max(...z);
      const lse = m + Math.log(z.reduce((a, zi) => a + Math.exp(zi - m), 0));
      z.forEach((zi, i) => {
        L -= y[i] * (zi - lse);
      });
    });
    return L;
  };
  let current = loss(w);
  const px = new Array<number>(P).fill(0);
  for (let it = 0; it < 30; it++) {
    const g = w.map((wk) => lambda * wk);
    const H = w.map((_, a) => w.map((__, b) => (a === b ? lambda : 0)));
    rows.forEach((rs, di) => {
      const y = ys[di];
      if (!y) return;
      const z = rs.map((r) => rowDot(r, w));
      const m = Math.max(...z);
      const e = z.map((v) => Math.exp(v - m));
      const se = e.reduce((a, b) => a + b, 0);
      const p = e.map((v) => v / se);
      const touched = new Set<number>();
      rs.forEach((r, i) => {
        r.idx.forEach((a, ja) => {
          const xa = r.val[ja];
          g[a] += (p[i] - y[i]) * xa;
          px[a] += p[i] * xa;
          touched.add(a);
          const Ha = H[a];
          r.idx.forEach((b, jb) => {
            Ha[b] += p[i] * xa * r.val[jb];
          });
        });
      });
      const t = [...touched];
      for (const a of t) for (const b of t) H[a][b] -= px[a] * px[b];
      for (const a of t) px[a] = 0;
    });
    const step = solve(H, g);
    // damped Newton: halve the step until the loss goes down
    let t = 1,
      next = w.map((v, k) => v - step[k]),
      L = loss(next);
    while (L > current && t > 1e-6) {
      t /= 2;
      next = w.map((v, k) => v - t * step[k]);
      L = loss(next);
    }
    const change = Math.max(...step.map((v) => Math.abs(t * v)));
    for (let k = 0; k < P; k++) w[k] = next[k];
    current = L;
    if (change < 1e-7) break;
  }
  return { rows, w, scale };
}

function train(ds: Doc[], s: Setting): Scorer {
  const vocab = vocabulary(ds);
  const P = USED.length + vocab.size;
  const { rows, w, scale } = fitLogit(
    ds.map((d) => rowsOf(d, vocab)),
    ds.map((d) => target(d, s.label === 'search' ? 'best' : s.label)),
    P,
    s.lambda,
  );
  if (s.label === 'search') directSearch(ds, rows, w);
  const keyWeights = new Map<string, number>();
  for (const [key, c] of vocab) keyWeights.set(key, w[c] / scale[c]);
  return { weights: USED.map((_, k) => w[k] / scale[k]), keyWeights };
}

// ---- the gate (--gate): keep the lead, or put the picker's choice among the next K − 1 sentences first ----

/** Thresholds on P(the lead is not the best sentence) searched inside each training part. */
const TAUS = [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.8, 1];
interface GateModel {
  /** raw weights over: bias, the lead's features, the second's features, the lead's openings (vocab) */
  w: number[];
  vocab: Map<string, number>;
  pick: Scorer;
}
/** Is the lead the best of the competing sentences (ties: yes)? */
const leadBest = (d: Doc) => d.cand.length < 2 || d.cand.every((i) => d.r2[i] <= d.r2[d.cand[0]]);
/** The documents without their lead: the picker's choice among the others. */
const withoutLead = (d: Doc): Doc => ({ ...d, cand: d.cand.slice(1) });
function gateRow(d: Scored, vocab: Map<string, number>): Row {
  const U = USED.length;
  const idx = [0],
    val = [1];
  d.X[d.cand[0]].forEach((v, k) => {
    idx.push(1 + k);
    val.push(v);
  });
  if (d.cand.length > 1)
    d.X[d.cand[1]].forEach((v, k) => {
      idx.push(1 + U + k);
      val.push(v);
    });
  for (const key of d.keys[d.cand[0]]) {
    const c = vocab.get(key);
    if (c !== undefined) {
      idx.push(c);
      val.push(1);
    }
  }
  return { idx, val };
}
function trainGate(ds: Doc[], lambda: number): GateModel {
  const U = USED.length;
  const count = new Map<string, number>();
  for (const d of ds) for (const k of d.keys[d.cand[0]]) count.set(k, (count.get(k) ?? 0) + 1);
  const vocab = new Map<string, number>();
  for (const [k, c] of count) if (c >= MIN_COUNT) vocab.set(k, 1 + 2 * U + vocab.size);
  const P = 1 + 2 * U + vocab.size;
  const zero: Row = { idx: [], val: [] };
  const { w, scale } = fitLogit(
    ds.map((d) => [gateRow(d, vocab), zero]),
    ds.map((d) => (leadBest(d) ? [1, 0] : [0, 1])),
    P,
    lambda,
  );
  const pick = train(ds.filter((d) => !leadBest(d) && d.cand.length > 1).map(withoutLead), { lambda, label: 'best' });
  return { w: w.map((v, c) => v / scale[c]), vocab, pick };
}
/** P(switch) and the picker's choice for a document. */
function gatePredict(g: GateModel, d: Scored): { p: number; alt: number } {
  if (d.cand.length < 2) return { p: 0, alt: -1 };
  const z = rowDot(gateRow(d, g.vocab), g.w);
  const others = d.cand.slice(1);
  const sc = learned(g.pick)({ ...d, cand: others });
  let alt = others[0];
  for (const i of others) if (sc[i] > sc[alt]) alt = i;
  return { p: 1 / (1 + Math.exp(z)), alt };
}
/** Scores: the lead order, or the alternative first when P(switch) > tau. */
const gated =
  (pred: (d: Scored) => { p: number; alt: number }, tau: number): Scores =>
  (d) => {
    const { p, alt } = pred(d);
    const base = positionScores(d.info);
    if (p <= tau) return base;
    return base.map((v, i) => (i === alt ? 2 : v));
  };
/** λ and τ by 5-fold inner CV on the training part (out-of-part predictions), then the gate fitted on all of it. */
function chooseGate(ds: Doc[], seed: number): { model: GateModel; lambda: number; tau: number } {
  const parts = folds(ds, INNER_FOLDS, seed);
  let best = { r: -1, lambda: grid.lambda[0], tau: 1 };
  for (const lambda of grid.lambda) {
    const preds = new Map<Doc, { p: number; alt: number }>();
    parts.forEach((test, k) => {
      const g = trainGate(parts.filter((_, j) => j !== k).flat(), lambda);
      for (const d of test) preds.set(d, gatePredict(g, d));
    });
    for (const tau of TAUS) {
      const r = bbcR2(
        ds,
        gated((d) => preds.get(d as Doc)!, tau),
      );
      if (r > best.r + 1e-12) best = { r, lambda, tau };
    }
  }
  return { model: trainGate(ds, best.lambda), lambda: best.lambda, tau: best.tau };
}

/** Mean ROUGE-2 of the selection on standardized rows with weights v. */
function selectionR2(ds: Doc[], rows: Row[][], v: number[]): number {
  let sum = 0;
  ds.forEach((d, di) => {
    sum += quick(
      d,
      select(
        d.info,
        withRest(
          d,
          rows[di].map((r) => rowDot(r, v)),
        ),
        d.budget,
      ),
    ).r2;
  });
  return sum / ds.length;
}

/**
 * Coordinate ascent on the measured quantity itself: the mean ROUGE-2 of the summary the product selects at the
 * standfirst's length, over the training articles; from w (the likelihood fit), each weight in turn moved by the
 * best of a fixed set of steps, until no step helps.
 */
const STEPS = [-1, -0.5, -0.25, -0.1, 0.1, 0.25, 0.5, 1];
function directSearch(ds: Doc[], rows: Row[][], w: number[]): void {
  let cur = selectionR2(ds, rows, w);
  for (let pass = 0; pass < 4; pass++) {
    let moved = false;
    for (let k = 0; k < w.length; k++) {
      let bestV = cur,
        bestStep = 0;
      for (const st of STEPS) {
        const v = [...w];
        v[k] += st;
        const r = selectionR2(ds, rows, v);
        if (r > bestV + 1e-9) {
          bestV = r;
          bestStep = st;
        }
      }
      if (bestStep) {
        w[k] += bestStep;
        cur = bestV;
        moved = true;
      }
    }
    if (!moved) break;
  }
}

/** The product's selection at a word budget, from scores (the prefix of selectionOrder that reaches the budget). */
function select(info: SentenceInfo, scores: number[], budget: number): number[] {
  return pickIndices(selectionOrder(info, scores, info.n > RETURN_WHOLE ? budget : Infinity), info.wordCounts, {
    words: budget,
  });
}
type Scores = (d: Scored) => number[];
const learned =
  (m: Scorer): Scores =>
  (d) =>
    withRest(
      d,
      d.cand.map(
        (i) =>
          d.X[i].reduce((acc, x, k) => acc + x * m.weights[k], 0) +
          d.keys[i].reduce((acc, key) => acc + (m.keyWeights.get(key) ?? 0), 0),
      ),
    );
const shipped: Scores = (d) => positionScores(d.info);
/** Lead: the sentences in article order (no kinds, no duplicates), until the budget. */
const leadPick = (info: SentenceInfo, budget: number) =>
  pickIndices(
    info.wordCounts.map((_, i) => i),
    info.wordCounts,
    { words: budget },
  );

const bbcR2 = (ds: Doc[], sc: Scores | null) =>
  ds.reduce((a, d) => a + quick(d, sc ? select(d.info, sc(d), d.budget) : leadPick(d.info, d.budget)).r2, 0) /
  ds.length;
const eascR2 = (sc: Scores | null) =>
  easc.reduce(
    (a, d) => a + quickRouge(d, sc ? select(d.info, sc(d), eascBudget(d.doc)) : leadPick(d.info, eascBudget(d.doc))).r2,
    0,
  ) / easc.length;

/** Fold of each document: a seeded shuffle dealt round-robin. */
function folds<T>(items: T[], k: number, seed: number): T[][] {
  const rnd = mulberry32(seed);
  const idx = items.map((_, i) => i);
  for (let i = idx.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [idx[i], idx[j]] = [idx[j], idx[i]];
  }
  const out: T[][] = Array.from({ length: k }, () => []);
  idx.forEach((i, pos) => out[pos % k].push(items[i]));
  return out;
}

/** The setting with the best inner cross-validated ROUGE-2 on these documents (ties: first in GRID). */
function chooseSetting(ds: Doc[], seed: number): { setting: Setting; all: number[] } {
  if (SETTINGS.length === 1) return { setting: SETTINGS[0], all: [NaN] };
  const parts = folds(ds, INNER_FOLDS, seed);
  const all = SETTINGS.map(() => 0);
  parts.forEach((test, k) => {
    const rest = parts.filter((_, j) => j !== k).flat();
    SETTINGS.forEach((s, si) => {
      all[si] += (bbcR2(test, learned(train(rest, s))) * test.length) / ds.length;
    });
  });
  let best = 0;
  all.forEach((v, i) => {
    if (v > all[best] + 1e-12) best = i;
  });
  return { setting: SETTINGS[best], all };
}

const pct = (x: number) => (100 * x).toFixed(2).padStart(6);
const sgn = (x: number) => `${x >= 0 ? '+' : ''}${(100 * x).toFixed(2)}`;
const fmt = (s: Setting) => `λ=${s.lambda} ${s.label}`;
const spread = (xs: number[]) => {
  const m = xs.reduce((a, b) => a + b, 0) / xs.length;
  const sd = Math.sqrt(xs.reduce((a, b) => a + (b - m) ** 2, 0) / Math.max(1, xs.length - 1));
  return `mean ${sgn(m)}, sd ${(100 * sd).toFixed(2)}, min ${sgn(Math.min(...xs))}, max ${sgn(Math.max(...xs))}`;
};

console.log(
  `BBC Arabic dev: ${docs.length} articles, ${docs.reduce((a, d) => a + d.info.n, 0)} sentences; EASC dev: ${easc.length} (never trained on)`,
);
console.log(
  `features: ${USED.join(', ')}${LEXICAL ? `; openings (first word, first two words${INTERACT ? ', lead apart' : ''}) of ≥ ${MIN_COUNT} competing sentences of each training part` : ''}; competing: ${K === Infinity ? 'every sentence' : `the first ${K} body sentences`}`,
);
console.log(
  `${FOLDS}-fold document-level CV (seed ${SEED}), settings chosen by ${INNER_FOLDS}-fold inner CV on each training part`,
);
console.log('ROUGE-2 F1 at the standfirst length; "shipped" = the product\'s body order (nothing learned)');
console.log('');
console.log('fold  docs  setting        learned shipped   Lead  learned−Lead shipped−Lead | EASC learned−Lead');
const outer = folds(docs, FOLDS, SEED);
const dLearned: number[] = [],
  dShipped: number[] = [],
  dEasc: number[] = [];
let sumL = 0,
  sumS = 0,
  sumLead = 0;
const eascLead = eascR2(null),
  eascShipped = eascR2(shipped);
const GATE = args.includes('--gate');
outer.forEach((test, k) => {
  const rest = outer.filter((_, j) => j !== k).flat();
  let sc: Scores, m: Scorer, setting: Setting;
  if (GATE) {
    const g = chooseGate(rest, SEED + 1 + k);
    sc = gated((d) => gatePredict(g.model, d), g.tau);
    m = g.model.pick;
    setting = { lambda: g.lambda, label: 'best' };
    const switched = test.filter((d) => gatePredict(g.model, d).p > g.tau).length;
    console.log(`      gate: λ=${g.lambda} τ=${g.tau}; switches ${switched} of ${test.length}`);
  } else {
    setting = chooseSetting(rest, SEED + 1 + k).setting;
    m = train(rest, setting);
    sc = learned(m);
  }
  const r = bbcR2(test, sc),
    sh = bbcR2(test, shipped),
    l = bbcR2(test, null),
    e = eascR2(sc);
  sumL += r * test.length;
  sumS += sh * test.length;
  sumLead += l * test.length;
  dLearned.push(r - l);
  dShipped.push(sh - l);
  dEasc.push(e - eascLead);
  console.log(
    `${String(k + 1).padStart(4)}  ${String(test.length).padStart(4)}  ${fmt(setting).padEnd(13)} ${pct(r)} ${pct(sh)} ${pct(l)} ${sgn(r - l).padStart(12)} ${sgn(sh - l).padStart(12)} | ${sgn(e - eascLead)}`,
  );
  console.log(`      weights: ${USED.map((f, j) => `${f} ${m.weights[j].toFixed(2)}`).join(', ')}`);
  if (m.keyWeights.size) {
    const top = [...m.keyWeights].sort((a, b) => Math.abs(b[1]) - Math.abs(a[1])).slice(0, 12);
    console.log(
      `      ${m.keyWeights.size} openings; largest: ${top.map(([k, v]) => `${k} ${v.toFixed(2)}`).join(', ')}`,
    );
  }
});
const N = docs.length;
console.log('');
console.log(`BBC ROUGE-2: learned (CV) ${pct(sumL / N)}, shipped ${pct(sumS / N)}, Lead ${pct(sumLead / N)}`);
console.log(`  learned − Lead per fold: ${spread(dLearned)}`);
console.log(`  shipped − Lead per fold: ${spread(dShipped)}`);
console.log(
  `EASC ROUGE-2: Lead ${pct(eascLead)}, shipped ${pct(eascShipped)}; the ${FOLDS} learned fold scorers − Lead: ${spread(dEasc)}`,
);
console.log(`${((performance.now() - t0) / 1000).toFixed(1)} s`);
