/**
 * The page's HTML without inline event-handler attributes (`onclick=…`, `onerror=…`), before the popup
 * parses it. Nothing in a DOMParser document runs, but Chromium checks every `on*` attribute it parses
 * against the popup's CSP and logs two violations per attribute; removing them first keeps the popup's
 * console for real problems. Extraction never reads these attributes.
 *
 * A small scanner after the HTML tokenizer's states: it reads start tags attribute by attribute (quoted
 * values may hold `>`), skips comments, CDATA, end tags and the raw-text and RCDATA elements (`<script>`,
 * `<style>`, `<title>`, `<textarea>`, …, whose contents are text, not tags), and touches nothing but the
 * removed attributes: the text of the page is unchanged. O(length of the HTML).
 */

/** Elements whose content the tokenizer reads as text up to their end tag. */
const RAW_TEXT = new Set(['script', 'style', 'xmp', 'iframe', 'noembed', 'noframes', 'textarea', 'title']);
const isAsciiAlpha = (c: string) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
const isTagSpace = (c: string) => c === ' ' || c === '\t' || c === '\n' || c === '\f' || c === '\r';

export function withoutEventHandlers(html: string): string {
  const keep: string[] = [];
  let from = 0; // start of the text not yet copied to `keep`
  let i = 0;
  const n = html.length;
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt < 0) break;
    if (html.startsWith('<!--', lt)) {
      // "<!-->" and "<!--->" are complete (empty) comments
      if (html.startsWith('>', lt + 4)) {
        i = lt + 5;
        continue;
      }
      if (html.startsWith('->', lt + 4)) {
        i = lt + 6;
        continue;
      }
      const end = html.indexOf('-->', lt + 4);
      i = end < 0 ? n : end + 3;
      continue;
    }
    if (html.startsWith('<![CDATA[', lt)) {
      const end = html.indexOf(']]>', lt + 9);
      i = end < 0 ? n : end + 3;
      continue;
    }
    const next = html[lt + 1] ?? '';
    if (next === '!' || next === '?' || (next === '/' && !isAsciiAlpha(html[lt + 2] ?? ''))) {
      // doctype, bogus comment, "</>" : up to the next ">"
      const end = html.indexOf('>', lt + 1);
      i = end < 0 ? n : end + 1;
      continue;
    }
    const endTag = next === '/';
    if (!endTag && !isAsciiAlpha(next)) {
      i = lt + 1;
      continue;
    } // a "<" in text
    // tag name
    let j = lt + (endTag ? 2 : 1);
    while (j < n && !isTagSpace(html[j]) && html[j] !== '/' && html[j] !== '>') j++;
    const name = html.slice(lt + (endTag ? 2 : 1), j).toLowerCase();
    // attributes, as the tokenizer reads them
    while (j < n && html[j] !== '>') {
      if (isTagSpace(html[j]) || html[j] === '/') {
        j++;
        continue;
      }
      const attrStart = j;
      j++; // the first character belongs to the name even when it is "="
      while (j < n && !isTagSpace(html[j]) && html[j] !== '/' && html[j] !== '>' && html[j] !== '=') j++;
      const attrName = html.slice(attrStart, j);
      let k = j;
      while (k < n && isTagSpace(html[k])) k++;
      if (html[k] === '=') {
        k++;
        while (k < n && isTagSpace(html[k])) k++;
        const q = html[k];
        if (q === '"' || q === "'") {
          const close = html.indexOf(q, k + 1);
          k = close < 0 ? n : close + 1;
        } else {
          while (k < n && !isTagSpace(html[k]) && html[k] !== '>') k++;
        }
        j = k;
      }
      if (!endTag && attrName.length > 2 && /^on/i.test(attrName)) {
        keep.push(html.slice(from, attrStart));
        from = j;
      }
    }
    i = j + 1;
    if (!endTag && name === 'plaintext') break; // the rest of the document is text
    if (!endTag && RAW_TEXT.has(name)) {
      // skip to "</name" followed by a space, "/" or ">"
      let at = i;
      for (;;) {
        const close = indexOfCaseless(html, '</' + name, at);
        if (close < 0) {
          at = n;
          break;
        }
        const after = html[close + 2 + name.length] ?? '';
        if (after === '' || after === '>' || after === '/' || isTagSpace(after)) {
          at = close;
          break;
        }
        at = close + 2;
      }
      i = at;
    }
  }
  if (from === 0) return html;
  keep.push(html.slice(from));
  return keep.join('');
}

/** indexOf of "</" + a lower-case ASCII tag name, ignoring the case of the name's letters in `hay`. */
function indexOfCaseless(hay: string, needle: string, from: number): number {
  outer: for (let i = hay.indexOf('</', from); i >= 0; i = hay.indexOf('</', i + 1)) {
    for (let k = 2; k < needle.length; k++) {
      if ((hay.charCodeAt(i + k) | 0x20) !== needle.charCodeAt(k)) continue outer;
    }
    return i;
  }
  return -1;
}
