/**
 * Page-load detection: is this page an Arabic news article? Small and cheap: it runs in the content
 * script on every page, so it imports nothing but ./language (no Readability, no stopwords) and reads
 * the Document it is given in bounded walks.
 *
 * How it decides (the text first, markup and metadata only as hints)
 * - Quick check: no Arabic script in the title or in the first QUICK.maxChars characters / QUICK.maxNodes
 *   nodes of the body → not Arabic, done (most pages people visit).
 * - One walk over the body (skipping scripts, nav/footer/aside/forms and blocks whose class/id *tokens*
 *   name a menu, comments, sidebar, related list, share box …) sums, for every block element, its text
 *   and the part of it inside links. A block that holds an <h1> is never skipped by name; a <header> is
 *   walked only when it holds one, for the headline: its text is never prose.
 * - Blocks with ≥ PROSE_MIN_CHARS characters and few links are prose paragraphs; they are grouped by
 *   parent element. The group with the most prose (minus the links beside it) is the *main block*: an
 *   article body is paragraphs under one parent; a home/section page has teasers, one per card, or a
 *   list of headline links each followed by a teaser.
 * - If the class-name skips left no prose block at all, the walk is redone without them: a class name
 *   never hides the page's only prose.
 * - Language: the main block's text when it is long enough (so menus and comments do not count), else
 *   all text seen; see ./language. `lang`/`dir` are only used when there is too little text.
 * - Article (the constants below): an Arabic main block of continuous prose (≥ ARTICLE_MIN_CHARS), not a teaser
 *   list, that either is long and holds most of the page's prose, or has the page's headline right
 *   above it (the <title> on the <h1> just before the block) and stands out on the page, or is declared
 *   an article by metadata and holds most of the prose. A search URL or a video/collection type counts
 *   against a block that is not long.
 */
import { guessArabic } from './language';

export interface DetectionSignals {
  jsonLdArticle: boolean;
  ogArticle: boolean;
  /** the page's <title> (site name aside) stands just before the main block (≤ HEADLINE_MAX_GAP text blocks between) or opens it */
  headlineNear: boolean;
  /** og:type / JSON-LD type / URL say home, section, search, video or gallery page */
  nonArticleType: string;
  /** characters of prose in the main block (largest group of paragraphs under one parent) */
  mainBlockChars: number;
  /** words in the main block's prose */
  mainBlockWords: number;
  /** paragraphs in the main block */
  mainBlockParagraphs: number;
  /** the main block's share of all prose on the page (0..1) */
  mainBlockShare: number;
  /** headline links (blocks that are mostly one link) among the main block's siblings */
  teaserLinks: number;
  /** the main block is a list of teasers (a headline link per one or two paragraphs): a home or section page */
  teaserList: boolean;
  /** language measures of the sample (see guessArabic) */
  arabicScriptRatio: number;
  foreignLetterRatio: number;
  definiteArticleRatio: number;
  langHint: string;
  /** elements visited by the walk */
  elements: number;
  /** nodes visited (elements, text, comments), the walk's bound */
  nodes: number;
}

export interface Detection {
  isArabic: boolean;
  isArticle: boolean;
  /** 0..1: how sure the page is an Arabic article (0 when it is not Arabic) */
  confidence: number;
  signals: DetectionSignals;
}

/** schema.org types that are articles: Article and its subtypes (NewsArticle, ReportageNewsArticle, OpinionNewsArticle …), (Live)BlogPosting, Report. */
export const ARTICLE_TYPES = /^(\w*Article|\w*BlogPosting|Report)$/;
/** schema.org types of pages that are not articles (when no article type is present). */
export const NON_ARTICLE_TYPES =
  /^(VideoObject|CollectionPage|SearchResultsPage|ImageGallery|MediaGallery|ItemList|WebSite|ProfilePage)$/;
/** og:type values of non-article pages. */
export const NON_ARTICLE_OG = /^(website|video(\..*)?|profile|music\..*)$/i;
/** URLs of search results. */
export const SEARCH_URL = /[/?&](search|bahth|بحث)([/?=&]|$)|[?&](q|s|query|keyword)=/i;
/** Elements never part of an article body. */
export const SKIP_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'NAV',
  'FOOTER',
  'ASIDE',
  'SELECT',
  'BUTTON',
  'IFRAME',
  'OBJECT',
  'CANVAS',
  'TEXTAREA',
  'MENU',
  'DIALOG',
  'INPUT',
]);
/**
 * Class/id *tokens* of page furniture. A token (one class name, one id) is furniture when one of its
 * words (split at - and _) is in FURNITURE_WORDS and no word of it is in NEGATING_WORDS («no-share»,
 * «has-sidebar», «without-comments» are layout switches, not boxes). Words from the class names of
 * Readability's unlikelyCandidates list and common CMS themes (WordPress, Drupal, Arc).
 */
export const FURNITURE_WORDS = new Set([
  'comment',
  'comments',
  'commentlist',
  'disqus',
  'replies',
  'menu',
  'menus',
  'navbar',
  'nav',
  'navigation',
  'sidebar',
  'header',
  'footer',
  'masthead',
  'ticker',
  'breaking',
  'marquee',
  'related',
  'relatedposts',
  'mostread',
  'trending',
  'popular',
  'share',
  'sharing',
  'sharedaddy',
  'social',
  'newsletter',
  'subscribe',
  'cookie',
  'banner',
  'breadcrumb',
  'breadcrumbs',
  'tags',
  'widget',
  'promo',
  'ad',
  'ads',
  'advert',
  'advertisement',
  'dfp',
]);
export const NEGATING_WORDS = new Set(['no', 'not', 'has', 'with', 'without', 'hide', 'show', 'is']);
/** Block-level elements: text is attributed to the nearest one. */
export const BLOCK_TAGS = new Set([
  'P',
  'DIV',
  'LI',
  'TD',
  'TH',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'BLOCKQUOTE',
  'PRE',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'DD',
  'DT',
  'FIGURE',
  'FIGCAPTION',
  'BODY',
  'TABLE',
  'TR',
  'UL',
  'OL',
  'DL',
  'CENTER',
  'ADDRESS',
  'HEADER',
]);
const HEADING = /^H\d$/;

/** Bounds of the walk (kept together for review). */
export const DETECT = {
  /** elements the full walk visits */
  maxElements: 25000,
  /** nodes of any kind (elements, text, comments) the full walk visits */
  maxNodes: 60000,
  maxDepth: 300,
};
/** Prose paragraphs: blocks this long with at most this share of link text. */
export const PROSE_MIN_CHARS = 60;
export const PROSE_MAX_LINK_RATIO = 0.3;
/** Text sampled for the language; a main block this long decides the language alone. */
export const LANG_SAMPLE_CHARS = 6000;
export const MAIN_BLOCK_LANG_CHARS = 400;

/*
 * The article decision (plain constants, so the minifier inlines them into the content script). Lengths
 * are characters of prose (Arabic news averages about 5.5 characters a word with its space): 250 ≈ 45
 * words — a two-paragraph wire story; 1,500 ≈ 270 words.
 */
/** a main block shorter than this is never an article */
export const ARTICLE_MIN_CHARS = 250;
/** a main block this long, holding most of the page's prose, is an article with no other evidence */
export const LONG_CHARS = 1500;
/** "most of the page's prose" */
export const MIN_SHARE = 0.5;
/**
 * with the headline just above it, the block still stands out: on a home page the site name in the
 * <title> is also on the logo's <h1>, above a lead teaser holding a small share of the prose
 * (≤ 0.18 on the real home pages of ../shared/data; ≥ 0.6 on the real articles)
 */
export const NEAR_MIN_SHARE = 0.3;
/** text blocks allowed between the headline and the main block (date, byline, standfirst, caption) */
export const HEADLINE_MAX_GAP = 8;
/** a headline block is at most this long (characters) */
export const HEADLINE_MAX_CHARS = 300;
/** a main block whose siblings hold this many headline links, at least one per two paragraphs, is a teaser list */
export const TEASER_LINKS = 3;
/** headline-link blocks: at least this long, at least this share of it link text */
export const TEASER_LINK_MIN_CHARS = 15;
export const TEASER_LINK_RATIO = 0.6;

/** Arabic-script letters (any language written in it); their absence settles the question early. */
const ARABIC_SCRIPT = /[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/;
/** Bounds of the quick check: whichever comes first. */
export const QUICK = { maxChars: 20000, maxNodes: 10000 };

/** What the quick check saw. */
export interface ScriptScan {
  found: boolean;
  nodes: number;
}

/**
 * Quick check, in the order of cost: the title, then the page's nodes (iteratively, skipping what the
 * full walk skips: SKIP_TAGS) until QUICK.maxChars characters of text or QUICK.maxNodes nodes of any kind (empty
 * elements and comments count: a page of a million of them costs no more than one of ten thousand).
 */
export function scanForArabicScript(doc: Document, bounds = QUICK): ScriptScan {
  if (ARABIC_SCRIPT.test(doc.title ?? '')) return { found: true, nodes: 0 };
  const root = doc.body;
  if (!root) return { found: false, nodes: 0 };
  let chars = 0,
    nodes = 0;
  let n: Node | null = root.firstChild;
  while (n && n !== root && chars < bounds.maxChars && nodes < bounds.maxNodes) {
    nodes++;
    if (n.nodeType === 3) {
      const t = (n as Text).data;
      if (ARABIC_SCRIPT.test(t)) return { found: true, nodes };
      chars += t.length;
    }
    // text the full walk never reads (scripts, styles, nav, footer, forms …) is not looked at either
    const skip = n.nodeType === 1 && SKIP_TAGS.has((n as Element).tagName.toUpperCase());
    if (!skip && n.nodeType === 1 && n.firstChild) {
      n = n.firstChild;
      continue;
    }
    while (n && n !== root && !n.nextSibling) n = n.parentNode;
    if (n && n !== root) n = n.nextSibling;
  }
  return { found: false, nodes };
}

/** Any furniture word as a whole part of a name: the cheap test most class names fail. */
const FURNITURE_PART = new RegExp(`(?:^|[-_\\s])(?:${[...FURNITURE_WORDS].join('|')})(?=[-_\\s]|$)`, 'i');

/** Is this class/id value page furniture? (see FURNITURE_WORDS) */
export function isFurnitureName(value: string): boolean {
  if (!FURNITURE_PART.test(value)) return false;
  for (const token of value.toLowerCase().split(/\s+/)) {
    if (!token) continue;
    const words = token.split(/[-_]+/);
    if (words.some((w) => NEGATING_WORDS.has(w))) continue;
    if (words.some((w) => FURNITURE_WORDS.has(w))) return true;
  }
  return false;
}

interface Block {
  chars: number;
  links: number;
  text: string;
  brs: number;
  order: number;
  head: boolean;
}
interface Group {
  prose: number;
  links: number;
  paragraphs: number;
  text: string;
  first: number;
  teaserLinks: number;
}

interface Walk {
  blocks: Map<Element, Block>;
  elements: number;
  nodes: number;
  /** blocks skipped for their class/id names */
  skipped: number;
}

export function detectPage(doc: Document): Detection {
  // no Arabic script: nothing is walked, and the same code below says "not Arabic" on empty data
  const scan = scanForArabicScript(doc);
  // --- metadata: read from <meta> and JSON-LD <script>s met during the walks (no selector queries:
  // they cost a full document scan each under DOM emulations) --------------------------------------
  let jsonLdArticle = false,
    jsonLdOther = '',
    ldScripts = 0;
  let ogType = '';
  const readMeta = (el: Element) => {
    if ((el.getAttribute('property') ?? el.getAttribute('name')) === 'og:type')
      ogType = (el.getAttribute('content') ?? '').trim();
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
  if (doc.head && scan.found) {
    for (let c = doc.head.firstElementChild; c; c = c.nextElementSibling) {
      if (c.tagName === 'META') readMeta(c);
      else if (c.tagName === 'SCRIPT') readJsonLd(c);
    }
  }

  // --- one bounded walk over the body ----------------------------------------------------------------
  const skipCache = new Map<string, number>();
  /** Furniture test, on block elements only (attribute reads are the walk's main cost): 0 no, 1 yes, 2 a header. */
  const furniture = (el: Element): number => {
    const cls = el.getAttribute('class'),
      id = el.getAttribute('id');
    if (!cls && !id) return 0;
    const key = (cls ?? '') + ' ' + (id ?? '');
    let s = skipCache.get(key);
    if (s === undefined) {
      s = isFurnitureName(key) ? (/header|masthead/i.test(key) ? 2 : 1) : 0;
      skipCache.set(key, s);
    }
    return s;
  };
  const walkBody = (root: Element | null, skipByName: boolean, budget: number): Walk => {
    const w: Walk = { blocks: new Map(), elements: 0, nodes: 0, skipped: 0 };
    if (!root) return w;
    let order = 0;
    const walk = (node: Node, block: Element, inLink: boolean, head: boolean, depth: number): void => {
      for (let c = node.firstChild; c; c = c.nextSibling) {
        if (++w.nodes > budget) return;
        if (c.nodeType === 3) {
          const t = c.nodeValue ?? '';
          const n = t.trim().length;
          if (t.length < 2 && !n) continue;
          let b = w.blocks.get(block);
          if (!b) {
            b = { chars: 0, links: 0, text: '', brs: 0, order: order++, head };
            w.blocks.set(block, b);
          }
          b.chars += n;
          if (inLink) b.links += n;
          if (b.text.length < 3000) b.text += t;
        } else if (c.nodeType === 1) {
          if (++w.elements > DETECT.maxElements || depth > DETECT.maxDepth) return;
          const el = c as Element;
          const tag = el.tagName;
          if (SKIP_TAGS.has(tag)) {
            if (tag === 'SCRIPT') readJsonLd(el);
            continue;
          }
          if (tag === 'META') {
            readMeta(el);
            continue;
          }
          if (tag === 'BR') {
            const b = w.blocks.get(block);
            if (b) b.brs++;
            continue;
          }
          const isBlock = BLOCK_TAGS.has(tag);
          // furniture by name is skipped; a header (<header>, or a name with header/masthead) only when it holds
          // no <h1>: an article's header holds the headline
          const f = tag === 'HEADER' ? 2 : isBlock && skipByName ? furniture(el) : 0;
          if (f && (f === 1 || !el.getElementsByTagName('h1')[0])) {
            w.skipped++;
            continue;
          }
          walk(el, isBlock ? el : block, inLink || tag === 'A', head || tag === 'HEADER', depth + 1);
        }
      }
    };
    walk(root, root, false, false, 0);
    return w;
  };
  const body = scan.found ? doc.body : null;
  let w = walkBody(body, true, DETECT.maxNodes);
  const cut = (x: Walk) => x.nodes > DETECT.maxNodes || x.elements > DETECT.maxElements;
  if (cut(w)) {
    // a huge page ran out of budget, maybe before its story: walk its <article> (or <main>) too
    const story = doc.getElementsByTagName('article')[0] ?? doc.getElementsByTagName('main')[0];
    if (story && !w.blocks.has(story)) {
      const s = walkBody(story, true, DETECT.maxNodes);
      s.elements += DETECT.maxElements;
      s.nodes += w.nodes;
      w = s;
    }
  }
  let g = groupProse(w);
  if (g.main.prose < ARTICLE_MIN_CHARS && w.skipped && !cut(w)) {
    // the class-name skips may have hidden the only prose («entry-content no-share»): look again without them
    const again = walkBody(body, false, DETECT.maxNodes);
    const g2 = groupProse(again);
    if (g2.main.prose - 2 * g2.main.links > g.main.prose - 2 * g.main.links) {
      w = again;
      g = g2;
    }
  }
  const { main, proseChars, sample } = g;
  const mainBlockChars = Math.max(0, main.prose - 2 * main.links);

  const ogArticle = /article/i.test(ogType);
  const url = (doc as { URL?: string }).URL ?? '';
  let nonArticleType = '';
  if (!jsonLdArticle && jsonLdOther) nonArticleType = 'jsonld:' + jsonLdOther;
  else if (!ogArticle && NON_ARTICLE_OG.test(ogType)) nonArticleType = 'og:' + ogType;
  if (/^https?:/.test(url) && SEARCH_URL.test(url.replace(/^https?:\/\/[^/]+/, ''))) nonArticleType = 'search-url';

  // --- language -----------------------------------------------------------------------------------
  const langText = main.prose >= MAIN_BLOCK_LANG_CHARS ? main.text : main.text + sample;
  const lang = guessArabic(langText, LANG_SAMPLE_CHARS);
  const langHint = (doc.documentElement?.getAttribute('lang') ?? '').toLowerCase();
  let isArabic = scan.found && lang.isArabic;
  if (scan.found && !isArabic && langText.replace(/\s+/g, '').length < 80) {
    // too little text to judge: trust the markup
    isArabic = /^ar\b/.test(langHint) && lang.arabicScriptRatio > 0.5 && lang.foreignLetterRatio < 0.02;
  }

  // --- the headline: the page's <title> (minus the site name) on a short block — the <h1>, or a bold
  // line on old table layouts — standing just before the main block ------------------------------------
  let titleSeg = '';
  for (const seg of (doc.title ?? '').split(/\s+[|\-–—:»«]\s+/))
    if (seg.trim().length > titleSeg.length) titleSeg = seg.trim();
  const normTitle = squash(titleSeg);
  const matches = (h: string) => {
    const n = squash(h);
    return n.length >= 10 && normTitle.length >= 10 && (n.includes(normTitle) || normTitle.includes(n));
  };
  let headlineNear = false;
  if (normTitle.length >= 10) {
    // only the few blocks just above the main block are compared (squash costs)
    w.blocks.forEach((b) => {
      if (
        b.order <= main.first &&
        main.first - b.order <= HEADLINE_MAX_GAP + 1 &&
        b.chars <= HEADLINE_MAX_CHARS &&
        matches(b.text)
      )
        headlineNear = true;
    });
    // the headline inline at the top of the main block's first paragraph (<b> or <font> before <br>s)
    if (squash(main.text.slice(0, HEADLINE_MAX_CHARS)).includes(normTitle)) headlineNear = true;
  }

  // --- article ------------------------------------------------------------------------------------
  const share = proseChars ? main.prose / proseChars : 0;
  const teaserList = main.teaserLinks >= TEASER_LINKS && main.teaserLinks * 2 >= main.paragraphs;
  const long = mainBlockChars >= LONG_CHARS;
  const declared = jsonLdArticle || ogArticle;
  const dominant = share >= MIN_SHARE;
  const evidence = (long && dominant) || (headlineNear && share >= NEAR_MIN_SHARE) || (declared && dominant);
  const contradicted = !!nonArticleType && !long;
  const isArticle = isArabic && mainBlockChars >= ARTICLE_MIN_CHARS && !teaserList && evidence && !contradicted;
  // confidence (for display and `khulasa detect`; the decision is above): an article from 0.5 up by its
  // pieces of evidence, anything else below 0.5 by the length of its main block
  const pieces = +(long && dominant) + +(headlineNear && share >= NEAR_MIN_SHARE) + +(declared && dominant);
  const confidence = !isArabic
    ? 0
    : isArticle
      ? round2(0.5 + pieces / 6)
      : round2(Math.min(0.49, (0.49 * mainBlockChars) / LONG_CHARS));

  return {
    isArabic,
    isArticle,
    confidence,
    signals: {
      jsonLdArticle,
      ogArticle,
      headlineNear,
      nonArticleType,
      mainBlockChars,
      mainBlockWords: countWords(main.text),
      mainBlockParagraphs: main.paragraphs,
      mainBlockShare: round3(share),
      teaserLinks: main.teaserLinks,
      teaserList,
      arabicScriptRatio: round3(lang.arabicScriptRatio),
      foreignLetterRatio: round3(lang.foreignLetterRatio),
      definiteArticleRatio: round3(lang.definiteArticleRatio),
      langHint,
      elements: w.elements,
      nodes: w.nodes + scan.nodes,
    },
  };
}

/** Prose paragraphs grouped by parent; the main block is the group with the most prose beside the fewest links. */
function groupProse(w: Walk) {
  const groups = new Map<Element | null, Group>();
  let proseChars = 0;
  let sample = '';
  w.blocks.forEach((b, el) => {
    if (sample.length < LANG_SAMPLE_CHARS) sample += b.text + '\n';
    const parent = el.parentElement;
    let g = groups.get(parent);
    if (!g) {
      g = { prose: 0, links: 0, paragraphs: 0, text: '', first: Infinity, teaserLinks: 0 };
      groups.set(parent, g);
    }
    g.links += b.links;
    if (b.chars >= TEASER_LINK_MIN_CHARS && b.links / b.chars >= TEASER_LINK_RATIO) g.teaserLinks++;
    if (
      !b.head &&
      b.chars >= PROSE_MIN_CHARS &&
      b.links / b.chars <= PROSE_MAX_LINK_RATIO &&
      !HEADING.test(el.tagName)
    ) {
      // text cut by <br><br> counts as that many paragraphs
      g.prose += b.chars - b.links;
      g.paragraphs += 1 + (b.brs >> 1);
      if (g.text.length < LANG_SAMPLE_CHARS) g.text += b.text + '\n';
      if (b.order < g.first) g.first = b.order;
      proseChars += b.chars - b.links;
    }
  });
  let main: Group = { prose: 0, links: 0, paragraphs: 0, text: '', first: Infinity, teaserLinks: 0 };
  let mainValue = 0;
  groups.forEach((g) => {
    const v = g.prose - 2 * g.links;
    if (v > mainValue) {
      mainValue = v;
      main = g;
    }
  });
  return { main, proseChars, sample };
}

/**
 * What `squash` drops besides the Arabic diacritics and tatweel: everything but digits and the Latin and Arabic-script
 * letters (the scripts of the titles it compares). A plain character class: a Unicode-property class
 * (`[^\p{L}\p{N}]`, which this replaced) costs about a millisecond to compile in every new renderer, about a tenth of
 * the detector's first call there.
 */
const NOT_LETTERS = /[^\w\u00C0-\u024F\u0620-\u06FF\u0750-\u077F]+/g;
/** Letters and digits only, Arabic diacritics and tatweel dropped: for comparing a title with a heading. */
function squash(s: string): string {
  return s.replace(/[\u064B-\u0652\u0640]/g, '').replace(NOT_LETTERS, '');
}
/** Words of the main block's text (its first LANG_SAMPLE_CHARS characters: enough for a threshold). */
function countWords(text: string): number {
  return text.match(/\S+/g)?.length ?? 0;
}
function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}
