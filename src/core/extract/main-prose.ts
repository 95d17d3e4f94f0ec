/**
 * The body is the largest block of continuous prose, not everything Readability kept around it.
 * Readability picks the right part of the page but often keeps its neighbours: the tag list, the
 * «previous / next article» box, «subscribe» and app-store lines, a reading-time badge. Here the
 * extracted content is narrowed to the *main prose container* — the deepest element holding at least
 * MAIN_PROSE.share of the prose — plus the prose paragraphs standing before it (a lead paragraph set
 * apart by the layout). What follows the container, outside it, is dropped: on a news page that is
 * where tags, share boxes, related and prev/next links, comments and promos live.
 *
 * A *prose paragraph* is judged on its text, not its class names: a block (text attributed to its nearest
 * block element) of ≥ minChars characters, mostly not link text, that reads as a sentence (ends with
 * sentence punctuation) or is long (≥ minWords words). Headlines of other stories, tags and labels
 * are not prose.
 */

export const MAIN_PROSE = {
  minChars: 60,
  maxLinkRatio: 0.3,
  minWords: 20,
  /** the container must hold this share of the prose (characters) */
  share: 0.8,
};

/** Block-level elements: text belongs to the nearest one (also extraction's paragraph boundaries). */
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
  'DL',
  'FIGURE',
  'TABLE',
  'TR',
  'UL',
  'OL',
  'HEADER',
  'ADDRESS',
  'CENTER',
  'HR',
]);
const HEADINGS = /^H[1-6]$/;
/** Sentence punctuation at the end of a paragraph (quotes and brackets after it allowed). */
const SENTENCE_END = /[.!?؟…:؛][\s"'»”)\]]*$/;

interface Para {
  el: Element;
  chars: number;
  links: number;
  text: string;
  order: number;
}

/** Narrow `root` (Readability's content) to its main prose container; returns root itself when it already is. */
export function narrowToMainProse(root: Element): Element {
  const paras = new Map<Element, Para>();
  let order = 0;
  // text attributed to the nearest block element, iteratively (pages can nest deeply)
  const stack: [Node, Element, boolean][] = [[root, root, false]];
  while (stack.length) {
    const [node, block, inLink] = stack.pop()!;
    for (let c = node.lastChild; c; c = c.previousSibling) {
      if (c.nodeType === 1) {
        const tag = (c as Element).tagName;
        stack.push([c, BLOCK_TAGS.has(tag) ? (c as Element) : block, inLink || tag === 'A']);
      } else if (c.nodeType === 3) stack.push([c, block, inLink]);
    }
    if (node.nodeType === 3) {
      const t = node.nodeValue ?? '';
      const n = t.replace(/\s+/g, '').length;
      if (!n) continue;
      let p = paras.get(block);
      if (!p) {
        p = { el: block, chars: 0, links: 0, text: '', order: order++ };
        paras.set(block, p);
      }
      p.chars += n;
      if (inLink) p.links += n;
      p.text += t;
    }
  }
  const prose: Para[] = [];
  paras.forEach((p) => {
    if (isProse(p)) prose.push(p);
  });
  const total = prose.reduce((a, p) => a + p.chars, 0);
  if (!total) return root;
  // prose under every element
  const under = new Map<Element, number>();
  for (const p of prose) {
    for (let el: Element | null = p.el; el; el = el === root ? null : el.parentElement)
      under.set(el, (under.get(el) ?? 0) + p.chars);
  }
  const proseEls = new Set(prose.map((p) => p.el));
  let main = root;
  for (;;) {
    let next: Element | null = null;
    for (let c = main.firstElementChild; c; c = c.nextElementSibling) {
      // a container of paragraphs, never one paragraph: the short lines beside it (a one-line lead, a list) stay
      if ((under.get(c) ?? 0) >= MAIN_PROSE.share * total && !proseEls.has(c)) {
        next = c;
        break;
      }
    }
    if (!next) break;
    main = next;
  }
  if (main === root) return root;
  const firstInMain = Math.min(...prose.filter((p) => main.contains(p.el)).map((p) => p.order));
  const out = root.ownerDocument.createElement('div');
  for (const p of prose) {
    if (p.order < firstInMain && !main.contains(p.el) && !p.el.contains(main)) {
      const copy = root.ownerDocument.createElement('p');
      copy.textContent = p.text;
      out.append(copy);
    }
  }
  out.append(main);
  return out;
}

function isProse(p: Para): boolean {
  if (HEADINGS.test(p.el.tagName) || p.chars < MAIN_PROSE.minChars || p.links / p.chars > MAIN_PROSE.maxLinkRatio)
    return false;
  const text = p.text.trim();
  return SENTENCE_END.test(text) || text.split(/\s+/).length >= MAIN_PROSE.minWords;
}
