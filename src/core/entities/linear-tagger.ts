/**
 * A linear sequence tagger (weights learned by the averaged structured perceptron in
 * scripts/train-ner.ts) with first-order Viterbi decoding under BIO constraints.
 * Pure TS: the model is plain data (see NerModelFile), decoded once and cached by load-tagger.ts.
 */
import {
  DEFAULT_CONFIG,
  FEATURE_VERSION,
  HashSink,
  PAD_VIEWS,
  aggregateDocument,
  hashFeature,
  nerNormalize,
  neighbourFeatures,
  pairFeatures,
  unigramFeatures,
  viewOf,
  type FeatureConfig,
  type TokenView,
} from './features';
import type { Tagger } from './tagger';
import type { CueType } from './type-cues';
import { chunks, type Chunk } from './conll';

export const LABELS = ['O', 'B-PERS', 'I-PERS', 'B-LOC', 'I-LOC', 'B-ORG', 'I-ORG', 'B-MISC', 'I-MISC'] as const;
export const L = LABELS.length;

/** allowed[prev * L + cur]: an I-X only after B-X or I-X. Index L*L.. is the sentence start. */
export const ALLOWED: boolean[] = (() => {
  const a: boolean[] = [];
  for (let p = 0; p <= L; p++) {
    for (let c = 0; c < L; c++) {
      const cur = LABELS[c];
      const prev = p === L ? 'O' : LABELS[p];
      a.push(!cur.startsWith('I-') || prev.slice(2) === cur.slice(2));
    }
  }
  return a;
})();

/** The model as stored on disk (JSON). */
export interface NerModelFile {
  format: 'khulasa-ner-linear/1';
  featureVersion: number;
  labels: string[];
  /** weights are int8 × scale */
  scale: number;
  /** number of features */
  n: number;
  /** base64 of n uint32 feature hashes, sorted, delta-encoded as LEB128 varints */
  keys: string;
  /** base64 of n × labels int8 weights (row per feature) */
  weights: string;
  /** (labels+1) × labels transition weights (last row: sentence start), float */
  trans: number[];
  /** number of known-word hashes */
  nVocab: number;
  /** base64 of the sorted hashes of known normalized words (see KNOWN_MIN_COUNT), delta varints */
  vocab: string;
  /** segmentation-only vocabulary (gazetteer words not in `vocab`): count and delta varints, base64 */
  nSeg?: number;
  seg?: string;
  /** word clusters: count, sorted stem hashes (delta varints, base64), uint16 path codes ((1 << bits) | path, base64) */
  nClusters?: number;
  clusterKeys?: string;
  clusterPaths?: string;
  /** clitic-initial words that are words of their own (news text): count and sorted hashes (delta varints, base64) */
  nWhole?: number;
  whole?: string;
  /** common words, (almost) never inside a PERS/LOC/ORG name: count and sorted hashes */
  nCommon?: number;
  common?: string;
  /** definite words that (almost) always follow another definite word, adjectives: count and sorted hashes */
  nAdjectives?: number;
  adjectives?: string;
  /** places named with a compass word first («جنوب افريقيا», phraseKey): count and sorted hashes */
  nCompassPlaces?: number;
  compassPlaces?: string;
  /** masculine nisbas of places («الايطالي»): count and sorted hashes */
  nPlaceNisbas?: number;
  placeNisbas?: string;
  /** country names (normalized words joined by a space): count and sorted hashes */
  nCountries?: number;
  countries?: string;
  /** words the news text uses often (a word of the language): count and sorted hashes */
  nFrequent?: number;
  frequent?: string;
  /** people the tagger itself tags alone or by their surnames often enough in the news text (name-stats.ts
   * newsPeople): count and sorted hashes */
  nNewsPeople?: number;
  newsPeople?: string;
  /** words the news text uses as no person's name (by their contexts): count and sorted hashes */
  nNonPersons?: number;
  nonPersons?: string;
  /** names of peoples, sects and tribes (normalized words joined by a space): count and sorted hashes */
  nGroups?: number;
  groups?: string;
  /** multi-word organization names tagged whole after decoding (phrases.ts): count and sorted phrase hashes */
  nOrgPhrases?: number;
  orgPhrases?: string;
  /** their first words: count and sorted hashes */
  nOrgPhraseStarts?: number;
  orgPhraseStarts?: string;
  /** names the tagger learned as MISC that are places or organizations: per type, count and sorted hashes */
  miscTypes?: Partial<Record<CueType, { n: number; keys: string }>>;
  /** words before names that tell their type (type-cues.ts): per type, count and sorted hashes */
  typeCues?: Partial<Record<CueType, { n: number; keys: string }>>;
  /** places, organizations and people the news text names after type cues (normalized words joined by a space): per
   * type, count and sorted hashes */
  newsTypes?: Partial<Record<CueType, { n: number; keys: string }>>;
  /** places and organizations of two words the news text names after type cues whose first word is a plain noun
   * («دير الزور», «باب المندب»: name-stats.ts pairNames): per type, count and sorted hashes */
  newsPairs?: Partial<Record<CueType, { n: number; keys: string }>>;
  /** feature switches the model was trained with */
  config?: Partial<FeatureConfig>;
  meta?: Record<string, unknown>;
}

/**
 * Decoded weights: an open-addressing hash table (linear probing) in ONE buffer of 16-byte slots, so a
 * lookup touches one cache line: slot i holds the feature hash (`keys[4i]`, uint32) and its L int8 weights
 * (`q[16i + 4 …]`, × `scale`). Beside it, one byte per slot (`tags`): 0 for an empty slot, else a byte of the
 * slot's hash (tagOf), probed first. Most features a text asks for are
 * not in the model; the 256 KB of tags stay in the processor's cache where the 4 MB table does not, so an absent
 * feature is told without reading the table.
 */
export interface WeightTable {
  keys: Uint32Array;
  q: Int8Array;
  /** per slot: 0 when empty, else tagOf(its hash) */
  tags: Uint8Array;
  mask: number;
  /** home slot of hash h: h >>> shift (the top log2(capacity) bits) */
  shift: number;
  scale: number;
  trans: Float32Array;
}

export interface LinearModel extends WeightTable {
  /** the switches the model was trained with */
  config: Readonly<FeatureConfig>;
  known: (normWord: string) => boolean;
  /** segmentation vocabulary: known words + gazetteer words */
  segHas: (normWord: string) => boolean;
  /** word-cluster path of a stem (clusterKey); absent when the model has no clusters */
  cluster?: (key: string) => string | undefined;
  /** a normalized word that begins with a proclitic letter yet is a word of its own */
  isWhole: (normWord: string) => boolean;
  /** a normalized word that is (almost) never part of a person's, place's or organization's name */
  isCommon: (normWord: string) => boolean;
  /** a normalized definite word that (almost) always follows another definite word: an adjective */
  isAdjective: (normWord: string) => boolean;
  /** a normalized word the news text uses as no person's name */
  isNonPerson: (normWord: string) => boolean;
  /** a normalized word the news text uses often; absent when the model has none */
  isFrequent?: (normWord: string) => boolean;
  /** a normalized word the tagger tags as a person of one word often enough in the news text; absent when none */
  isNewsPerson?: (normWord: string) => boolean;
  /** a place named with a compass word first (phraseKey); absent when the model has none */
  isCompassPlace?: (key: string) => boolean;
  /** a normalized masculine nisba of a place («الايطالي»); absent when the model has none */
  isPlaceNisba?: (normWord: string) => boolean;
  /** a country's name (normalized words joined by a space); absent when the model has none */
  isCountry?: (key: string) => boolean;
  /** the name of a people, a sect or a tribe (normalized words joined by a space) */
  isGroup: (key: string) => boolean;
  /** a multi-word organization name (phraseKey of normalized words); absent when the model has none */
  isOrgPhrase?: (key: string) => boolean;
  startsOrgPhrase?: (normWord: string) => boolean;
  /** the type of a name (phraseKey) the tagger learned as MISC that is a place or an organization */
  miscType?: (key: string) => CueType | undefined;
  /** the type of name a word (cueKey) comes before in the training data, if it tells one */
  typeCue?: (key: string) => CueType | undefined;
  /** the type the news text gives a name (normalized words joined by a space) by the words before it */
  newsType?: (key: string) => CueType | undefined;
  /** the type of a two-word place or organization of the news text (normalized words joined by a space) */
  newsPair?: (key: string) => CueType | undefined;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

export function toBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i],
      b = bytes[i + 1] ?? 0,
      c = bytes[i + 2] ?? 0;
    const n = (a << 16) | (b << 8) | c;
    out += B64[(n >> 18) & 63] + B64[(n >> 12) & 63];
    out += i + 1 < bytes.length ? B64[(n >> 6) & 63] : '=';
    out += i + 2 < bytes.length ? B64[n & 63] : '=';
  }
  return out;
}

const B64_LUT = new Uint8Array(128);
for (let i = 0; i < 64; i++) B64_LUT[B64.charCodeAt(i)] = i;

/** The platform's base64 decoder when it has one (Uint8Array.fromBase64: Chromium, Firefox; not Node 20). */
const nativeFromBase64 = (Uint8Array as unknown as { fromBase64?: (s: string) => Uint8Array }).fromBase64;

export function fromBase64(s: string): Uint8Array {
  if (nativeFromBase64) return nativeFromBase64.call(Uint8Array, s);
  const lut = B64_LUT;
  const pad = s.endsWith('==') ? 2 : s.endsWith('=') ? 1 : 0;
  const out = new Uint8Array((s.length / 4) * 3 - pad);
  // whole groups without bounds checks; the last group (which may be padded) byte by byte
  const full = pad ? s.length - 4 : s.length;
  let o = 0,
    i = 0;
  for (; i < full; i += 4) {
    const n =
      (lut[s.charCodeAt(i)] << 18) |
      (lut[s.charCodeAt(i + 1)] << 12) |
      (lut[s.charCodeAt(i + 2)] << 6) |
      lut[s.charCodeAt(i + 3)];
    out[o] = n >> 16;
    out[o + 1] = n >> 8;
    out[o + 2] = n;
    o += 3;
  }
  if (i < s.length) {
    const n =
      (lut[s.charCodeAt(i)] << 18) |
      (lut[s.charCodeAt(i + 1)] << 12) |
      (lut[s.charCodeAt(i + 2)] << 6) |
      lut[s.charCodeAt(i + 3)];
    if (o < out.length) out[o++] = n >> 16;
    if (o < out.length) out[o++] = n >> 8;
  }
  return out;
}

/** Sorted uint32 keys → delta varint bytes. */
export function encodeKeys(sorted: ArrayLike<number>): Uint8Array {
  const out: number[] = [];
  let prev = 0;
  for (let i = 0; i < sorted.length; i++) {
    let d = sorted[i] - prev;
    prev = sorted[i];
    while (d >= 128) {
      out.push((d % 128) | 128);
      d = Math.floor(d / 128);
    }
    out.push(d);
  }
  return Uint8Array.from(out);
}

export function decodeKeys(bytes: Uint8Array, n: number): Uint32Array {
  const keys = new Uint32Array(n);
  let prev = 0,
    p = 0;
  for (let i = 0; i < n; i++) {
    let d = 0,
      mul = 1,
      b: number;
    do {
      b = bytes[p++];
      d += (b & 127) * mul;
      mul *= 128;
    } while (b & 128);
    prev += d;
    keys[i] = prev;
  }
  return keys;
}

/** Bytes per table slot: uint32 key, L (9) int8 weights, pad (whether a slot is taken is in `tags`). */
const SLOT = 16;
/** A slot's tag: the low byte of its hash (the home slot is the top bits), never 0 (an empty slot). */
const tagOf = (h: number) => h & 0xff || 1;

/**
 * Weights → open-addressing table (linear probing; capacity a power of two ≥ 2n). A key's home slot is
 * its top bits (`h >>> shift`), so the model's ascending keys have ascending homes and the 4 MB table
 * is written front to back, not at random: the model decodes in Chromium in about 45 ms instead of 105
 * (medians over 14 fresh pages each), with the native base64 decoder.
 */
function weightTable(x: { scale: number; n: number; keys: string; weights: string; trans: number[] }): WeightTable {
  const keys = decodeKeys(fromBase64(x.keys), x.n);
  const wb = fromBase64(x.weights);
  const w = new Int8Array(wb.buffer, wb.byteOffset, wb.byteLength);
  const n = keys.length;
  let cap = 2;
  while (cap < n * 2) cap <<= 1;
  const buf = new ArrayBuffer(cap * SLOT);
  const slotKeys = new Uint32Array(buf),
    q = new Int8Array(buf),
    tags = new Uint8Array(cap),
    mask = cap - 1,
    shift = 32 - Math.log2(cap);
  for (let i = 0; i < n; i++) {
    let j = keys[i] >>> shift;
    while (tags[j]) j = (j + 1) & mask;
    slotKeys[j * 4] = keys[i];
    const from = i * L,
      to = j * SLOT + 4;
    for (let y = 0; y < L; y++) q[to + y] = w[from + y];
    tags[j] = tagOf(keys[i]);
  }
  return { keys: slotKeys, q, tags, mask, shift, scale: x.scale, trans: Float32Array.from(x.trans) };
}

export function decodeModel(file: NerModelFile): LinearModel {
  if (file.format !== 'khulasa-ner-linear/1') throw new Error(`unknown NER model format ${file.format}`);
  if (file.featureVersion !== FEATURE_VERSION) {
    throw new Error(
      `NER model built for features v${file.featureVersion}, code has v${FEATURE_VERSION}: run npm run train:ner`,
    );
  }
  if (file.labels.join() !== LABELS.join()) throw new Error('NER model labels differ from the tagger labels');
  const first = weightTable(file);
  // the large word lists (vocabulary, segmentation, clusters, whole, common, frequent and non-person words: 10,000 to
  // 33,000 keys each) stay sorted hash arrays, searched per new word form: a table of each would take longer to build
  // at load than it saves in one article. The small ones, which the display asks of nearly every word, are tables.
  const vocab = decodeKeys(fromBase64(file.vocab), file.nVocab);
  const seg = file.nSeg ? decodeKeys(fromBase64(file.seg!), file.nSeg) : new Uint32Array(0);
  // word clusters: sorted stem hashes and their uint16 path codes; the path string is made on lookup
  let cluster: LinearModel['cluster'];
  if (file.nClusters) {
    const clusterKeys = decodeKeys(fromBase64(file.clusterKeys!), file.nClusters);
    const clusterCodes = fromBase64(file.clusterPaths!);
    cluster = (k) => {
      const i = sortedIndexOf(clusterKeys, hashFeature(k));
      if (i < 0) return undefined;
      const code = clusterCodes[2 * i] | (clusterCodes[2 * i + 1] << 8);
      const bits = 31 - Math.clz32(code);
      return (code & ((1 << bits) - 1)).toString(2).padStart(bits, '0');
    };
  }
  const hashSet = (n: number | undefined, b64: string | undefined) => {
    const keys = n ? decodeKeys(fromBase64(b64!), n) : new Uint32Array(0);
    if (keys.length > SMALL_LIST) return (x: string) => sortedIndexOf(keys, hashFeature(x)) >= 0;
    const index = KeyIndex.of(keys);
    return (x: string) => index.has(hashFeature(x));
  };
  /** one table for the hashed sets of all types (`typeCues`, `miscTypes`): the first type in `types` whose set has
   * the key */
  const typedLookup = (field: Partial<Record<CueType, { n: number; keys: string }>>, types: readonly CueType[]) => {
    const sets = types.map((t) => {
      const f = field[t];
      return f?.n ? decodeKeys(fromBase64(f.keys), f.n) : new Uint32Array(0);
    });
    const index = new KeyIndex(sets.reduce((n, keys) => n + keys.length, 0));
    sets.forEach((keys, t) => keys.forEach((k) => index.set(k, t)));
    return (k: string): CueType | undefined => {
      const t = index.get(hashFeature(k));
      return t < 0 ? undefined : types[t];
    };
  };
  return {
    ...first,
    config: Object.freeze({ ...DEFAULT_CONFIG, ...file.config }),
    isWhole: hashSet(file.nWhole, file.whole),
    isCommon: hashSet(file.nCommon, file.common),
    isAdjective: hashSet(file.nAdjectives, file.adjectives),
    isNonPerson: hashSet(file.nNonPersons, file.nonPersons),
    isFrequent: file.nFrequent ? hashSet(file.nFrequent, file.frequent) : undefined,
    isNewsPerson: file.nNewsPeople ? hashSet(file.nNewsPeople, file.newsPeople) : undefined,
    isCompassPlace: file.nCompassPlaces ? hashSet(file.nCompassPlaces, file.compassPlaces) : undefined,
    isPlaceNisba: file.nPlaceNisbas ? hashSet(file.nPlaceNisbas, file.placeNisbas) : undefined,
    isCountry: file.nCountries ? hashSet(file.nCountries, file.countries) : undefined,
    isGroup: hashSet(file.nGroups, file.groups),
    isOrgPhrase: file.nOrgPhrases ? hashSet(file.nOrgPhrases, file.orgPhrases) : undefined,
    startsOrgPhrase: file.nOrgPhrases ? hashSet(file.nOrgPhraseStarts, file.orgPhraseStarts) : undefined,
    miscType: file.miscTypes ? typedLookup(file.miscTypes, ['LOC', 'ORG']) : undefined,
    typeCue: file.typeCues ? typedLookup(file.typeCues, ['PERS', 'LOC', 'ORG']) : undefined,
    newsType: file.newsTypes ? typedLookup(file.newsTypes, ['PERS', 'LOC', 'ORG']) : undefined,
    newsPair: file.newsPairs ? typedLookup(file.newsPairs, ['LOC', 'ORG']) : undefined,
    cluster,
    known: (x) => sortedIndexOf(vocab, hashFeature(x)) >= 0,
    segHas: (x) => {
      const h = hashFeature(x);
      return sortedIndexOf(vocab, h) >= 0 || sortedIndexOf(seg, h) >= 0;
    },
  };
}

/** A word list of at most this many keys is decoded into a `KeyIndex`; a larger one stays a sorted array. */
const SMALL_LIST = 4096;

/**
 * Hashed keys (uint32) in an open-addressing table, each with a value (a small non-negative integer): a lookup is
 * one or two probes, where a binary search over the sorted keys takes 7–15 steps, and the display asks the word
 * statistics of nearly every word of an article. Linear probing from the key's top bits; capacity the power of two
 * ≥ 2n; 0 marks an empty slot (the key 0, should a hash be 0, is kept apart). When a key is set twice, the first
 * value stays.
 */
export class KeyIndex {
  private readonly keys: Uint32Array;
  private readonly vals: Uint16Array;
  private readonly mask: number;
  private readonly shift: number;
  private zero = -1;

  constructor(n: number) {
    let cap = 2;
    while (cap < n * 2) cap <<= 1;
    this.keys = new Uint32Array(cap);
    this.vals = new Uint16Array(cap);
    this.mask = cap - 1;
    this.shift = 32 - Math.log2(cap);
  }

  /** A set of `keys` (every value 0). */
  static of(keys: Uint32Array): KeyIndex {
    const index = new KeyIndex(keys.length);
    for (let i = 0; i < keys.length; i++) index.set(keys[i], 0);
    return index;
  }

  set(key: number, value: number): void {
    if (key === 0) {
      if (this.zero < 0) this.zero = value;
      return;
    }
    const { keys, mask } = this;
    let j = key >>> this.shift;
    for (;;) {
      const k = keys[j];
      if (k === key) return;
      if (k === 0) break;
      j = (j + 1) & mask;
    }
    keys[j] = key;
    this.vals[j] = value;
  }

  /** The key's value, −1 when absent. */
  get(key: number): number {
    if (key === 0) return this.zero;
    const { keys, mask } = this;
    let j = key >>> this.shift;
    for (;;) {
      const k = keys[j];
      if (k === key) return this.vals[j];
      if (k === 0) return -1;
      j = (j + 1) & mask;
    }
  }

  has(key: number): boolean {
    return this.get(key) >= 0;
  }
}

/** Index of `x` in the ascending array `a` (binary search), −1 when absent. */
export function sortedIndexOf(a: Uint32Array, x: number): number {
  let lo = 0,
    hi = a.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = a[mid];
    if (v < x) lo = mid + 1;
    else if (v > x) hi = mid - 1;
    else return mid;
  }
  return -1;
}

/** For each label c, the labels it may follow (ALLOWED[p * L + c], p < L), ascending: Viterbi's candidates. */
const PREDECESSORS: Int32Array[] = Array.from({ length: L }, (_, c) =>
  Int32Array.from({ length: L }, (_, p) => p).filter((p) => ALLOWED[p * L + c]),
);

/**
 * Viterbi over `emission` (n × L, row-major) with transition weights `trans` ((L+1) × L) under BIO
 * constraints. Returns label indices. Each label's allowed predecessors are listed once (PREDECESSORS), so
 * the inner loop visits those alone (53 of the 81 pairs) instead of testing ALLOWED for each.
 */
export function viterbi(emission: Float64Array, n: number, trans: ArrayLike<number>): Int32Array {
  const out = new Int32Array(n);
  if (n === 0) return out;
  const delta = new Float64Array(n * L);
  const back = new Int32Array(n * L);
  for (let c = 0; c < L; c++) delta[c] = ALLOWED[L * L + c] ? emission[c] + trans[L * L + c] : -Infinity;
  for (let i = 1; i < n; i++) {
    const prev = (i - 1) * L,
      cur = i * L;
    for (let c = 0; c < L; c++) {
      const ps = PREDECESSORS[c];
      let best = -Infinity,
        arg = 0;
      for (let k = 0; k < ps.length; k++) {
        const p = ps[k];
        const v = delta[prev + p] + trans[p * L + c];
        if (v > best) {
          best = v;
          arg = p;
        }
      }
      delta[cur + c] = best + emission[cur + c];
      back[cur + c] = arg;
    }
  }
  let best = -Infinity,
    arg = 0;
  for (let c = 0; c < L; c++)
    if (delta[(n - 1) * L + c] > best) {
      best = delta[(n - 1) * L + c];
      arg = c;
    }
  out[n - 1] = arg;
  for (let i = n - 1; i > 0; i--) out[i - 1] = back[i * L + out[i]];
  return out;
}

/** Start of a feature's L weights in the table's `q`, −1 when the model has no such feature. */
export function findRow(m: WeightTable, h: number): number {
  const { keys, tags, mask } = m;
  const tag = tagOf(h);
  let j = h >>> m.shift;
  for (;;) {
    const t = tags[j];
    if (t === 0) return -1;
    if (t === tag && keys[j * 4] === h) return j * SLOT + 4;
    j = (j + 1) & mask;
  }
}

/**
 * Per word form: its view and where the int8 weight sums (L each) of its unigram features and of its
 * features as the −1, +1, −2, +2 neighbour of another token are in the tagger's `sums` buffer.
 */
interface WordEntry {
  v: TokenView;
  /** offset of its 5 × L sums (self, as −1, as +1, as −2, as +2) in `sums` */
  at: number;
}
const NEIGHBOUR_OFFSETS = [-1, 1, -2, 2] as const;
/** Word-form cache bound (entries): the cache is cleared before a document when it has grown past it. */
const WORD_CACHE_MAX = 50000;
/** Ints of one word form's sums. */
const SUMS = 5 * L;

export class LinearTagger implements Tagger {
  private readonly cache = new Map<string, WordEntry>();
  /**
   * The word forms' sums, one after the other in the order the forms were first seen (one buffer: no typed array
   * made per form, and a sentence's forms read from nearby memory); grown by doubling, reset with the cache.
   */
  private sums = new Int32Array(SUMS * 256);
  private used = 0;
  /** offsets of the padding's sums (before the first and after the last token): the buffer's first two */
  private readonly pads: { start: number; end: number };
  private readonly acc: Int32Array = new Int32Array(L);
  /** sums into `acc` (the pair and document features of the token being scored) */
  private readonly accSink: HashSink;
  /** sums into `sums` at `sumsAt` (the cached parts of a word form) */
  private readonly sumsSink: HashSink;
  private sumsAt = 0;

  constructor(readonly model: LinearModel) {
    this.accSink = new HashSink((h) => LinearTagger.addRow(model, h, this.acc, 0));
    this.sumsSink = new HashSink((h) => LinearTagger.addRow(model, h, this.sums, this.sumsAt));
    this.pads = { start: this.sumsOf(PAD_VIEWS.start), end: this.sumsOf(PAD_VIEWS.end) };
  }

  private static addRow(t: WeightTable, h: number, acc: Int32Array, o: number): void {
    const r = findRow(t, h);
    if (r < 0) return;
    const q = t.q;
    for (let y = 0; y < L; y++) acc[o + y] += q[r + y];
  }

  /** The int8 weight sums of a word form's unigram features and of its features as each neighbour: their offset. */
  private sumsOf(v: TokenView): number {
    const at = this.used;
    if (at + SUMS > this.sums.length) {
      const grown = new Int32Array(this.sums.length * 2);
      grown.set(this.sums);
      this.sums = grown;
    }
    this.used += SUMS;
    this.sumsAt = at;
    unigramFeatures(v, this.sumsSink);
    for (let i = 0; i < NEIGHBOUR_OFFSETS.length; i++) {
      this.sumsAt = at + (i + 1) * L;
      neighbourFeatures(v, NEIGHBOUR_OFFSETS[i], this.sumsSink);
    }
    return at;
  }

  private entry(token: string): WordEntry {
    let e = this.cache.get(token);
    if (e) return e;
    const { known, segHas, cluster } = this.model;
    const v = viewOf(token, known, segHas, cluster);
    e = { v, at: this.sumsOf(v) };
    this.cache.set(token, e);
    return e;
  }

  knownBase(token: string): string | undefined {
    // the least stripped known form (for display: «وبكين» → «بكين», not the known name «كين»)
    const w = nerNormalize(token);
    const has = this.model.segHas;
    if (!/^[وفبلك]/.test(w) || w.length < 4 || this.model.isWhole(w)) return undefined;
    const a = /^[وف]/.test(w) ? w.slice(1) : w;
    if (a !== w && has(a)) return a;
    if (a.startsWith('لل') && a.length >= 4 && has('ا' + a.slice(1))) return 'ا' + a.slice(1);
    if (/^[بلك]/.test(a) && a.length >= 4 && has(a.slice(1))) return a.slice(1);
    return undefined;
  }

  isKnownWord(normWord: string): boolean {
    return this.model.known(normWord);
  }

  isWholeWord(normWord: string): boolean {
    return this.model.isWhole(normWord);
  }

  isCommonWord(normWord: string): boolean {
    return this.model.isCommon(normWord);
  }

  isAdjectiveWord(normWord: string): boolean {
    return this.model.isAdjective(normWord);
  }

  isNonPersonWord(normWord: string): boolean {
    return this.model.isNonPerson(normWord);
  }

  /** A model without the statistics takes every word for a frequent one (so no name is found by its rarity). */
  isFrequentWord(normWord: string): boolean {
    return this.model.isFrequent?.(normWord) ?? true;
  }

  isNewsPerson(normWord: string): boolean {
    return this.model.isNewsPerson?.(normWord) ?? false;
  }

  isCompassPlace(key: string): boolean {
    return this.model.isCompassPlace?.(key) ?? false;
  }

  isPlaceNisba(normWord: string): boolean {
    return this.model.isPlaceNisba?.(normWord) ?? false;
  }

  /**
   * A country's name: one of the model's (WikiFANE Gold's nations and the ISO list's names), or one word that list
   * writes with ال and the news text writes often without it, as no common word and no person's name («أوروغواي» of
   * «الأوروغواي»; not «هند», a given name, of «الهند», nor «مغرب», sunset, of «المغرب»).
   */
  isCountry(key: string): boolean {
    const has = this.model.isCountry;
    if (!has) return false;
    if (has(key)) return true;
    return (
      !key.includes(' ') &&
      !key.startsWith('ال') &&
      this.isFrequentWord(key) &&
      !this.isCommonWord(key) &&
      !this.isNewsPerson(key) &&
      has('ال' + key)
    );
  }

  isGroupName(key: string): boolean {
    return this.model.isGroup(key);
  }

  isOrgPhrase(key: string): boolean {
    return this.model.isOrgPhrase?.(key) ?? false;
  }

  startsOrgPhrase(normWord: string): boolean {
    return this.model.startsOrgPhrase?.(normWord) ?? false;
  }

  miscType(key: string): CueType | undefined {
    return this.model.miscType?.(key);
  }

  typeCue(key: string): CueType | undefined {
    return this.model.typeCue?.(key);
  }

  newsType(key: string): CueType | undefined {
    return this.model.newsType?.(key);
  }

  newsPair(key: string): CueType | undefined {
    return this.model.newsPair?.(key);
  }

  /** Tags one sentence on its own (document features see only this sentence). */
  tag(tokens: string[]): string[] {
    return this.tagDocument([tokens])[0];
  }

  /**
   * Tags the sentences of one document (in order): document-level features look at the other
   * occurrences of each word in nearby sentences. This is what eval-ner scores.
   */
  tagDocument(sentences: string[][]): string[][] {
    // between documents only: the entries of the document being tagged point into the sums buffer
    if (this.cache.size >= WORD_CACHE_MAX) {
      this.cache.clear();
      // the padding's sums, first in the buffer, stay
      this.sums.fill(0, 2 * SUMS, this.used);
      this.used = 2 * SUMS;
    }
    const entries = sentences.map((toks) => toks.map((t) => this.entry(t)));
    const views = entries.map((es) => es.map((e) => e.v));
    const { config } = this.model;
    const agg = aggregateDocument(views, config.aggWindow);
    const tags = this.pass(views, entries, agg);
    return config.propagate ? propagate(views, tags, config.aggWindow, config.vote) : tags;
  }

  /** One Viterbi pass over the document. */
  private pass(views: TokenView[][], entries: WordEntry[][], agg: (string[] | undefined)[][]): string[][] {
    const { trans, scale } = this.model;
    const { acc, accSink, pads, sums } = this;
    return views.map((v, si) => {
      const n = v.length;
      if (n === 0) return [];
      const es = entries[si],
        ag = agg[si];
      const em = new Float64Array(n * L);
      for (let i = 0; i < n; i++) {
        const self = es[i].at;
        for (let y = 0; y < L; y++) acc[y] = sums[self + y];
        // neighbour parts: the cached sums of the neighbour (or the padding) in that role
        for (let k = 0; k < 4; k++) {
          const j = i + NEIGHBOUR_OFFSETS[k];
          const o = (j < 0 ? pads.start : j >= n ? pads.end : es[j].at) + (k + 1) * L;
          for (let y = 0; y < L; y++) acc[y] += sums[o + y];
        }
        pairFeatures(v, i, accSink);
        const a = ag[i];
        if (a) for (const f of a) accSink.whole(f);
        for (let y = 0; y < L; y++) em[i * L + y] = acc[y] * scale;
      }
      const best = viterbi(em, n, trans);
      return Array.from(best, (y) => LABELS[y] as string);
    });
  }
}

/**
 * Document consistency: a name tagged X somewhere (its sequence of stems) is tagged X at its untagged
 * repeats within `window` sentences (dev: any share of tagged occurrences beat thresholds 0.2–0.5); with
 * `vote`, a tagged name also takes the type it has most often in the window.
 * Single-word names need a content stem of ≥ 3 letters. Returns new tag arrays.
 */
export function propagate(views: TokenView[][], tags: string[][], window: number, vote = false): string[][] {
  const out = tags.map((t) => t.slice());
  const keyOf = (si: number, c: Chunk) =>
    views[si]
      .slice(c.start, c.end)
      .map((x) => x.s)
      .join(' ');
  const content = (x: TokenView) => x.sh === 'A' && x.s.length >= 3 && !x.t;
  // spans per sentence: key → type
  const spans: Map<string, string>[] = tags.map((t, si) => {
    const m = new Map<string, string>();
    for (const c of chunks(t)) {
      if (c.end - c.start > 1 || content(views[si][c.start])) m.set(keyOf(si, c), c.type);
    }
    return m;
  });
  if (vote) {
    // type vote: a tagged name takes the type it has most often in the window (strict majority)
    for (let si = 0; si < tags.length; si++) {
      for (const ch of chunks(out[si])) {
        const key = keyOf(si, ch);
        const c = new Map<string, number>();
        for (let sj = Math.max(0, si - window); sj <= Math.min(tags.length - 1, si + window); sj++) {
          const ty = spans[sj].get(key);
          if (ty) c.set(ty, (c.get(ty) ?? 0) + 1);
        }
        let best = ch.type,
          bc = c.get(ch.type) ?? 0;
        for (const [ty, n] of c)
          if (n > bc) {
            best = ty;
            bc = n;
          }
        if (best !== ch.type)
          for (let k = ch.start; k < ch.end; k++) out[si][k] = (k === ch.start ? 'B-' : 'I-') + best;
      }
    }
  }
  for (let si = 0; si < tags.length; si++) {
    const v = views[si];
    // candidate names from nearby sentences
    const near = new Map<string, Map<string, number>>();
    for (let sj = Math.max(0, si - window); sj <= Math.min(tags.length - 1, si + window); sj++) {
      for (const [k, type] of spans[sj]) {
        let c = near.get(k);
        if (!c) near.set(k, (c = new Map()));
        c.set(type, (c.get(type) ?? 0) + 1);
      }
    }
    if (!near.size) continue;
    for (const [key, types] of near) {
      const ks = key.split(' ');
      let type = '',
        best = 0;
      for (const [t, c] of types)
        if (c > best) {
          best = c;
          type = t;
        }
      for (let i = 0; i + ks.length <= v.length; i++) {
        let ok = true;
        for (let k = 0; k < ks.length && ok; k++) ok = v[i + k].s === ks[k] && out[si][i + k] === 'O';
        if (!ok) continue;
        for (let k = 0; k < ks.length; k++) out[si][i + k] = (k ? 'I-' : 'B-') + type;
        i += ks.length - 1;
      }
    }
  }
  return out;
}
