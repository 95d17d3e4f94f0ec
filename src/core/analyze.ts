/**
 * The one Khulasa pipeline: (detect → extract, for documents) → sentences → summary → entities.
 * Pure: the caller passes the document or text, and the NER tagger. The steps are in ./pipeline.ts; this entry
 * point binds the key-name step statically (the CLI, the tests, the benchmarks; the popup loads it lazily).
 */
import type { ArticleText } from './types';
import { keyEntities } from './entities/key-entities';
import { articleText, extractWithFallback, type PageAnalysis } from './analyze-page';
import { detectPage } from './detect/detect-page';
import { analyzeWith, type Analysis, type AnalyzeOptions } from './pipeline';

export { ANALYZE_LIMITS, boundText, resummarize, type Analysis, type AnalyzeOptions } from './pipeline';

export function analyze(article: ArticleText, opts: AnalyzeOptions = {}): Analysis {
  return analyzeWith(article, opts, keyEntities);
}

/** A page: detect → extract (Readability, else the page's paragraphs) → analyze. */
export function analyzeDocument(doc: Document, url: string | undefined, opts: AnalyzeOptions = {}): PageAnalysis {
  const detection = detectPage(doc);
  const article = extractWithFallback(doc, url);
  const analysis = article ? analyze(articleText(doc, article), opts) : null;
  return { detection, article, analysis };
}
