/**
 * The popup's two defences against page text: balanceBidi (unpaired bidi controls cannot reorder the UI)
 * and withoutEventHandlers (no on* attribute reaches DOMParser, the page's text unchanged). The second
 * is checked against parse5, the WHATWG parser, with scripting off as in a DOMParser document.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { balanceBidi } from '../../../src/popup/bidi';
import { withoutEventHandlers } from '../../../src/popup/inert-html';

const RLO = '\u202E',
  PDF = '\u202C',
  RLI = '\u2067',
  PDI = '\u2069',
  LRE = '\u202A';

describe('balanceBidi', () => {
  it('drops an unterminated override, a stray closer, and keeps paired controls', () => {
    expect(balanceBidi(`${RLO}موقع`)).toBe('موقع');
    expect(balanceBidi(`a${PDF}b${PDI}c`)).toBe('abc');
    expect(balanceBidi(`a${RLO}b${PDF}c`)).toBe(`a${RLO}b${PDF}c`);
    expect(balanceBidi(`a${RLI}b${PDI}c`)).toBe(`a${RLI}b${PDI}c`);
    // a PDI closes the isolate and the embedding left open inside it (dropped: it had no PDF)
    expect(balanceBidi(`${RLI}x${LRE}y${PDI}`)).toBe(`${RLI}xy${PDI}`);
    // a PDF cannot close an embedding outside an isolate
    expect(balanceBidi(`${LRE}${RLI}x${PDF}${PDI}`)).toBe(`${RLI}x${PDI}`);
    expect(balanceBidi('بلا تحكم')).toBe('بلا تحكم');
  });

  it('any string: only bidi controls removed, and what is left is balanced', () => {
    const ch = fc.constantFrom(
      '\u202A',
      '\u202B',
      '\u202C',
      '\u202D',
      '\u202E',
      '\u2066',
      '\u2067',
      '\u2068',
      '\u2069',
      'ب',
      'a',
      ' ',
      '1',
    );
    fc.assert(
      fc.property(
        fc.array(ch, { maxLength: 60 }).map((x) => x.join('')),
        (s) => {
          const out = balanceBidi(s);
          expect(out.replace(/[\u202A-\u202E\u2066-\u2069]/g, '')).toBe(s.replace(/[\u202A-\u202E\u2066-\u2069]/g, ''));
          // balanced: a stack walk ends empty and never closes what is not open
          const stack: string[] = [];
          for (const c of out) {
            if ('\u202A\u202B\u202D\u202E'.includes(c)) stack.push('e');
            else if ('\u2066\u2067\u2068'.includes(c)) stack.push('i');
            else if (c === '\u202C') expect(stack.pop()).toBe('e');
            else if (c === '\u2069') expect(stack.pop()).toBe('i');
          }
          expect(stack).toEqual([]);
        },
      ),
      { seed: 17, numRuns: 500 },
    );
  });
});

type Node = DefaultTreeAdapterMap['node'];
/** Every attribute name and the text of every text node, in document order. */
function walk(html: string): { attrs: string[]; text: string } {
  const attrs: string[] = [];
  let text = '';
  const visit = (n: Node) => {
    if ('attrs' in n) for (const a of n.attrs) attrs.push(a.name);
    if (n.nodeName === '#text') text += (n as { value: string }).value + '\u0001';
    const kids = ('content' in n && n.content ? n.content.childNodes : []) as Node[];
    for (const c of [...kids, ...(('childNodes' in n ? n.childNodes : []) as Node[])]) visit(c);
  };
  visit(parse(html, { scriptingEnabled: false }) as unknown as Node);
  return { attrs, text };
}

describe('withoutEventHandlers', () => {
  it('removes on* attributes of every form; text, other attributes, comments and raw text untouched', () => {
    const html = `<!doctype html><html><head><title>a <b onclick=x> title</title><script>var s = '<p onclick="y">';</script></head>
<body onload="x()"><p ONCLICK='a>b' class="c" onmouseover=z/>text &lt;p onclick=1&gt;</p><!-- <p onclick=2> --><img src=x onerror="e"/>
<textarea><i onclick=3></i></textarea><svg onload=s><![CDATA[ <b onclick=4> ]]></svg><a title="x onclick=5" href="/">l</a></body></html>`;
    const out = withoutEventHandlers(html);
    const a = walk(html),
      b = walk(out);
    expect(a.attrs.filter((n) => /^on/.test(n)).length).toBeGreaterThanOrEqual(5);
    expect(b.attrs.filter((n) => /^on/.test(n))).toEqual([]);
    expect(b.attrs).toEqual(a.attrs.filter((n) => !/^on/.test(n)));
    expect(b.text).toBe(a.text);
    expect(out).toContain(`var s = '<p onclick="y">';`);
    expect(out).toContain('<!-- <p onclick=2> -->');
    expect(withoutEventHandlers('<p>no handlers</p>')).toBe('<p>no handlers</p>');
  });

  it('tag soup: the same text and the same non-handler attributes as the original, no on* left', () => {
    const piece = fc.constantFrom(
      '<p',
      '<div',
      '<b',
      ' onclick',
      ' onload',
      ' class',
      ' ONERROR',
      '=',
      '"',
      "'",
      '>',
      '/>',
      ' ',
      'نص',
      'x',
      '<script>',
      '</script>',
      '<title>',
      '</title>',
      '<textarea>',
      '</textarea>',
      '<style>',
      '</style>',
      '<!--',
      '-->',
      '</p>',
      '<',
      '&lt;',
      '<svg>',
      '</svg>',
      '<!doctype html>',
      '<?x?>',
      '</',
      '<plaintext>',
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 40 }).map((x) => x.join('')),
        (html) => {
          const a = walk(html),
            b = walk(withoutEventHandlers(html));
          expect(b.attrs.filter((n) => /^on/.test(n))).toEqual([]);
          expect(b.attrs).toEqual(a.attrs.filter((n) => !/^on/.test(n)));
          expect(b.text).toBe(a.text);
        },
      ),
      { seed: 17, numRuns: 3000 },
    );
  });
});
