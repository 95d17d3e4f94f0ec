/**
 * NER tagging speed (tokens/s, one core) of the shipped tagger.
 *
 *   npm run bench:ner [-- PATH]     (default ../shared/data/anercorp/train.txt; tokens only)
 *
 * Prints, in the same run: the reference path (scripts/lib/ner-reference.ts: feature strings, one
 * table lookup per feature, no word cache), the fast path (warm word cache: the same LinearTagger for
 * all documents) and the fast path with a cold word cache (a fresh LinearTagger per 30-sentence document).
 *
 * `benchTagger` is also section 7 of `npm run bench` (bench/sections/ner.ts): it warms up, then tags every
 * sentence repeatedly for at least `minMs` and returns tokens per second.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Tagger } from '../src/core/entities/tagger';
import { DATA } from './lib/corpus';

export function benchTagger(
  tagger: Tagger,
  sentences: string[][],
  minMs = 2000,
  docSize = 0,
): { tokensPerSecond: number; tokens: number; ms: number } {
  for (const s of sentences.slice(0, 200)) tagger.tag(s); // warm-up (JIT)
  let tokens = 0;
  const t0 = performance.now();
  let ms = 0;
  do {
    if (docSize > 0 && tagger.tagDocument) {
      // documents of docSize sentences through tagDocument (the evaluated path)
      for (let i = 0; i < sentences.length; i += docSize) {
        const doc = sentences.slice(i, i + docSize);
        tagger.tagDocument(doc);
        for (const s of doc) tokens += s.length;
      }
    } else {
      for (const s of sentences) {
        tagger.tag(s);
        tokens += s.length;
      }
    }
    ms = performance.now() - t0;
  } while (ms < minMs);
  return { tokensPerSecond: (tokens / ms) * 1000, tokens, ms };
}

const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const { readConll } = await import('../scripts/lib/anercorp');
  const { loadTagger } = await import('../src/core/entities/load-tagger');
  const path = resolve(process.argv[2] ?? resolve(DATA, 'anercorp/train.txt'));
  const t0 = performance.now();
  const tagger = await loadTagger();
  console.log(`model load ${(performance.now() - t0).toFixed(0)} ms`);
  const sents = readConll(path).map((s) => s.tokens);
  const { LinearTagger } = await import('../src/core/entities/linear-tagger');
  const { referenceTagDocument } = await import('../scripts/lib/ner-reference');
  const m = (tagger as InstanceType<typeof LinearTagger>).model;
  {
    // the reference path (feature strings, one lookup per feature, no word cache) in the same run: before/after
    const ref: Tagger = { tag: (s) => referenceTagDocument(m, [s])[0], tagDocument: (d) => referenceTagDocument(m, d) };
    const rr = benchTagger(ref, sents);
    console.log(`reference path, tag() per sentence: ${Math.round(rr.tokensPerSecond).toLocaleString('en')} tokens/s`);
    const rd = benchTagger(ref, sents, 2000, 30);
    console.log(
      `reference path, tagDocument() of 30-sentence documents: ${Math.round(rd.tokensPerSecond).toLocaleString('en')} tokens/s`,
    );
  }
  const r = benchTagger(tagger, sents);
  console.log(
    `tag() per sentence: ${r.tokens} tokens in ${r.ms.toFixed(0)} ms: ${Math.round(r.tokensPerSecond).toLocaleString('en')} tokens/s`,
  );
  const d = benchTagger(tagger, sents, 2000, 30);
  console.log(
    `tagDocument() of 30-sentence documents: ${d.tokens} tokens in ${d.ms.toFixed(0)} ms: ${Math.round(d.tokensPerSecond).toLocaleString('en')} tokens/s`,
  );
  // cold word cache: a fresh tagger (empty cache) for every document, as for one article in the extension
  const cold: Tagger = {
    tag: (s) => new LinearTagger(m).tag(s),
    tagDocument: (doc) => new LinearTagger(m).tagDocument(doc),
  };
  const c = benchTagger(cold, sents, 2000, 30);
  console.log(
    `tagDocument() of 30-sentence documents, cold word cache per document: ${Math.round(c.tokensPerSecond).toLocaleString('en')} tokens/s`,
  );
}
