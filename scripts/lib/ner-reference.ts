/**
 * The reference NER tagging path (training-time and test code, not shipped): feature STRINGS from
 * tokenFeatures, one weight-table lookup per feature, float sums. The shipped LinearTagger (hashes
 * written as the features are, cached sums per word form, int8 accumulation) must give exactly its tags
 * (test/quality/tagger-fast-path.test.ts); bench/ner.ts times both.
 */
import { StringSink, aggregateDocument, hashFeature, tokenFeatures, viewOf } from '../../src/core/entities/features';
import { L, LABELS, findRow, propagate, viterbi, type LinearModel } from '../../src/core/entities/linear-tagger';

export function referenceTagDocument(model: LinearModel, sentences: string[][]): string[][] {
  const { config } = model;
  const views = sentences.map((toks) => toks.map((t) => viewOf(t, model.known, model.segHas, model.cluster)));
  const agg = aggregateDocument(views, config.aggWindow);
  const tags = views.map((v, si) => {
    if (!v.length) return [];
    const em = new Float64Array(v.length * L);
    let row = 0;
    const sink = new StringSink((f) => {
      const r = findRow(model, hashFeature(f));
      if (r >= 0) for (let y = 0; y < L; y++) em[row + y] += Math.fround(model.q[r + y] * model.scale);
    });
    for (let i = 0; i < v.length; i++) {
      row = i * L;
      tokenFeatures(v, i, sink, agg[si][i]);
    }
    return Array.from(viterbi(em, v.length, model.trans), (y) => LABELS[y] as string);
  });
  return config.propagate ? propagate(views, tags, config.aggWindow, config.vote) : tags;
}
