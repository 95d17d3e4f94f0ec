/**
 * In-page highlighting of summary sentences and entity mentions with the CSS Custom Highlight API: no
 * change to the page's DOM but one <style> for the colour. The API is in every browser the manifest
 * accepts (Chrome 105+, `minimum_chrome_version`; Firefox 140+, `strict_min_version`).
 *
 * The page's text is indexed once per popup opening (the first click), not on every click: the index is
 * kept until the popup closes (`endHighlightSession`), and dropped as soon as the page's body changes
 * (a MutationObserver on the body), so the next click rebuilds it from the live page.
 */
import { LIMITS, isColor } from '../messaging/protocol';

export const HIGHLIGHT_NAMES = { sentence: 'khulasa-sentence', entity: 'khulasa-entity' } as const;
type Kind = keyof typeof HIGHLIGHT_NAMES;

const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT', 'OPTION', 'SVG']);
/**
 * Bounds of the index. Characters: the popup extracts its sentences from the first MAX_HTML_CHARS of the
 * page's HTML, whose text is never longer, so every sentence it can show lies within this much page text.
 * Text nodes: the same prefix, at one short text node per tag pair, stays under this many.
 */
export const INDEX_LIMITS = { maxChars: LIMITS.MAX_HTML_CHARS, maxTextNodes: 1_000_000 } as const;
const MAX_MATCHES = 200;
const STYLE_ID = 'khulasa-highlight-style';

/**
 * The page text as one search string: whitespace runs collapsed to one space, marks that do not change
 * how text reads removed (so page text and extracted text compare), with a map from each of its
 * positions to a position in the concatenated text of `nodes` (`starts[i]` = where node i begins).
 */
interface TextIndex {
  s: string;
  map: Int32Array;
  nodes: Text[];
  starts: Int32Array;
}

/** Removed from both sides before comparing: diacritics, tatweel, zero-width and bidi controls, soft hyphen. */
const IGNORABLE = /[\u064B-\u0652\u0670\u0640\u200B-\u200F\u202A-\u202E\u2066-\u2069\u00AD]/;
const SPACE = /\s/;

function buildIndex(root: Node): TextIndex {
  // the text nodes first (one native walk, the skip test done here), so the buffers are sized once
  const nodes: Text[] = [];
  const starts: number[] = [];
  let total = 0;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const p = node.parentElement;
    if (!p || SKIP_TAGS.has(p.tagName.toUpperCase())) continue;
    if (nodes.length >= INDEX_LIMITS.maxTextNodes || total >= INDEX_LIMITS.maxChars) break;
    nodes.push(node);
    starts.push(total);
    total += node.data.length;
  }
  const units = new Uint16Array(total);
  const map = new Int32Array(total);
  let n = 0,
    space = false;
  for (let k = 0; k < nodes.length; k++) {
    const data = nodes[k].data,
      at = starts[k];
    for (let i = 0; i < data.length; i++) {
      const c = data.charCodeAt(i);
      // most characters (Latin, Arabic letters U+0621–U+064A) lie between space and the first ignorable: no test
      if (!(c > 32 && c < 0x064b)) {
        if (c === 32 || SPACE.test(data[i])) {
          space = true;
          continue;
        }
        if (IGNORABLE.test(data[i])) continue;
      }
      if (space && n > 0) {
        units[n] = 32;
        map[n++] = at + i;
      }
      space = false;
      units[n] = c;
      map[n++] = at + i;
    }
  }
  // UTF-16 code units to a string in one native call (a lone surrogate becomes U+FFFD: same length, same positions)
  const s = new TextDecoder('utf-16le').decode(units.subarray(0, n));
  return { s, map: map.subarray(0, n), nodes, starts: Int32Array.from(starts) };
}

function squash(needle: string): string {
  let out = '';
  for (const ch of needle) if (!IGNORABLE.test(ch)) out += ch;
  return out.replace(/\s+/g, ' ').trim();
}

function rangeAt(idx: TextIndex, from: number, to: number): Range | null {
  const locate = (pos: number, end: boolean) => {
    let lo = 0,
      hi = idx.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (idx.starts[mid] < pos || (!end && idx.starts[mid] === pos)) lo = mid;
      else hi = mid - 1;
    }
    return { node: idx.nodes[lo], offset: pos - idx.starts[lo] };
  };
  const a = locate(from, false),
    b = locate(to, true);
  if (!a.node || !b.node) return null;
  const r = document.createRange();
  r.setStart(a.node, Math.min(a.offset, a.node.length));
  r.setEnd(b.node, Math.min(b.offset, b.node.length));
  return r;
}

// --- the index of one popup opening -----------------------------------------------------------------

let index: TextIndex | null = null;
/** The body the index was built from: a page that replaces its body gets a new index. */
let indexed: HTMLElement | null = null;
let observer: MutationObserver | null = null;

function dropIndex(): void {
  index = indexed = null;
  observer?.disconnect();
  observer = null;
}

/**
 * The index of the page's text: built on first use, reused until the popup closes or the body changes
 * (any change inside it; the highlight style lives outside it).
 */
function pageIndex(): TextIndex | null {
  const body = document.body;
  if (!body) return null;
  if (!index || indexed !== body) {
    dropIndex();
    index = buildIndex(body);
    indexed = body;
    observer = new MutationObserver(dropIndex);
    observer.observe(body, { subtree: true, childList: true, characterData: true });
  }
  return index;
}

function findRanges(needles: string[], max: number): Range[] {
  const idx = pageIndex();
  if (!idx) return [];
  const ranges: Range[] = [];
  for (const raw of needles) {
    const needle = squash(raw);
    if (!needle) continue;
    for (
      let at = idx.s.indexOf(needle);
      at >= 0 && ranges.length < max;
      at = idx.s.indexOf(needle, at + needle.length)
    ) {
      const r = rangeAt(idx, idx.map[at], idx.map[at + needle.length - 1] + 1);
      if (r) ranges.push(r);
    }
  }
  return ranges;
}

function ensureStyle(color: string) {
  let style = document.getElementById(STYLE_ID) as HTMLStyleElement | null;
  if (!style) {
    style = document.createElement('style');
    style.id = STYLE_ID;
    (document.head ?? document.documentElement).append(style);
  }
  const safe = isColor(color) ? color : '#ffe066';
  style.textContent =
    `::highlight(${HIGHLIGHT_NAMES.sentence}){background:${safe};color:inherit}` +
    `::highlight(${HIGHLIGHT_NAMES.entity}){background:${safe}99;color:inherit}`;
}

export function clearHighlights(kind?: Kind): void {
  for (const k of kind ? [kind] : (Object.keys(HIGHLIGHT_NAMES) as Kind[])) CSS.highlights.delete(HIGHLIGHT_NAMES[k]);
  if (!kind) document.getElementById(STYLE_ID)?.remove();
}

/** The popup closed or the page navigated: no highlight, no index, no observer left behind. */
export function endHighlightSession(): void {
  clearHighlights();
  dropIndex();
}

/** Highlights every occurrence of the needles; scrolls to the first when asked. Returns the count. */
export function highlight(kind: Kind, needles: string[], color: string, scroll: boolean): number {
  clearHighlights(kind);
  const ranges = findRanges(needles, kind === 'sentence' ? 1 : MAX_MATCHES);
  if (!ranges.length) return 0;
  ensureStyle(color);
  CSS.highlights.set(HIGHLIGHT_NAMES[kind], new Highlight(...ranges));
  if (scroll) ranges[0].startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  return ranges.length;
}
