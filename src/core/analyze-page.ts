/**
 * The page pipeline shared by the popup and the CLI: detect → extract → analyze.
 * The caller parses the HTML (DOMParser in the browser, linkedom in Node) and passes the Document.
 */
import { analyze, type Analysis, type AnalyzeOptions } from './analyze';
import { detectPage, type Detection } from './detect/detect-page';
import { extractArticle, LIMITS, type ExtractedArticle } from './extract/extract-article';
import { wordCount } from './text';

/** Fewer words than this is too little to summarize. */
export const MIN_ARTICLE_WORDS = 25;

export interface PageAnalysis {
  detection: Detection;
  /** null when the page has too little text to summarize */
  article: ExtractedArticle | null;
  analysis: Analysis | null;
}

/** Readability found no body: the page's own paragraphs, in order, up to LIMITS.maxWords. */
function paragraphsFallback(doc: Document): ExtractedArticle {
  const paragraphs: string[] = [];
  let words = 0, truncated = false;
  for (const p of Array.from(doc.querySelectorAll('p'))) {
    const text = (p.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (!text) continue;
    const w = wordCount(text);
    if (words + w > LIMITS.maxWords) { truncated = true; break; }
    paragraphs.push(text);
    words += w;
  }
  return { title: (doc.title ?? '').trim(), paragraphs, truncated };
}

export function extractWithFallback(doc: Document, url?: string): ExtractedArticle | null {
  for (const article of [extractArticle(doc, url), paragraphsFallback(doc)]) {
    if (article && wordCount(article.paragraphs.join('\n')) >= MIN_ARTICLE_WORDS) return article;
  }
  return null;
}

export function analyzeDocument(doc: Document, url: string | undefined, opts: AnalyzeOptions = {}): PageAnalysis {
  const detection = detectPage(doc);
  const article = extractWithFallback(doc, url);
  const analysis = article ? analyze({ title: article.title, text: article.paragraphs.join('\n') }, opts) : null;
  return { detection, article, analysis };
}
