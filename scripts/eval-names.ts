/**
 * Key names a reader can trust: precision and key recall of the names the popup displays, on the two
 * hand-made gold sets (web-pages/real/entities-gold.json, bbc-arabic/entities-gold-dev.json).
 *
 *   npm run eval:names [-- --data ../shared/data] [--model FILE] [--quiet]
 *
 * Pipeline and matching rule: scripts/lib/names-eval.ts. Prints, per set, precision, key recall, the wrong
 * names shown and the key entities missed. Bars (issue #19): precision ≥ 0.90 and key recall ≥ 0.85 on both.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { taggerFromFile } from './lib/model-file';
import { loadTagger } from '../src/core/entities/load-tagger';
import type { Tagger } from '../src/core/entities/tagger';
import { goldSets, scoreSet } from './lib/names-eval';

const here = dirname(fileURLToPath(import.meta.url));
const { values } = parseArgs({
  options: { data: { type: 'string' }, model: { type: 'string' }, quiet: { type: 'boolean' } },
});
const data = resolve(values.data ?? resolve(here, '../../shared/data'));
const sets = goldSets(data);
if (!sets) {
  console.error(`eval:names: gold sets not found under ${data}`);
  process.exit(2);
}
const tagger: Tagger = values.model ? taggerFromFile(values.model) : await loadTagger();

const PRECISION_BAR = 0.9,
  RECALL_BAR = 0.85;
const rows: string[] = [];
for (const { name, docs } of sets) {
  const r = scoreSet(name, docs, tagger);
  if (!values.quiet) {
    console.log(`\n== ${name}`);
    for (const d of r.docs) {
      const wrong = d.shown.filter((s) => !s.right);
      if (!wrong.length && !d.missedKeys.length) continue;
      console.log(`${d.id}:`);
      if (wrong.length) console.log(`  wrong:  ${wrong.map((s) => `${s.name} (${s.type})`).join(' · ')}`);
      if (d.missedKeys.length)
        console.log(`  missed: ${d.missedKeys.map((g) => `${g.variants[0]} (${g.type})`).join(' · ')}`);
    }
  }
  const byType = ['PERS', 'LOC', 'ORG', 'MISC'].map((t) => {
    const shown = r.docs.flatMap((d) => d.shown.filter((x) => x.type === t));
    return `${t} ${shown.filter((x) => x.right).length}/${shown.length}`;
  });
  console.log(`${name}: right/shown by type: ${byType.join(', ')}`);
  const ok = (x: number, bar: number) => (x >= bar ? 'met' : 'NOT met');
  rows.push(
    `| ${name} | ${r.shown} | ${r.right} | ${r.precision.toFixed(3)} (${ok(r.precision, PRECISION_BAR)}) | ${r.keysFound}/${r.keys} | ${r.keyRecall.toFixed(3)} (${ok(r.keyRecall, RECALL_BAR)}) |`,
  );
}
console.log('\n| gold set | names shown | right | precision (bar 0.90) | key entities found | key recall (bar 0.85) |');
console.log('|---|---|---|---|---|---|');
for (const r of rows) console.log(r);
