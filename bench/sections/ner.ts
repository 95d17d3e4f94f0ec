/**
 * 7. NER tagging speed of the shipped tagger on one core, in tokens per second (bench/ner.ts, also
 * `npm run bench:ner` with the reference path beside it): ANERcorp training sentences (tokens only),
 * - warm: one tagger for the whole corpus (its word cache filled), tag() sentence by sentence;
 * - cold: a fresh tagger (empty word cache) for every 30-sentence document, as for one article in the popup.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readConll } from '../../scripts/lib/anercorp';
import { LinearTagger } from '../../src/core/entities/linear-tagger';
import type { Tagger } from '../../src/core/entities/tagger';
import { DATA } from '../lib/corpus';
import type { Report } from '../lib/report';
import { benchTagger } from '../ner';

/** Tokens per second a new tagger must reach on fresh documents (issue #19). */
export const NER_COLD_MIN_TOKENS_PER_S = 50_000;

export async function benchNer(report: Report, tagger: Tagger, quick: boolean): Promise<void> {
  const file = join(DATA, 'anercorp/train.txt');
  if (!existsSync(file)) throw new Error(`${file} is missing: the NER speed needs ANERcorp`);
  if (!(tagger instanceof LinearTagger)) throw new Error('the trained tagger did not load');
  const sentences = readConll(file).map((s) => s.tokens);
  const minMs = quick ? 500 : 2000;
  const warm = benchTagger(tagger, sentences, minMs);
  const cold = benchTagger(
    {
      tag: (s) => new LinearTagger(tagger.model).tag(s),
      tagDocument: (d) => new LinearTagger(tagger.model).tagDocument(d),
    },
    sentences,
    minMs,
    30,
  );
  const k = (x: number) => x / 1000;
  report.info({
    section: '7 ner',
    case: `tagger, warm word cache, tag() per sentence (${sentences.length.toLocaleString('en')} sentences)`,
    median: k(warm.tokensPerSecond),
    unit: 'k tok/s',
  });
  report.add({
    section: '7 ner',
    case: 'tagger, cold word cache per 30-sentence document',
    median: k(cold.tokensPerSecond),
    unit: 'k tok/s',
    budget: `≥ ${k(NER_COLD_MIN_TOKENS_PER_S)} k tok/s`,
    verdict: cold.tokensPerSecond >= NER_COLD_MIN_TOKENS_PER_S ? 'pass' : 'FAIL',
  });
  report.extra.ner = { corpus: file, warm, cold };
}
