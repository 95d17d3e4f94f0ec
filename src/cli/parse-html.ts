/**
 * Node-only DOM helper: parse an HTML string into a Document the way a browser's DOMParser does, for the
 * CLI, the tests and the evals (the popup parses the page's outerHTML with DOMParser; core code only
 * takes a Document and never touches globals).
 *
 * linkedom alone does not follow the HTML5 tree-construction rules (it keeps the nested <html> of
 * IE conditional comments, leaves `<a/>` open around the whole page, puts <div> inside <p> …), which made
 * real pages come out as an empty <body>. So the HTML is first parsed with parse5 (the WHATWG-spec parser)
 * and re-serialized, which gives linkedom a well-formed tree identical to the browser's.
 */
import { parse, serialize } from 'parse5';
import { parseHTML } from 'linkedom';

/**
 * Parse `html` into a Document. When `url` is given it becomes the document's URL (`document.URL`, as in
 * the browser) and, if the page has no <base href>, a <base> is added so relative links resolve.
 */
export function parseHtmlDocument(html: string, url?: string): Document {
  const normalized = serialize(parse(html));
  const { document } = parseHTML(normalized);
  const doc = document as unknown as Document;
  if (url) {
    try {
      Object.defineProperty(doc, 'URL', { value: url, configurable: true });
      Object.defineProperty(doc, 'documentURI', { value: url, configurable: true });
    } catch {
      /* read-only in some versions: the <base> below still gives the URL */
    }
    if (!doc.querySelector('base[href]') && doc.head) {
      const base = doc.createElement('base');
      base.setAttribute('href', url);
      doc.head.prepend(base);
    }
  }
  return doc;
}
