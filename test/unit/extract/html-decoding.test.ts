/** The CLI decodes HTML bytes as a browser does (src/cli/read-input.ts). Pages are made here, in the legacy encodings. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CliError, decodeHtml, readTextFile, sniffHtmlEncoding } from '../../../src/cli/read-input';

const TEXT = 'وزارة الصحة تعلن حملة للتلقيح';
/** windows-1256 and ISO-8859-6 bytes of TEXT (Arabic letters and the space; TextDecoder has no encoder, so a table). */
function encode(text: string, encoding: string): Buffer {
  const dec = new TextDecoder(encoding);
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b++) table.set(dec.decode(Uint8Array.of(b)), b);
  return Buffer.from(
    [...text].map((ch) => {
      const b = table.get(ch);
      if (b === undefined) throw new Error(`${ch} not in ${encoding}`);
      return b;
    }),
  );
}
const page = (head: string, body: Buffer) =>
  Buffer.concat([
    Buffer.from(`<html><head>${head}<title>t</title></head><body><p>`),
    body,
    Buffer.from('</p></body></html>'),
  ]);

describe('HTML decoding (BOM, then <meta charset>, then UTF-8)', () => {
  it('<meta charset="windows-1256">', () => {
    const bytes = page('<meta charset="windows-1256">', encode(TEXT, 'windows-1256'));
    expect(sniffHtmlEncoding(bytes)).toBe('windows-1256');
    expect(decodeHtml(bytes)).toContain(TEXT);
  });
  it('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-6">', () => {
    const bytes = page(
      '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-6">',
      encode(TEXT, 'iso-8859-6'),
    );
    expect(sniffHtmlEncoding(bytes)).toBe('iso-8859-6');
    expect(decodeHtml(bytes)).toContain(TEXT);
  });
  it('a BOM wins over the meta tag', () => {
    const bytes = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      page('<meta charset="windows-1256">', Buffer.from(TEXT)),
    ]);
    expect(decodeHtml(bytes)).toContain(TEXT);
    expect(decodeHtml(bytes).charCodeAt(0)).not.toBe(0xfeff);
  });
  it('no declaration: UTF-8; invalid UTF-8 gets a clear message', () => {
    expect(decodeHtml(page('', Buffer.from(TEXT)))).toContain(TEXT);
    expect(() => decodeHtml(page('', encode(TEXT, 'windows-1256')), 'x.html')).toThrow(CliError);
    expect(() => decodeHtml(page('', encode(TEXT, 'windows-1256')), 'x.html')).toThrow(
      /not valid UTF-8 and declares no other charset/,
    );
  });
  it('readTextFile decodes .html files by their charset and keeps plain text strict UTF-8', () => {
    const dir = mkdtempSync(join(tmpdir(), 'khulasa-decode-'));
    writeFileSync(join(dir, 'a.html'), page('<meta charset="windows-1256">', encode(TEXT, 'windows-1256')));
    expect(readTextFile(join(dir, 'a.html'))).toContain(TEXT);
    writeFileSync(join(dir, 'a.txt'), encode(TEXT, 'windows-1256'));
    expect(() => readTextFile(join(dir, 'a.txt'))).toThrow(/not valid UTF-8/);
  });
});
