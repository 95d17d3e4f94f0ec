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
  /** has a reported-speech verb (قال, أضاف, أكد, أوضح, أشار, ذكر … with و/ف) */
  'speech',
  /** has a number */
  'number',
  /** starts with a connective و/ف glued to a word (not a stopword like «وفي») */
  'connective',
  /** share of the words that are stopwords */
  'stopShare',
  /** share of the sentence's content stems that occur in the headline */
  'titleShare',
  /** share of the sentence's content stems that occur again in a later sentence */
  'laterShare',
] as const;
export type CandidateFeature = (typeof CANDIDATE_FEATURES)[number];
/** The content features added for the lexical experiments (train-summary's default leaves them out). */
export const CONTENT_FEATURES: readonly CandidateFeature[] = [
  'speech',
  'number',
  'connective',
  'stopShare',
  'titleShare',
  'laterShare',
];

const QUOTE_MARKS = /["«»“”]/u;
/** Reported-speech verbs, normalized (normalizeArabic), with or without a leading و/ف. */
export const SPEECH_VERBS = new Set(
  [
    'قال',
    'قالت',
    'يقول',
    'تقول',
    'اضاف',
    'اضافت',
    'يضيف',
    'تضيف',
    'اكد',
    'اكدت',
    'يؤكد',
    'تؤكد',
    'اوضح',
    'اوضحت',
    'اشار',
    'اشارت',
    'ذكر',
    'ذكرت',
    'صرح',
    'صرحت',
    'افاد',
    'افادت',
    'نقل',
    'نقلت',
    'شدد',
    'شددت',
    'اعتبر',
    'اعتبرت',
    'قالوا',
    'يقولون',
    'وصف',
    'وصفت',
    'كتب',
    'كتبت',
    'حذر',
    'حذرت',
  ].flatMap((w) => [w, `و${w}`, `ف${w}`]),
);

/** The first one and two words of a sentence (normalized; a number is «#»): keys for lexical indicators. */
export function openingKeys(text: string): string[] {
  const ws = tokenize(text)
    .filter((t) => t.kind !== 'punct')
    .slice(0, 2)
    .map((t) => (t.kind === 'number' ? '#' : t.norm));
  return ws.length ? (ws.length > 1 ? [`w1:${ws[0]}`, `w2:${ws[0]} ${ws[1]}`] : [`w1:${ws[0]}`]) : [];
}

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
  // stems that occur in a later sentence: count of sentences holding each stem from i on
  const later = new Map<number, number>();
  for (const c of stems) for (const k of c.keys()) later.set(k, (later.get(k) ?? 0) + 1);
  const laterShare: number[] = stems.map((c) => {
    for (const k of c.keys()) later.set(k, later.get(k)! - 1);
    return c.size ? [...c.keys()].filter((k) => later.get(k)! > 0).length / c.size : 0;
  });
  const titleSet = new Set(titleIds);
  return sentences.map((s, i) => {
    const toks = tokenize(s.text).filter((t) => t.kind !== 'punct');
    const w0 = toks[0]?.norm ?? '';
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
      speech: toks.some((t) => SPEECH_VERBS.has(t.norm)) ? 1 : 0,
      number: toks.some((t) => t.kind === 'number') ? 1 : 0,
      connective: /^[وف]/u.test(w0) && w0.length > 3 && !isStopword(w0) ? 1 : 0,
      stopShare: toks.length ? toks.filter((t) => isStopword(t.norm)).length / toks.length : 0,
      titleShare: stems[i].size ? [...stems[i].keys()].filter((k) => titleSet.has(k)).length / stems[i].size : 0,
      laterShare: laterShare[i],
    };
    return CANDIDATE_FEATURES.map((f) => row[f]);
  });
}
