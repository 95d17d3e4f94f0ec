/**
 * Page-load detection: is this page an Arabic news article? Small and cheap: it runs in the content
 * script on every page, so it must not import the extractor. It reads the Document it is given.
 */
import { guessArabic } from './language';

export interface DetectionSignals {
  jsonLdArticle: boolean;
  ogArticle: boolean;
  publishedTime: boolean;
  articleElement: boolean;
  /** characters of Arabic text in paragraphs that are not mostly links */
  arabicProseChars: number;
  /** longest single Arabic paragraph (characters) */
  longestParagraph: number;
  paragraphs: number;
  linkDensity: number;
  langHint: string;
}

export interface Detection {
  isArabic: boolean;
  isArticle: boolean;
  confidence: number;
  signals: DetectionSignals;
}

/** schema.org types that are articles. */
export const ARTICLE_TYPES = /"@type"\s*:\s*\[?[^\]}]*"(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|OpinionNewsArticle|BackgroundNewsArticle)"/;
const MAX_PARAGRAPHS = 400;

export function detectPage(doc: Document): Detection {
  const meta = (sel: string) => doc.querySelector(sel)?.getAttribute('content') ?? '';
  let jsonLdArticle = false;
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]')).slice(0, 10)) {
    if (ARTICLE_TYPES.test(s.textContent ?? '')) { jsonLdArticle = true; break; }
  }
  const ogArticle = /article/i.test(meta('meta[property="og:type"]'));
  const publishedTime = !!(meta('meta[property="article:published_time"]') || meta('meta[itemprop="datePublished"]'));
  const articleElement = !!doc.querySelector('article');

  let prose = '', proseChars = 0, longest = 0, paragraphs = 0, linkChars = 0, allChars = 0;
  const ps = doc.querySelectorAll('p');
  for (let i = 0; i < ps.length && i < MAX_PARAGRAPHS; i++) {
    const p = ps[i];
    const text = (p.textContent ?? '').trim();
    if (text.length < 40) continue;
    let links = 0;
    p.querySelectorAll('a').forEach((a) => { links += (a.textContent ?? '').length; });
    allChars += text.length; linkChars += links;
    if (links / text.length > 0.5) continue;
    paragraphs++;
    proseChars += text.length;
    longest = Math.max(longest, text.length);
    if (prose.length < 20000) prose += text + '\n';
  }
  const lang = guessArabic(prose || (doc.title ?? ''));
  const signals: DetectionSignals = {
    jsonLdArticle, ogArticle, publishedTime, articleElement,
    arabicProseChars: lang.isArabic ? proseChars : 0,
    longestParagraph: longest, paragraphs,
    linkDensity: allChars ? linkChars / allChars : 0,
    langHint: (doc.documentElement.getAttribute('lang') ?? '').toLowerCase(),
  };
  let score = 0;
  if (jsonLdArticle) score += 0.3;
  if (ogArticle) score += 0.2;
  if (publishedTime) score += 0.15;
  if (articleElement) score += 0.1;
  score += Math.min(0.4, signals.arabicProseChars / 5000);
  if (paragraphs >= 3) score += 0.1;
  if (signals.linkDensity > 0.4) score -= 0.3;
  const confidence = Math.max(0, Math.min(1, score));
  const isArabic = lang.isArabic;
  return { isArabic, isArticle: isArabic && confidence >= 0.5 && signals.arabicProseChars >= 500, confidence, signals };
}
