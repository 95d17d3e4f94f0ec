/**
 * EASC evaluation of the summarizer: ROUGE-1/2/L F1 for Khulasa, Lead, plain TextRank and Random.
 *
 *   npm run eval:summary [PATH] [--json] [--oracle]
 *
 * PATH defaults to ../shared/data/easc/easc-dev.jsonl (relative to the project root).
 * Every system gets the same input: the article text (paragraphs separated by \n), no title
 * (EASC articles have none; the core derives one from a leading heading line when there is one),
 * and the same word budget N = mean word count of the five references. Khulasa is run exactly as
 * `analyze({ title: '', text }, { length: { words: N } })`, the call `khulasa summarize --words N` makes.
 */
import { resolve } from 'node:path';
import { analyze } from '../src/core/analyze';
import { DEFAULT_EASC_PATH, PROJECT_ROOT, evaluateSystems, loadEasc, type SystemResult } from './lib/easc';

const args = process.argv.slice(2);
const pathArg = args.find((a) => !a.startsWith('--'));
const path = pathArg ? resolve(PROJECT_ROOT, pathArg) : DEFAULT_EASC_PATH;
const docs = loadEasc(path);

const results = evaluateSystems(docs, {
  withOracle: args.includes('--oracle'),
  khulasa: (text, budget) => analyze({ title: '', text }, { length: { words: budget } }).summary.map((s) => s.index),
});

if (args.includes('--json')) {
  console.log(JSON.stringify({ path, docs: docs.length, results }, null, 2));
} else {
  const pct = (x: number) => (100 * x).toFixed(2).padStart(7);
  console.log(`EASC: ${docs.length} documents from ${path}`);
  console.log(`budget: mean reference word count per document; candidates truncated to it; F1 averaged over 5 references`);
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
