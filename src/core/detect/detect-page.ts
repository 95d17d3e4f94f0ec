/**
 * Page-load detection: is this page an Arabic news article? Small and cheap: it runs in the content
 * script on every page, so it imports nothing but ./language (no Readability, no stopwords) and reads
 * the Document it is given in one bounded walk.
 *
 * How it decides
 * - One walk over the body (skipping scripts, nav/header/footer/aside/form and elements whose class/id
 *   says menu, comments, sidebar, related, ticker, share …) sums, for every block element, its text and
 *   the part of it inside links.
 * - Blocks with ≥ PROSE_MIN_CHARS characters and few links are prose paragraphs; they are grouped by
 *   parent element. The group with the most prose (minus the links beside it) is the main block: an
 *   article body is many paragraphs under one parent, a home/section/search page has teasers scattered
 *   one per card.
 * - Language: the main block's text when it is long enough (so menus and comments do not count), else
 *   all text seen; see ./language. `lang`/`dir` are only used when there is too little text.
 * - Article: metadata (JSON-LD article types, og:type, article:published_time, <article>) plus the size of
 *   the main block, minus non-article signs (og:type website/video, JSON-LD VideoObject / CollectionPage
 *   / SearchResultsPage / ImageGallery, a search URL, high link density).
 */
import { guessArabic } from './language';

export interface DetectionSignals {
  jsonLdArticle: boolean;
  ogArticle: boolean;
  publishedTime: boolean;
  articleElement: boolean;
  /** the page's <title> (site name aside) is on its <h1> or in the main block */
  headlineMatch: boolean;
  /** og:type / JSON-LD type / URL say home, section, search, video or gallery page */
  nonArticleType: string;
  /** characters of Arabic prose (paragraphs that are not mostly links); 0 when the page is not Arabic */
  arabicProseChars: number;
  /** characters of prose in the main block (largest group of paragraphs under one parent) */
  mainBlockChars: number;
  /** paragraphs in the main block */
  mainBlockParagraphs: number;
  /** longest single paragraph (characters) */
  longestParagraph: number;
  /** prose paragraphs on the page */
  paragraphs: number;
  /** share of the text of the page's blocks that is link text */
  linkDensity: number;
  /** language measures of the sample (see guessArabic) */
  arabicScriptRatio: number;
  foreignLetterRatio: number;
  definiteArticleRatio: number;
  langHint: string;
  dirHint: string;
  /** elements visited (the walk is bounded by MAX_ELEMENTS) */
  elements: number;
}

export interface Detection {
  isArabic: boolean;
  isArticle: boolean;
  /** 0..1: how sure the page is an Arabic article (0 when it is not Arabic) */
  confidence: number;
  signals: DetectionSignals;
}

/** schema.org types that are articles. */
export const ARTICLE_TYPES = /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|Report|LiveBlogPosting)$/;
/** schema.org types of pages that are not articles (when no article type is present). */
export const NON_ARTICLE_TYPES = /^(VideoObject|CollectionPage|SearchResultsPage|ImageGallery|MediaGallery|ItemList|WebSite|ProfilePage)$/;
/** og:type values of non-article pages. */
export const NON_ARTICLE_OG = /^(website|video(\..*)?|profile|music\..*)$/i;
/** URLs of search results. */
export const SEARCH_URL = /[/?&](search|bahth|بحث)([/?=&]|$)|[?&](q|s|query|keyword)=/i;
/** Elements never part of an article body. */
export const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'NAV', 'HEADER', 'FOOTER', 'ASIDE', 'SELECT', 'BUTTON', 'IFRAME', 'OBJECT', 'CANVAS', 'TEXTAREA', 'MENU', 'DIALOG', 'INPUT']);
/** class/id words of page furniture (matched on whole dash/underscore-separated parts). */
export const SKIP_CLASS = /(^|[-_\s])(comments?|commentlist|comment-?form|disqus|replies|menu|menus|navbar|nav|navigation|sidebar|side-?bar|footer|header|masthead|ticker|breaking|marquee|related|more-?stories|most-?read|mostread|trending|popular|share|sharing|social|newsletter|subscribe|cookie|banner|breadcrumbs?|tags|widget|promo|ads?|advert|advertisement|dfp)([-_\s]|$)/i;
/** Block-level elements: text is attributed to the nearest one. */
export const BLOCK_TAGS = new Set(['P', 'DIV', 'LI', 'TD', 'TH', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE', 'SECTION', 'ARTICLE', 'MAIN', 'DD', 'DT', 'FIGURE', 'FIGCAPTION', 'BODY', 'TABLE', 'TR', 'UL', 'OL', 'DL', 'CENTER', 'ADDRESS']);
const HEADINGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

/** Limits and weights (kept together for review). */
export const DETECT = {
  maxElements: 25000,
  maxDepth: 300,
  proseMinChars: 60,
  proseMaxLinkRatio: 0.3,
  langSampleChars: 6000,
  /** main block this long decides the language alone */
  mainBlockLangChars: 400,
  minArticleChars: 500,
  minConfidence: 0.5,
  /** the main block's weight in the score, reached at proseFullChars characters */
  proseWeight: 0.5,
  proseFullChars: 1500,
};

/** Arabic-script letters (any language written in it); their absence settles the question early. */
const ARABIC_SCRIPT = /[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/;
/** Text looked at by the quick check before the full walk. */
export const QUICK_SAMPLE_CHARS = 20000;

/**
 * Quick check, in the order of cost: the title, then the page's text nodes (iteratively, skipping
 * scripts and styles) until QUICK_SAMPLE_CHARS characters. Most pages people visit have no Arabic
 * script at all, and for them this is all the detector does.
 */
export function hasArabicScript(doc: Document, maxChars = QUICK_SAMPLE_CHARS): boolean {
  if (ARABIC_SCRIPT.test(doc.title ?? '')) return true;
  const root = doc.body;
  if (!root) return false;
  let seen = 0;
  let n: Node | null = root.firstChild;
  while (n && n !== root && seen < maxChars) {
    if (n.nodeType === 3) {
      const t = (n as Text).data;
      if (ARABIC_SCRIPT.test(t)) return true;
      seen += t.length;
    }
    const skip = n.nodeType === 1 && SKIP_TEXT_OF.has((n as Element).tagName.toUpperCase());
    if (!skip && n.firstChild) { n = n.firstChild; continue; }
    while (n && n !== root && !n.nextSibling) n = n.parentNode;
    if (n && n !== root) n = n.nextSibling;
  }
  return false;
}
const SKIP_TEXT_OF = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG']);

function notArabic(doc: Document): Detection {
  return {
    isArabic: false, isArticle: false, confidence: 0,
    signals: {
      jsonLdArticle: false, ogArticle: false, publishedTime: false, articleElement: false, headlineMatch: false,
      nonArticleType: '', arabicProseChars: 0, mainBlockChars: 0, mainBlockParagraphs: 0, longestParagraph: 0,
      paragraphs: 0, linkDensity: 0, arabicScriptRatio: 0, foreignLetterRatio: 0, definiteArticleRatio: 0,
      langHint: (doc.documentElement?.getAttribute('lang') ?? '').toLowerCase(),
      dirHint: (doc.documentElement?.getAttribute('dir') ?? '').toLowerCase(),
      elements: 0,
    },
  };
}

interface Block { chars: number; links: number; text: string; brs: number }
interface Group { prose: number; links: number; paragraphs: number; text: string }

export function detectPage(doc: Document): Detection {
  if (!hasArabicScript(doc)) return notArabic(doc);
  // --- metadata: read from <meta> and JSON-LD <script>s met during the walks (no selector queries:
  // they cost a full document scan each under DOM emulations) --------------------------------------
  let jsonLdArticle = false, jsonLdOther = '', ldScripts = 0;
  let ogType = '', publishedTime = false, articleElement = false;
  const readMeta = (el: Element) => {
    const key = el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ?? '';
    if (key === 'og:type') ogType = (el.getAttribute('content') ?? '').trim();
    else if (key === 'article:published_time' || key === 'datePublished' || key === 'date') publishedTime = true;
  };
  const readJsonLd = (el: Element) => {
    if (ldScripts++ >= 10 || el.getAttribute('type') !== 'application/ld+json') return;
    const src = el.textContent ?? '';
    const re = /"@type"\s*:\s*(\[[^\]]*\]|"[^"]*")/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(src))) {
      for (const t of m[1].replace(/[[\]"\s]/g, '').split(',')) {
        const type = t.replace(/^.*[/:]/, '');
        if (ARTICLE_TYPES.test(type)) jsonLdArticle = true;
        else if (NON_ARTICLE_TYPES.test(type) && type !== 'WebSite' && !jsonLdOther) jsonLdOther = type;
      }
    }
  };
  if (doc.head) {
    for (let c = doc.head.firstElementChild; c; c = c.nextElementSibling) {
      if (c.tagName === 'META') readMeta(c);
      else if (c.tagName === 'SCRIPT') readJsonLd(c);
    }
  }

  // --- one bounded walk over the body ----------------------------------------------------------------
  const blocks = new Map<Element, Block>();
  const skipCache = new Map<string, boolean>();
  let elements = 0;
  let h1Text = '';
  /** Furniture test, on block elements only (attribute reads are the walk's main cost). */
  const skipBlock = (el: Element): boolean => {
    const cls = el.getAttribute('class'), id = el.getAttribute('id');
    if (!cls && !id) return false;
    const key = (cls ?? '') + ' ' + (id ?? '');
    let s = skipCache.get(key);
    if (s === undefined) { s = SKIP_CLASS.test(key); skipCache.set(key, s); }
    return s;
  };
  const walk = (node: Node, block: Element, inLink: boolean, depth: number): void => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) {
        const t = c.nodeValue ?? '';
        if (t.length < 2 && !t.trim()) continue;
        let b = blocks.get(block);
        if (!b) { b = { chars: 0, links: 0, text: '', brs: 0 }; blocks.set(block, b); }
        const n = t.trim().length;
        b.chars += n;
        if (inLink) b.links += n;
        if (b.text.length < 3000) b.text += t;
      } else if (c.nodeType === 1) {
        if (++elements > DETECT.maxElements || depth > DETECT.maxDepth) return;
        const el = c as Element;
        const tag = el.tagName;
        if (SKIP_TAGS.has(tag)) { if (tag === 'SCRIPT') readJsonLd(el); continue; }
        if (tag === 'META') { readMeta(el); continue; }
        if (tag === 'BR') { const b = blocks.get(block); if (b) b.brs++; continue; }
        if (tag === 'ARTICLE') articleElement = true;
        else if (tag === 'H1' && !h1Text) h1Text = el.textContent ?? '';
        const isBlock = BLOCK_TAGS.has(tag);
        if (isBlock && skipBlock(el)) continue;
        walk(el, isBlock ? el : block, inLink || tag === 'A', depth + 1);
      }
    }
  };
  if (doc.body) walk(doc.body, doc.body, false, 0);
  if (elements > DETECT.maxElements) {
    // a huge page ran out of budget, maybe before its story: walk its <article> (or <main>) too
    const story = doc.getElementsByTagName('article')[0] ?? doc.getElementsByTagName('main')[0];
    if (story && !blocks.has(story)) { elements = 0; walk(story, story, false, 0); elements += DETECT.maxElements; }
  }
  const ogArticle = /article/i.test(ogType);
  const url = (doc as { URL?: string }).URL ?? '';
  let nonArticleType = '';
  if (!jsonLdArticle && jsonLdOther) nonArticleType = 'jsonld:' + jsonLdOther;
  else if (!ogArticle && NON_ARTICLE_OG.test(ogType)) nonArticleType = 'og:' + ogType;
  if (/^https?:/.test(url) && SEARCH_URL.test(url.replace(/^https?:\/\/[^/]+/, ''))) nonArticleType = 'search-url';

  // --- prose paragraphs, grouped by parent ------------------------------------------------------------
  const groups = new Map<Element | null, Group>();
  let allChars = 0, linkChars = 0, proseChars = 0, paragraphs = 0, longest = 0;
  let sample = '';
  blocks.forEach((b, el) => {
    allChars += b.chars; linkChars += b.links;
    if (sample.length < DETECT.langSampleChars) sample += b.text + '\n';
    const parent = el.parentElement;
    let g = groups.get(parent);
    if (!g) { g = { prose: 0, links: 0, paragraphs: 0, text: '' }; groups.set(parent, g); }
    g.links += b.links;
    if (b.chars >= DETECT.proseMinChars && b.links / b.chars <= DETECT.proseMaxLinkRatio && !HEADINGS.has(el.tagName)) {
      // text cut by <br><br> counts as that many paragraphs
      g.prose += b.chars - b.links; g.paragraphs += 1 + (b.brs >> 1);
      if (g.text.length < DETECT.langSampleChars) g.text += b.text + '\n';
      proseChars += b.chars; paragraphs++;
      if (b.chars > longest) longest = b.chars;
    }
  });
  let main: Group = { prose: 0, links: 0, paragraphs: 0, text: '' };
  let mainValue = 0;
  groups.forEach((g) => {
    const v = g.prose - 2 * g.links;
    if (v > mainValue) { mainValue = v; main = g; }
  });
  const mainBlockChars = Math.max(0, mainValue);

  // --- language -----------------------------------------------------------------------------------
  const langText = main.prose >= DETECT.mainBlockLangChars ? main.text : main.text + sample;
  const lang = guessArabic(langText, DETECT.langSampleChars);
  const langHint = (doc.documentElement?.getAttribute('lang') ?? '').toLowerCase();
  const dirHint = (doc.documentElement?.getAttribute('dir') ?? doc.body?.getAttribute('dir') ?? '').toLowerCase();
  let isArabic = lang.isArabic;
  if (!isArabic && langText.replace(/\s+/g, '').length < 80) {
    // too little text to judge: trust the markup
    isArabic = /^ar\b/.test(langHint) && lang.arabicScriptRatio > 0.5 && lang.foreignLetterRatio < 0.02;
  }

  // the page's <title> (minus the site name) is the headline of the page: on an h1 or in the main block
  let titleSeg = '';
  for (const seg of (doc.title ?? '').split(/\s+[|\-–—:»«]\s+/)) if (seg.trim().length > titleSeg.length) titleSeg = seg.trim();
  const headlineMatch = titleSeg.length >= 15 && (h1Text.includes(titleSeg) || main.text.includes(titleSeg));

  // --- article ------------------------------------------------------------------------------------
  const linkDensity = allChars ? linkChars / allChars : 0;
  let score = 0;
  if (jsonLdArticle) score += 0.25;
  if (ogArticle) score += 0.15;
  if (publishedTime) score += 0.1;
  if (articleElement) score += 0.05;
  if (headlineMatch) score += 0.1;
  score += Math.min(DETECT.proseWeight, (mainBlockChars / DETECT.proseFullChars) * DETECT.proseWeight);
  if (main.paragraphs >= 3) score += 0.1;
  if (nonArticleType) score -= nonArticleType === 'search-url' ? 0.4 : 0.25;
  if (linkDensity > 0.5) score -= 0.15;
  const confidence = isArabic ? Math.round(Math.max(0, Math.min(1, score)) * 100) / 100 : 0;
  const isArticle = isArabic && mainBlockChars >= DETECT.minArticleChars && confidence >= DETECT.minConfidence;

  return {
    isArabic,
    isArticle,
    confidence,
    signals: {
      jsonLdArticle, ogArticle, publishedTime, articleElement, headlineMatch, nonArticleType,
      arabicProseChars: isArabic ? proseChars : 0,
      mainBlockChars, mainBlockParagraphs: main.paragraphs,
      longestParagraph: longest, paragraphs,
      linkDensity: Math.round(linkDensity * 1000) / 1000,
      arabicScriptRatio: round3(lang.arabicScriptRatio),
      foreignLetterRatio: round3(lang.foreignLetterRatio),
      definiteArticleRatio: round3(lang.definiteArticleRatio),
      langHint, dirHint, elements,
    },
  };
}

function round3(x: number): number { return Math.round(x * 1000) / 1000; }
