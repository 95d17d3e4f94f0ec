/**
 * The one Khulasa pipeline: sentences → summary → entities, with the key-name step passed in. `analyze()`
 * (./analyze.ts) passes the key-name step for the CLI, the tests and the benchmarks; the popup passes the same
 * function loaded lazily with the tagger (entities/load-key-entities.ts), so its first paint carries neither.
 * Pure: the caller passes the document's text, the NER tagger and the key-name step.
 */
import type { ArticleText, Entity, Sentence, SummaryLength, SummarySentence } from './types';
import { splitSentences, wordCount } from './text';
import { rankSentences, selectSummary, type Ranking } from './summarize/summarize';
import type { EntityContext } from './entities/key-entities';
import type { Tagger } from './entities/tagger';
import { ruleTagger } from './entities/rule-tagger';

/** Work bounds: analyze() never looks at more text than this, whatever it is given. */
export const ANALYZE_LIMITS = {
  /** characters of article text analysed (~25,000 words of Arabic); the rest is cut at a line or word break */
  maxChars: 150_000,
  /** characters of title used */
  maxTitleChars: 1_000,
} as const;

/** The text cut to maxChars at the last line break (or space) before the limit, never inside a surrogate pair. */
export function boundText(text: string, max: number = ANALYZE_LIMITS.maxChars): { text: string; truncated: boolean } {
  if (text.length <= max) return { text, truncated: false };
  let cut = text.lastIndexOf('\n', max);
  if (cut < max * 0.8) cut = text.lastIndexOf(' ', max);
  if (cut < max * 0.8) cut = max;
  const code = text.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut--;
  return { text: text.slice(0, cut), truncated: true };
}

export interface AnalyzeOptions {
  length?: SummaryLength;
  /** NER tagger; defaults to the small rule tagger */
  tagger?: Tagger;
}

export interface Analysis {
  title: string;
  /** the analysed text (sentence offsets point into it) */
  text: string;
  wordCount: number;
  sentences: Sentence[];
  ranking: Ranking;
  summary: SummarySentence[];
  entities: Entity[];
  /** true when the text was longer than ANALYZE_LIMITS.maxChars and only its beginning was analysed */
  truncated: boolean;
}

/** The key-name step (entities/key-entities.ts `keyEntities`). */
export type KeyEntitiesStep = (sentences: Sentence[], tagger: Tagger, ctx: EntityContext) => Entity[];

/** The pipeline with the key-name step given: what `analyze()` does. */
export function analyzeWith(article: ArticleText, opts: AnalyzeOptions, keyEntities: KeyEntitiesStep): Analysis {
  const title = (article.title ?? '').trim().slice(0, ANALYZE_LIMITS.maxTitleChars);
  const { text, truncated } = boundText(article.text);
  const sentences = splitSentences(text);
  const ranking = rankSentences(sentences);
  const summary = selectSummary(ranking, opts.length);
  const entities = keyEntities(sentences, opts.tagger ?? ruleTagger, {
    title,
    summary: summary.map((s) => s.index),
    siteNames: article.siteNames,
  });
  return { title, text, wordCount: wordCount(text), sentences, ranking, summary, entities, truncated };
}

/** A new summary length for an existing analysis: no text analysis is redone. */
export function resummarize(a: Analysis, length?: SummaryLength): SummarySentence[] {
  return selectSummary(a.ranking, length);
}
