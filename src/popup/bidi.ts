/**
 * Page-derived strings shown in the popup may carry bidi controls (U+202A–U+202E, U+2066–U+2069). An
 * unterminated one (an RLO in og:site_name) would reorder whatever follows it in the same line — the
 * popup's own date, counts, labels. Every page-derived string is therefore shown inside its own isolate
 * (`<bdi>`, or an element with `dir`, which the UA stylesheet isolates) and passed through `balanceBidi`,
 * which drops the controls that have no partner: openers never closed, closers never opened.
 */

const EMBEDDING_OPENERS = new Set([0x202a, 0x202b, 0x202d, 0x202e]); // LRE RLE LRO RLO
const PDF = 0x202c;
const ISOLATE_OPENERS = new Set([0x2066, 0x2067, 0x2068]); // LRI RLI FSI
const PDI = 0x2069;
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;

/** `s` without its unpaired bidi embedding, override and isolate controls (paired ones are kept). */
export function balanceBidi(s: string): string {
  if (!BIDI_CONTROL.test(s)) return s;
  const drop = new Set<number>();
  const open: { at: number; isolate: boolean }[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (EMBEDDING_OPENERS.has(c)) open.push({ at: i, isolate: false });
    else if (ISOLATE_OPENERS.has(c)) open.push({ at: i, isolate: true });
    else if (c === PDF) {
      // a PDF closes the innermost embedding, and never one outside an isolate
      if (open.length && !open[open.length - 1].isolate) open.pop();
      else drop.add(i);
    } else if (c === PDI) {
      // a PDI closes the innermost isolate and, with it, the embeddings opened inside it
      const k = open.map((o) => o.isolate).lastIndexOf(true);
      if (k < 0) drop.add(i);
      else {
        for (const o of open.splice(k + 1)) drop.add(o.at);
        open.pop();
      }
    }
  }
  for (const o of open) drop.add(o.at);
  let out = '';
  for (let i = 0; i < s.length; i++) if (!drop.has(i)) out += s[i];
  return out;
}
