/**
 * A model on Wikipedia text: CoNLL exact match on the last 10% of WikiFANE Gold's sentences, PERS/LOC/ORG only
 * (MISC is O on both sides: WikiFANE's MISC is not ANERcorp's). Sentences are tagged 20 at a time as one
 * document (the file marks no documents). Models trained with `train-ner.ts --fane-part 0.9` never saw these
 * sentences; every model's gazetteers hold WikiFANE's own name lists (../shared/data/lexicons), so figures are
 * for comparing models, not a held-out score.
 *
 *   npx tsx scripts/eval-ner-wiki.ts [MODEL.json] [--data ../shared/data]
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { readConll, repairBio } from './lib/anercorp';
import { ConllScorer, formatScore } from '../src/core/entities/conll';
import { taggerFromFile } from './lib/model-file';

const here = dirname(fileURLToPath(import.meta.url));
const { values, positionals } = parseArgs({
  options: { data: { type: 'string', default: resolve(here, '../../shared/data') } },
  allowPositionals: true,
});
const model = positionals[0] ?? resolve(here, '../src/core/entities/model/ner-model.json');
const sents = readConll(join(values.data, 'wikifane', 'wikifane_gold.conll'));
const held = sents.slice(Math.round(sents.length * 0.9));
const tagger = taggerFromFile(model);
const noMisc = (tags: string[]) => tags.map((t) => (t.endsWith('MISC') ? 'O' : t));
const scorer = new ConllScorer();
for (let i = 0; i < held.length; i += 20) {
  const part = held.slice(i, i + 20);
  const tags = tagger.tagDocument(part.map((s) => s.tokens));
  part.forEach((s, k) => scorer.add(noMisc(repairBio(s.tags)), noMisc(tags[k])));
}
console.log(`${model}: last ${held.length} WikiFANE Gold sentences`);
console.log(formatScore(scorer.score()));
