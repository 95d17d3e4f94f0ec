/**
 * In-page highlighting of summary sentences and entity mentions. Uses the CSS Custom Highlight API
 * (no DOM changes at all); where it is missing, wraps text in <mark> elements and unwraps them later.
 */

export const HIGHLIGHT_NAMES = { sentence: 'khulasa-sentence', entity: 'khulasa-entity' } as const;
type Kind = keyof typeof HIGHLIGHT_NAMES;

const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT', 'OPTION', 'SVG']);
const MAX_TEXT_NODES = 50_000;
const MAX_MATCHES = 200;
const STYLE_ID = 'khulasa-highlight-style';

interface TextIndex { text: string; nodes: Text[]; starts: number[] }

/** Concatenated text of the page, whitespace collapsed to single spaces, with a map back to nodes. */
function indexPage(root: Node): TextIndex {
  const nodes: Text[] = [], starts: number[] = [];
  let text = '';
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode(n) {
      const p = n.parentElement;
      return !p || SKIP_TAGS.has(p.tagName.toUpperCase()) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT;
    },
  });
  for (let n = walker.nextNode() as Text | null; n && nodes.length < MAX_TEXT_NODES; n = walker.nextNode() as Text | null) {
    nodes.push(n);
    starts.push(text.length);
    text += n.data;
  }
  return { text, nodes, starts };
}

/** Removes marks that do not change how the text reads, so page text and extracted text compare. */
const IGNORABLE = /[\u064B-\u0652\u0670\u0640\u200B-\u200F\u202A-\u202E\u2066-\u2069\u00AD]/;

/** Builds a search string of the page text with a map from its positions to page positions. */
function searchable(text: string): { s: string; map: number[] } {
  let s = '';
  const map: number[] = [];
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (IGNORABLE.test(ch)) continue;
    if (/\s/.test(ch)) { space = true; continue; }
    if (space && s) { s += ' '; map.push(i); }
    space = false;
    s += ch; map.push(i);
  }
  return { s, map };
}

function squash(needle: string): string {
  let out = '';
  for (const ch of needle) if (!IGNORABLE.test(ch)) out += ch;
  return out.replace(/\s+/g, ' ').trim();
}

function rangeAt(idx: TextIndex, from: number, to: number): Range | null {
  const locate = (pos: number, end: boolean) => {
    let lo = 0, hi = idx.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (idx.starts[mid] < pos || (!end && idx.starts[mid] === pos)) lo = mid; else hi = mid - 1;
    }
    return { node: idx.nodes[lo], offset: pos - idx.starts[lo] };
  };
  const a = locate(from, false), b = locate(to, true);
  if (!a.node || !b.node) return null;
  const r = document.createRange();
  r.setStart(a.node, Math.min(a.offset, a.node.length));
  r.setEnd(b.node, Math.min(b.offset, b.node.length));
  return r;
}

function findRanges(needles: string[], max: number): Range[] {
  if (!document.body) return [];
  const idx = indexPage(document.body);
  const { s, map } = searchable(idx.text);
  const ranges: Range[] = [];
  for (const raw of needles) {
    const needle = squash(raw);
    if (!needle) continue;
    for (let at = s.indexOf(needle); at >= 0 && ranges.length < max; at = s.indexOf(needle, at + needle.length)) {
      const r = rangeAt(idx, map[at], map[at + needle.length - 1] + 1);
      if (r) ranges.push(r);
    }
  }
  return ranges;
}

let wrapped: HTMLElement[] = [];

function ensureStyle(color: string) {
  let style = document.getElementById(STYLE_ID) as HTMLStyleElement | null;
  if (!style) {
    style = document.createElement('style');
    style.id = STYLE_ID;
    (document.head ?? document.documentElement).append(style);
  }
  const safe = /^#[0-9a-f]{3,8}$/i.test(color) ? color : '#ffe066';
  style.textContent =
    `::highlight(${HIGHLIGHT_NAMES.sentence}){background:${safe};color:inherit}` +
    `::highlight(${HIGHLIGHT_NAMES.entity}){background:${safe}99;color:inherit}` +
    `mark[data-khulasa]{background:${safe};color:inherit;padding:0}`;
}

function supportsHighlights(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

export function clearHighlights(kind?: Kind): void {
  if (supportsHighlights()) {
    for (const k of kind ? [kind] : (Object.keys(HIGHLIGHT_NAMES) as Kind[])) CSS.highlights.delete(HIGHLIGHT_NAMES[k]);
  }
  if (!kind || wrapped.length) {
    for (const m of wrapped) {
      const parent = m.parentNode;
      if (!parent) continue;
      while (m.firstChild) parent.insertBefore(m.firstChild, m);
      parent.removeChild(m);
      parent.normalize();
    }
    wrapped = [];
  }
  if (!kind) document.getElementById(STYLE_ID)?.remove();
}

/** Highlights every occurrence of the needles; scrolls to the first when asked. Returns the count. */
export function highlight(kind: Kind, needles: string[], color: string, scroll: boolean): number {
  clearHighlights(kind);
  const ranges = findRanges(needles, kind === 'sentence' ? 1 : MAX_MATCHES);
  if (!ranges.length) return 0;
  ensureStyle(color);
  if (supportsHighlights()) {
    CSS.highlights.set(HIGHLIGHT_NAMES[kind], new Highlight(...ranges));
  } else {
    for (const r of ranges.reverse()) {
      const mark = document.createElement('mark');
      mark.dataset.khulasa = kind;
      try { r.surroundContents(mark); wrapped.push(mark); } catch { /* range crosses elements: skip */ }
    }
  }
  if (scroll) {
    const el = ranges[0].startContainer.parentElement;
    el?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }
  return ranges.length;
}
