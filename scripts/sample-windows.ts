/**
 * The held-out samples of docs/entities.md ("Other sites"): windows of 5 to 8 consecutive paragraphs of the ANT news
 * text (Al Arabiya, CNN Arabic, France 24, Sky News Arabia, 2018; one paragraph a line), from line 60,000 on, drawn
 * with a seeded generator, each analyzed as an untitled text as `khulasa summarize` would. Prints, per window, the
 * names the popup shows, the other names found, and the text, for judging by hand by the gold conventions
 * (bbc-arabic/entities-gold-dev.json's `_doc`). The same seed gives the same windows.
 *
 *   npx tsx scripts/sample-windows.ts --seed 11223 [--n 12] [--data ../shared/data] [--model FILE]
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { analyze } from '../src/core/analyze';
import { displayedEntities } from '../src/core/entities/display';
import { loadTagger } from '../src/core/entities/load-tagger';
import type { Tagger } from '../src/core/entities/tagger';
import { readNewsText } from './lib/clusters';
import { taggerFromFile } from './lib/model-file';

const here = dirname(fileURLToPath(import.meta.url));
const { values } = parseArgs({
  options: {
    seed: { type: 'string' },
    n: { type: 'string', default: '12' },
    data: { type: 'string', default: resolve(here, '../../shared/data') },
    model: { type: 'string' },
  },
});
if (!values.seed || !/^\d+$/.test(values.seed) || !/^\d+$/.test(values.n!)) {
  console.error('usage: npx tsx scripts/sample-windows.ts --seed N [--n 12] [--data DIR] [--model FILE]');
  process.exit(2);
}

/** The first line of the sample space: earlier lines were read while the rules were written. */
const FIRST_LINE = 60_000;
const LAST_LINE = 400_000;

const lines = readNewsText(resolve(values.data!))
  .split('\n')
  .slice(FIRST_LINE - 1, LAST_LINE);
let state = Number(values.seed) >>> 0;
/** A linear congruential generator (Numerical Recipes constants): the same seed, the same windows. */
const random = () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32;
const tagger: Tagger = values.model ? taggerFromFile(values.model) : await loadTagger();

for (let k = 0; k < Number(values.n); k++) {
  const start = Math.floor(random() * (lines.length - 10));
  const size = 5 + Math.floor(random() * 4);
  const text = lines.slice(start, start + size).join('\n');
  const a = analyze({ title: '', text }, { tagger });
  const shown = displayedEntities(a.entities);
  const shownList = [...shown.values()].flat();
  console.log(`\n##### window ${k} (line ${FIRST_LINE + start})`);
  for (const [type, list] of shown)
    console.log(`SHOWN ${type}: ` + list.map((e) => `${e.name}×${e.count}`).join(' | '));
  const other = a.entities.filter((e) => !shownList.includes(e));
  console.log('OTHER: ' + other.map((e) => `${e.name}(${e.type}${e.key ? ',key' : ''})×${e.count}`).join(' | '));
  console.log(text);
}
