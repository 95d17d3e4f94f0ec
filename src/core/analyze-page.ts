/**
 * The page pipeline shared by the popup and the CLI: detect → extract → analyze.
 * The caller parses the HTML (DOMParser in the browser, linkedom in Node) and passes the Document.
 */
import type { Analysis } from './pipeline';
import { siteNameFromTitle } from './entities/site-name';
import { detectPage, type Detection } from './detect/detect-page';
import { extractArticle, LIMITS, type ExtractedArticle } from './extract/extract-article';
import { capWordCount, capWords } from './extract/word-cap';
import { wordCount } from './text';
import type { ArticleText } from './types';

/** Fewer words than this is too little to summarize. */
export const MIN_ARTICLE_WORDS = 25;

/**
 * An Arabic prose block this long, holding this share of the page's prose, is summarized even when the
 * detector is unsure the page is a news article. The share keeps one teaser among many (a home page
 * whose largest teaser has 40 words) out: on the real home pages of ../shared/data the largest block
 * holds at most 18% of the prose.
 */
export const UNSURE = { minWords: 40, minShare: 0.3 };

/**
 * What the popup does with a page, decided from the detector's verdict and signals:
 * - 'article': an Arabic news article (the badge shows; summarize);
 * - 'unsure': not called an article, but the page has an Arabic prose block (see UNSURE): summarize,
 *   with one quiet line saying it may not be a news article;
 * - 'not-article': Arabic without such a block (home, section, directory pages) or not Arabic: say so and
 *   offer «summarize anyway».
 */
export type PageVerdict = 'article' | 'unsure' | 'not-article';

export function pageVerdict(d: Detection): PageVerdict {
  if (d.isArabic && d.isArticle) return 'article';
  const s = d.signals;
  if (d.isArabic && !s.teaserList && s.mainBlockWords >= UNSURE.minWords && s.mainBlockShare >= UNSURE.minShare)
    return 'unsure';
  return 'not-article';
}

/**
 * The popup's decision for a page: the verdict the content script reported (the badge's) when it says
 * article, else the detector's verdict on the page as the popup parsed it.
 */
export function popupVerdict(doc: Document, reported: { isArabic: boolean; isArticle: boolean }): PageVerdict {
  return reported.isArabic && reported.isArticle ? 'article' : pageVerdict(detectPage(doc));
}

export interface PageAnalysis {
  detection: Detection;
  /** null when the page has too little text to summarize */
  article: ExtractedArticle | null;
  analysis: Analysis | null;
}

/** Readability found no body: the page's own paragraphs, in order, up to LIMITS.maxWords (see ./extract/word-cap). */
export function paragraphsFallback(doc: Document): ExtractedArticle {
  const paragraphs: string[] = [];
  let words = 0;
  for (const p of Array.from(doc.querySelectorAll('p'))) {
    const text = (p.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (!text) continue;
    paragraphs.push(text);
    // stop reading once past the cap: capWords cuts the last one at a sentence end
    if ((words += capWordCount(text)) > LIMITS.maxWords) break;
  }
  return { title: (doc.title ?? '').trim(), ...capWords(paragraphs, LIMITS.maxWords) };
}

export function extractWithFallback(doc: Document, url?: string): ExtractedArticle | null {
  for (const article of [extractArticle(doc, url), paragraphsFallback(doc)]) {
    if (article && wordCount(article.paragraphs.join('\n')) >= MIN_ARTICLE_WORDS) return article;
  }
  return null;
}

/** What analyze() reads of an extracted page: headline, body, and the site's own names (metadata, <title> suffix). */
export function articleText(doc: Document, article: ExtractedArticle): ArticleText {
  const siteNames = [article.siteName, siteNameFromTitle(doc.title)].filter((s): s is string => !!s);
  return { title: article.title, text: article.paragraphs.join('\n'), siteNames };
}
