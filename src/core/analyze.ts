/**
 * The one Khulasa pipeline: (detect → extract, for documents) → sentences → summary → entities.
 * Pure: the caller passes the document or text, and the NER tagger.
 */
import type { ArticleText, Entity, Sentence, SummaryLength, SummarySentence } from './types';
import { splitSentences, wordCount } from './text';
import { rankSentences, selectSummary, type Ranking } from './summarize/summarize';
import { keyEntities } from './entities/key-entities';
import type { Tagger } from './entities/tagger';
import { ruleTagger } from './entities/rule-tagger';

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
}

export function analyze(article: ArticleText, opts: AnalyzeOptions = {}): Analysis {
  const title = (article.title ?? '').trim();
  const text = article.text;
  const sentences = splitSentences(text);
  const ranking = rankSentences(sentences, title);
  const summary = selectSummary(ranking, opts.length);
  const entities = keyEntities(sentences, opts.tagger ?? ruleTagger, {
    title,
    summary: summary.map((s) => s.index),
  });
  return { title, text, wordCount: wordCount(text), sentences, ranking, summary, entities };
}

/** A new summary length for an existing analysis: no text analysis is redone. */
export function resummarize(a: Analysis, length?: SummaryLength): SummarySentence[] {
  return selectSummary(a.ranking, length);
}
