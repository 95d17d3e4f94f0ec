/**
 * Quality of the shipped NER tagger on the ANERcorp test split (CoNLL exact match, micro over
 * PERS/LOC/ORG/MISC). Deterministic: the model is committed (`npm run train:ner` reproduces it byte for
 * byte), tagging has no randomness.
 *
 * The issue's bar (micro F1 ≥ 75) is NOT met: the model scores 74.21 (docs/entities.md). This test
 * guards what is reached, so a regression fails: micro F1 ≥ FLOOR, and the issue's bar is printed.
 */
import { describe, expect, it } from 'vitest';
import { readConll } from '../../scripts/lib/anercorp';
import { loadTagger } from '../../src/core/entities/load-tagger';
import { ConllScorer, formatScore } from '../../src/core/entities/conll';
import { sharedData } from './data';

const TEST = sharedData('anercorp/test.txt');
/** The issue's bar, not yet reached. */
const ISSUE_BAR = 0.75;
/** Measured: micro F1 74.21 on the test split; a drop below this fails. */
const FLOOR = 0.74;

describe.skipIf(!TEST)(
  `NER quality on ANERcorp test (floor ${100 * FLOOR}; issue bar ${100 * ISSUE_BAR}, not met)`,
  () => {
    it('stays at its measured level', async () => {
      const tagger = await loadTagger();
      const scorer = new ConllScorer();
      // the whole split as one document, exactly as npm run eval:ner and khulasa tag
      const sents = readConll(TEST!);
      const tags = tagger.tagDocument!(sents.map((s) => s.tokens));
      sents.forEach((s, i) => scorer.add(s.tags, tags[i]));
      const score = scorer.score();
      console.log(formatScore(score));
      console.log(
        `micro F1 ${(100 * score.micro.f1).toFixed(2)}; issue bar ${100 * ISSUE_BAR}: ${score.micro.f1 >= ISSUE_BAR ? 'met' : 'NOT met'}`,
      );
      expect(score.micro.f1).toBeGreaterThanOrEqual(FLOOR);
    });
  },
);
