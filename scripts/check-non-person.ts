/**
 * Cross-validation of the non-person words (scripts/lib/name-stats.ts, `nonPersonWords`): the words the labeled
 * corpora type (ANERcorp train and WikiFANE Gold) and the news text uses at least 20 times are split in K parts;
 * each part is judged by the context profiles of the others. Prints, per type, the share of words whose margin
 * falls below each threshold (the shipped margin among them): the people's names the rule would take, against
 * the places, organizations and plain words.
 *
 *   npx tsx scripts/check-non-person.ts [--data ../shared/data] [--k 5]
 */
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { readConll } from './lib/anercorp';
import { rawTokens, readNewsText } from './lib/clusters';
import { NON_PERSON_WORD, labeledTypes, newsContexts, typeModel, wordCounts } from './lib/name-stats';

const here = fileURLToPath(new URL('.', import.meta.url));
const { values } = parseArgs({ options: { data: { type: 'string' }, k: { type: 'string' } } });
const data = resolve(values.data ?? resolve(here, '../../shared/data'));
const K = Number(values.k ?? 5);
const THRESHOLDS = [-1.6, -1.4, NON_PERSON_WORD.margin, -1.0];

const labeled = [
  ...readConll(join(data, 'anercorp', 'train.txt')),
  ...readConll(join(data, 'wikifane', 'wikifane_gold.conll')),
];
const news = rawTokens(readNewsText(data));
const contexts = newsContexts(news, wordCounts(news));
const typed = [...labeledTypes(labeled)].filter(([w]) => contexts.has(w));
const below = new Map<string, number[]>(),
  total = new Map<string, number>();
for (let f = 0; f < K; f++) {
  const margin = typeModel(contexts, new Map(typed.filter((_, i) => i % K !== f)));
  for (const [w, type] of typed.filter((_, i) => i % K === f)) {
    const d = margin(w)!;
    const row = below.get(type) ?? THRESHOLDS.map(() => 0);
    THRESHOLDS.forEach((t, k) => (row[k] += d < t ? 1 : 0));
    below.set(type, row);
    total.set(type, (total.get(type) ?? 0) + 1);
  }
}
console.log(`${typed.length} typed words seen at least ${NON_PERSON_WORD.minCount} times in the news text, ${K}-fold`);
console.log(
  `| type | words | ${THRESHOLDS.map((t) => `margin < ${t}${t === NON_PERSON_WORD.margin ? ' (shipped)' : ''}`).join(' | ')} |`,
);
console.log(`|---|---|${THRESHOLDS.map(() => '---|').join('')}`);
for (const type of ['PERS', 'LOC', 'ORG', 'O']) {
  const n = total.get(type) ?? 0;
  const row = below.get(type) ?? [];
  console.log(`| ${type} | ${n} | ${row.map((x) => `${((100 * x) / n).toFixed(1)}% (${x})`).join(' | ')} |`);
}
