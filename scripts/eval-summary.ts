/**
 * EASC evaluation of the summarizer: ROUGE-1/2/L F1 for Khulasa, Lead, plain TextRank and Random.
 *
 *   npm run eval:summary [PATH] [--json] [--oracle] [--only=Khulasa,Lead,...]
 *
 * PATH defaults to ../shared/data/easc/easc-dev.jsonl (relative to the project root).
 * Every system gets the same input, read the way `khulasa summarize FILE.txt --words N` reads a file:
 * articleFromPlainText(article) (a headline-like first line becomes the title; none does on EASC),
 * its sentences splitSentences(text), and the same word budget N = round(mean word count of the five
 * references). Khulasa is run exactly as the CLI runs it: analyze(article, { length: { words: N } }).
 * The cross-validated number of the learned scorer comes from `npm run train:summary`.
 */
import { resolve } from 'node:path';
import { analyze } from '../src/core/analyze';
import { DEFAULT_EASC_PATH, PROJECT_ROOT, evaluateSystems, loadEasc, type SystemResult } from './lib/easc';

const args = process.argv.slice(2);
const pathArg = args.find((a) => !a.startsWith('--'));
const path = pathArg ? resolve(PROJECT_ROOT, pathArg) : DEFAULT_EASC_PATH;
const docs = loadEasc(path);
const pct = (x: number) => (100 * x).toFixed(2).padStart(7);

const results = evaluateSystems(docs, {
  withOracle: args.includes('--oracle'),
  only: args.find((a) => a.startsWith('--only='))?.slice(7).split(','),
  khulasa: (article, budget) => analyze(article, { length: { words: budget } }).summary.map((s) => s.index),
});
if (args.includes('--json')) {
  console.log(JSON.stringify({ path, docs: docs.length, results }, null, 2));
} else {
  console.log(`EASC: ${docs.length} documents from ${path}`);
  console.log('budget N per document = mean word count of its 5 references; candidate truncated to it;');
  console.log('F1 averaged over the 5 references, then over documents');
  console.log('');
  console.log(`${'system'.padEnd(12)} ROUGE-1 ROUGE-2 ROUGE-L`);
  for (const r of results as SystemResult[]) {
    console.log(`${r.name.padEnd(12)}${pct(r.rouge1)} ${pct(r.rouge2)} ${pct(r.rougeL)}`);
  }
  const k = results.find((r) => r.name === 'Khulasa');
  const lead = results.find((r) => r.name === 'Lead');
  if (k && lead) {
    console.log('');
    console.log(`Khulasa − Lead: ROUGE-1 ${pct(k.rouge1 - lead.rouge1)}  ROUGE-2 ${pct(k.rouge2 - lead.rouge2)}`);
  }
}
