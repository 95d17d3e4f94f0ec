/**
 * Article extraction: Mozilla Readability on a clone of the document, then Arabic-news cleanup.
 * Loaded only when a summary is asked for (never at page load). The Document may be the page itself, a
 * DOMParser copy (popup) or a linkedom document (Node: src/cli/parse-html.ts); nothing here reads globals.
 *
 * Steps
 * 1. Clone; drop scripts, forms, nav/footer/aside, captions, share/related/ad/comment/ticker boxes
 *    (JUNK_*), «اقرأ أيضا» blocks and embeds' boilerplate. Pages too big to parse in time are cut down to
 *    their main prose container first (LIMITS.maxElements) and reported `truncated`.
 * 2. Readability (serializer: the element itself, so there is no second HTML parse).
 * 3. The content is cut into paragraphs at block elements and <br>; paragraphs matching the tables of
 *    ./boilerplate are dropped; the headline repeated in the body, bylines and timestamps at the start go;
 *    a dateline prefix («القاهرة - ») is cut from the first paragraph, the sentence kept; a signature
 *    (the writer's name alone on the last line) goes to the byline.
 * 4. Metadata from Readability (JSON-LD / meta), with fallbacks from JSON-LD and meta tags.
 * 5. At most LIMITS.maxWords words are kept, the last paragraph cut at a sentence end (./word-cap);
 *    `truncated` says when text was cut.
 */
import { Readability } from '@mozilla/readability';
import { guessArabic } from '../detect/language';
import { BLOCK_TAGS, narrowToMainProse } from './main-prose';
import { capWords } from './word-cap';
import {
  BOILERPLATE,
  BYLINE_LINE,
  BYLINE_MAX_CHARS,
  DATELINE,
  DATELINE_ONLY_MAX_CHARS,
  EMBED_REMOVE,
  HEAD_META_LINE,
  HEAD_META_MAX_WORDS,
  HEAD_PARAGRAPHS,
  INLINE_JUNK,
  JUNK_CLASS,
  JUNK_TAGS,
  NOT_A_PLACE,
  SHORT_BOILERPLATE,
  SHORT_LINE_CHARS,
  SIGNATURE_LINE,
  SOCIAL_WORDS,
} from './boilerplate';

export interface ExtractedArticle {
  title: string;
  /** body paragraphs, in order (lead included; the headline is `title`, not repeated here) */
  paragraphs: string[];
  byline?: string;
  siteName?: string;
  /** publication date as the page gives it (ISO 8601 when it has one) */
  published?: string;
  /** language: 'ar' when the extracted text is Arabic, else what the page declares (JSON-LD, meta, <html lang>) */
  lang?: string;
  /** the extracted body is Arabic (the language, not just the script) */
  isArabic?: boolean;
  /** true when the page or the body was cut to stay within LIMITS */
  truncated: boolean;
}

export const LIMITS = {
  /** element nesting handed to Readability (it recurses per level): deeper subtrees are flattened to text */
  maxDepth: 300,
  /** words of body kept */
  maxWords: 12000,
  /** elements handed to Readability; a bigger page is cut to its main prose container first */
  maxElements: 12000,
  /** a text block longer than this is not taken as a junk box by class name */
  junkMaxChars: 2000,
  readabilityCharThreshold: 300,
};
/** Kept for compatibility: the word limit. */
export const MAX_WORDS = LIMITS.maxWords;
/** Paragraph-level boilerplate (all tables of ./boilerplate, for callers that filter text themselves). */
export const BOILERPLATE_PARAGRAPHS: RegExp[] = [...Object.values(BOILERPLATE)];

const NEVER_JUNK = new Set(['HTML', 'BODY', 'MAIN', 'ARTICLE']);

/** `_url` is the page's address; only text is extracted, so links need not be resolved against it. */
export function extractArticle(doc: Document, _url?: string): ExtractedArticle | null {
  const clone = doc.cloneNode(true) as Document;
  if (!clone.body) return null;
  const meta = readMeta(doc);
  let truncated = false;
  removeJunkTags(clone.body);
  flattenDeep(clone.body, LIMITS.maxDepth);
  if (clone.body.querySelectorAll('*').length > LIMITS.maxElements) truncated = cutToMainContainer(clone) || truncated;
  preClean(clone);

  let parsed: ReturnType<Readability<Element>['parse']>;
  try {
    parsed = new Readability<Element>(clone, {
      charThreshold: LIMITS.readabilityCharThreshold,
      keepClasses: true,
      serializer: (el) => el as Element,
    }).parse();
  } catch {
    return null; // a page Readability cannot walk: the caller falls back to the page's paragraphs
  }
  if (!parsed || !parsed.content) return null;
  const root = narrowToMainProse(parsed.content);
  postClean(root);

  const title = cleanSpaces(parsed.title || meta.title || doc.title || '');
  let paragraphs = splitParagraphs(root);
  const head = cleanHead(paragraphs, title);
  paragraphs = head.paragraphs;
  const signature =
    paragraphs.length >= 2 && SIGNATURE_LINE.test(paragraphs[paragraphs.length - 1]) ? paragraphs.pop() : undefined;

  const capped = capWords(paragraphs, LIMITS.maxWords);
  const kept = capped.paragraphs;
  truncated ||= capped.truncated;
  const isArabic = guessArabic(kept.join('\n')).isArabic;
  const declared = (meta.lang || parsed.lang || doc.documentElement?.getAttribute('lang') || '').trim() || undefined;
  return {
    title,
    paragraphs: kept,
    byline: cleanByline(parsed.byline || meta.author || head.byline || signature),
    siteName: cleanSpaces(parsed.siteName || meta.siteName || '') || undefined,
    published: (parsed.publishedTime || meta.published || '').trim() || undefined,
    lang: isArabic ? 'ar' : declared,
    isArabic,
    truncated,
  };
}

// --- before Readability ------------------------------------------------------------------------------

/** Remove what is never article text, on the clone. */
function removeJunkTags(body: Element): void {
  // one selector pass, not one document scan per tag
  body.querySelectorAll(JUNK_TAGS.join(',')).forEach((el) => el.remove());
}

function preClean(doc: Document): void {
  const body = doc.body;
  body.querySelectorAll(EMBED_REMOVE).forEach((el) => el.remove());
  cleanTweets(body);
  removeLinkColumns(body);
  removeJunkBoxes(body);
  removeReadAlso(body);
}

/** Elements whose class/id names a share/related/ad/comment/caption box (unless they hold a lot of prose). */
function removeJunkBoxes(root: Element): void {
  const doomed: Element[] = [];
  const all = root.querySelectorAll('*');
  for (let i = 0; i < all.length; i++) {
    const el = all[i];
    if (NEVER_JUNK.has(el.tagName)) continue;
    const cls = el.getAttribute('class'),
      id = el.getAttribute('id');
    if (!cls && !id) continue;
    if (!JUNK_CLASS.test(`${cls ?? ''} ${id ?? ''}`)) continue;
    const len = (el.textContent ?? '').length;
    if (
      len > LIMITS.junkMaxChars &&
      !/comment|disqus|related|more-?news|most-?read/i.test(`${cls} ${id}`) &&
      linkDensity(el) < 0.5
    )
      continue;
    doomed.push(el);
  }
  for (const el of doomed) el.remove();
}

/** Table-layout side columns: a cell that is mostly links (archive lists, menus) beside the story cell. */
function removeLinkColumns(root: Element): void {
  const cells = Array.from(root.querySelectorAll('td, th'));
  for (const td of cells) {
    if (!td.parentElement || td.parentElement.children.length < 2) continue;
    const len = cleanSpaces(td.textContent ?? '').length;
    if (len < 1000 && linkDensity(td) > 0.5) td.remove();
  }
}

/**
 * «اقرأ أيضا» blocks: the marker element, the link lists that follow it, and a parent left with only
 * links. A paragraph with the marker and its links («اقرأ أيضا: <a>…</a>») goes whole.
 */
function removeReadAlso(root: Element): void {
  // Markers start with their trigger word, so only the ancestors of text nodes that start with one can be
  // markers: test those (smallest first, stopping past 300 characters), not every element's textContent.
  const markers: Element[] = [];
  const seen = new Set<Element>();
  for (const text of textNodes(root)) {
    if (!READ_ALSO_HINT.test(text.data)) continue;
    for (let el = text.parentElement, up = 0; el && el !== root && up < 8; el = el.parentElement, up++) {
      if (seen.has(el)) break;
      seen.add(el);
      if (!BLOCK_TAGS.has(el.tagName) && el.tagName !== 'SPAN' && el.tagName !== 'STRONG' && el.tagName !== 'B')
        continue;
      const t = cleanSpaces(el.textContent ?? '');
      if (t.length > 300) break;
      if (BOILERPLATE.readAlso.test(t)) markers.push(el);
    }
  }
  for (const m of markers) {
    if (!m.parentNode) continue;
    // the marker is an inline label inside a block: take the block
    let el: Element = m;
    while (!BLOCK_TAGS.has(el.tagName) && el.parentElement && el.parentElement !== root) el = el.parentElement;
    const rest = cleanSpaces(el.textContent ?? '');
    const markerOnly = rest.length <= 40;
    if (!markerOnly && linkDensity(el) < 0.4 && rest.length > 200) continue; // prose that starts with the words
    // following siblings that are links only (the related list)
    if (markerOnly) {
      let next = el.nextElementSibling;
      while (next && (linkDensity(next) > 0.6 || !cleanSpaces(next.textContent ?? ''))) {
        const n = next.nextElementSibling;
        next.remove();
        next = n;
      }
    }
    const parent = el.parentElement;
    el.remove();
    if (parent && parent !== root && !NEVER_JUNK.has(parent.tagName)) {
      const t = cleanSpaces(parent.textContent ?? '');
      if (!t || (linkDensity(parent) > 0.6 && t.length < 1000)) parent.remove();
    }
  }
}

/** First words of «اقرأ أيضا»-type markers (BOILERPLATE.readAlso), at the start of a text node. */
const READ_ALSO_HINT =
  /^[\s«"'([*•▪►-]*(?:اقرأ|إقرأ|اقرا|إقرا|اقرئي|شاهد|طالع|تابع|استمع|مواضيع|موضوعات|أخبار|اخبار|مقالات|روابط|قصص|قد|ربما|يهمك|يهمّك|تهمك|الأكثر|المزيد|مزيد)/;

/** The text nodes under root, in document order, without recursion. */
function textNodes(root: Node): Text[] {
  const out: Text[] = [];
  let n: Node | null = root.firstChild;
  while (n && n !== root) {
    if (n.nodeType === 3) out.push(n as Text);
    if (n.firstChild && n.nodeType === 1) {
      n = n.firstChild;
      continue;
    }
    while (n && n !== root && !n.nextSibling) n = n.parentNode;
    if (n && n !== root) n = n.nextSibling;
  }
  return out;
}

/** Embedded tweets: keep the tweet's text, drop the «— name (@handle) date» line and picture links. */
function cleanTweets(root: Element): void {
  root.querySelectorAll('blockquote.twitter-tweet, blockquote.twitter-video').forEach((bq) => {
    const firstP = bq.querySelector('p');
    if (!firstP) {
      bq.remove();
      return;
    }
    let n = firstP.nextSibling;
    while (n) {
      const next = n.nextSibling;
      n.parentNode?.removeChild(n);
      n = next;
    }
    firstP.querySelectorAll('a').forEach((a) => {
      if (/pic\.twitter\.com|t\.co\//.test(a.textContent ?? '')) a.remove();
    });
  });
}

/**
 * Bounding: every element deeper than `maxDepth` is replaced by its text in one <p>, walking iteratively
 * (no recursion, so 10,000 levels cost no stack). Readability then never sees more than maxDepth levels.
 */
function flattenDeep(root: Element, maxDepth: number): void {
  const deep: Element[] = [];
  const stack: [Element, number][] = [[root, 0]];
  while (stack.length) {
    const [el, depth] = stack.pop()!;
    if (depth >= maxDepth) {
      deep.push(el);
      continue;
    }
    for (let c = el.lastElementChild; c; c = c.previousElementSibling) stack.push([c, depth + 1]);
  }
  for (const el of deep) {
    const p = el.ownerDocument.createElement('p');
    p.textContent = iterativeText(el);
    el.replaceWith(p);
  }
}

/** textContent without recursion. */
function iterativeText(root: Node): string {
  return textNodes(root)
    .map((t) => t.data)
    .join('');
}

/**
 * Bounding: a page with more than LIMITS.maxElements elements is replaced by its main prose container —
 * the parent of the most paragraphs of text — before Readability runs. Returns true if content was cut.
 */
function cutToMainContainer(doc: Document): boolean {
  const score = new Map<Element, number>();
  const ps = doc.body.getElementsByTagName('p');
  for (let i = 0; i < ps.length; i++) {
    const p = ps[i];
    const parent = p.parentElement;
    if (!parent) continue;
    score.set(parent, (score.get(parent) ?? 0) + (p.textContent ?? '').length);
  }
  let best: Element | null = null,
    bestScore = 0;
  score.forEach((s, el) => {
    if (s > bestScore) {
      bestScore = s;
      best = el;
    }
  });
  if (!best) return false;
  const keep = best as Element;
  const headline = doc.body.querySelector('h1');
  const total = doc.body.querySelectorAll('*').length;
  const container = doc.createElement('article');
  if (headline && !keep.contains(headline)) container.append(headline);
  // the container itself may be huge: keep its first maxElements/2 paragraphs' worth of children
  let cut = false,
    count = 0;
  const children = Array.from(keep.children);
  for (const c of children) {
    count += 1 + c.querySelectorAll('*').length;
    if (count > LIMITS.maxElements) {
      cut = true;
      break;
    }
    container.append(c);
  }
  doc.body.replaceChildren(container);
  return cut || total > LIMITS.maxElements * 4;
}

// --- after Readability -------------------------------------------------------------------------------

function postClean(root: Element): void {
  root.querySelectorAll('figcaption, script, style, iframe, form, button').forEach((el) => el.remove());
  removeJunkBoxes(root);
  removeReadAlso(root);
}

/** Cut the content into paragraphs at block elements and <br>. */
function splitParagraphs(root: Element): string[] {
  const out: string[] = [];
  let cur = '';
  const flush = () => {
    const t = cleanSpaces(cur.replace(INLINE_JUNK, ''));
    if (t) out.push(t);
    cur = '';
  };
  const visit = (node: Node, depth: number) => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) {
        cur += c.nodeValue ?? '';
        continue;
      }
      if (c.nodeType !== 1) continue;
      const tag = (c as Element).tagName;
      if (tag === 'BR') {
        flush();
        continue;
      }
      if (tag === 'IMG' || tag === 'PICTURE' || tag === 'VIDEO' || tag === 'AUDIO' || tag === 'SOURCE') continue;
      const block = BLOCK_TAGS.has(tag);
      if (block) flush();
      if (depth < 200) visit(c, depth + 1);
      if (block) flush();
      else if (tag === 'A' || tag === 'SPAN') {
        /* inline: words continue */
      }
    }
  };
  visit(root, 0);
  flush();
  return dropBoilerplate(out);
}

const DATE_HEADING_END = /[:：]\s*$/;

function dropBoilerplate(paragraphs: string[]): string[] {
  const out: string[] = [];
  let prev = '';
  for (const p of paragraphs) {
    if (p === prev) continue;
    if (!/[\p{L}\p{N}]/u.test(p)) continue;
    if (Object.values(BOILERPLATE).some((re) => re.test(p))) continue;
    if (p.length <= SHORT_LINE_CHARS) {
      const { followUs, dateLine, ...short } = SHORT_BOILERPLATE;
      if (followUs.test(p) && SOCIAL_WORDS.test(p)) continue;
      // a date ending in a colon heads what follows («الخميس 02 مارس 2017:»): body, not a timestamp
      if (dateLine.test(p) && !DATE_HEADING_END.test(p)) continue;
      if (Object.values(short).some((re) => re.test(p))) continue;
    }
    out.push(p);
    prev = p;
  }
  return out;
}

/** A short line that reads as a byline («كتب: فلان»): the match, its name in group 1. */
const bylineMatch = (p: string) => (p.length <= BYLINE_MAX_CHARS ? BYLINE_LINE.exec(p) : null);
/** A short line that begins with a dateline («الرباط – هسبريس»). */
const isDatelineLine = (p: string) => p.length <= DATELINE_ONLY_MAX_CHARS && DATELINE.test(p) && !NOT_A_PLACE.test(p);
/** A short line with a date or a time and no sentence end («03 يونيو 2024 - 07:45»). */
const isMetaLine = (p: string) =>
  HEAD_META_LINE.test(p) && p.split(/\s+/).length <= HEAD_META_MAX_WORDS && !/[.؟?!]$/.test(p);

/** A byline, a dateline or a short line of date and time: what may follow a headline glued to the first lines. */
function isHeadLine(p: string): boolean {
  return !!bylineMatch(p) || isDatelineLine(p) || isMetaLine(p);
}

/** The start of the body: the headline again, bylines, timestamps, a dateline. */
function cleanHead(paragraphs: string[], title: string): { paragraphs: string[]; byline?: string } {
  const ps = paragraphs.slice();
  let byline: string | undefined;
  const nt = normTitle(title);
  for (let i = 0; i < Math.min(HEAD_PARAGRAPHS, ps.length); i++) {
    let p = ps[i];
    const np = normTitle(p);
    if (
      nt &&
      (np === nt ||
        (np.length > 20 && nt.startsWith(np)) ||
        (nt.length > 20 && np.startsWith(nt) && np.length - nt.length < 3))
    ) {
      ps.splice(i--, 1);
      continue;
    }
    // the headline glued to the next line («العنوان بقلم: فلان»): only before a byline or a line of date and place,
    // which the steps below then drop; a lead that opens with the headline's words and goes on is the lead
    // («مقتل 4 أشخاص إثر أمطار غزيرة في تونس …» under the headline «مقتل 4 أشخاص إثر أمطار غزيرة»)
    if (nt.length > 20 && np.startsWith(nt) && p.startsWith(title)) {
      const rest = p.slice(title.length).trim();
      if (isHeadLine(rest)) p = ps[i] = rest;
    }
    const b = bylineMatch(p);
    if (b && !/[.؟?!]$/.test(p)) {
      byline ??= b[1].trim();
      ps.splice(i--, 1);
      continue;
    }
    if (isDatelineLine(p)) {
      const rest = p.replace(DATELINE, '');
      if (!rest || rest.split(/\s+/).length <= 3) {
        ps.splice(i--, 1);
        continue;
      } // «الرباط - هسبريس»
    }
    if (isMetaLine(p) && !DATE_HEADING_END.test(p)) {
      ps.splice(i--, 1);
      continue;
    }
  }
  // dateline prefix of the first paragraph of prose
  for (let i = 0; i < Math.min(2, ps.length); i++) {
    const p = ps[i];
    if (p.length < 60 || NOT_A_PLACE.test(p)) continue;
    const m = DATELINE.exec(p);
    if (m && m[0].length < 70 && /[-–—ـ:：|)»"]\s*$/.test(m[0]) && p.length - m[0].length > 40)
      ps[i] = p.slice(m[0].length).trim();
    break;
  }
  return { paragraphs: ps, byline };
}

// --- metadata ----------------------------------------------------------------------------------------

interface PageMeta {
  title?: string;
  author?: string;
  siteName?: string;
  published?: string;
  lang?: string;
}

/** Fallback metadata from JSON-LD and meta tags (Readability reads most of it first). */
function readMeta(doc: Document): PageMeta {
  const m: PageMeta = {};
  const metaContent = (sel: string) => doc.querySelector(sel)?.getAttribute('content')?.trim() || undefined;
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]')).slice(0, 10)) {
    let data: unknown;
    try {
      data = JSON.parse(s.textContent ?? '');
    } catch {
      continue;
    }
    const items: Record<string, unknown>[] = [];
    const collect = (x: unknown) => {
      if (Array.isArray(x)) x.forEach(collect);
      else if (x && typeof x === 'object') {
        const o = x as Record<string, unknown>;
        items.push(o);
        if (o['@graph']) collect(o['@graph']);
      }
    };
    collect(data);
    for (const o of items) {
      const type = String(o['@type'] ?? '');
      if (!/Article|Posting|Report/.test(type)) continue;
      m.title ??= str(o.headline);
      m.published ??= str(o.datePublished);
      m.lang ??= str(o.inLanguage);
      m.author ??= names(o.author);
      m.siteName ??= names(o.publisher);
    }
  }
  m.published ??=
    metaContent('meta[property="article:published_time"]') ??
    metaContent('meta[itemprop="datePublished"]') ??
    metaContent('meta[name="pubdate"]') ??
    metaContent('meta[name="publish-date"]') ??
    (doc.querySelector('time[datetime]')?.getAttribute('datetime') || undefined);
  m.siteName ??= metaContent('meta[property="og:site_name"]');
  m.author ??= metaContent('meta[name="author"]');
  m.lang ??=
    metaContent('meta[http-equiv="content-language"]') ?? metaContent('meta[property="og:locale"]')?.replace('_', '-');
  return m;
}

function str(x: unknown): string | undefined {
  return typeof x === 'string' && x.trim() ? x.trim() : undefined;
}
function names(x: unknown): string | undefined {
  const list = (Array.isArray(x) ? x : [x]).map((a) =>
    typeof a === 'string' ? a : str((a as { name?: unknown } | null)?.name),
  );
  const s = list.filter(Boolean).join('، ');
  return s || undefined;
}

function cleanByline(b?: string | null): string | undefined {
  if (!b) return undefined;
  const s = cleanSpaces(b)
    .replace(/^(?:كتب|كتبت|بقلم|حوار|إعداد|اعداد|بواسطة|By)\s*[:：\-–—]?\s*/i, '')
    .replace(
      /\s*(?:(?:السبت|الأحد|الاحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الاربعاء|الخميس|الجمعة)\s*[،,]?\s*)?\d{1,2}\s+\S+\s+\d{4}.*$/,
      '',
    )
    .trim();
  return s && s.length <= 120 ? s : undefined;
}

// --- helpers -----------------------------------------------------------------------------------------

function linkDensity(el: Element): number {
  const text = (el.textContent ?? '').replace(/\s+/g, '').length;
  if (!text) return 0;
  let links = 0;
  el.querySelectorAll('a').forEach((a) => {
    links += (a.textContent ?? '').replace(/\s+/g, '').length;
  });
  return links / text;
}

function cleanSpaces(s: string): string {
  return s.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}

/** Title comparison: no punctuation, diacritics or spaces. */
function normTitle(s: string): string {
  return s.replace(/[\u064B-\u0652\u0640]/g, '').replace(/[^\p{L}\p{N}]+/gu, '');
}
