/**
 * The tagger's fast path (typed-array weight table, per-word cached weight sums, int8 accumulation) must
 * give exactly the tags of the reference path (feature strings, one lookup per feature, float sums).
 */
import { describe, expect, it } from 'vitest';
import { L, decodeKeys, decodeModel, findRow, fromBase64, sortedIndexOf, toBase64, type NerModelFile } from '../../../src/core/entities/linear-tagger';
import {
  hashFeature, neighbourFeatureHashes, neighbourFeatures, pairFeatureHashes, pairFeatures, unigramFeatureHashes, unigramFeatures, viewOf,
} from '../../../src/core/entities/features';

describe('incremental feature hashing', () => {
  it('gives the hashes of the unigram, neighbour and pair feature strings', () => {
    const toks = 'وقال الرئيس الروسي فلاديمير بوتين إن 2024 و Gazprom « لروسيا » ب ي'.split(' ');
    for (const known of [() => true, (w: string) => w.length % 2 === 0]) {
      const v = toks.map((t) => viewOf(t, known, undefined, (k) => (k.length > 3 ? '0110100111010' : k.length > 2 ? '01' : undefined)));
      for (let i = 0; i < v.length; i++) {
        const a: number[] = [], b: number[] = [];
        pairFeatures(v, i, (f) => a.push(hashFeature(f)));
        pairFeatureHashes(v, i, (h) => b.push(h));
        expect(b.sort()).toEqual(a.sort());
        const c: number[] = [], d: number[] = [];
        unigramFeatures(v[i], (f) => c.push(hashFeature(f)));
        unigramFeatureHashes(v[i], (h) => d.push(h));
        expect(d.sort()).toEqual(c.sort());
        for (const k of [-2, -1, 1, 2] as const) {
          const e: number[] = [], g: number[] = [];
          neighbourFeatures(v[i], k, (f) => e.push(hashFeature(f)));
          neighbourFeatureHashes(v[i], k, (h) => g.push(h));
          expect(g.sort()).toEqual(e.sort());
        }
      }
    }
  });
});

describe('decoded weight table', () => {
  it('finds every feature of the shipped model with its int8 weights, and nothing else', async () => {
    const file = (await import('../../../src/core/entities/model/ner-model.json')).default as unknown as NerModelFile;
    const table = decodeModel(file);
    const keys = decodeKeys(fromBase64(file.keys), file.n);
    const w = new Int8Array(fromBase64(file.weights).buffer);
    expect(keys.length).toBeGreaterThan(50000);
    const present = new Set(keys);
    let wrong = 0;
    keys.forEach((h, i) => {
      const r = findRow(table, h);
      if (r < 0 || Array.from(table.q.subarray(r, r + L)).join() !== Array.from(w.subarray(i * L, i * L + L)).join()) wrong++;
    });
    expect(wrong).toBe(0);
    // hashes that are not features are not found
    let falseHits = 0, tried = 0;
    for (let h = 12345; tried < 20000; h = (Math.imul(h, 2654435761) + 7) >>> 0) {
      if (present.has(h)) continue;
      tried++;
      if (findRow(table, h) >= 0) falseHits++;
    }
    expect(falseHits).toBe(0);
  });

  it('base64 round-trips every length and padding', () => {
    for (let n = 0; n < 12; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 97 + n * 31) & 255);
      expect(Array.from(fromBase64(toBase64(bytes)))).toEqual(Array.from(bytes));
    }
  });

  it('sortedIndexOf finds each key of an ascending array and rejects others', () => {
    const a = Uint32Array.from([3, 9, 27, 81, 243, 4294967295]);
    a.forEach((x, i) => expect(sortedIndexOf(a, x)).toBe(i));
    for (const x of [0, 4, 100, 4294967294]) expect(sortedIndexOf(a, x)).toBe(-1);
    expect(sortedIndexOf(new Uint32Array(0), 1)).toBe(-1);
  });
});
