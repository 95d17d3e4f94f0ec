/**
 * Can a learned sentence scorer beat the shipped order (the article's body order, src/core/summarize/summarize.ts)?
 * Document-level cross-validation on BBC Arabic dev; EASC dev is never trained on. Writes nothing.
 *
 *   npm run train:summary [--folds=10] [--seed=7] [--features=a,b,…] [--grid='{"lambda":[…],"label":[…]}']
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
 */
import {
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
import { CANDIDATE_FEATURES, candidateFeatures, type CandidateFeature } from './lib/summary-features';

const args = process.argv.slice(2);
const opt = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const FOLDS = Number(opt('folds') ?? 10);
const INNER_FOLDS = 5;
const SEED = Number(opt('seed') ?? 7);
const USED: CandidateFeature[] = opt('features')
  ? (opt('features')!.split(',') as CandidateFeature[])
  : [...CANDIDATE_FEATURES];
for (const f of USED)
  if (!CANDIDATE_FEATURES.includes(f)) throw new Error(`unknown feature ${f}; known: ${CANDIDATE_FEATURES.join(', ')}`);
const COLS = USED.map((f) => CANDIDATE_FEATURES.indexOf(f));

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
/** A learned scorer: weights on the raw features USED. */
interface Scorer {
  weights: number[];
}

// ---- data ----

interface Doc {
  id: string;
  info: SentenceInfo;
  /** standardizable rows: the used features */
  X: number[][];
  budget: number;
  /** tokens of every sentence, the standfirst's n-grams */
  toks: string[][];
  limit: number;
  uni: Map<string, number>;
  bi: Map<string, number>;
  /** ROUGE-2 F1 of each sentence alone against the standfirst */
  r2: number[];
}

/** The used candidate features of an article's sentences. */
function features(sentences: Sentence[], info: SentenceInfo, title: string): number[][] {
  return candidateFeatures(sentences, info, title).map((row) => COLS.map((c) => row[c]));
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
      info,
      X: features(sentences, info, article.title ?? ''),
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

interface EascDoc extends PreparedDoc {
  info: SentenceInfo;
  X: number[][];
}
const easc: EascDoc[] = loadEasc().map((e) => {
  const p = prepareDoc(e);
  const { sentences } = eascArticle(e);
  const info = sentenceInfo(sentences);
  return { ...p, info, X: features(sentences, info, p.article.title ?? '') };
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
  const total = d.r2.reduce((a, b) => a + b, 0);
  if (!total) return null;
  if (label === 'soft') return d.r2.map((v) => v / total);
  const best = Math.max(...d.r2);
  const k = d.r2.filter((v) => v === best).length;
  return d.r2.map((v) => (v === best ? 1 / k : 0));
}

function train(ds: Doc[], s: Setting): Scorer {
  const P = USED.length;
  // standardize for the penalty only; the shipped weights apply to the raw features
  let rows = 0;
  const mean = new Array<number>(P).fill(0),
    scale = new Array<number>(P).fill(0);
  for (const d of ds)
    for (const r of d.X) {
      rows++;
      for (let k = 0; k < P; k++) mean[k] += r[k];
    }
  for (let k = 0; k < P; k++) mean[k] /= rows;
  for (const d of ds) for (const r of d.X) for (let k = 0; k < P; k++) scale[k] += (r[k] - mean[k]) ** 2;
  for (let k = 0; k < P; k++) scale[k] = Math.sqrt(scale[k] / rows) || 1;
  const Xs = ds.map((d) => d.X.map((r) => r.map((v, k) => (v - mean[k]) / scale[k])));
  const ys = ds.map((d) => target(d, s.label === 'search' ? 'best' : s.label));
  const w = new Array<number>(P).fill(0);
  /** penalized negative log-likelihood at weights v */
  const loss = (v: number[]) => {
    let L = v.reduce((a, x) => a + (s.lambda / 2) * x * x, 0);
    ds.forEach((_, di) => {
      const y = ys[di];
      if (!y) return;
      const z = Xs[di].map((x) => x.reduce((acc, xv, k) => acc + xv * v[k], 0));
      const m = Math.max(...z);
      const lse = m + Math.log(z.reduce((a, zi) => a + Math.exp(zi - m), 0));
      z.forEach((zi, i) => {
        L -= y[i] * (zi - lse);
      });
    });
    return L;
  };
  let current = loss(w);
  for (let it = 0; it < 30; it++) {
    const g = w.map((wk) => s.lambda * wk);
    const H = w.map((_, a) => w.map((__, b) => (a === b ? s.lambda : 0)));
    ds.forEach((_, di) => {
      const y = ys[di];
      if (!y) return;
      const X = Xs[di];
      const z = X.map((x) => x.reduce((acc, v, k) => acc + v * w[k], 0));
      const m = Math.max(...z);
      const e = z.map((v) => Math.exp(v - m));
      const se = e.reduce((a, b) => a + b, 0);
      const p = e.map((v) => v / se);
      const px = new Array<number>(P).fill(0);
      X.forEach((x, i) => {
        for (let a = 0; a < P; a++) {
          g[a] += (p[i] - y[i]) * x[a];
          px[a] += p[i] * x[a];
        }
        for (let a = 0; a < P; a++) for (let b = a; b < P; b++) H[a][b] += p[i] * x[a] * x[b];
      });
      for (let a = 0; a < P; a++) for (let b = a; b < P; b++) H[a][b] -= px[a] * px[b];
    });
    for (let a = 0; a < P; a++) for (let b = 0; b < a; b++) H[a][b] = H[b][a];
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
  if (s.label === 'search') directSearch(ds, Xs, w);
  return { weights: w.map((v, k) => v / scale[k]) };
}

/** Mean ROUGE-2 of the selection on standardized rows with weights v. */
function selectionR2(ds: Doc[], Xs: number[][][], v: number[]): number {
  let sum = 0;
  ds.forEach((d, di) => {
    sum += quick(d, select(d.info, dotAll(Xs[di], v), d.budget)).r2;
  });
  return sum / ds.length;
}
const dotAll = (X: number[][], v: number[]) => X.map((x) => x.reduce((acc, xv, k) => acc + xv * v[k], 0));

/**
 * Coordinate ascent on the measured quantity itself: the mean ROUGE-2 of the summary the product selects at the
 * standfirst's length, over the training articles; from w (the likelihood fit), each weight in turn moved by the
 * best of a fixed set of steps, until no step helps.
 */
const STEPS = [-1, -0.5, -0.25, -0.1, 0.1, 0.25, 0.5, 1];
function directSearch(ds: Doc[], Xs: number[][][], w: number[]): void {
  let cur = selectionR2(ds, Xs, w);
  for (let pass = 0; pass < 4; pass++) {
    let moved = false;
    for (let k = 0; k < w.length; k++) {
      let bestV = cur,
        bestStep = 0;
      for (const st of STEPS) {
        const v = [...w];
        v[k] += st;
        const r = selectionR2(ds, Xs, v);
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
type Scores = (info: SentenceInfo, X: number[][]) => number[];
const learned =
  (m: Scorer): Scores =>
  (_info, X) =>
    dotAll(X, m.weights);
const shipped: Scores = (info) => positionScores(info);
/** Lead: the sentences in article order (no kinds, no duplicates), until the budget. */
const leadPick = (info: SentenceInfo, budget: number) =>
  pickIndices(
    info.wordCounts.map((_, i) => i),
    info.wordCounts,
    { words: budget },
  );

const bbcR2 = (ds: Doc[], sc: Scores | null) =>
  ds.reduce((a, d) => a + quick(d, sc ? select(d.info, sc(d.info, d.X), d.budget) : leadPick(d.info, d.budget)).r2, 0) /
  ds.length;
const eascR2 = (sc: Scores | null) =>
  easc.reduce(
    (a, d) =>
      a +
      quickRouge(d, sc ? select(d.info, sc(d.info, d.X), eascBudget(d.doc)) : leadPick(d.info, eascBudget(d.doc))).r2,
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
console.log(`features: ${USED.join(', ')}`);
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
outer.forEach((test, k) => {
  const rest = outer.filter((_, j) => j !== k).flat();
  const { setting } = chooseSetting(rest, SEED + 1 + k);
  const m = train(rest, setting);
  const r = bbcR2(test, learned(m)),
    sh = bbcR2(test, shipped),
    l = bbcR2(test, null),
    e = eascR2(learned(m));
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
