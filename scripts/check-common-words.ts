/**
 * How often the news-text rule for bare common words (scripts/lib/name-stats.ts, `commonWords`) marks a word
 * that a labeled corpus puts inside people's names: over the bare words it marks that ANERcorp train judges
 * (seen at least 3 times there), the share that is inside a PERS name more than 2% of the time.
 *
 *   npx tsx scripts/check-common-words.ts [--data ../shared/data]
 */
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readConll } from './lib/anercorp';
import { rawTokens, readNewsText } from './lib/clusters';
import { COMMON_WORD, commonWords, personNameWords, wordCounts } from './lib/name-stats';
import { nerNormalize } from '../src/core/entities/features';

const here = fileURLToPath(new URL('.', import.meta.url));
const i = process.argv.indexOf('--data');
const data = i > 0 ? resolve(process.argv[i + 1]) : resolve(here, '../../shared/data');

const news = wordCounts(rawTokens(readNewsText(data)));
// the rule alone: no labeled sentences, so every bare word of the news text is judged by it
const marked = commonWords([], news, personNameWords(data), undefined, { ...COMMON_WORD, minDefinite: Infinity });
const total = new Map<string, number>(),
  person = new Map<string, number>();
for (const s of readConll(join(data, 'anercorp', 'train.txt')))
  s.tokens.forEach((t, k) => {
    const w = nerNormalize(t);
    total.set(w, (total.get(w) ?? 0) + 1);
    if (s.tags[k].endsWith('PERS')) person.set(w, (person.get(w) ?? 0) + 1);
  });
let judged = 0;
const inNames: string[] = [];
for (const w of marked) {
  if (w.startsWith('ال') || /ا$/.test(w) || (total.get(w) ?? 0) < 3) continue;
  judged++;
  if ((person.get(w) ?? 0) > 0.02 * total.get(w)!) inNames.push(w);
}
console.log(`bare words marked common by the news-text rule: ${[...marked].filter((w) => !w.startsWith('ال')).length}`);
console.log(
  `judged by ANERcorp train (seen >= 3 times): ${judged}; inside a person's name > 2% of the time: ${inNames.length} (${((100 * inNames.length) / judged).toFixed(1)}%)`,
);
console.log(inNames.join(' '));
