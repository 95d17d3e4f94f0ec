/**
 * Entity-level exact-match (CoNLL) evaluation of the shipped NER tagger.
 *
 *   npm run eval:ner [PATH] [--model FILE]   (default ../shared/data/anercorp/test.txt, the shipped model)
 *
 * Tokens are the first column of each line. The file is tagged as ONE document, in order:
 * `(await loadTagger()).tagDocument(sentences)` (document-level features look at nearby sentences:
 * ANERcorp has no article boundaries, the window is the model's config.aggWindow sentences). `khulasa tag`
 * prints exactly these tags when it passes all sentences of its input to tagDocument.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readConll } from './lib/anercorp';
import { taggerFromFile } from './lib/model-file';
import type { Tagger } from '../src/core/entities/tagger';
import { loadTagger } from '../src/core/entities/load-tagger';
import { ConllScorer, formatScore } from '../src/core/entities/conll';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const mi = args.indexOf('--model');
const modelPath = mi >= 0 ? args.splice(mi, 2)[1] : undefined;
const path = resolve(args[0] ?? resolve(here, '../../shared/data/anercorp/test.txt'));

const t0 = performance.now();
// --model PATH: evaluate a model file other than the shipped one (e.g. a candidate before committing it)
const tagger: Tagger = modelPath ? taggerFromFile(modelPath) : await loadTagger();
const t1 = performance.now();
const scorer = new ConllScorer();
const sents = readConll(path);
const tags = tagger.tagDocument
  ? tagger.tagDocument(sents.map((s) => s.tokens))
  : sents.map((s) => tagger.tag(s.tokens));
sents.forEach((s, i) => scorer.add(s.tags, tags[i]));
const t2 = performance.now();
const score = scorer.score();
console.log(`${path}: ${score.sentences} sentences, ${score.tokens} tokens`);
console.log(`model load ${(t1 - t0).toFixed(0)} ms, tagging ${(t2 - t1).toFixed(0)} ms`);
console.log(formatScore(score));
console.log(`micro F1 ${(100 * score.micro.f1).toFixed(2)}`);
