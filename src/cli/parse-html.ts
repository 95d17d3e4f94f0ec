/** Node-side HTML parsing for the CLI, tests and benchmarks (linkedom; the browser uses DOMParser). */
import { parseHTML } from 'linkedom';

export function parseHtmlDocument(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}
