/**
 * Candidate sentence features for the learned scorers of scripts/train-summary.ts — experiments: none of them
 * ships (the product orders sentences by body position, src/core/summarize/summarize.ts). They are built on the
 * product's own reading of the article (sentenceInfo), so a learned scorer differs from the shipped order only by
 * its scores. Headline features are 0 without a headline; the scorers are conditional logits (only the order within
 * an article counts), so a feature constant in an article changes nothing there.
 */
import { isStopword, lightStem, tokenize } from '../../src/core/text';
import { DEMOTED_KINDS, QUESTION, cosine, type SentenceInfo, type Vec } from '../../src/core/summarize/summarize';
import type { Sentence } from '../../src/core/types';

export const CANDIDATE_FEATURES = [
  /** the first body sentence (the news lead) */
  'first',
  /** the second and third body sentences */
  'second',
  'third',
  /** log(1 + body rank) */
  'logRank',
  /** first sentence of its paragraph */
  'paragraphStart',
  /** share of the headline's distinct content stems that the sentence contains */
  'titleCover',
  /** TF-ISF cosine with the headline */
  'titleCos',
  /** cosine with the lead sentence (0 for the lead itself) */
  'leadCos',
  /** cosine with the article's centroid */
  'centroid',
  /** log(1 + words) */
  'logWords',
  /** the lead's titleCover and log(1 + words), 0 for other sentences: when to leave the lead */
  'firstTitle',
  'firstLogWords',
  /** has quotation marks inside (reported speech) */
  'quoteMarks',
  /** ends with a question mark */
  'question',
] as const;
export type CandidateFeature = (typeof CANDIDATE_FEATURES)[number];

const QUOTE_MARKS = /["«»“”]/u;

/** x[i][k]: feature CANDIDATE_FEATURES[k] of sentence i. */
export function candidateFeatures(sentences: Sentence[], info: SentenceInfo, title: string): number[][] {
  const { n, kinds, bodyRank, stems, dict, vectors, wordCounts } = info;
  const df = new Map<number, number>();
  for (const c of stems) for (const k of c.keys()) df.set(k, (df.get(k) ?? 0) + 1);
  const idf = (k: number) => Math.log((n + 1) / ((df.get(k) ?? 0) + 0.5));
  const vec = (counts: Map<number, number>): Vec => {
    const ids = Int32Array.from([...counts.keys()].sort((a, b) => a - b));
    const w = Float64Array.from(ids, (id) => counts.get(id)! * idf(id));
    return { ids, w, norm: Math.sqrt(w.reduce((a, v) => a + v * v, 0)) };
  };
  const titleStems = new Set<string>();
  for (const t of tokenize(title)) {
    if (t.kind === 'punct' || t.norm.length < 2 || isStopword(t.norm)) continue;
    titleStems.add(t.kind === 'number' ? t.norm : lightStem(t.norm));
  }
  const titleIds = [...titleStems].map((s) => dict.get(s)).filter((k): k is number => k !== undefined);
  const titleVec = vec(new Map(titleIds.map((k) => [k, 1])));
  let lead = kinds.findIndex((k) => !DEMOTED_KINDS.includes(k));
  if (lead < 0) lead = 0;
  const total = new Map<number, number>();
  stems.forEach((c, i) => {
    if (!DEMOTED_KINDS.includes(kinds[i])) for (const [k, v] of c) total.set(k, (total.get(k) ?? 0) + v);
  });
  const centroid = vec(total);
  return sentences.map((s, i) => {
    const body = !DEMOTED_KINDS.includes(kinds[i]);
    const cover = titleStems.size ? titleIds.filter((k) => stems[i].has(k)).length / titleStems.size : 0;
    const isFirst = body && bodyRank[i] === 0;
    const row: Record<CandidateFeature, number> = {
      first: isFirst ? 1 : 0,
      second: body && bodyRank[i] === 1 ? 1 : 0,
      third: body && bodyRank[i] === 2 ? 1 : 0,
      logRank: Math.log(1 + bodyRank[i]),
      paragraphStart: i === 0 || sentences[i - 1].paragraph !== s.paragraph ? 1 : 0,
      titleCover: cover,
      titleCos: cosine(vectors[i], titleVec),
      leadCos: i === lead ? 0 : cosine(vectors[i], vectors[lead]),
      centroid: cosine(vectors[i], centroid),
      logWords: Math.log(1 + wordCounts[i]),
      firstTitle: isFirst ? cover : 0,
      firstLogWords: isFirst ? Math.log(1 + wordCounts[i]) : 0,
      quoteMarks: QUOTE_MARKS.test(s.text) ? 1 : 0,
      question: QUESTION.test(s.text) ? 1 : 0,
    };
    return CANDIDATE_FEATURES.map((f) => row[f]);
  });
}
