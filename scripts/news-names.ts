/**
 * Names the tagger finds in the unlabeled news text (../shared/data/news-text, 6.7 M words of 2015–2018
 * Arabic news), for `train-ner.ts --news-names`: a self-training gazetteer. Each paragraph is tagged as one
 * document by the model given; a name (its normalized words) is kept when it was tagged at least `--min`
 * times, at least `--share` of them with one type. Writes TSV lines «name<TAB>type».
 *
 *   npx tsx scripts/news-names.ts --model FILE --out FILE [--data ../shared/data] [--min 3] [--share 0.8]
 *
 * For an honest dev score the model must not have seen the dev slice (`train-ner.ts --exclude-dev`).
 */
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chunks } from '../src/core/entities/conll';
import { nerNormalize } from '../src/core/entities/features';
import { taggerFromFile } from './lib/model-file';
import { rawTokens, readNewsText } from './lib/clusters';

const here = dirname(fileURLToPath(import.meta.url));
const { values } = parseArgs({
  options: {
    model: { type: 'string' },
    out: { type: 'string' },
    data: { type: 'string', default: resolve(here, '../../shared/data') },
    min: { type: 'string', default: '3' },
    share: { type: 'string', default: '0.8' },
  },
});
if (!values.model || !values.out) throw new Error('usage: news-names.ts --model FILE --out FILE');
const min = Number(values.min),
  share = Number(values.share);
const tagger = taggerFromFile(values.model);
const t0 = Date.now();
const counts = new Map<string, Map<string, number>>();
let tokens = 0;
for (const line of readNewsText(values.data).split('\n')) {
  const sents = rawTokens(line);
  if (!sents.length) continue;
  const tags = tagger.tagDocument(sents);
  sents.forEach((s, si) => {
    tokens += s.length;
    for (const c of chunks(tags[si])) {
      const name = s.slice(c.start, c.end).map(nerNormalize).join(' ');
      let m = counts.get(name);
      if (!m) counts.set(name, (m = new Map()));
      m.set(c.type, (m.get(c.type) ?? 0) + 1);
    }
  });
}
const out: string[] = [];
for (const [name, m] of counts) {
  const total = [...m.values()].reduce((a, b) => a + b, 0);
  const [type, n] = [...m].sort((a, b) => b[1] - a[1])[0];
  if (total >= min && n >= share * total && /\p{L}{2}/u.test(name)) out.push(`${name}\t${type}`);
}
writeFileSync(values.out, out.sort().join('\n') + '\n');
const byType = new Map<string, number>();
for (const l of out) byType.set(l.split('\t')[1], (byType.get(l.split('\t')[1]) ?? 0) + 1);
console.log(
  `${tokens} tokens tagged in ${((Date.now() - t0) / 1000).toFixed(0)} s; ${counts.size} names; kept ${out.length}: ${[...byType].map(([t, n]) => `${t} ${n}`).join(', ')}`,
);
