/**
 * EASC evaluation of the summarizer: ROUGE-1/2/L F1 for Khulasa, Lead, plain TextRank and Random.
 *
 *   npm run eval:summary [PATH] [--json] [--oracle] [--only=Khulasa,Lead,...]
 *   npm run eval:summary [PATH] --tune      weight search: grid on one half, checked on the other
 *   npm run eval:summary [PATH] --tune --weights='{"lead":1,...}'   score given weights on both halves
 *
 * PATH defaults to ../shared/data/easc/easc-dev.jsonl (relative to the project root).
 * Every system gets the same input: the article text (paragraphs separated by \n), no title
 * (EASC articles have none; the core itself uses a leading heading line as the title when there is
 * one, for every caller), and the same word budget N = mean word count of the five references.
 * Khulasa is run exactly as `analyze({ title: '', text }, { length: { words: N } })`, which is what
 * `khulasa summarize FILE.txt --words N` does.
 */
import { resolve } from 'node:path';
import { analyze } from '../src/core/analyze';
import {
  DEFAULT_WEIGHTS, PARAMS, mmrOrder, pickIndices, scoreFeatures, sentenceFeatures,
  type Features, type Weights,
} from '../src/core/summarize/summarize';
import {
  DEFAULT_EASC_PATH, PROJECT_ROOT, evaluateSystems, loadEasc, prepareDoc, quickRouge,
  type PreparedDoc, type SystemResult,
} from './lib/easc';

const args = process.argv.slice(2);
const pathArg = args.find((a) => !a.startsWith('--'));
const path = pathArg ? resolve(PROJECT_ROOT, pathArg) : DEFAULT_EASC_PATH;
const docs = loadEasc(path);
const pct = (x: number) => (100 * x).toFixed(2).padStart(7);

if (args.includes('--tune')) tune();
else report();

function report(): void {
  const results = evaluateSystems(docs, {
    withOracle: args.includes('--oracle'),
    only: args.find((a) => a.startsWith('--only='))?.slice(7).split(','),
    khulasa: (text, budget) =>
      analyze({ title: '', text }, { length: { words: budget } }).summary.map((s) => s.index),
  });
  if (args.includes('--json')) {
    console.log(JSON.stringify({ path, docs: docs.length, results }, null, 2));
    return;
  }
  console.log(`EASC: ${docs.length} documents from ${path}`);
  console.log('budget N per document = mean word count of its 5 references; candidate truncated to it;');
  console.log('F1 averaged over the 5 references, then over documents');
  console.log('');
  console.log(`${'system'.padEnd(12)} ROUGE-1 ROUGE-2 ROUGE-L`);
  for (const r of results as SystemResult[]) {
    console.log(`${r.name.padEnd(12)}${pct(r.rouge1)} ${pct(r.rouge2)} ${pct(r.rougeL)}`);
  }
  const k = results.find((r) => r.name === 'Khulasa')!;
  const lead = results.find((r) => r.name === 'Lead')!;
  console.log('');
  console.log(`Khulasa − Lead: ROUGE-1 ${pct(k.rouge1 - lead.rouge1)}  ROUGE-2 ${pct(k.rouge2 - lead.rouge2)}`);
}

// ---- weight search ----

interface Prepared extends PreparedDoc {
  features: Features;
}

function mean(p: Prepared[], w: Weights, lambda: number, decay = PARAMS.leadDecay): { r1: number; r2: number } {
  let r1 = 0, r2 = 0;
  for (const d of p) {
    const f = decay === PARAMS.leadDecay ? d.features : { ...d.features, lead: d.features.lead.map((_, i) => 1 / Math.pow(1 + i, decay)) };
    const order = mmrOrder(f, scoreFeatures(f, w), lambda);
    const s = quickRouge(d, pickIndices(order, d.features.wordCounts, { words: d.budget }));
    r1 += s.r1; r2 += s.r2;
  }
  return { r1: r1 / p.length, r2: r2 / p.length };
}

function product<T extends Record<string, number[]>>(grid: T): Record<keyof T, number>[] {
  let out: Record<string, number>[] = [{}];
  for (const [k, vs] of Object.entries(grid)) out = out.flatMap((o) => vs.map((v) => ({ ...o, [k]: v })));
  return out as Record<keyof T, number>[];
}

function tune(): void {
  const prepared: Prepared[] = docs.map((d) => {
    const p = prepareDoc(d);
    return { ...p, features: sentenceFeatures(p.sentences, '') };
  });
  const halves = [prepared.filter((_, i) => i % 2 === 0), prepared.filter((_, i) => i % 2 === 1)];
  const given = args.find((a) => a.startsWith('--weights='));
  if (given) {
    const { lambda = 1, decay = PARAMS.leadDecay, ...w } = JSON.parse(given.slice(10)) as Record<string, number>;
    const ws = { ...DEFAULT_WEIGHTS, ...w } as Weights;
    const r = [...halves, prepared].map((h) => mean(h, ws, lambda, decay));
    console.log(`half 0 R1 ${pct(r[0].r1)} R2 ${pct(r[0].r2)} | half 1 R1 ${pct(r[1].r1)} R2 ${pct(r[1].r2)} | all R1 ${pct(r[2].r1)} R2 ${pct(r[2].r2)}`);
    return;
  }
  const grid = product({
    first: [0, 1],
    lead: [0.5, 1, 2],
    position: [0, 0.5, 1],
    paragraphStart: [0, 0.3],
    centroid: [0, 0.5],
    lexrank: [0],
    title: [0.5],
    leadSim: [0],
    topic: [0],
    keywords: [0],
    topTerms: [0, 0.3, 0.6],
    length: [0, 0.3],
    numbers: [0],
    long: [0, 1],
    lambda: [1],
    decay: [0.5, 1],
  });
  console.log(`grid: ${grid.length} settings; halves: ${halves[0].length} / ${halves[1].length} documents`);
  const t0 = Date.now();
  for (const [a, b] of [[0, 1], [1, 0]]) {
    let best = { r2: -1, r1: 0, g: grid[0] };
    for (const g of grid) {
      const { lambda, decay, ...w } = g;
      const s = mean(halves[a], w as Weights, lambda, decay);
      if (s.r2 > best.r2) best = { ...s, g };
    }
    const { lambda, decay, ...w } = best.g;
    const held = mean(halves[b], w as Weights, lambda, decay);
    console.log(`chosen on half ${a}: ${JSON.stringify(best.g)}`);
    console.log(`  half ${a} (tuning): R1 ${pct(best.r1)} R2 ${pct(best.r2)}   half ${b} (held out): R1 ${pct(held.r1)} R2 ${pct(held.r2)}`);
  }
  const def = halves.map((h) => mean(h, DEFAULT_WEIGHTS, PARAMS.mmrLambda));
  console.log(`current defaults: half 0 R2 ${pct(def[0].r2)}  half 1 R2 ${pct(def[1].r2)}`);
  const lead = halves.map((h) => mean(h, { ...DEFAULT_WEIGHTS, lead: 1, position: 0, paragraphStart: 0, centroid: 0, lexrank: 0, title: 0, leadSim: 0, first: 0, topic: 0, keywords: 0, topTerms: 0, length: 0, numbers: 0, long: 0 }, 1));
  console.log(`lead-only scoring: half 0 R2 ${pct(lead[0].r2)}  half 1 R2 ${pct(lead[1].r2)}`);
  console.log(`${((Date.now() - t0) / 1000).toFixed(1)} s`);
}
