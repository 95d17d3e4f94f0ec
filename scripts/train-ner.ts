/**
 * Trains the Khulasa NER tagger and writes src/core/entities/model/ner-model.json.
 *
 *   npm run train:ner [-- --data ../shared/data] [--seed 1] [--epochs N] [--ensemble N] [--fane W]
 *                     [--no-news] [--no-clusters] [--no-anergazet] [--no-own-lists] [--no-lexicons] [--vote]
 *                     [--adapt] [--adapt-news] [--adapt-trans] [--prune P] [--dev-only] [--cv K] [--out PATH]
 *                     [--news-names FILE] [--exclude-dev] [--fane-part F] [--currencies] [--g-swap]
 *
 * Averaged structured perceptron, first-order Viterbi under BIO constraints, on ANERcorp train.txt; with
 * `--fane W` (off by default: it lowered dev F1) also on WikiFANE Gold, its sentences weighing W in the
 * updates and its MISC masked (O and MISC tokens may take O or MISC, PERS/LOC/ORG tokens must take their gold
 * label; the perceptron's target is the best path under these constraints).
 *  --adapt (with --fane): feature augmentation ("frustratingly easy domain adaptation", Daumé 2007): every
 *     feature of a WikiFANE sentence also fires a WikiFANE copy of itself (a second weight row), which is
 *     trained and never shipped: the shared rows learn what both corpora agree on. --adapt-news: ANERcorp
 *     sentences also fire a news copy, added to the shared row on export (both always fire at run time).
 *     --adapt-trans: WikiFANE sentences also add transition weights of their own (not shipped).
 *  1. Epochs: 9, the best of `--cv 5` (one model, after document consistency). `--epochs 0` picks them on
 *     the dev slice instead (the last 10% of train.txt sentences: trains on the rest, best dev F1).
 *  2. Final model: all of train.txt (+ WikiFANE), --ensemble N seeds averaged into one weight vector.
 *  3. Gazetteers (ANERgazet, scripts/lib/ner-lists.ts, the WikiFANE name lists and ISO country names of
 *     ../shared/data/lexicons) are membership features in training, then folded
 *     into the word/stem weights of each listed word, so no list ships.
 *  4. Word clusters (scripts/lib/clusters.ts) from train tokens, EASC, and the news text (unless --no-news).
 *     The model also carries, for the key-names display (scripts/lib/name-stats.ts), two word sets, the
 *     multi-word organization names that the display keeps whole (unless --no-phrases) and the words before
 *     names that tell their type (unless --no-cues); and the people the finished tagger tags alone often enough when
 *     run over the news text's paragraphs (name-stats.ts `newsPeople`: the model is built, decoded and run once more
 *     for them, about a minute).
 *  5. --cv K: K-fold CV over ANERcorp train (WikiFANE always on the training side; clusters rebuilt
 *     without the held-out fold), micro F1 per epoch after document consistency; with --ensemble > 1 (the
 *     default, at --epochs) also the folds pooled by type, and with KHULASA_CV_DUMP=FILE every held-out sentence's
 *     gold and predicted tags as JSON lines, for reading the errors. --dev-only: dev F1 per epoch.
 *  6. Experiment, not shipped (docs/entities.md): `--news-names FILE` adds the names a model found in the news
 *     text (scripts/news-names.ts) as one more gazetteer; `--exclude-dev` trains the final model without the
 *     dev slice, so that the names it finds leave the dev score honest; `--currencies`: the currencies of
 *     scripts/lib/ner-lists.ts as one more gazetteer; `--g-swap`: every gazetteer word with a foreign g (غ or ج)
 *     also in the other spelling, as classes of their own.
 * The test split is never read here. Deterministic given --seed: rebuilds the committed model byte for byte
 * (about 3 minutes on one core). Records of what was tried: docs/entities.md.
 */
import { appendFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readAnergazet, readConll, repairBio, type TaggedSentence } from './lib/anercorp';
import {
  DEFAULT_CONFIG,
  FEATURE_VERSION,
  HashSink,
  STEM_TEMPLATE,
  WORD_TEMPLATE,
  aggregateDocument,
  hashFeature,
  nerNormalize,
  segmentFull,
  tokenFeatures,
  viewOf,
  KNOWN_MIN_COUNT,
  type FeatureConfig,
  type TokenView,
} from '../src/core/entities/features';
import * as LISTS from './lib/ner-lists';
import {
  L,
  LABELS,
  LinearTagger,
  decodeModel,
  propagate,
  encodeKeys,
  toBase64,
  viterbi,
  type NerModelFile,
} from '../src/core/entities/linear-tagger';
import { ConllScorer, formatScore } from '../src/core/entities/conll';
import type { CueType } from '../src/core/entities/type-cues';
import { ADMIN_UNIT_WORDS } from '../src/core/entities/name-words';
import { swapForeignG } from '../src/core/entities/ner-normalize';
import { isStopword } from '../src/core/text/stopwords';
import { buildClusters, rawTokens, readNewsText, unlabeledSentences } from './lib/clusters';
import { mulberry32 as prng } from './lib/random';
import {
  adjectiveWords,
  labeledTypes,
  newsContexts,
  nonPersonWords,
  forceNames,
  placeWords,
  compassPlaces,
  placeNisbas,
  countryNames,
  frequentWords,
  newsPeople,
  commonWords,
  COMMON_WORD,
  quotedCounts,
  groupNames,
  miscNames,
  orgPhrases,
  personNameWords,
  typeCues,
  cuedNames,
  cuedCounts,
  CUED_NAME,
  pairNames,
  wholeWords,
  wordCounts,
} from './lib/name-stats';

const here = dirname(fileURLToPath(import.meta.url));

function parseArgs(argv: string[]) {
  const o = {
    data: resolve(here, '../../shared/data'),
    seed: 1,
    epochs: 9, // chosen by 5-fold CV on train (docs/entities.md); 0: choose on the dev slice
    maxEpochs: 15,
    minCount: 2,
    anergazet: true,
    ownLists: true,
    lexicons: true,
    devOnly: false,
    cv: 0,
    dropout: 0.3,
    ensemble: 5,
    fane: 0, // WikiFANE sentences lowered dev F1 at every weight tried (docs/entities.md)
    fanePart: 1,
    adapt: false, // feature augmentation: WikiFANE copies of the features (trained, not shipped)
    adaptNews: false, // ... and ANERcorp (news) copies, added to the shared weights on export
    adaptTrans: false, // ... and WikiFANE transition weights (not shipped)
    news: true,
    clusters: true,
    vote: false,
    prune: 1, // int8 weights within ±1 dropped: the weight table stays at 4 MB (tagging speed), eval:names no worse
    phrases: true, // the display's multi-word organization names (src/core/entities/phrases.ts)
    cues: true, // the display's type cues (src/core/entities/type-cues.ts)
    out: resolve(here, '../src/core/entities/model/ner-model.json'),
    clDepth: 12,
    clContexts: 800,
    clMin: 2,
    clMinNews: 10,
    /** names the tagger found in the news text (scripts/news-names.ts), as a gazetteer: TSV name, type */
    newsNames: '',
    /** the final model is trained without the dev slice (to build news names for an honest dev score) */
    excludeDev: false,
    /** currencies as a gazetteer of their own (scripts/lib/ner-lists.ts CURRENCIES; tried, not shipped) */
    currencies: false,
    /** gazetteer words with a foreign g also in its other spelling (غ ↔ ج), as classes of their own (tried, not shipped) */
    gSwap: false,
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
    else if (a === '--no-lexicons') o.lexicons = false;
    else if (a === '--dev-only') o.devOnly = true;
    else if (a === '--cv') o.cv = Number(next());
    else if (a === '--dropout') o.dropout = Number(next());
    else if (a === '--ensemble') o.ensemble = Number(next());
    else if (a === '--fane') o.fane = Number(next());
    else if (a === '--fane-part') o.fanePart = Number(next());
    else if (a === '--adapt') o.adapt = true;
    else if (a === '--adapt-news') o.adapt = o.adaptNews = true;
    else if (a === '--adapt-trans') o.adapt = o.adaptTrans = true;
    else if (a === '--no-news') o.news = false;
    else if (a === '--no-clusters') o.clusters = false;
    else if (a === '--vote') o.vote = true;
    else if (a === '--no-phrases') o.phrases = false;
    else if (a === '--no-cues') o.cues = false;
    else if (a === '--prune') o.prune = Number(next());
    else if (a === '--out') o.out = resolve(next());
    else if (a === '--cl-min-news') o.clMinNews = Number(next());
    else if (a === '--news-names') o.newsNames = resolve(next());
    else if (a === '--exclude-dev') o.excludeDev = true;
    else if (a === '--currencies') o.currencies = true;
    else if (a === '--g-swap') o.gSwap = true;
    else throw new Error(`unknown option ${a}`);
  }
  return o;
}
type Options = ReturnType<typeof parseArgs>;

// ---------- gazetteers (training only: folded into word weights) ----------

/** Gazetteer entries: normalized words of each entry with their membership class. */
type GazEntries = [string, string][];

function gazetteerEntries(o: Options): GazEntries {
  const out: GazEntries = [];
  const add = (entries: readonly string[], cls: string) => {
    for (const e of entries) {
      const parts = e.split(/\s+/).filter(Boolean).map(nerNormalize);
      parts.forEach((w, i) => out.push([w, parts.length === 1 ? cls : i === 0 ? cls + '-b' : cls + '-i']));
    }
  };
  if (o.anergazet) {
    const g = readAnergazet(join(o.data, 'anergazet'));
    add(g.LOC, 'aLOC');
    add(g.ORG, 'aORG');
    add(g.PERS, 'aPERS');
  }
  if (o.ownLists) for (const [list, cls] of LISTS.MEMBERSHIP_CLASSES) add(list, cls);
  if (o.currencies) add([...LISTS.CURRENCIES, ...LISTS.CURRENCIES.map((c) => 'ال' + c)], 'kCUR');
  if (o.lexicons) {
    // the WikiFANE name lists by type and the ISO country names (../shared/data/lexicons)
    const lines = (f: string) =>
      readFileSync(join(o.data, 'lexicons', f), 'utf8')
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => /[\u0621-\u064A]/.test(l));
    for (const t of ['pers', 'loc', 'org', 'misc']) add(lines(`wikifane_${t}.txt`), 'f' + t.toUpperCase());
    add(
      lines('iso_countries_ar.tsv').map((l) => l.split('\t')[1] ?? ''),
      'iso',
    );
  }
  // a foreign g is written غ or ج («هونغ كونغ», «هونج كونج»): each entry word with one, in the other spelling, as a
  // class of its own (the model weighs the swapped spellings apart: «غرب», west, is «جرب», tried)
  if (o.gSwap)
    for (const [w, c] of [...out]) if (/[جغ]/.test(w) && w.length >= 3) out.push([swapForeignG(w), c + '~g']);
  if (o.newsNames) {
    const byType = new Map<string, string[]>();
    for (const l of readFileSync(o.newsNames, 'utf8').split('\n')) {
      const [name, type] = l.split('\t');
      if (name && type) byType.set(type, [...(byType.get(type) ?? []), name]);
    }
    for (const [type, names] of byType) add(names, 'n' + type);
  }
  return out;
}

/** Membership lexicon: word → classes and stem (under the segmentation vocabulary) → classes. */
interface Lexicon {
  words: Map<string, string[]>;
  stems: Map<string, string[]>;
}

function buildLexicon(entries: GazEntries, segHas: (w: string) => boolean): Lexicon {
  const words = new Map<string, string[]>(),
    stems = new Map<string, string[]>();
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

/** Offsets of the membership features (the folding targets are WORD_TEMPLATE / STEM_TEMPLATE of each). */
const GAZ_OFFSETS = [-1, 0, 1] as const;

function lexFeatures(v: TokenView[], i: number, lex: Lexicon, emit: (f: string) => void): void {
  for (const k of GAZ_OFFSETS) {
    const x = v[i + k];
    if (!x) continue;
    for (const cls of lex.words.get(x.w) ?? []) emit('gw' + k + '=' + cls);
    for (const cls of lex.stems.get(x.s) ?? []) emit('gs' + k + '=' + cls);
  }
}

/** The known vocabulary plus the gazetteer words: what clitic segmentation accepts as a word. */
function segVocab(vocab: Set<string>, entries: GazEntries): (w: string) => boolean {
  const g = new Set(entries.map(([w]) => w));
  return (w) => vocab.has(w) || g.has(w);
}

// ---------- data ----------

/** A training sentence: ANERcorp (all labels fixed) or WikiFANE (MISC masked, weight < 1). */
interface Sent extends TaggedSentence {
  fane?: boolean;
}

interface Encoded {
  n: number;
  /** per token: feature hashes */
  feats: Uint32Array[];
  gold: Int32Array;
  /** per token: bit set of the labels allowed as the target (partial labels); absent when all are fixed */
  allowed?: Uint16Array;
  weight: number;
  /** feature augmentation: block of the weight table holding this sentence's domain copy of each feature (0: none) */
  domain: number;
  /** feature augmentation: the sentence also adds the domain transition weights */
  ownTrans: boolean;
}

/** Feature augmentation (--adapt): options of encode, blocks of the domain copies of the weight table. */
interface Adapt {
  fane: boolean;
  news: boolean;
  trans: boolean;
}
const FANE_BLOCK = 1,
  NEWS_BLOCK = 2;

/** Normalized word counts of the sentences a model is trained on: its "known" vocabulary. */
function vocabularyOf(sents: TaggedSentence[]): Set<string> {
  const counts = new Map<string, number>();
  for (const s of sents)
    for (const t of s.tokens) {
      const w = nerNormalize(t);
      counts.set(w, (counts.get(w) ?? 0) + 1);
    }
  return new Set([...counts].filter(([, c]) => c >= KNOWN_MIN_COUNT).map(([w]) => w));
}

const LABEL_INDEX = new Map<string, number>(LABELS.map((l, i) => [l, i]));
/** On WikiFANE, an O or MISC token may be O, B-MISC or I-MISC (its MISC is not ANERcorp's). */
const MASKED = (1 << LABEL_INDEX.get('O')!) | (1 << LABEL_INDEX.get('B-MISC')!) | (1 << LABEL_INDEX.get('I-MISC')!);

/** Word clusters (stem → binary path). */
let clusterMap = new Map<string, string>();

/**
 * Encodes sentences in order (a stream of documents: the aggregation window runs over it). Gazetteer
 * membership fires on ANERcorp sentences and WikiFANE alike (no list is drawn from either corpus).
 */
function encode(sents: Sent[], entries: GazEntries, vocab: Set<string>, fane: number, adapt?: Adapt): Encoded[] {
  const known = (w: string) => vocab.has(w);
  const segHas = segVocab(vocab, entries);
  const lex = buildLexicon(entries, segHas);
  const cl = clusterMap.size ? (k: string) => clusterMap.get(k) : undefined;
  const views = sents.map((s) => s.tokens.map((t) => viewOf(t, known, segHas, cl)));
  const agg = aggregateDocument(views, DEFAULT_CONFIG.aggWindow);
  return sents.map((s, si) => {
    const v = views[si];
    const feats: Uint32Array[] = [];
    for (let i = 0; i < v.length; i++) {
      const hs: number[] = [];
      tokenFeatures(v, i, new HashSink((h) => hs.push(h)), agg[si][i]);
      lexFeatures(v, i, lex, (f) => hs.push(hashFeature(f)));
      feats.push(Uint32Array.from(hs));
    }
    const tags = repairBio(s.tags);
    const gold = Int32Array.from(tags, (t) => LABEL_INDEX.get(t) ?? 0);
    if (!s.fane) return { n: v.length, feats, gold, weight: 1, domain: adapt?.news ? NEWS_BLOCK : 0, ownTrans: false };
    const allowed = Uint16Array.from(tags, (t, i) => (t === 'O' || t.endsWith('MISC') ? MASKED : 1 << gold[i]));
    const domain = adapt?.fane ? FANE_BLOCK : 0;
    return { n: v.length, feats, gold, allowed, weight: fane, domain, ownTrans: !!adapt?.trans };
  });
}

// ---------- averaged perceptron ----------

interface Trained {
  ids: Map<number, number>;
  w: Float64Array; // averaged
  trans: Float64Array;
}

/** Position (in emission order) of the word identity feature 'w=': dropping it teaches the stem feature to carry the word across clitics. */
const IDENTITY_POSITION = 1;

function train(
  data: Encoded[],
  epochs: number,
  seed: number,
  minCount: number,
  dropout: number,
  onEpoch?: (e: number, m: Trained) => void,
): Trained {
  const counts = new Map<number, number>();
  for (const s of data) for (const f of s.feats) for (const h of f) counts.set(h, (counts.get(h) ?? 0) + 1);
  const ids = new Map<number, number>();
  for (const [h, c] of [...counts].sort((a, b) => a[0] - b[0])) if (c >= minCount) ids.set(h, ids.size);
  // -1 marks a feature below the cutoff; positions are kept so the identity feature can be dropped out
  const rows = data.map((s) => s.feats.map((f) => Int32Array.from(f, (h) => ids.get(h) ?? -1)));
  const nF = ids.size;
  // feature augmentation: block b > 0 of the weight table holds the domain-b copies of the nF features
  const blocks = 1 + data.reduce((b, s) => Math.max(b, s.domain), 0);
  const w = new Float64Array(blocks * nF * L),
    u = new Float64Array(blocks * nF * L);
  const nT = (L + 1) * L;
  // [shared | domain] transitions: the domain half is used by sentences with ownTrans only
  const tr = new Float64Array(2 * nT),
    tu = new Float64Array(2 * nT);
  const domTrans = new Float64Array(nT);
  let c = 1;
  const rnd = prng(seed);
  const order = data.map((_, i) => i);
  /** what ships: the shared weights, the news copies added (they always fire at run time); no WikiFANE copy */
  const averaged = (): Trained => {
    const aw = new Float64Array(nF * L);
    for (let i = 0; i < aw.length; i++) aw[i] = w[i] - u[i] / c;
    if (blocks > NEWS_BLOCK) for (let i = 0, j = NEWS_BLOCK * nF * L; i < aw.length; i++, j++) aw[i] += w[j] - u[j] / c;
    const at = new Float64Array(nT);
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
      const fr =
        dropout > 0
          ? rows[si].map((f) => (rnd() < dropout ? f.map((x, k) => (k === IDENTITY_POSITION ? -1 : x)) : f))
          : rows[si];
      const em = new Float64Array(s.n * L);
      const dom = s.domain * nF * L; // offset of the domain copies (0: none)
      for (let t = 0; t < s.n; t++) {
        for (const f of fr[t]) {
          if (f < 0) continue;
          for (let y = 0; y < L; y++) em[t * L + y] += w[f * L + y];
          if (dom) for (let y = 0; y < L; y++) em[t * L + y] += w[dom + f * L + y];
        }
      }
      let trs = tr;
      if (s.ownTrans) {
        for (let i = 0; i < nT; i++) domTrans[i] = tr[i] + tr[nT + i];
        trs = domTrans;
      }
      const pred = viterbi(em, s.n, trs);
      let gold: ArrayLike<number> = s.gold;
      if (s.allowed) {
        // partial labels: the target is the best path that keeps every fixed label
        const ce = em.slice();
        for (let t = 0; t < s.n; t++)
          for (let y = 0; y < L; y++) if (!(s.allowed[t] & (1 << y))) ce[t * L + y] = -Infinity;
        gold = viterbi(ce, s.n, trs);
      }
      const a = s.weight,
        ac = a * c;
      for (let t = 0; t < s.n; t++) {
        const g = gold[t],
          p = pred[t];
        if (g !== p) {
          const bump = (i: number) => {
            w[i + g] += a;
            u[i + g] += ac;
            w[i + p] -= a;
            u[i + p] -= ac;
          };
          for (const f of fr[t]) {
            if (f < 0) continue;
            bump(f * L);
            if (dom) bump(dom + f * L);
          }
        }
        const gp = t === 0 ? L : gold[t - 1],
          pp = t === 0 ? L : pred[t - 1];
        if (gp !== pp || g !== p) {
          const bump = (i: number) => {
            tr[i + gp * L + g] += a;
            tu[i + gp * L + g] += ac;
            tr[i + pp * L + p] -= a;
            tu[i + pp * L + p] -= ac;
          };
          bump(0);
          if (s.ownTrans) bump(nT);
        }
      }
      c++;
    }
    onEpoch?.(e, averaged());
  }
  return averaged();
}

/** Tags with float weights and membership features (training-time view of the model). */
function predict(m: Trained, data: Encoded[]): string[][] {
  return data.map((s) => {
    const em = new Float64Array(s.n * L);
    for (let t = 0; t < s.n; t++) {
      for (const h of s.feats[t]) {
        const id = m.ids.get(h);
        if (id === undefined) continue;
        for (let y = 0; y < L; y++) em[t * L + y] += m.w[id * L + y];
      }
    }
    return Array.from(viterbi(em, s.n, m.trans), (y) => LABELS[y] as string);
  });
}

// ---------- folding, pruning, quantization ----------

function fold(m: Trained, lex: Lexicon): Map<number, Float64Array> {
  const rows = new Map<number, Float64Array>();
  for (const [h, id] of m.ids) rows.set(h, m.w.slice(id * L, id * L + L));
  const classes = new Set<string>();
  for (const map of [lex.words, lex.stems]) for (const l of map.values()) l.forEach((c) => classes.add(c));
  const addTo = (h: number, v: Float64Array) => {
    let r = rows.get(h);
    if (!r) rows.set(h, (r = new Float64Array(L)));
    for (let y = 0; y < L; y++) r[y] += v[y];
  };
  for (const k of GAZ_OFFSETS) {
    for (const [kind, map, template] of [
      ['gw', lex.words, WORD_TEMPLATE[k]],
      ['gs', lex.stems, STEM_TEMPLATE[k]],
    ] as const) {
      const weightOf = new Map<string, Float64Array>();
      for (const cls of classes) {
        const r = rows.get(hashFeature(kind + k + '=' + cls));
        if (r) weightOf.set(cls, r);
      }
      // exact: a membership feature fires iff the word (stem) feature of a listed word (stem) fires
      for (const [key, cls] of map)
        for (const c of cls) {
          const v = weightOf.get(c);
          if (v) addTo(hashFeature(template + key), v);
        }
      for (const cls of classes) rows.delete(hashFeature(kind + k + '=' + cls));
    }
  }
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
  return {
    n: sorted.length,
    keys: toBase64(encodeKeys(sorted.map(([h]) => h))),
    paths: toBase64(new Uint8Array(codes.buffer)),
  };
}

/** A set of words as the model stores it: count and sorted hashes (delta varints, base64). */
function hashSetField(words: Set<string>): { n: number; b64: string } {
  const h = [...new Set([...words].map(hashFeature))].sort((a, b) => a - b);
  return { n: h.length, b64: toBase64(encodeKeys(h)) };
}

/** A word → type map as one hashed set per type (the model's `typeCues`, `miscTypes`). */
function typedHashSets(
  map: Map<string, string>,
  types: readonly string[],
): Record<string, { n: number; keys: string }> {
  return Object.fromEntries(
    types.map((t) => {
      const h = hashSetField(new Set([...map].filter(([, ty]) => ty === t).map(([w]) => w)));
      return [t, { n: h.n, keys: h.b64 }];
    }),
  );
}

/** int8 weights with one scale; features whose int8 weights are all within ±prune are dropped. */
function modelFile(
  rows: Map<number, Float64Array>,
  trans: Float64Array,
  vocab: Set<string>,
  entries: GazEntries,
  stats: {
    whole: Set<string>;
    common: Set<string>;
    adjectives?: Set<string>;
    nonPersons?: Set<string>;
    groups?: Set<string>;
    miscTypes?: Map<string, string>;
    orgPhrases?: Set<string>;
    compassPlaces?: Set<string>;
    placeNisbas?: Set<string>;
    frequent?: Set<string>;
    newsPeople?: Set<string>;
    countries?: Set<string>;
    cues?: Map<string, string>;
    cuedNames?: Map<string, string>;
    pairNames?: Map<string, string>;
  },
  config: FeatureConfig,
  prune: number,
  meta: Record<string, unknown>,
): NerModelFile {
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
  const ce = clusterMap.size ? encodeClusters(clusterMap) : undefined;
  const vocabHashes = [...new Set([...vocab].map(hashFeature))].sort((a, b) => a - b);
  const vh = new Set(vocabHashes);
  const segHashes = [...new Set(entries.map(([w]) => hashFeature(w)))].filter((h) => !vh.has(h)).sort((a, b) => a - b);
  return {
    format: 'khulasa-ner-linear/1',
    featureVersion: FEATURE_VERSION,
    labels: [...LABELS],
    scale,
    n: kept.length,
    keys: toBase64(encodeKeys(kept.map(([h]) => h))),
    weights: toBase64(new Uint8Array(weights.buffer)),
    trans: Array.from(trans, (x) => Math.round(x * 1000) / 1000),
    nVocab: vocabHashes.length,
    vocab: toBase64(encodeKeys(vocabHashes)),
    nSeg: segHashes.length,
    seg: toBase64(encodeKeys(segHashes)),
    ...(ce ? { nClusters: ce.n, clusterKeys: ce.keys, clusterPaths: ce.paths } : {}),
    ...(() => {
      const w = hashSetField(stats.whole),
        c = hashSetField(stats.common);
      return { nWhole: w.n, whole: w.b64, nCommon: c.n, common: c.b64 };
    })(),
    ...(stats.adjectives?.size
      ? (({ n, b64 }) => ({ nAdjectives: n, adjectives: b64 }))(hashSetField(stats.adjectives))
      : {}),
    ...(stats.nonPersons?.size
      ? (({ n, b64 }) => ({ nNonPersons: n, nonPersons: b64 }))(hashSetField(stats.nonPersons))
      : {}),
    ...(stats.groups?.size ? (({ n, b64 }) => ({ nGroups: n, groups: b64 }))(hashSetField(stats.groups)) : {}),
    ...(stats.orgPhrases?.size
      ? (() => {
          const p = hashSetField(stats.orgPhrases),
            f = hashSetField(new Set([...stats.orgPhrases].map((k) => k.split(' ')[0])));
          return { nOrgPhrases: p.n, orgPhrases: p.b64, nOrgPhraseStarts: f.n, orgPhraseStarts: f.b64 };
        })()
      : {}),
    ...(stats.compassPlaces?.size
      ? (({ n, b64 }) => ({ nCompassPlaces: n, compassPlaces: b64 }))(hashSetField(stats.compassPlaces))
      : {}),
    ...(stats.placeNisbas?.size
      ? (({ n, b64 }) => ({ nPlaceNisbas: n, placeNisbas: b64 }))(hashSetField(stats.placeNisbas))
      : {}),
    ...(stats.countries?.size
      ? (({ n, b64 }) => ({ nCountries: n, countries: b64 }))(hashSetField(stats.countries))
      : {}),
    ...(stats.frequent?.size ? (({ n, b64 }) => ({ nFrequent: n, frequent: b64 }))(hashSetField(stats.frequent)) : {}),
    ...(stats.newsPeople?.size
      ? (({ n, b64 }) => ({ nNewsPeople: n, newsPeople: b64 }))(hashSetField(stats.newsPeople))
      : {}),
    ...(stats.miscTypes?.size ? { miscTypes: typedHashSets(stats.miscTypes, ['LOC', 'ORG']) } : {}),
    ...(stats.cues?.size ? { typeCues: typedHashSets(stats.cues, ['PERS', 'LOC', 'ORG']) } : {}),
    ...(stats.cuedNames?.size ? { newsTypes: typedHashSets(stats.cuedNames, ['PERS', 'LOC', 'ORG']) } : {}),
    ...(stats.pairNames?.size ? { newsPairs: typedHashSets(stats.pairNames, ['LOC', 'ORG']) } : {}),
    config,
    meta,
  };
}

// ---------- main ----------

function main() {
  const o = parseArgs(process.argv.slice(2));
  const t0 = Date.now();
  const secs = () => `${((Date.now() - t0) / 1000).toFixed(0)}s`;
  const config: FeatureConfig = { ...DEFAULT_CONFIG, vote: o.vote };
  const adapt: Adapt | undefined = o.adapt ? { fane: true, news: o.adaptNews, trans: o.adaptTrans } : undefined;
  /** one model, or an ensemble of seeds (sentence order, dropout) averaged into one weight vector */
  const fit = (data: Encoded[], epochs: number, onEpoch?: (e: number, m: Trained) => void): Trained => {
    if (onEpoch || o.ensemble <= 1) return train(data, epochs, o.seed, o.minCount, o.dropout, onEpoch);
    const m = train(data, epochs, o.seed, o.minCount, o.dropout);
    for (let k = 1; k < o.ensemble; k++) {
      const mk = train(data, epochs, o.seed + k, o.minCount, o.dropout);
      for (let i = 0; i < m.w.length; i++) m.w[i] += mk.w[i];
      for (let i = 0; i < m.trans.length; i++) m.trans[i] += mk.trans[i];
    }
    for (let i = 0; i < m.w.length; i++) m.w[i] /= o.ensemble;
    for (let i = 0; i < m.trans.length; i++) m.trans[i] /= o.ensemble;
    return m;
  };
  const all: Sent[] = readConll(join(o.data, 'anercorp', 'train.txt'));
  const faneAll: Sent[] =
    o.fane > 0 ? readConll(join(o.data, 'wikifane', 'wikifane_gold.conll')).map((s) => ({ ...s, fane: true })) : [];
  // --fane-part F: only the first F of WikiFANE's sentences (the rest held out to measure Wikipedia text)
  const fane = faneAll.slice(0, Math.round(faneAll.length * o.fanePart));
  const entries = gazetteerEntries(o);
  const unl = o.clusters ? unlabeledSentences(o.data, resolve(here, '..')) : [];
  // the news text, read once: its paragraphs (for the people the finished tagger finds, below) and its sentences
  let paragraphs: string[][][] | undefined;
  const newsParagraphs = () => (paragraphs ??= readNewsText(o.data).split('\n').map(rawTokens));
  const news = o.clusters && o.news ? newsParagraphs().flat() : [];
  /** clusters of the ANERcorp sentences `labeled` (never a held-out fold), WikiFANE, EASC, pages and news */
  const makeClusters = (labeled: TaggedSentence[]) => {
    if (!o.clusters) return;
    const small = [...labeled, ...fane].map((s) => s.tokens).concat(unl);
    const opts = { depth: o.clDepth, contexts: o.clContexts, minCount: o.clMin };
    // news text: its words join the clusters when seen at least clMinNews times there
    clusterMap = buildClusters(
      news.length ? [...small, ...news] : small,
      news.length ? { ...opts, minCount: o.clMinNews } : opts,
    );
  };
  console.log(
    `train.txt ${all.length} sentences, WikiFANE ${fane.length} (weight ${o.fane}), ${entries.length} gazetteer words, news ${news.length} sentences (${secs()})`,
  );

  /** micro F1 after document consistency (what the tagger ships) of `preds` on `sents` */
  const consistentScore = (sents: TaggedSentence[], preds: string[][], vocab: Set<string>, pooled?: ConllScorer) => {
    const sh = segVocab(vocab, entries);
    const cl = clusterMap.size ? (k: string) => clusterMap.get(k) : undefined;
    const views = sents.map((s) => s.tokens.map((t) => viewOf(t, (w) => vocab.has(w), sh, cl)));
    const pp = config.propagate ? propagate(views, preds, config.aggWindow, config.vote) : preds;
    const sc = new ConllScorer();
    sents.forEach((s, i) => {
      sc.add(repairBio(s.tags), pp[i]);
      pooled?.add(repairBio(s.tags), pp[i]);
    });
    if (process.env.KHULASA_CV_DUMP && pooled)
      sents.forEach((s, i) =>
        appendFileSync(
          process.env.KHULASA_CV_DUMP!,
          JSON.stringify({ t: s.tokens, g: repairBio(s.tags), p: pp[i] }) + '\n',
        ),
      );
    return sc.score();
  };
  /** train on `trainS` (+ WikiFANE), score `heldS` after every epoch up to maxEpochs (one model), or at `epochs` */
  const heldOut = (
    trainS: Sent[],
    heldS: Sent[],
    epochs: number,
    report: (e: number, f1: number, raw: number) => void,
  ) => {
    makeClusters(trainS);
    const trainAll = [...trainS, ...fane];
    const vocab = vocabularyOf(trainAll);
    const enc = encode([...trainAll, ...heldS], entries, vocab, o.fane, adapt);
    const trn = enc.slice(0, trainAll.length),
      held = enc.slice(trainAll.length);
    const record = (e: number, m: Trained) => {
      const preds = predict(m, held);
      const raw = new ConllScorer();
      heldS.forEach((s, i) => raw.add(repairBio(s.tags), preds[i]));
      report(e, consistentScore(heldS, preds, vocab, epochs ? pooled : undefined).micro.f1, raw.score().micro.f1);
    };
    if (epochs) record(epochs, fit(trn, epochs));
    else fit(trn, o.maxEpochs, record);
  };

  /** --cv with fixed epochs (--epochs N with --ensemble > 1): the held-out folds pooled, per type */
  const pooled = new ConllScorer();
  if (o.cv) {
    const size = Math.ceil(all.length / o.cv);
    const sums: number[] = [];
    for (let f = 0; f < o.cv; f++) {
      const rest = [...all.slice(0, f * size), ...all.slice((f + 1) * size)];
      heldOut(rest, all.slice(f * size, (f + 1) * size), o.ensemble > 1 ? o.epochs : 0, (e, f1) => {
        sums[e - 1] = (sums[e - 1] ?? 0) + f1 / o.cv;
      });
      console.log(`fold ${f + 1} done (${secs()})`);
    }
    sums.forEach(
      (v, i) =>
        v !== undefined &&
        console.log(`cv${o.cv} epoch ${i + 1}: mean micro F1 after consistency ${(100 * v).toFixed(2)}`),
    );
    if (o.ensemble > 1) console.log(`folds pooled:\n${formatScore(pooled.score())}`);
    return;
  }

  const nDev = Math.round(all.length * 0.1);
  let epochs = o.epochs,
    devF1 = NaN;
  if (!epochs || o.devOnly) {
    let best = 0;
    heldOut(all.slice(0, all.length - nDev), all.slice(all.length - nDev), 0, (e, f1, raw) => {
      console.log(
        `epoch ${String(e).padStart(2)}  dev micro F1 ${(100 * raw).toFixed(2)}, after consistency ${(100 * f1).toFixed(2)}  (${secs()})`,
      );
      if (!(f1 <= devF1)) {
        devF1 = f1;
        best = e;
      }
    });
    epochs ||= best;
    console.log(
      `best dev epoch: ${best} (dev micro F1 after consistency ${(100 * devF1).toFixed(2)}); training ${epochs}`,
    );
    if (o.devOnly) return;
  }

  const finalSet = o.excludeDev ? all.slice(0, all.length - nDev) : all;
  makeClusters(finalSet);
  const trainAll = [...finalSet, ...fane];
  const vocab = vocabularyOf(trainAll);
  const m = fit(encode(trainAll, entries, vocab, o.fane, adapt), epochs);
  const rows = fold(m, buildLexicon(entries, segVocab(vocab, entries)));
  const faneGold = readConll(join(o.data, 'wikifane', 'wikifane_gold.conll'));
  const newsTokens = news.length ? news : newsParagraphs().flat();
  const newsCounts = wordCounts(newsTokens);
  // the labeled sentences the word statistics read: ANERcorp train and WikiFANE Gold
  const labeled = [...all, ...faneGold];
  // the types of the labeled words, for the whole words' place names and the non-person words' context profiles
  const types = labeledTypes(labeled);
  const personWords = personNameWords(o.data);
  const cues = o.cues ? typeCues(labeled) : new Map<string, CueType>();
  const cueCounts = cuedCounts(newsTokens, labeled, cues, CUED_NAME);
  const adjectives = adjectiveWords(newsTokens);
  const countries = countryNames(o.data);
  const common = commonWords(
    [...all, ...faneGold.map((s) => ({ ...s, fane: true }))],
    newsCounts,
    personWords,
    countries,
    COMMON_WORD,
    quotedCounts(newsTokens),
  );
  const whole = wholeWords(newsCounts, placeWords(types, o.data));
  const nisbas = placeNisbas(newsCounts, types, o.data);
  const stats = {
    whole,
    adjectives,
    nonPersons: nonPersonWords(types, newsContexts(newsTokens, newsCounts), personWords),
    groups: groupNames(o.data),
    miscTypes: miscNames(all, o.data),
    common,
    // the display's organization phrases (phrases.ts) and type cues (type-cues.ts): from all labeled names,
    // WikiFANE Gold's among them
    // and the names of armed forces and alliances in the news text («الحرس الثوري», «التحالف العربي»)
    orgPhrases: o.phrases ? new Set([...orgPhrases(labeled, o.data), ...forceNames(newsTokens)]) : new Set<string>(),
    compassPlaces: o.phrases ? compassPlaces(labeled, o.data) : new Set<string>(),
    placeNisbas: nisbas,
    countries,
    frequent: frequentWords(newsCounts),
    // filled below, from the shipped tagger's own output over the news text
    newsPeople: new Set<string>(),
    cues,
    // places, organizations and people of the news text, after the labeled corpora's type cues
    cuedNames: cuedNames(newsTokens, labeled, cues, undefined, cueCounts),
    // two-word places and organizations whose first word is a plain noun («دير الزور»), by the same cues
    pairNames: pairNames(
      cueCounts,
      cues,
      {
        isCommon: (w) => common.has(w),
        isAdjective: (w) => adjectives.has(w),
        isWhole: (w) => whole.has(w),
        isPlaceNisba: (w) => nisbas.has(w),
        isStopword,
      },
      ADMIN_UNIT_WORDS,
    ),
  };
  console.log(
    `word statistics: ${stats.whole.size} whole words, ${stats.common.size} common words, ${stats.adjectives.size} adjectives, ${stats.nonPersons.size} non-person words, ${stats.groups.size} group names, ${stats.miscTypes.size} MISC places and organizations, ${stats.orgPhrases.size} organization phrases, ${stats.compassPlaces.size} compass places, ${stats.placeNisbas.size} place nisbas, ${stats.countries.size} countries, ${stats.frequent.size} frequent words, ${stats.cues.size} type cues, ${stats.cuedNames.size} cued names, ${stats.pairNames.size} two-word names`,
  );
  // people the shipped tagger tags alone often enough in the news text (`newsPeople`): its own output over each
  // paragraph, so the model is built once without them to tag with (the set changes no weight and no tag)
  const shipped = new LinearTagger(decodeModel(modelFile(rows, m.trans, vocab, entries, stats, config, o.prune, {})));
  for (const w of newsPeople(newsParagraphs(), (s) => shipped.tagDocument(s))) stats.newsPeople.add(w);
  console.log(`news people: ${stats.newsPeople.size} words (${secs()})`);
  const file = modelFile(rows, m.trans, vocab, entries, stats, config, o.prune, {
    trainer: 'averaged structured perceptron, first-order Viterbi, BIO-constrained',
    trainedOn: `ANERcorp train.txt (CAMeL split)${fane.length ? ` + WikiFANE Gold (weight ${o.fane}, MISC masked)` : ''}`,
    ...(adapt
      ? {
          adapt: `feature augmentation: WikiFANE copies${adapt.news ? ', news copies (folded)' : ''}${adapt.trans ? ', WikiFANE transitions' : ''} (not shipped)`,
        }
      : {}),
    clusters: o.clusters
      ? `train + EASC + test pages${news.length ? ` + ANT news text (min count ${o.clMinNews})` : ''}`
      : 'none',
    epochs,
    seed: o.seed,
    ensemble: o.ensemble,
    ...(o.prune ? { prune: o.prune } : {}),
    dropout: o.dropout,
    minCount: o.minCount,
    devMicroF1: Math.round(devF1 * 10000) / 100,
    gazetteers:
      [
        o.anergazet ? 'ANERgazet' : '',
        o.ownLists ? 'scripts/lib/ner-lists.ts' : '',
        o.lexicons ? 'WikiFANE lexicons + ISO countries' : '',
      ]
        .filter(Boolean)
        .join(', ') + ' (folded)',
  });
  // sanity: the shipped tagger (folded, quantized, list-free) on the dev slice, seen in this training
  const devS = all.slice(all.length - nDev);
  const tags = new LinearTagger(decodeModel(file)).tagDocument(devS.map((s) => s.tokens));
  const sc = new ConllScorer();
  devS.forEach((s, i) => sc.add(repairBio(s.tags), tags[i]));
  console.log(`dev slice (trained on) with the shipped tagger: ${formatScore(sc.score()).split('\n').pop()}`);
  mkdirSync(dirname(o.out), { recursive: true });
  const json = JSON.stringify(file);
  writeFileSync(o.out, json + '\n');
  console.log(`wrote ${o.out}: ${file.n} features, ${(json.length / 1e6).toFixed(2)} MB; total ${secs()}`);
}

main();
