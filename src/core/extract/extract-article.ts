/**
 * Article extraction: Mozilla Readability on a clone of the document, then Arabic-news cleanup.
 * Loaded only when a summary is asked for (never at page load).
 */
import { Readability } from '@mozilla/readability';

export interface ExtractedArticle {
  title: string;
  /** body paragraphs, in order */
  paragraphs: string[];
  byline?: string;
  siteName?: string;
  published?: string;
  lang?: string;
  /** true when the body was cut to stay within MAX_WORDS */
  truncated: boolean;
}

/** Paragraph-level boilerplate that news sites put inside the article body. */
export const BOILERPLATE_PARAGRAPHS: RegExp[] = [
  /^(اقرأ|إقرأ|اقرا|شاهد|طالع)\s+(أيضا|أيضاً|ايضا|ايضاً|المزيد)/,
  /^(تابعونا|تابعوا|للمزيد|شارك|مشاركة)\b/,
  /^ADVERTISEMENT$/i,
  /^(إعلان|اعلان)$/,
];
export const MAX_WORDS = 20000;
const BLOCKS = 'p, h2, h3, h4, li, blockquote, pre';

export function extractArticle(doc: Document, url?: string): ExtractedArticle | null {
  const clone = doc.cloneNode(true) as Document;
  const parsed = new Readability(clone, { charThreshold: 300 }).parse();
  if (!parsed || !parsed.content) return null;
  const holder = doc.createElement('div');
  const content = new (doc.defaultView?.DOMParser ?? DOMParser)().parseFromString(parsed.content, 'text/html');
  holder.append(...Array.from(content.body.childNodes).map((n) => doc.importNode(n, true)));
  let paragraphs: string[] = [];
  const blocks = holder.querySelectorAll(BLOCKS);
  if (blocks.length) {
    blocks.forEach((b) => {
      if (b.querySelector(BLOCKS)) return; // keep innermost blocks only
      paragraphs.push((b.textContent ?? '').replace(/\s+/g, ' ').trim());
    });
  } else {
    paragraphs = (parsed.textContent ?? '').split(/\n+/).map((s) => s.replace(/\s+/g, ' ').trim());
  }
  paragraphs = paragraphs.filter((p) => p && !BOILERPLATE_PARAGRAPHS.some((re) => re.test(p)));
  let words = 0, truncated = false;
  const kept: string[] = [];
  for (const p of paragraphs) {
    const w = p.split(/\s+/).length;
    if (words + w > MAX_WORDS) { truncated = true; break; }
    kept.push(p); words += w;
  }
  void url;
  return {
    title: (parsed.title ?? doc.title ?? '').trim(),
    paragraphs: kept,
    byline: parsed.byline ?? undefined,
    siteName: parsed.siteName ?? undefined,
    published: parsed.publishedTime ?? undefined,
    lang: parsed.lang ?? doc.documentElement.getAttribute('lang') ?? undefined,
    truncated,
  };
}
