/**
 * Summary quality on BBC Arabic dev and EASC dev (../shared/data), deterministic: the same evaluation as
 * `npm run eval:summary`, Khulasa run as `khulasa summarize FILE.txt --words N` runs.
 *
 * The bar (ROUGE-2 ≥ Lead + 1 on BBC under cross-validation) is NOT met: the shipped order (body order, no
 * learned weights) measures Lead + 0.16 on BBC and Lead − 0.01 on EASC (docs/summary.md); learned scorers did not do
 * better under cross-validation (`npm run train:summary`). This test guards what is reached, so a regression fails.
 * Without ../shared/data it skips with a message, and fails under CI=true (test/quality/data.ts).
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze';
import { evaluateSystems, loadEasc } from '../../scripts/lib/easc';
import { baselineText, bbcArticle, bbcBudget, loadBbc, meanScores, scoreBbc } from '../../scripts/lib/bbc';
import { sharedData } from './data';

/** Measured: BBC ROUGE-2 Khulasa 45.75, Lead 45.59; EASC Khulasa 43.25, Lead 43.26 (F1, %). */
export const FLOOR = { bbcRouge2: 0.457, bbcOverLead: 0.001, eascRouge2: 0.432, eascOverLead: -0.0005 };

const BBC = sharedData('bbc-arabic/bbc-arabic-dev.jsonl');
const EASC = sharedData('easc/easc-dev.jsonl');

describe('summary quality', () => {
  it.skipIf(!BBC)('BBC Arabic dev: ROUGE-2 at the standfirst length stays at its level, above Lead', () => {
    const docs = loadBbc(BBC);
    const k = meanScores(
      scoreBbc(docs, (d) =>
        analyze(bbcArticle(d).article, { length: { words: bbcBudget(d) } })
          .summary.map((s) => s.text)
          .join(' '),
      ),
    );
    const lead = meanScores(scoreBbc(docs, (d) => baselineText('Lead', d)));
    console.log(
      `BBC dev (${docs.length} articles) ROUGE-2 F1: Khulasa ${(100 * k.r2).toFixed(2)}, Lead ${(100 * lead.r2).toFixed(2)}`,
    );
    expect(k.r2).toBeGreaterThanOrEqual(FLOOR.bbcRouge2);
    expect(k.r2 - lead.r2).toBeGreaterThanOrEqual(FLOOR.bbcOverLead);
  });

  it.skipIf(!EASC)('EASC dev: ROUGE-2 stays at its level, at Lead', () => {
    const docs = loadEasc(EASC);
    const results = evaluateSystems(docs, {
      only: ['Khulasa', 'Lead'],
      khulasa: (article, budget) => analyze(article, { length: { words: budget } }).summary.map((s) => s.index),
    });
    const k = results.find((r) => r.name === 'Khulasa')!;
    const lead = results.find((r) => r.name === 'Lead')!;
    console.log(
      `EASC dev (${docs.length} docs) ROUGE-2 F1: Khulasa ${(100 * k.rouge2).toFixed(2)}, Lead ${(100 * lead.rouge2).toFixed(2)}`,
    );
    expect(k.rouge2).toBeGreaterThanOrEqual(FLOOR.eascRouge2);
    expect(k.rouge2 - lead.rouge2).toBeGreaterThanOrEqual(FLOOR.eascOverLead);
  });
});
