/**
 * Where the entries of the hand-made NER tables come from: every entry of scripts/lib/ner-lists.ts and
 * the trigger/title tables of src/core/entities must be attested in a corpus other than the ANERcorp
 * test split — ANERcorp train, WikiFANE, the ANT news text, EASC, ANERgazet or the lexicons — as a
 * whole phrase (normalized, optionally with a proclitic و/ف/ب/ل/ك on its first word).
 *
 *   npx tsx scripts/check-ner-lists.ts [--data ../shared/data]
 *
 * Prints each entry without such a source (and whether the test split has it); exits 1 when any.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readAnergazet, readConll } from './lib/anercorp';
import { rawTokens, readNewsText } from './lib/clusters';
import { nerNormalize } from '../src/core/entities/features';
import { HAND_MADE_TABLES } from './lib/ner-tables';

const here = dirname(fileURLToPath(import.meta.url));
const argv = process.argv.slice(2);
const data = resolve(
  argv[argv.indexOf('--data') + 1] && argv.includes('--data')
    ? argv[argv.indexOf('--data') + 1]
    : resolve(here, '../../shared/data'),
);

const phrase = (e: string) => e.split(/\s+/).filter(Boolean).map(nerNormalize);
const entries = HAND_MADE_TABLES.flatMap(([table, list]) => list.map((e) => ({ table, e, words: phrase(e) })));
const wanted = new Set(entries.map((x) => x.words.join(' ')));
const maxLen = Math.max(...entries.map((x) => x.words.length));
const CLITIC = /^(?:[وف]?[بلك]?|[وف]?لل)/;

/** The wanted phrases found in a stream of token sentences. */
function attested(sentences: Iterable<string[]>): Set<string> {
  const found = new Set<string>();
  for (const toks of sentences) {
    const norm = toks.map(nerNormalize);
    for (let i = 0; i < norm.length; i++) {
      const first = norm[i];
      const firsts = new Set([first]);
      const m = CLITIC.exec(first)![0];
      for (let k = 1; k <= m.length; k++)
        firsts.add(m.endsWith('لل') && k === m.length ? 'ال' + first.slice(k) : first.slice(k));
      for (const f of firsts) {
        let p = f;
        if (wanted.has(p)) found.add(p);
        for (let n = 1; n < maxLen && i + n < norm.length; n++) {
          p += ' ' + norm[i + n];
          if (wanted.has(p)) found.add(p);
        }
      }
    }
  }
  return found;
}

const sources: [string, () => Iterable<string[]>][] = [
  ['ANERcorp train', () => readConll(join(data, 'anercorp', 'train.txt')).map((s) => s.tokens)],
  ['WikiFANE', () => readConll(join(data, 'wikifane', 'wikifane_gold.conll')).map((s) => s.tokens)],
  ['ANT news text', () => rawTokens(readNewsText(data))],
  [
    'EASC',
    () =>
      readFileSync(join(data, 'easc', 'easc-dev.jsonl'), 'utf8')
        .split('\n')
        .filter(Boolean)
        .flatMap((l) => rawTokens((JSON.parse(l) as { article: string }).article)),
  ],
  [
    'ANERgazet',
    () =>
      Object.values(readAnergazet(join(data, 'anergazet')))
        .flat()
        .map((e) => e.split(/\s+/)),
  ],
  [
    'lexicons',
    () =>
      [
        'wikifane_pers.txt',
        'wikifane_loc.txt',
        'wikifane_org.txt',
        'wikifane_misc.txt',
        'iso_countries_ar.tsv',
      ].flatMap((f) =>
        readFileSync(join(data, 'lexicons', f), 'utf8')
          .split('\n')
          .map((l) => l.replace(/^\d+\s+|^[A-Z]{2}\t/, '').split(/\s+/)),
      ),
  ],
];
if (!existsSync(join(data, 'anercorp', 'test.txt'))) throw new Error(`data not found under ${data}`);
const seen = new Set<string>();
for (const [name, read] of sources) {
  const f = attested(read());
  for (const p of f) seen.add(p);
  console.log(`${name}: ${f.size} of ${wanted.size} entries attested`);
}
// only to say which unattested entries the test split has (the leak the rule removes)
const inTest = attested(readConll(join(data, 'anercorp', 'test.txt')).map((s) => s.tokens));
const missing = entries.filter((x) => !seen.has(x.words.join(' ')));
for (const x of missing)
  console.log(`no source: ${x.table}: ${x.e}${inTest.has(x.words.join(' ')) ? '  (in ANERcorp test only)' : ''}`);
console.log(`${missing.length} entries without a source outside the ANERcorp test split`);
process.exit(missing.length ? 1 : 0);
