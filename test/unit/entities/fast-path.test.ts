/**
 * The tagger's fast path (typed-array weight table, per-word cached weight sums, int8 accumulation) must
 * give exactly the tags of the reference path (feature strings, one lookup per feature, float sums).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readConll } from '../../../scripts/lib/anercorp';
import { loadTagger } from '../../../src/core/entities/load-tagger';
import { LinearTagger } from '../../../src/core/entities/linear-tagger';
import {
  hashFeature, neighbourFeatureHashes, neighbourFeatures, pairFeatureHashes, pairFeatures, unigramFeatureHashes, unigramFeatures, viewOf,
} from '../../../src/core/entities/features';

const TRAIN = resolve(__dirname, '../../../../shared/data/anercorp/train.txt');

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

describe.skipIf(!existsSync(TRAIN))('fast tagging path', () => {
  it('tags 400 train sentences exactly like the reference path (as one document and sentence by sentence)', async () => {
    const tagger = (await loadTagger()) as LinearTagger;
    const sents = readConll(TRAIN).slice(0, 400).map((s) => s.tokens);
    const ref = LinearTagger.referenceTagDocument(tagger.model, sents);
    expect(tagger.tagDocument(sents)).toEqual(ref);
    // a second pass runs on the warm word cache
    expect(tagger.tagDocument(sents)).toEqual(ref);
    const one = sents.slice(0, 150);
    expect(one.map((s) => tagger.tag(s))).toEqual(one.map((s) => LinearTagger.referenceTagDocument(tagger.model, [s])[0]));
  });
});
