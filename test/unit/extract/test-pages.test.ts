import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtmlDocument as parseDocument } from '../../../src/cli/parse-html';
import { extractArticle } from '../../../src/core/extract/extract-article';

const PAGES = resolve(__dirname, '../../test-pages');
const names = readdirSync(PAGES).filter((n) => existsSync(join(PAGES, n, 'expected-body.txt')));

describe('extractArticle on test/test-pages (articles)', () => {
  it('has Arabic article pages', () => expect(names.length).toBeGreaterThanOrEqual(8));
  for (const name of names) {
    it(name, () => {
      const dir = join(PAGES, name);
      const exp = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8'));
      const want = readFileSync(join(dir, 'expected-body.txt'), 'utf8').trim().split(/\n\n/);
      const ex = extractArticle(parseDocument(readFileSync(join(dir, 'source.html'), 'utf8'), exp.url), exp.url);
      expect(ex).not.toBeNull();
      expect(ex!.paragraphs).toEqual(want);
      expect(ex!.title).toBe(exp.title);
      for (const k of ['byline', 'siteName', 'published', 'lang'] as const)
        if (exp[k] !== undefined) expect(ex![k], k).toBe(exp[k]);
      expect(ex!.truncated).toBe(false);
      expect(ex!.isArabic).toBe(true);
    });
  }
});
