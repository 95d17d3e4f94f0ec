/**
 * Entity-level exact-match (CoNLL) evaluation of the shipped NER tagger.
 *
 *   npm run eval:ner [PATH]        (default ../shared/data/anercorp/test.txt)
 *
 * Tokens are the first column of each line; the tags scored are exactly what
 * `(await loadTagger()).tag(tokens)` returns for each sentence (what `khulasa tag` prints).
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readConll } from './lib/anercorp';
import { loadTagger } from '../src/core/entities/load-tagger';
import { ConllScorer, formatScore } from '../src/core/entities/conll';

const here = dirname(fileURLToPath(import.meta.url));
const path = resolve(process.argv[2] ?? resolve(here, '../../shared/data/anercorp/test.txt'));

const t0 = performance.now();
const tagger = await loadTagger();
const t1 = performance.now();
const scorer = new ConllScorer();
for (const s of readConll(path)) scorer.add(s.tags, tagger.tag(s.tokens));
const t2 = performance.now();
const score = scorer.score();
console.log(`${path}: ${score.sentences} sentences, ${score.tokens} tokens`);
console.log(`model load ${(t1 - t0).toFixed(0)} ms, tagging ${(t2 - t1).toFixed(0)} ms`);
console.log(formatScore(score));
console.log(`micro F1 ${(100 * score.micro.f1).toFixed(2)}`);
