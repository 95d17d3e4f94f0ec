/**
 * The tagger's fast path (typed-array weight table, per-word cached weight sums, int8 accumulation) gives
 * exactly the tags of the reference path (feature strings, one lookup per feature, float sums) on real
 * sentences: the first 400 of the ANERcorp training split.
 */
import { describe, expect, it } from 'vitest';
import { readConll } from '../../scripts/lib/anercorp';
import { loadTagger } from '../../src/core/entities/load-tagger';
import { LinearTagger } from '../../src/core/entities/linear-tagger';
import { referenceTagDocument } from '../../scripts/lib/ner-reference';
import { sharedData } from './data';

const TRAIN = sharedData('anercorp/train.txt');

describe.skipIf(!TRAIN)('fast tagging path', () => {
  it('tags 400 train sentences exactly like the reference path (as one document and sentence by sentence)', async () => {
    const tagger = (await loadTagger()) as LinearTagger;
    const sents = readConll(TRAIN!)
      .slice(0, 400)
      .map((s) => s.tokens);
    const ref = referenceTagDocument(tagger.model, sents);
    expect(tagger.tagDocument(sents)).toEqual(ref);
    // a second pass runs on the warm word cache
    expect(tagger.tagDocument(sents)).toEqual(ref);
    const one = sents.slice(0, 150);
    expect(one.map((s) => tagger.tag(s))).toEqual(one.map((s) => referenceTagDocument(tagger.model, [s])[0]));
  });
});
