/**
 * NER tagging speed (tokens/s, one core) of the shipped tagger.
 *
 *   npx tsx scripts/bench-ner.ts [PATH]     (default ../shared/data/anercorp/train.txt; tokens only)
 *
 * `benchTagger` is exported for the project bench: it warms up, then tags every sentence repeatedly
 * for at least `minMs` and returns tokens per second.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Tagger } from '../src/core/entities/tagger';

export function benchTagger(tagger: Tagger, sentences: string[][], minMs = 2000): { tokensPerSecond: number; tokens: number; ms: number } {
  for (const s of sentences.slice(0, 200)) tagger.tag(s); // warm-up (JIT)
  let tokens = 0;
  const t0 = performance.now();
  let ms = 0;
  do {
    for (const s of sentences) {
      tagger.tag(s);
      tokens += s.length;
    }
    ms = performance.now() - t0;
  } while (ms < minMs);
  return { tokensPerSecond: (tokens / ms) * 1000, tokens, ms };
}

const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const { readConll } = await import('./lib/anercorp');
  const { loadTagger } = await import('../src/core/entities/load-tagger');
  const here = dirname(fileURLToPath(import.meta.url));
  const path = resolve(process.argv[2] ?? resolve(here, '../../shared/data/anercorp/train.txt'));
  const t0 = performance.now();
  const tagger = await loadTagger();
  console.log(`model load ${(performance.now() - t0).toFixed(0)} ms`);
  const sents = readConll(path).map((s) => s.tokens);
  const r = benchTagger(tagger, sents);
  console.log(`tagged ${r.tokens} tokens in ${r.ms.toFixed(0)} ms: ${Math.round(r.tokensPerSecond).toLocaleString('en')} tokens/s`);
}
