/**
 * 3. analyze() (sentences + summary + entities, with the trained NER tagger when loadTagger() works) on
 * articles of 300 … 20,000 words of real Arabic text, against the plain TextRank baseline of the summary
 * evaluation (scripts/lib/easc.ts) on the same inputs, interleaved run by run.
 */
import { analyze } from '../../src/core/analyze';
import { splitSentences, tokenize } from '../../src/core/text';
import { rankSentences, selectSummary } from '../../src/core/summarize/summarize';
import { ruleTagger } from '../../src/core/entities/rule-tagger';
import { keyEntities } from '../../src/core/entities/key-entities';
import type { Tagger } from '../../src/core/entities/tagger';
import { textRank } from '../../scripts/lib/easc';
import type { Sentence } from '../../src/core/types';
import { arabicParagraphs, buildArticle } from '../lib/corpus';
import { stats, timePair, timeSync } from '../lib/stats';
import type { Report } from '../lib/report';

export const ANALYZE_1K_BUDGET_MS = 15;
export const SIZES = [300, 1000, 5000, 20000];

/** The trained tagger when loadTagger() works (else the rule tagger, and why). */
export async function benchTagger(): Promise<{ tagger: Tagger; trained: boolean; name: string }> {
  try {
    const { loadTagger } = await import('../../src/core/entities/load-tagger');
    return { tagger: await loadTagger(), trained: true, name: 'trained NER (loadTagger)' };
  } catch (e) {
    return {
      tagger: ruleTagger,
      trained: false,
      name: `rule tagger — loadTagger() failed: ${String(e).slice(0, 120)}`,
    };
  }
}

export async function benchAnalyze(report: Report, quick: boolean): Promise<void> {
  const { tagger, trained, name: taggerName } = await benchTagger();
  const tg = trained ? '' : ' [RULE tagger: NER model failed to load]';
  const runsFor = (w: number) => (quick ? 3 : w <= 1000 ? 25 : w <= 5000 ? 9 : 5);
  const results: Record<string, unknown>[] = [];
  const perWord = new Map<number, number>(),
    cpuPerWord = new Map<number, number>();
  for (const size of SIZES) {
    const art = buildArticle(size);
    const tokens = tokenize(art.text).filter((t) => t.kind !== 'punct').length;
    const sentences = splitSentences(art.text).length;
    const runs = runsFor(size),
      warmup = quick ? 1 : size <= 1000 ? 5 : 2;
    const budgetWords = Math.round(art.words * 0.25);
    // Khulasa analyze() vs plain TextRank (sentence split + TextRank + fill), interleaved
    // (textRank ignores its first argument, which scripts/lib/easc.ts is changing from text to {title, text})
    const baseline = textRank as unknown as (
      article: unknown,
      budget: number,
      sentences: Sentence[],
      refs: string[],
    ) => number[];
    const pair = timePair(
      () => analyze({ title: art.title, text: art.text }, { tagger }),
      () => {
        const s = splitSentences(art.text);
        baseline({ title: art.title, text: art.text }, budgetWords, s, []);
      },
      { warmup, runs },
    );
    // Khulasa's summarizer alone (no entities) vs TextRank: the like-for-like ratio
    const sumOnly = timeSync(
      () => {
        const s = splitSentences(art.text);
        selectSummary(rankSentences(s));
      },
      { warmup, runs },
    );
    const a = pair.a;
    perWord.set(size, a.median / art.words);
    // CPU time of the same call (process.cpuUsage): far less disturbed by other jobs on a shared machine,
    // so the growth verdicts use it
    const cpuSamples: number[] = [];
    for (let i = 0; i < Math.max(3, Math.ceil(runs / 2)); i++) {
      const c0 = process.cpuUsage();
      analyze({ title: art.title, text: art.text }, { tagger });
      const c = process.cpuUsage(c0);
      cpuSamples.push((c.user + c.system) / 1000);
    }
    const cpuStats = stats(cpuSamples);
    cpuPerWord.set(size, cpuStats.median / art.words);
    const label = `${size.toLocaleString('en')} words`;
    const row = {
      section: '3 analyze',
      case: `analyze() ${label} (${sentences} sent.)${tg}`,
      median: a.median,
      min: a.min,
      max: a.max,
      unit: 'ms',
      runs,
    };
    if (size === 1000 && trained) report.budget(row, ANALYZE_1K_BUDGET_MS);
    else if (size === 1000)
      report.info({ ...row, budget: `≤ ${ANALYZE_1K_BUDGET_MS} ms with the trained NER: not measured` });
    else report.info(row);
    const cpuRow = {
      section: '3 analyze',
      case: `  ${label}: CPU time (process.cpuUsage)`,
      median: cpuStats.median,
      min: cpuStats.min,
      max: cpuStats.max,
      unit: 'ms',
      runs: cpuStats.runs,
    };
    if (size === 1000 && trained) report.budget(cpuRow, ANALYZE_1K_BUDGET_MS);
    else report.info(cpuRow);
    report.info({
      section: '3 analyze',
      case: `  ${label}: tokens/s`,
      median: tokens / (a.median / 1000),
      min: tokens / (a.max / 1000),
      max: tokens / (a.min / 1000),
      unit: 'tok/s',
    });
    report.info({
      section: '3 analyze',
      case: `  ${label}: µs per word`,
      median: (a.median / art.words) * 1000,
      min: (a.min / art.words) * 1000,
      max: (a.max / art.words) * 1000,
      unit: 'µs',
    });
    report.info({
      section: '3 analyze',
      case: `  ${label}: analyze() / TextRank`,
      median: pair.ratio.median,
      min: pair.ratio.min,
      max: pair.ratio.max,
      unit: '×',
      note: `TextRank median ${pair.b.median.toFixed(2)} ms`,
    });
    const sr = sumOnly.median / pair.b.median;
    report.info({
      section: '3 analyze',
      case: `  ${label}: summarizer only / TextRank`,
      median: sr,
      unit: '×',
      note: `summarizer ${sumOnly.median.toFixed(2)} ms`,
    });
    let extra: Record<string, unknown> = {};
    if (size === 1000) {
      // where the time goes
      const rule = timeSync(() => analyze({ title: art.title, text: art.text }, { tagger: ruleTagger }), {
        warmup,
        runs,
      });
      const sents = splitSentences(art.text);
      const ner = timeSync(() => keyEntities(sents, tagger, {}), { warmup, runs });
      report.info({
        section: '3 analyze',
        case: `  ${label}: of which entities (keyEntities, same tagger)`,
        median: ner.median,
        min: ner.min,
        max: ner.max,
        unit: 'ms',
      });
      report.info({
        section: '3 analyze',
        case: `  ${label}: analyze() with the rule tagger instead`,
        median: rule.median,
        min: rule.min,
        max: rule.max,
        unit: 'ms',
      });
      extra = { entitiesOnly: ner, ruleTagger: rule };
    }
    results.push({
      ...extra,
      cpu: cpuStats,
      size,
      words: art.words,
      tokens,
      sentences,
      analyze: a,
      textRank: pair.b,
      ratio: pair.ratio,
      summarizerOnly: sumOnly,
    });
  }
  const growth = (m: Map<number, number>, big: number, small: number) =>
    ((m.get(big) ?? NaN) / (m.get(small) ?? NaN)) * (big / small);
  const g1 = growth(cpuPerWord, 20000, 1000),
    g2 = growth(cpuPerWord, 20000, 5000);
  report.add({
    section: '3 analyze',
    case: `growth, CPU time: 20k / 1k words (linear = 20; wall clock ${growth(perWord, 20000, 1000).toFixed(1)})`,
    median: g1,
    unit: '×',
    budget: '≈ 20 (≤ 30)',
    verdict: g1 <= 30 ? 'pass' : 'FAIL',
  });
  report.add({
    section: '3 analyze',
    case: `growth, CPU time: 20k / 5k words (linear = 4; wall clock ${growth(perWord, 20000, 5000).toFixed(1)})`,
    median: g2,
    unit: '×',
    budget: '≈ 4 (≤ 6)',
    verdict: g2 <= 6 ? 'pass' : 'FAIL',
  });
  const sizes = stats([...cpuPerWord.values()].map((x) => x * 1000));
  report.info({
    section: '3 analyze',
    case: 'CPU µs per word across sizes (flat = linear)',
    median: sizes.median,
    min: sizes.min,
    max: sizes.max,
    unit: 'µs',
  });
  report.extra.analyze = { tagger: taggerName, text: arabicParagraphs().source, results };
}
