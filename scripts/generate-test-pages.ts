/**
 * Write a test page's expected outputs from the CURRENT code, for review by eye (like Readability's
 * generate-testcase). The expectations are then committed and the unit tests hold the code to them.
 *
 *   npx tsx scripts/generate-test-pages.ts <name> [...]     # test/test-pages/<name>/source.html must exist
 *   npx tsx scripts/generate-test-pages.ts --all            # regenerate every page (review the git diff!)
 *
 * expected.json keeps hand-written fields it already has (url, with, without) and gets isArabic,
 * isArticle, and for articles title/byline/siteName/published/lang; expected-body.txt gets the body,
 * paragraphs separated by a blank line.
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHtmlDocument as parseDocument } from '../src/cli/parse-html';
import { decodeHtml } from '../src/cli/read-input';
import { detectPage } from '../src/core/detect/detect-page';
import { extractArticle } from '../src/core/extract/extract-article';

const PAGES = resolve(dirname(fileURLToPath(import.meta.url)), '../test/test-pages');

function generate(name: string): void {
  const dir = join(PAGES, name);
  const src = join(dir, 'source.html');
  if (!existsSync(src)) throw new Error(`no ${src}`);
  const expPath = join(dir, 'expected.json');
  const old = existsSync(expPath) ? JSON.parse(readFileSync(expPath, 'utf8')) : {};
  const doc = parseDocument(decodeHtml(readFileSync(src), src), old.url); // as the CLI and eval:pages read pages
  const det = detectPage(doc);
  const exp: Record<string, unknown> = {
    ...(old.url ? { url: old.url } : {}),
    isArabic: det.isArabic,
    isArticle: det.isArticle,
  };
  const bodyPath = join(dir, 'expected-body.txt');
  if (det.isArticle) {
    const ex = extractArticle(doc, old.url);
    if (ex) {
      exp.title = ex.title;
      for (const k of ['byline', 'siteName', 'published', 'lang'] as const) if (ex[k]) exp[k] = ex[k];
      writeFileSync(bodyPath, ex.paragraphs.join('\n\n') + '\n');
    }
  } else {
    if (old.title) exp.title = old.title; // hand-written, for review
    if (existsSync(bodyPath)) rmSync(bodyPath);
  }
  if (old.with) exp.with = old.with;
  if (old.without) exp.without = old.without;
  writeFileSync(expPath, JSON.stringify(exp, null, 2) + '\n');
  console.log(`${name}: isArabic=${det.isArabic} isArticle=${det.isArticle} confidence=${det.confidence}`);
}

const args = process.argv.slice(2);
if (!args.length) {
  console.error('usage: generate-test-pages.ts <name>... | --all');
  process.exit(2);
}
const names = args[0] === '--all' ? readdirSync(PAGES).filter((n) => existsSync(join(PAGES, n, 'source.html'))) : args;
for (const n of names) generate(n);
