/**
 * Quality bar of the shipped NER tagger on the ANERcorp test split (CoNLL exact match, micro over
 * PERS/LOC/ORG/MISC). Deterministic: the model is committed, tagging has no randomness.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readConll } from '../../scripts/lib/anercorp';
import { loadTagger } from '../../src/core/entities/load-tagger';
import { ConllScorer, formatScore } from '../../src/core/entities/conll';

const TEST = resolve(__dirname, '../../../shared/data/anercorp/test.txt');
const BAR = 0.75;
const present = existsSync(TEST);

describe.skipIf(!present)(`NER quality on ANERcorp test (bar: micro F1 ≥ ${100 * BAR})`, () => {
  it('reaches the bar', async () => {
    const tagger = await loadTagger();
    const scorer = new ConllScorer();
    // the whole split as one document, exactly as npm run eval:ner and khulasa tag
    const sents = readConll(TEST);
    const tags = tagger.tagDocument!(sents.map((s) => s.tokens));
    sents.forEach((s, i) => scorer.add(s.tags, tags[i]));
    const score = scorer.score();
    console.log(formatScore(score));
    expect(score.micro.f1).toBeGreaterThanOrEqual(BAR);
  });
});

if (!present) {
  describe('NER quality', () => {
    it.skip(`skipped: ANERcorp test split not found at ${TEST}`, () => {});
  });
}
