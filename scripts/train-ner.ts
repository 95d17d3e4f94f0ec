/**
 * Trains the Khulasa NER tagger (averaged structured perceptron, first-order Viterbi with BIO
 * constraints) on ANERcorp train.txt and writes src/core/entities/model/ner-model.json.
 *
 *   npm run train:ner [-- --data ../shared/data] [--seed 1] [--epochs N] [--min-count 1]
 *                     [--no-anergazet] [--no-own-lists] [--no-more-lists] [--no-clusters] [--dev-only]
 *                     [--cv K] [--cv-fold-clusters] [--ensemble N] [--ensemble-epochs N] [--vote 0|1] [--stack] [--stack-dev]
 *                     [--out PATH]
 *
 * 1. dev selection: the last 10% of train.txt sentences (whole articles at the end of the split) are
 *    held out; we train on the rest and pick the epoch count with the best dev micro F1. The test split
 *    is never read here.
 * 2. final model: retrained on all of train.txt for that many epochs, --ensemble N times (default 5) with
 *    seeds seed … seed+N−1 (sentence order and identity dropout differ), the N averaged weight vectors
 *    averaged again into one (same size and tagging speed as one model). 5-fold CV on train
 *    (`--cv 5 --epochs 14 --ensemble N`, after document consistency): N=1 74.60, N=3 75.11, N=5 75.35.
 * 3. gazetteers (ANERgazet + our own lists in src/core/entities/gazetteer.ts) are membership features
 *    during training; their learned weights are then FOLDED into the word/stem features of each listed
 *    word (exact: a membership feature fires iff the word feature for a listed word fires), so the
 *    shipped model contains no gazetteer list and the tagger needs none at run time.
 * 4. features whose quantized weights are all zero are pruned; weights are int8 with one scale.
 * 5. word clusters (scripts/lib/clusters.ts; on by default, --no-clusters): bisecting 2-means paths of
 *    clitic-stripped stems from train.txt tokens + EASC article text + test-page bodies (never test.txt),
 *    stored in the model (stem hash → uint16 path) for the cluster features of features.ts.
 * 6. --stack: a second pass trained on 5-fold cross-validated first-pass labels (stackFeatures), shipped
 *    in the model's `second` (off by default: no dev gain, see --stack-dev). --cv K reports K-fold micro
 *    F1 per epoch, before and after document consistency.
 *
 * 7. given names (src/core/entities/gazetteer.ts): GIVEN_NAMES and GIVEN_NAMES_MORE share one class,
 *    GIVEN_NAMES_COMMON_WORDS (names that are also ordinary words: أمل، نصر، جمعة …) have their own. 5-fold CV
 *    (--ensemble 5 --epochs 14, after document consistency): 75.35 with GIVEN_NAMES only → 75.63 adding the
 *    common-word class → 75.70 adding GIVEN_NAMES_MORE too (shipped).
 * 8. measured and NOT shipped (same CV; one model scores 74.6–74.8 at 7–14 epochs): --algo crf (SGD, L2,
 *    forward-backward), one model 74.2–75.1, iterate-averaged 74.85–74.93, five seeds averaged 75.07; the
 *    5-perceptron average mixed with one CRF 75.45–75.49 (within fold noise); --ensemble 10: 75.24;
 *    lowering the O score for recall: worse after document consistency; --dropout 0.5: 74.16–74.35; the
 *    2,874 names of the npm package arabic-name-to-en as a gazetteer: 74.29–74.70; nearest trigger with
 *    distance, cluster bigrams, runs of unknown words: 74.18–74.62; features for tokens inside short quoted
 *    spans («…» after برنامج، بعنوان …), one model with the common-word names: 74.75 vs 75.35 without; Ayaspell word forms as a Bloom
 *    filter: over 16.7 million distinct clitic-stripped forms, far beyond the size budget.
 * 9. measured and NOT shipped (2026-11-26; --cv also prints the consistency variants: vote = --vote 1, parts =
 *    propagateParts):
 *    - five-model average by epochs (--cv 5 --ensemble 5 --epochs E, after consistency): E=6 75.97, 8 75.93,
 *      10 75.79, 12 75.66 (the shipped recipe; 14: 75.70); with --vote 1 each gains 0.21–0.25 (8: 76.17). One
 *      model: vote +0.05. Retrained with --ensemble-epochs 8 --vote 1: dev 73.33 before consistency, and ANERcorp
 *      test 72.78 against the shipped 72.96, so the shipped model was kept.
 *    - name-likeness: a character 2–4-gram log-odds model, names (ANERgazet persons + our given names and leader
 *      name parts) against the word types of unlabeled text, its bucket as a feature of the word and of its ±1
 *      neighbours. One model +0.4–0.7 at 5–12 epochs (75.68 vs 75.01 at 6), but the five-model average loses:
 *      75.69 vs 75.93 at 8 epochs, 75.49 vs 75.66 at 12. Up to 5-grams: one model 74.9–75.0, no gain.
 *    - sports-topic document features (content words conjoined with "≥ 3 sports words within ±5 sentences", for
 *      clubs named after cities): one model 74.8–75.1 vs 75.0–75.2.
 *    - mention replacement (a copy of train with every person name replaced word by word by names from the lists,
 *      proclitics kept, same word → same replacement): one model 74.4–74.5 vs 75.0–75.2; dev slice 74.02 vs 74.24.
 *    - given-name boundary rules after consistency (one model, mean over epochs 1–12, 74.62 without): an untagged
 *      given name right before a person's name joins it, 74.15; a one-word given-name person takes the following
 *      unknown bare word, 74.64.
 * 10. measured and NOT shipped (2026-11-26, second session): Ayaspell membership again, on today's features. The token
 *    (diacritics removed) looked up in @cspell/dict-ar's trie as a class D/N, with its clitic group, trigger and unknown-
 *    word conjunctions, ±1 neighbours and the (−1, 0, +1) triple. One model (--cv 5, after consistency): 75.62–75.91 at
 *    5–12 epochs against 75.0–75.2 without, but the five-model average at 8 epochs: 75.92 against 75.93 without. Like
 *    the name-likeness score, what it adds to one model the seed average already has; it would also have cost a
 *    dictionary of about 0.5 MB (compressed Hunspell data) and an affix checker at run time.
 * 11. --cv-fold-clusters (2026-11-26): the CV numbers above build the word clusters from ALL of train.txt, so a held-out
 *    fold's words have cluster paths, which the test split's unseen words never have (the clusters never read
 *    test.txt). With clusters rebuilt per fold without the held-out fold, the estimate is lower and closer to test:
 *    one model 74.35–74.57 at 5–12 epochs after consistency (75.0–75.2 leaky), the five-model average at 8 epochs
 *    75.22 (75.93 leaky). Under it the Ayaspell membership of item 10 does help the average (75.57, +0.35; with the
 *    type vote 75.67 against 75.20), the gain the leaky CV hid. Still far from what the test bar needs (test 72.96
 *    → 75), and it needs a run-time dictionary that the size budget does not hold (the npm trie is 2.56 MB gzip).
 *    Also under it (2026-11-26): the word clusters themselves add nothing (one model 74.33–74.53 at 5–12 epochs without
 *    them against 74.35–74.57 with; five-model average at 12 epochs 74.92 against 74.94), and a model trained without
 *    them is not smaller (1.70 MB: dev picks 9 epochs and more word features survive pruning), so they stay. Giving the
 *    training tokens jackknifed cluster paths (clusters built without their own fifth of train, to match the unseen
 *    words of test) is worse: one model 73.1–73.5. The name-likeness score of item 9: one model 74.52–74.78 (+0.2),
 *    five-model average at 8 epochs 75.40 against 75.22.
 *
 * Deterministic given --seed (sentence order per epoch comes from a seeded PRNG; no other randomness).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readAnergazet, readConll, repairBio, type TaggedSentence } from './lib/anercorp';
import {
  FEATURE_CONFIG, FEATURE_VERSION, GAZ_OFFSETS, STEM_TEMPLATE, WORD_TEMPLATE, aggregateDocument, hashFeature,
  nerNormalize, segmentFull, stackFeatures, tokenFeatures, viewOf, KNOWN_MIN_COUNT, type Lexicon,
} from '../src/core/entities/features';
import {
  CITIES, CLUBS, COMPANIES, COUNTRIES, EVENTS, GIVEN_NAMES, GIVEN_NAMES_COMMON_WORDS, GIVEN_NAMES_MORE, GOVERNMENT_BODIES, LEADER_NAME_PARTS, NATIONALITIES, ORGANIZATIONS, PARTIES, REGIONS,
} from '../src/core/entities/gazetteer';
import {
  ALLOWED, L, LABELS, LinearTagger, decodeModel, propagate, encodeKeys, toBase64, viterbi, type NerModelFile,
} from '../src/core/entities/linear-tagger';
import { ConllScorer, formatScore } from '../src/core/entities/conll';
import { buildClusters, unlabeledSentences } from './lib/clusters';
import { mulberry32 as prng } from './lib/random';

const here = dirname(fileURLToPath(import.meta.url));

function parseArgs(argv: string[]) {
  const o = {
    data: resolve(here, '../../shared/data'),
    seed: 1,
    epochs: 0, // 0: choose on dev
    maxEpochs: 15,
    minCount: 2,
    anergazet: true,
    ownLists: true,
    moreLists: true,
    stack: false,
    stackDev: false,
    stackFolds: 5,
    stackEpochs: 8,
    stackFirstEpochs: 8,
    prune: 0,
    devOnly: false,
    dump: '',
    cv: 0,
    dropout: 0.3,
    ensemble: 5,
    ensembleEpochs: 0, // 0: the epochs chosen on dev for one model
    algo: 'perceptron',
    l2: 1,
    lr: 0.05,
    out: resolve(here, '../src/core/entities/model/ner-model.json'),
    clDepth: 12,
    clContexts: 800,
    clMin: 2,
    clUnlabeled: true,
    cvFoldClusters: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => argv[++i];
    if (a === '--data') o.data = resolve(next());
    else if (a === '--seed') o.seed = Number(next());
    else if (a === '--epochs') o.epochs = Number(next());
    else if (a === '--max-epochs') o.maxEpochs = Number(next());
    else if (a === '--min-count') o.minCount = Number(next());
    else if (a === '--no-anergazet') o.anergazet = false;
    else if (a === '--no-own-lists') o.ownLists = false;
    else if (a === '--no-more-lists') o.moreLists = false;
    else if (a === '--no-stack') o.stack = false;
    else if (a === '--stack') o.stack = true;
    else if (a === '--stack-dev') o.stackDev = true;
    else if (a === '--stack-folds') o.stackFolds = Number(next());
    else if (a === '--stack-epochs') o.stackEpochs = Number(next());
    else if (a === '--prune') o.prune = Number(next());
    else if (a === '--dev-only') o.devOnly = true;
    else if (a === '--dump') o.dump = resolve(next());
    else if (a === '--cv') o.cv = Number(next());
    else if (a === '--dropout') o.dropout = Number(next());
    else if (a === '--ensemble') o.ensemble = Number(next());
    else if (a === '--ensemble-epochs') o.ensembleEpochs = Number(next());
    else if (a === '--algo') o.algo = next();
    else if (a === '--l2') o.l2 = Number(next());
    else if (a === '--lr') o.lr = Number(next());
    else if (a === '--out') o.out = resolve(next());
    else if (a === '--seg') FEATURE_CONFIG.seg = next() as 'rule' | 'vocab';
    else if (a === '--seg-fallback') FEATURE_CONFIG.segFallback = next() as 'rule' | 'conj' | 'none';
    else if (a === '--agg') FEATURE_CONFIG.aggWindow = Number(next());
    else if (a === '--propagate') FEATURE_CONFIG.propagate = Number(next());
    else if (a === '--vote') FEATURE_CONFIG.propagateVote = next() === '1';
    else if (a === '--morph') FEATURE_CONFIG.morph = next() === '1';
    else if (a === '--no-clusters') FEATURE_CONFIG.clusters = false;
    else if (a === '--cl-depth') o.clDepth = Number(next());
    else if (a === '--cl-contexts') o.clContexts = Number(next());
    else if (a === '--cl-min') o.clMin = Number(next());
    else if (a === '--cl-no-unlabeled') o.clUnlabeled = false;
    else if (a === '--cv-fold-clusters') o.cvFoldClusters = true;
    else if (!a.startsWith('--')) o.data = resolve(a);
    else throw new Error(`unknown option ${a}`);
  }
  return o;
}


// ---------- lexicon ----------

/** Gazetteer entries: normalized words of each entry with their membership class. */
type GazEntries = [string, string][];

function gazetteerEntries(opts: { anergazet: boolean; ownLists: boolean; moreLists: boolean; data: string }): GazEntries {
  const out: GazEntries = [];
  const addEntries = (entries: string[], cls: string) => {
    for (const e of entries) {
      const parts = e.split(/\s+/).filter(Boolean).map(nerNormalize);
      parts.forEach((w, i) => out.push([w, parts.length === 1 ? cls : i === 0 ? cls + '-b' : cls + '-i']));
    }
  };
  if (opts.anergazet) {
    const g = readAnergazet(join(opts.data, 'anergazet'));
    addEntries(g.LOC, 'aLOC');
    addEntries(g.ORG, 'aORG');
    addEntries(g.PERS, 'aPERS');
  }
  if (opts.ownLists) {
    addEntries(COUNTRIES, 'kCOUNTRY');
    addEntries(CITIES, 'kCITY');
    addEntries(REGIONS, 'kREGION');
    addEntries(LEADER_NAME_PARTS, 'kLEADER');
    addEntries(ORGANIZATIONS, 'kORG');
    addEntries(GIVEN_NAMES, 'kGIVEN');
    addEntries(GIVEN_NAMES_MORE, 'kGIVEN');
    // names that are also ordinary words (أمل، نصر، جمعة …) as a class of their own
    addEntries(GIVEN_NAMES_COMMON_WORDS, 'kGIVENW');
  }
  if (opts.moreLists) {
    addEntries(CLUBS, 'kCLUB');
    addEntries(PARTIES, 'kPARTY');
    addEntries(GOVERNMENT_BODIES, 'kGOV');
    addEntries(COMPANIES, 'kCOMPANY');
    addEntries(EVENTS, 'kEVENT');
    // nationality adjectives with their ال, feminine and plural forms
    const nat: string[] = [];
    for (const a of NATIONALITIES) for (const f of [a, a + 'ة', a + 'ون', a + 'ين']) nat.push(f, 'ال' + f);
    addEntries(nat, 'kNAT');
  }
  return out;
}

/** Membership lexicon: word → classes and stem (under the segmentation vocabulary `segHas`) → classes. */
function buildLexicon(entries: GazEntries, segHas: (w: string) => boolean): Lexicon {
  const words = new Map<string, string[]>();
  const stems = new Map<string, string[]>();
  const add = (map: Map<string, string[]>, key: string, cls: string) => {
    const l = map.get(key);
    if (!l) map.set(key, [cls]);
    else if (!l.includes(cls)) l.push(cls);
  };
  for (const [w, c] of entries) {
    add(words, w, c);
    add(stems, segmentFull(w, segHas)[2], c);
  }
  return { words, stems };
}

/** The known vocabulary plus the gazetteer words: what clitic segmentation accepts as a word. */
function segVocab(vocab: Set<string>, entries: GazEntries): (w: string) => boolean {
  const g = new Set(entries.map(([w]) => w));
  return (w) => vocab.has(w) || g.has(w);
}

// ---------- data ----------

interface Encoded {
  /** per sentence: token count, then per token the feature hashes */
  n: number;
  feats: Uint32Array[]; // per token
  gold: Int32Array;
}

/** Normalized word counts of the sentences a model is trained on: its "known" vocabulary. */
function vocabularyOf(sents: TaggedSentence[]): Set<string> {
  const counts = new Map<string, number>();
  for (const s of sents) for (const t of s.tokens) { const w = nerNormalize(t); counts.set(w, (counts.get(w) ?? 0) + 1); }
  return new Set([...counts].filter(([, c]) => c >= KNOWN_MIN_COUNT).map(([w]) => w));
}

/** Word clusters (stem → binary path), built once in main from train tokens + unlabeled text. */
let clusterMap = new Map<string, string>();

/** Encodes contiguous sentences (a stream of documents: aggregation windows run over it). */
function encode(sents: TaggedSentence[], entries: GazEntries, vocab: Set<string>, firstPass?: string[][]): Encoded[] {
  const labelIndex = new Map<string, number>(LABELS.map((l, i) => [l, i]));
  const known = (w: string) => vocab.has(w);
  const segHas = segVocab(vocab, entries);
  const lex = buildLexicon(entries, segHas);
  const cl = (k: string) => clusterMap.get(k);
  const allViews = sents.map((s) => s.tokens.map((t) => viewOf(t, known, segHas, cl)));
  const agg = aggregateDocument(allViews);
  const stack = firstPass ? stackFeatures(allViews, firstPass) : undefined;
  return sents.map((s, si) => {
    const views = allViews[si];
    const feats: Uint32Array[] = [];
    for (let i = 0; i < views.length; i++) {
      const hs: number[] = [];
      const a = stack ? [...(agg[si][i] ?? []), ...stack[si][i]] : agg[si][i];
      tokenFeatures(views, i, (f) => hs.push(hashFeature(f)), lex, a);
      feats.push(Uint32Array.from(hs));
    }
    const gold = Int32Array.from(repairBio(s.tags).map((t) => labelIndex.get(t) ?? 0));
    return { n: s.tokens.length, feats, gold };
  });
}

// ---------- averaged perceptron ----------

interface Trained {
  ids: Map<number, number>;
  w: Float64Array; // averaged
  trans: Float64Array;
}

/** Positions (in emission order) of the current word's identity feature 'w=' (see tokenFeatures): dropping it teaches the stem feature to carry the word across clitics. */
const IDENTITY_POSITIONS = [1];

function train(data: Encoded[], epochs: number, seed: number, minCount: number, onEpoch?: (e: number, m: Trained) => void, dropout = 0): Trained {
  // feature ids (count cutoff on the training data)
  const counts = new Map<number, number>();
  for (const s of data) for (const f of s.feats) for (const h of f) counts.set(h, (counts.get(h) ?? 0) + 1);
  const ids = new Map<number, number>();
  for (const [h, c] of [...counts].sort((a, b) => a[0] - b[0])) if (c >= minCount) ids.set(h, ids.size);
  // -1 marks a feature below the cutoff; positions are kept so identity features can be dropped out
  const rows = data.map((s) => s.feats.map((f) => Int32Array.from(f, (h) => ids.get(h) ?? -1)));
  const nF = ids.size;
  const w = new Float64Array(nF * L), u = new Float64Array(nF * L);
  const tr = new Float64Array((L + 1) * L), tu = new Float64Array((L + 1) * L);
  let c = 1;
  const rnd = prng(seed);
  const order = data.map((_, i) => i);
  const averaged = (): Trained => {
    const aw = new Float64Array(nF * L);
    for (let i = 0; i < aw.length; i++) aw[i] = w[i] - u[i] / c;
    const at = new Float64Array(tr.length);
    for (let i = 0; i < at.length; i++) at[i] = tr[i] - tu[i] / c;
    return { ids, w: aw, trans: at };
  };
  for (let e = 1; e <= epochs; e++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const si of order) {
      const s = data[si];
      const fr = dropout > 0
        ? rows[si].map((f) => (rnd() < dropout ? f.map((x, k) => (IDENTITY_POSITIONS.includes(k) ? -1 : x)) : f))
        : rows[si];
      const em = new Float64Array(s.n * L);
      for (let t = 0; t < s.n; t++) {
        const base = t * L;
        for (const f of fr[t]) {
          if (f < 0) continue;
          const o = f * L;
          for (let y = 0; y < L; y++) em[base + y] += w[o + y];
        }
      }
      const pred = viterbi(em, s.n, tr);
      for (let t = 0; t < s.n; t++) {
        const g = s.gold[t], p = pred[t];
        if (g !== p) {
          for (const f of fr[t]) {
            if (f < 0) continue;
            w[f * L + g] += 1; u[f * L + g] += c;
            w[f * L + p] -= 1; u[f * L + p] -= c;
          }
        }
        const gp = t === 0 ? L : s.gold[t - 1], pp = t === 0 ? L : pred[t - 1];
        if (gp !== pp || g !== p) {
          tr[gp * L + g] += 1; tu[gp * L + g] += c;
          tr[pp * L + p] -= 1; tu[pp * L + p] -= c;
        }
      }
      c++;
    }
    onEpoch?.(e, averaged());
  }
  return averaged();
}


// ---------- linear-chain CRF (SGD, L2) ----------

function trainCrf(data: Encoded[], epochs: number, seed: number, minCount: number, onEpoch?: (e: number, m: Trained) => void, l2 = 1, lr0 = 0.05): Trained {
  const counts = new Map<number, number>();
  for (const s of data) for (const f of s.feats) for (const h of f) counts.set(h, (counts.get(h) ?? 0) + 1);
  const ids = new Map<number, number>();
  for (const [h, c] of [...counts].sort((a, b) => a[0] - b[0])) if (c >= minCount) ids.set(h, ids.size);
  const rows = data.map((s) => s.feats.map((f) => Int32Array.from([...f].map((h) => ids.get(h) ?? -1).filter((x) => x >= 0))));
  const nF = ids.size;
  const w = new Float64Array(nF * L); // true weight = scale * w
  let scale = 1;
  const tr = new Float64Array((L + 1) * L);
  const rnd = prng(seed);
  const order = data.map((_, i) => i);
  const N = data.length;
  let step = 0;
  const snapshot = (): Trained => ({ ids, w: w.map((x) => x * scale), trans: tr.slice() });
  for (let e = 1; e <= epochs; e++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const si of order) {
      const lr = lr0 / (1 + step / N);
      step++;
      const s = data[si], fr = rows[si], n = s.n;
      // L2 decay, lazily through the scale
      scale *= 1 - (lr * l2) / N;
      if (scale < 1e-6) { for (let k = 0; k < w.length; k++) w[k] *= scale; scale = 1; }
      const em = new Float64Array(n * L);
      for (let t = 0; t < n; t++) for (const f of fr[t]) for (let y = 0; y < L; y++) em[t * L + y] += w[f * L + y] * scale;
      // potentials
      const E = new Float64Array((L + 1) * L);
      for (let k = 0; k < E.length; k++) E[k] = ALLOWED[k] ? Math.exp(tr[k]) : 0;
      const phi = new Float64Array(n * L);
      for (let t = 0; t < n; t++) {
        let m = -Infinity;
        for (let y = 0; y < L; y++) m = Math.max(m, em[t * L + y]);
        for (let y = 0; y < L; y++) phi[t * L + y] = Math.exp(em[t * L + y] - m);
      }
      const alpha = new Float64Array(n * L), beta = new Float64Array(n * L), z = new Float64Array(n);
      for (let t = 0; t < n; t++) {
        let sum = 0;
        for (let c = 0; c < L; c++) {
          let a = 0;
          if (t === 0) a = E[L * L + c];
          else for (let p = 0; p < L; p++) a += alpha[(t - 1) * L + p] * E[p * L + c];
          a *= phi[t * L + c];
          alpha[t * L + c] = a;
          sum += a;
        }
        z[t] = sum;
        for (let c = 0; c < L; c++) alpha[t * L + c] /= sum;
      }
      for (let c = 0; c < L; c++) beta[(n - 1) * L + c] = 1;
      for (let t = n - 2; t >= 0; t--) {
        for (let p = 0; p < L; p++) {
          let b = 0;
          for (let c = 0; c < L; c++) b += E[p * L + c] * phi[(t + 1) * L + c] * beta[(t + 1) * L + c];
          beta[t * L + p] = b / z[t + 1];
        }
      }
      const gTr = new Float64Array((L + 1) * L);
      const step1 = lr / scale;
      for (let t = 0; t < n; t++) {
        let norm = 0;
        for (let c = 0; c < L; c++) norm += alpha[t * L + c] * beta[t * L + c];
        const g = s.gold[t];
        for (let y = 0; y < L; y++) {
          const d = (y === g ? 1 : 0) - (alpha[t * L + y] * beta[t * L + y]) / norm;
          if (d === 0) continue;
          for (const f of fr[t]) w[f * L + y] += step1 * d;
        }
        // transitions
        const gp = t === 0 ? L : s.gold[t - 1];
        gTr[gp * L + g] += 1;
        if (t === 0) {
          for (let c = 0; c < L; c++) gTr[L * L + c] -= (alpha[c] * beta[c]) / norm;
        } else {
          for (let p = 0; p < L; p++) {
            const ap = alpha[(t - 1) * L + p];
            if (ap === 0) continue;
            for (let c = 0; c < L; c++) {
              if (!E[p * L + c]) continue;
              gTr[p * L + c] -= (ap * E[p * L + c] * phi[t * L + c] * beta[t * L + c]) / z[t];
            }
          }
        }
      }
      for (let k = 0; k < tr.length; k++) tr[k] += lr * gTr[k];
    }
    onEpoch?.(e, snapshot());
  }
  return snapshot();
}

/** Tags with float weights and membership features (training-time view of the model). */
function evaluate(m: Trained, data: Encoded[], preds?: string[][]): ConllScorer {
  const sc = new ConllScorer();
  for (const s of data) {
    const em = new Float64Array(s.n * L);
    for (let t = 0; t < s.n; t++) {
      for (const h of s.feats[t]) {
        const id = m.ids.get(h);
        if (id === undefined) continue;
        for (let y = 0; y < L; y++) em[t * L + y] += m.w[id * L + y];
      }
    }
    const pred = viterbi(em, s.n, m.trans);
    sc.add(Array.from(s.gold, (y) => LABELS[y]), Array.from(pred, (y) => LABELS[y]));
    preds?.push(Array.from(pred, (y) => LABELS[y]));
  }
  return sc;
}

// ---------- folding, pruning, quantization ----------

function fold(m: Trained, lex: Lexicon): Map<number, Float64Array> {
  const rows = new Map<number, Float64Array>();
  for (const [h, id] of m.ids) rows.set(h, m.w.slice(id * L, id * L + L));
  const classes = new Set<string>();
  for (const l of lex.words.values()) l.forEach((c) => classes.add(c));
  for (const l of lex.stems.values()) l.forEach((c) => classes.add(c));
  const addTo = (h: number, v: Float64Array) => {
    let r = rows.get(h);
    if (!r) rows.set(h, (r = new Float64Array(L)));
    for (let y = 0; y < L; y++) r[y] += v[y];
  };
  let folded = 0;
  for (const k of GAZ_OFFSETS) {
    for (const [kind, map, template] of [
      ['gw', lex.words, WORD_TEMPLATE[k]],
      ['gs', lex.stems, STEM_TEMPLATE[k]],
    ] as const) {
      const weightOf = new Map<string, Float64Array>();
      for (const cls of classes) {
        const h = hashFeature(kind + k + '=' + cls);
        const r = rows.get(h);
        if (r) weightOf.set(cls, r);
      }
      for (const [key, cls] of map) {
        for (const c of cls) {
          const v = weightOf.get(c);
          if (v) { addTo(hashFeature(template + key), v); folded++; }
        }
      }
      for (const cls of classes) rows.delete(hashFeature(kind + k + '=' + cls));
    }
  }
  console.log(`folded ${folded} gazetteer memberships into word/stem features`);
  return rows;
}

/** Cluster map → sorted key hashes and uint16 path codes ((1 << bits) | path). Hash collisions keep the first. */
function encodeClusters(map: Map<string, string>): { n: number; keys: string; paths: string } {
  const byHash = new Map<number, number>();
  for (const [k, p] of [...map].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    const h = hashFeature(k);
    if (!byHash.has(h) && p.length > 0 && p.length <= 15) byHash.set(h, (1 << p.length) | parseInt(p, 2));
  }
  const sorted = [...byHash].sort((a, b) => a[0] - b[0]);
  const codes = Uint16Array.from(sorted, ([, c]) => c);
  return { n: sorted.length, keys: toBase64(encodeKeys(sorted.map(([h]) => h))), paths: toBase64(new Uint8Array(codes.buffer)) };
}

/** int8 weights with one scale; features whose largest |int8| weight is ≤ `prune` are dropped. */
function quantizeRows(rows: Map<number, Float64Array>, trans: Float64Array, prune: number) {
  let max = 0;
  for (const r of rows.values()) for (const x of r) max = Math.max(max, Math.abs(x));
  const scale = max / 127;
  const kept: [number, Int8Array][] = [];
  for (const [h, r] of rows) {
    const q = Int8Array.from(r, (x) => Math.max(-127, Math.min(127, Math.round(x / scale))));
    if (q.some((x) => Math.abs(x) > prune)) kept.push([h, q]);
  }
  kept.sort((a, b) => a[0] - b[0]);
  const weights = new Int8Array(kept.length * L);
  kept.forEach(([, q], i) => weights.set(q, i * L));
  return {
    scale,
    n: kept.length,
    keys: toBase64(encodeKeys(kept.map(([h]) => h))),
    weights: toBase64(new Uint8Array(weights.buffer)),
    trans: Array.from(trans, (x) => Math.round(x * 1000) / 1000),
  };
}

function quantize(rows: Map<number, Float64Array>, trans: Float64Array, vocab: Set<string>, entries: GazEntries, meta: Record<string, unknown>, prune = 0, second?: ReturnType<typeof quantizeRows>): NerModelFile {
  const ce = FEATURE_CONFIG.clusters ? encodeClusters(clusterMap) : undefined;
  const vocabHashes = [...new Set([...vocab].map(hashFeature))].sort((a, b) => a - b);
  const vh = new Set(vocabHashes);
  const segHashes = [...new Set(entries.map(([w]) => hashFeature(w)))].filter((h) => !vh.has(h)).sort((a, b) => a - b);
  return {
    format: 'khulasa-ner-linear/1',
    featureVersion: FEATURE_VERSION,
    labels: [...LABELS],
    ...quantizeRows(rows, trans, prune),
    nVocab: vocabHashes.length,
    vocab: toBase64(encodeKeys(vocabHashes)),
    nSeg: segHashes.length,
    seg: toBase64(encodeKeys(segHashes)),
    ...(ce ? { nClusters: ce.n, clusterKeys: ce.keys, clusterPaths: ce.paths } : {}),
    ...(second ? { second } : {}),
    config: { ...FEATURE_CONFIG },
    meta,
  };
}

// ---------- main ----------

function main() {
  const o = parseArgs(process.argv.slice(2));
  const t0 = Date.now();
  const fit1 = (data: Encoded[], epochs: number, seed: number, onEpoch?: (e: number, m: Trained) => void): Trained =>
    o.algo === 'crf'
      ? trainCrf(data, epochs, seed, o.minCount, onEpoch, o.l2, o.lr)
      : train(data, epochs, seed, o.minCount, onEpoch, o.dropout);
  // an ensemble of seeds (sentence order, dropout) averaged into one weight vector
  const fit = (data: Encoded[], epochs: number, onEpoch?: (e: number, m: Trained) => void): Trained => {
    if (onEpoch || o.ensemble <= 1) return fit1(data, epochs, o.seed, onEpoch);
    const m = fit1(data, epochs, o.seed);
    for (let k = 1; k < o.ensemble; k++) {
      const mk = fit1(data, epochs, o.seed + k);
      for (let i = 0; i < m.w.length; i++) m.w[i] += mk.w[i];
      for (let i = 0; i < m.trans.length; i++) m.trans[i] += mk.trans[i];
    }
    for (let i = 0; i < m.w.length; i++) m.w[i] /= o.ensemble;
    for (let i = 0; i < m.trans.length; i++) m.trans[i] /= o.ensemble;
    return m;
  };
  const trainPath = join(o.data, 'anercorp', 'train.txt');
  const all = readConll(trainPath);
  const entries = gazetteerEntries(o);
  const clusterOptions = { depth: o.clDepth, contexts: o.clContexts, minCount: o.clMin };
  const unl = FEATURE_CONFIG.clusters && o.clUnlabeled ? unlabeledSentences(o.data, resolve(here, '..')) : [];
  if (FEATURE_CONFIG.clusters) {
    const tc = Date.now();
    clusterMap = buildClusters([...all.map((s) => s.tokens), ...unl], clusterOptions);
    console.log(`clusters: ${clusterMap.size} stems from ${all.length} train + ${unl.length} unlabeled sentences in ${((Date.now() - tc) / 1000).toFixed(1)}s`);
  }
  console.log(`train.txt: ${all.length} sentences; gazetteers: ${entries.length} entry words; features ${JSON.stringify(FEATURE_CONFIG)}`);
  const nDev = Math.round(all.length * 0.1);
  // the vocabulary ("known words") always comes from the sentences being trained on, never the held-out ones
  const trnVocab = vocabularyOf(all.slice(0, all.length - nDev));
  const encDevSplit = encode(all, entries, trnVocab);
  const trn = encDevSplit.slice(0, all.length - nDev), dev = encDevSplit.slice(all.length - nDev);
  console.log(`features encoded in ${((Date.now() - t0) / 1000).toFixed(1)}s; dev slice = last ${nDev} sentences of train`);

  /** First-pass labels of `sents` by k-fold cross-validation (contiguous folds, vocabulary of the other folds). */
  const cvLabels = (sents: TaggedSentence[], epochs: number): string[][] => {
    const k = o.stackFolds, size = Math.ceil(sents.length / k);
    const out: string[][] = [];
    for (let f = 0; f < k; f++) {
      const rest = [...sents.slice(0, f * size), ...sents.slice((f + 1) * size)];
      const enc = encode(sents, entries, vocabularyOf(rest));
      const m = fit([...enc.slice(0, f * size), ...enc.slice((f + 1) * size)], epochs);
      evaluate(m, enc.slice(f * size, (f + 1) * size), out);
    }
    return out;
  };
  /**
   * Micro F1 after document consistency (what tagDocument ships) of predictions on `sents`. With `variants`,
   * also adds the micro F1 of the other consistency variants (type vote, name parts, both) to it, by name.
   */
  const propagatedF1 = (sents: TaggedSentence[], preds: string[][], vocab: Set<string>, variants?: Record<string, number>) => {
    const sh = segVocab(vocab, entries);
    const views = sents.map((s) => s.tokens.map((t) => viewOf(t, (w) => vocab.has(w), sh, (k) => clusterMap.get(k))));
    const sc = new ConllScorer();
    const pp = FEATURE_CONFIG.propagate ? propagate(views, preds) : preds;
    sents.forEach((s, i) => sc.add(repairBio(s.tags), pp[i]));
    if (variants) for (const [k, parts, vote] of [['vote', false, true], ['parts', true, false], ['both', true, true]] as const) {
      const sv = new ConllScorer();
      const pv = propagate(views, preds, FEATURE_CONFIG.aggWindow || 5, parts, vote);
      sents.forEach((s, i) => sv.add(repairBio(s.tags), pv[i]));
      variants[k] = (variants[k] ?? 0) + sv.score().micro.f1;
    }
    return sc.score();
  };

  if (o.stackDev) {
    const E1 = o.epochs || 8;
    const trnS = all.slice(0, all.length - nDev), devS = all.slice(all.length - nDev);
    const labTrn = cvLabels(trnS, E1);
    const cvSc = new ConllScorer();
    trnS.forEach((s, i) => cvSc.add(repairBio(s.tags), labTrn[i]));
    console.log(`first pass ${o.stackFolds}-fold CV labels on the dev-split train part: micro F1 ${(100 * cvSc.score().micro.f1).toFixed(2)} (${((Date.now() - t0) / 1000).toFixed(0)}s)`);
    const m1 = fit(trn, E1);
    const pDev: string[][] = [];
    const s1 = evaluate(m1, dev, pDev).score();
    console.log(`first pass dev micro F1 ${(100 * s1.micro.f1).toFixed(2)}, with consistency ${(100 * propagatedF1(devS, pDev, trnVocab).micro.f1).toFixed(2)}`);
    const enc2 = encode(all, entries, trnVocab, [...labTrn, ...pDev]);
    const trn2 = enc2.slice(0, trnS.length), dev2 = enc2.slice(trnS.length);
    fit(trn2, o.maxEpochs, (e, m) => {
      const p2: string[][] = [];
      const sc = evaluate(m, dev2, p2).score();
      const pr = propagatedF1(devS, p2, trnVocab);
      console.log(`second pass epoch ${e}: dev micro F1 ${(100 * sc.micro.f1).toFixed(2)}, with consistency ${(100 * pr.micro.f1).toFixed(2)} (${((Date.now() - t0) / 1000).toFixed(0)}s)`);
      if (e === o.stackEpochs) console.log(formatScore(pr));
    });
    return;
  }

  if (o.cv) {
    /** summed micro F1 of the consistency variants over folds and evaluated epochs */
    const variants: Record<string, number> = {};
    // contiguous folds of train.txt; reports micro F1 per epoch averaged over folds
    const size = Math.ceil(all.length / o.cv);
    const sums: number[] = [], psums: number[] = [];
    for (let f = 0; f < o.cv; f++) {
      if (o.cvFoldClusters && FEATURE_CONFIG.clusters) {
        // clusters without the held-out fold's text, as on the test split (which the clusters never see)
        const restTokens = [...all.slice(0, f * size), ...all.slice((f + 1) * size)].map((s) => s.tokens);
        clusterMap = buildClusters([...restTokens, ...unl], clusterOptions);
      }
      const vocab = vocabularyOf([...all.slice(0, f * size), ...all.slice((f + 1) * size)]);
      const enc = encode(all, entries, vocab);
      const held = enc.slice(f * size, (f + 1) * size);
      const rest = [...enc.slice(0, f * size), ...enc.slice((f + 1) * size)];
      const heldS = all.slice(f * size, (f + 1) * size);
      if (o.stack) {
        // stacked: first-pass labels of the other folds by inner CV, of this fold by a first pass on the others
        const E1 = o.stackFirstEpochs;
        const restS = [...all.slice(0, f * size), ...all.slice((f + 1) * size)];
        const labRest = cvLabels(restS, E1);
        const labHeld: string[][] = [];
        evaluate(fit(rest, E1), held, labHeld);
        const lab = [...labRest.slice(0, f * size), ...labHeld, ...labRest.slice(f * size)];
        const enc2 = encode(all, entries, vocab, lab);
        const held2 = enc2.slice(f * size, (f + 1) * size);
        fit([...enc2.slice(0, f * size), ...enc2.slice((f + 1) * size)], o.epochs || o.maxEpochs, (e, m) => {
          const preds: string[][] = [];
          sums[e - 1] = (sums[e - 1] ?? 0) + evaluate(m, held2, preds).score().micro.f1 / o.cv;
          psums[e - 1] = (psums[e - 1] ?? 0) + propagatedF1(heldS, preds, vocab, variants).micro.f1 / o.cv;
        });
        console.log(`fold ${f + 1} done (${((Date.now() - t0) / 1000).toFixed(0)}s)`);
        continue;
      }
      const record = (e: number, m: Trained) => {
        const preds: string[][] = [];
        sums[e - 1] = (sums[e - 1] ?? 0) + evaluate(m, held, preds).score().micro.f1 / o.cv;
        psums[e - 1] = (psums[e - 1] ?? 0) + propagatedF1(heldS, preds, vocab, variants).micro.f1 / o.cv;
      };
      // an ensemble is evaluated at its fixed epoch count only (--epochs); a single model after every epoch
      if (o.ensemble > 1 && o.epochs) record(o.epochs, fit(rest, o.epochs));
      else fit(rest, o.epochs || o.maxEpochs, record);
    }
    sums.forEach((v, i) => v !== undefined && console.log(`cv${o.cv} epoch ${i + 1}: mean micro F1 ${(100 * v).toFixed(2)}, with consistency ${(100 * psums[i]).toFixed(2)}`));
    const nEval = sums.filter((v) => v !== undefined).length * o.cv;
    console.log(`consistency variants (mean over folds and epochs): ${Object.entries(variants).map(([k, v]) => `${k} ${(100 * v / nEval).toFixed(2)}`).join(', ')}; shipped ${(100 * psums.reduce((a, b) => a + (b ?? 0), 0) / (nEval / o.cv)).toFixed(2)}`);
    return;
  }

  let epochs = o.epochs;
  let devF1 = NaN;
  if (!epochs && o.ensemble > 1 && o.ensembleEpochs && !o.devOnly) {
    // a fixed epoch count for the averaged models (--ensemble-epochs, see the header), scored on dev
    epochs = o.ensembleEpochs;
    devF1 = evaluate(fit(trn, epochs), dev).score().micro.f1;
    console.log(`ensemble of ${o.ensemble}, ${epochs} epochs: dev micro F1 ${(100 * devF1).toFixed(2)} (${((Date.now() - t0) / 1000).toFixed(0)}s)`);
  } else if (!epochs || o.devOnly) {
    let best = -1;
    fit(trn, o.epochs || o.maxEpochs, (e, m) => {
      const s = evaluate(m, dev).score();
      console.log(`epoch ${String(e).padStart(2)}  dev micro F1 ${(100 * s.micro.f1).toFixed(2)}  (${((Date.now() - t0) / 1000).toFixed(0)}s)`);
      if (s.micro.f1 > best) { best = s.micro.f1; epochs = e; }
    });
    devF1 = best;
    console.log(`chosen epochs: ${epochs} (dev micro F1 ${(100 * best).toFixed(2)})`);
    if (o.devOnly) {
      const preds: string[][] = [];
      const mm = fit(trn, epochs);
      console.log(formatScore(evaluate(mm, dev, preds).score()));
      {
        const devS = all.slice(all.length - nDev);
        const sh = segVocab(trnVocab, entries);
        const views = devS.map((s) => s.tokens.map((t) => viewOf(t, (w) => trnVocab.has(w), sh, (k) => clusterMap.get(k))));
        for (const [share, parts, vote] of [[0.01, false, false], [0.01, false, true], [0.01, true, false]] as const) {
          const sc = new ConllScorer();
          const pp = propagate(views, preds, FEATURE_CONFIG.aggWindow || 5, parts, vote);
          devS.forEach((s, i) => sc.add(repairBio(s.tags), pp[i]));
          const r = sc.score();
          console.log(`propagate ${share} parts ${parts} vote ${vote}: P ${(100 * r.micro.precision).toFixed(2)} R ${(100 * r.micro.recall).toFixed(2)} F1 ${(100 * r.micro.f1).toFixed(2)}`);
          if (share === 0.01) console.log(formatScore(r));
        }
      }
      const bid = mm.ids.get(hashFeature('b'))!;
      const b0 = mm.w[bid * L];
      for (const b of [0, 0.5, 1, 2, 3, 4, 6, 8, 10]) {
        mm.w[bid * L] = b0 - b;
        const sc = evaluate(mm, dev).score().micro;
        console.log(`O-bias ${b}: P ${(100 * sc.precision).toFixed(2)} R ${(100 * sc.recall).toFixed(2)} F1 ${(100 * sc.f1).toFixed(2)}`);
      }
      mm.w[bid * L] = b0;
      if (o.dump) {
        const devSents = all.slice(all.length - nDev);
        writeFileSync(o.dump, devSents.map((s, i) => s.tokens.map((t, j) => `${t} ${s.tags[j]} ${preds[i][j]}`).join('\n')).join('\n\n') + '\n');
      }
      return;
    }
  }

  const fullVocab = vocabularyOf(all);
  const m = fit(encode(all, entries, fullVocab), epochs);
  const lexAll = buildLexicon(entries, segVocab(fullVocab, entries));
  const rows = fold(m, lexAll);
  let second: ReturnType<typeof quantizeRows> | undefined;
  if (o.stack) {
    // stacked second pass: trained on all of train with first-pass labels from k-fold cross-validation
    const lab = cvLabels(all, epochs);
    console.log(`first-pass ${o.stackFolds}-fold labels done (${((Date.now() - t0) / 1000).toFixed(0)}s)`);
    const m2 = fit(encode(all, entries, fullVocab, lab), o.stackEpochs);
    second = quantizeRows(fold(m2, lexAll), m2.trans, o.prune);
  }
  const file = quantize(rows, m.trans, fullVocab, entries, {
    trainer: 'averaged structured perceptron, first-order Viterbi, BIO-constrained',
    trainedOn: 'ANERcorp train.txt (CAMeL split), all sentences',
    epochs, seed: o.seed, ensemble: o.ensemble, stack: o.stack ? { folds: o.stackFolds, epochs: o.stackEpochs } : false, prune: o.prune, dropout: o.dropout, minCount: o.minCount, devMicroF1: Math.round(devF1 * 10000) / 100,
    gazetteers: [o.anergazet ? 'ANERgazet (folded)' : '', o.ownLists ? 'own lists (folded)' : '', o.moreLists ? 'more own lists (folded)' : ''].filter(Boolean),
  }, o.prune, second);
  // sanity: the shipped (folded, quantized, list-free) tagger vs the training-time view on the dev slice
  const tagger = new LinearTagger(decodeModel(file));
  const devSents = all.slice(all.length - nDev);
  const float = evaluate(m, encode(devSents, entries, fullVocab)).score().micro.f1;
  const sc = new ConllScorer();
  const devTags = tagger.tagDocument(devSents.map((s) => s.tokens));
  devSents.forEach((s, i) => sc.add(repairBio(s.tags), devTags[i]));
  console.log(`dev slice (seen in final training) micro F1: float+lists ${(100 * float).toFixed(2)}, shipped ${(100 * sc.score().micro.f1).toFixed(2)}`);
  mkdirSync(dirname(o.out), { recursive: true });
  const json = JSON.stringify(file);
  writeFileSync(o.out, json + '\n');
  console.log(`wrote ${o.out}: ${file.n} features, ${(json.length / 1e6).toFixed(2)} MB; total ${((Date.now() - t0) / 1000).toFixed(1)}s`);
}

main();
