/**
 * Key names a reader sees (issue #19): precision and key recall of the names the popup displays, through
 * the product's own pipeline, on the two hand-made gold sets (scripts/lib/names-eval.ts; `npm run eval:names`
 * prints the same figures with the wrong and missed names). Deterministic: committed model, no randomness.
 *
 * The bars are precision ≥ 0.90 and key recall ≥ 0.85 on both sets: both are met on the BBC dev set;
 * on the pages precision is met, key recall is NOT; this test guards the measured level so a regression fails,
 * and prints the bars.
 */
import { describe, expect, it } from 'vitest';
import { goldSets, scoreSet } from '../../scripts/lib/names-eval';
import { loadTagger } from '../../src/core/entities/load-tagger';
import { DATA_DIR, sharedData } from './data';

const have = sharedData('web-pages/real/entities-gold.json') && sharedData('bbc-arabic/entities-gold-dev.json');
const sets = have ? goldSets(DATA_DIR) : undefined;
/** Measured with the shipped model; a drop below fails. */
const FLOORS: Record<string, { precision: number; keyRecall: number }> = {
  'web-pages/real (10 pages)': { precision: 0.98, keyRecall: 0.88 },
  'bbc-arabic dev (20 articles)': { precision: 0.96, keyRecall: 0.89 },
};
const BARS = { precision: 0.9, keyRecall: 0.85 };

describe.skipIf(!sets)('names the popup shows (gold sets of real pages and BBC articles)', () => {
  for (const { name, docs } of sets ?? []) {
    it(`${name}: precision and key recall stay at their measured level`, async () => {
      const r = scoreSet(name, docs, await loadTagger());
      const met = r.precision >= BARS.precision && r.keyRecall >= BARS.keyRecall;
      console.log(
        `${name}: precision ${r.precision.toFixed(3)} (${r.right}/${r.shown}), key recall ${r.keyRecall.toFixed(3)} (${r.keysFound}/${r.keys}); issue bars ${met ? 'met' : 'NOT met'}`,
      );
      expect(r.precision).toBeGreaterThanOrEqual(FLOORS[name].precision);
      expect(r.keyRecall).toBeGreaterThanOrEqual(FLOORS[name].keyRecall);
    });
  }
});
