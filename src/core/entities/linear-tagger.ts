/**
 * A linear sequence tagger (weights learned by the averaged structured perceptron in
 * scripts/train-ner.ts) with first-order Viterbi decoding under BIO constraints.
 * Pure TS: the model is plain data (see NerModelFile), decoded once and cached by load-tagger.ts.
 */
import { FEATURE_VERSION, hashFeature, tokenFeatures, viewOf, type Lexicon } from './features';
import type { Tagger } from './tagger';

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
  meta?: Record<string, unknown>;
}

/** Decoded weights: feature hash → row start in `w`. */
export interface LinearModel {
  index: Map<number, number>;
  w: Float32Array;
  trans: Float32Array;
  known: (normWord: string) => boolean;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

export function toBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i], b = bytes[i + 1] ?? 0, c = bytes[i + 2] ?? 0;
    const n = (a << 16) | (b << 8) | c;
    out += B64[(n >> 18) & 63] + B64[(n >> 12) & 63];
    out += i + 1 < bytes.length ? B64[(n >> 6) & 63] : '=';
    out += i + 2 < bytes.length ? B64[n & 63] : '=';
  }
  return out;
}

export function fromBase64(s: string): Uint8Array {
  const lut = new Uint8Array(128);
  for (let i = 0; i < 64; i++) lut[B64.charCodeAt(i)] = i;
  const pad = s.endsWith('==') ? 2 : s.endsWith('=') ? 1 : 0;
  const out = new Uint8Array((s.length / 4) * 3 - pad);
  let o = 0;
  for (let i = 0; i < s.length; i += 4) {
    const n = (lut[s.charCodeAt(i)] << 18) | (lut[s.charCodeAt(i + 1)] << 12) | (lut[s.charCodeAt(i + 2)] << 6) | lut[s.charCodeAt(i + 3)];
    if (o < out.length) out[o++] = (n >> 16) & 255;
    if (o < out.length) out[o++] = (n >> 8) & 255;
    if (o < out.length) out[o++] = n & 255;
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
  let prev = 0, p = 0;
  for (let i = 0; i < n; i++) {
    let d = 0, mul = 1, b: number;
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

export function decodeModel(file: NerModelFile): LinearModel {
  if (file.format !== 'khulasa-ner-linear/1') throw new Error(`unknown NER model format ${file.format}`);
  if (file.featureVersion !== FEATURE_VERSION) {
    throw new Error(`NER model built for features v${file.featureVersion}, code has v${FEATURE_VERSION}: run npm run train:ner`);
  }
  if (file.labels.join() !== LABELS.join()) throw new Error('NER model labels differ from the tagger labels');
  const keys = decodeKeys(fromBase64(file.keys), file.n);
  const q = new Int8Array(fromBase64(file.weights).buffer);
  const w = new Float32Array(q.length);
  for (let i = 0; i < q.length; i++) w[i] = q[i] * file.scale;
  const index = new Map<number, number>();
  for (let i = 0; i < keys.length; i++) index.set(keys[i], i * L);
  const vocab = new Set(decodeKeys(fromBase64(file.vocab), file.nVocab));
  return { index, w, trans: Float32Array.from(file.trans), known: (x) => vocab.has(hashFeature(x)) };
}

/**
 * Viterbi over `emission` (n × L, row-major) with transition weights `trans` ((L+1) × L) under BIO
 * constraints. Returns label indices.
 */
export function viterbi(emission: Float64Array, n: number, trans: ArrayLike<number>): Int32Array {
  const out = new Int32Array(n);
  if (n === 0) return out;
  const delta = new Float64Array(n * L);
  const back = new Int32Array(n * L);
  for (let c = 0; c < L; c++) delta[c] = ALLOWED[L * L + c] ? emission[c] + trans[L * L + c] : -Infinity;
  for (let i = 1; i < n; i++) {
    for (let c = 0; c < L; c++) {
      let best = -Infinity, arg = 0;
      for (let p = 0; p < L; p++) {
        if (!ALLOWED[p * L + c]) continue;
        const v = delta[(i - 1) * L + p] + trans[p * L + c];
        if (v > best) { best = v; arg = p; }
      }
      delta[i * L + c] = best + emission[i * L + c];
      back[i * L + c] = arg;
    }
  }
  let best = -Infinity, arg = 0;
  for (let c = 0; c < L; c++) if (delta[(n - 1) * L + c] > best) { best = delta[(n - 1) * L + c]; arg = c; }
  out[n - 1] = arg;
  for (let i = n - 1; i > 0; i--) out[i - 1] = back[i * L + out[i]];
  return out;
}

/** Emission scores of a sentence under weights looked up by feature hash. */
export function emissions(
  tokens: string[],
  lookup: (hash: number, scores: Float64Array, row: number) => void,
  known: (normWord: string) => boolean,
  lex?: Lexicon,
): Float64Array {
  const views = tokens.map((t) => viewOf(t, known));
  const em = new Float64Array(tokens.length * L);
  let row = 0;
  const emit = (f: string) => lookup(hashFeature(f), em, row);
  for (let i = 0; i < views.length; i++) {
    row = i * L;
    tokenFeatures(views, i, emit, lex);
  }
  return em;
}

export class LinearTagger implements Tagger {
  constructor(private readonly model: LinearModel) {}

  tag(tokens: string[]): string[] {
    if (tokens.length === 0) return [];
    const { index, w, trans, known } = this.model;
    const em = emissions(tokens, (h, scores, row) => {
      const off = index.get(h);
      if (off === undefined) return;
      for (let y = 0; y < L; y++) scores[row + y] += w[off + y];
    }, known);
    const best = viterbi(em, tokens.length, trans);
    return Array.from(best, (y) => LABELS[y]);
  }
}
