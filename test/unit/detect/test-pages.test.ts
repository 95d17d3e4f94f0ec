import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtmlDocument as parseDocument } from '../../../src/cli/parse-html';
import { detectPage } from '../../../src/core/detect/detect-page';

const PAGES = resolve(__dirname, '../../test-pages');
const names = readdirSync(PAGES).filter((n) => existsSync(join(PAGES, n, 'source.html')));

describe('detectPage on test/test-pages', () => {
  it('has at least 12 pages', () => expect(names.length).toBeGreaterThanOrEqual(12));
  for (const name of names) {
    it(name, () => {
      const exp = JSON.parse(readFileSync(join(PAGES, name, 'expected.json'), 'utf8'));
      const doc = parseDocument(readFileSync(join(PAGES, name, 'source.html'), 'utf8'), exp.url);
      const d = detectPage(doc);
      expect({ isArabic: d.isArabic, isArticle: d.isArticle }).toEqual({
        isArabic: exp.isArabic,
        isArticle: exp.isArticle,
      });
      expect(d.confidence).toBeGreaterThanOrEqual(0);
      expect(d.confidence).toBeLessThanOrEqual(1);
      // the verdict is JSON (CLI `khulasa detect`, extension messages)
      expect(JSON.parse(JSON.stringify(d))).toEqual(d);
    });
  }
});
