/** Inputs of the bench: the real saved pages, the project's fixture pages, and long articles built from EASC. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { wordCount } from '../../src/core/text';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DATA = process.env.KHULASA_DATA ?? resolve(ROOT, '..', 'shared', 'data');

export interface BenchPage {
  /** short name for the table */
  name: string;
  /** where it comes from: real (../shared/data/pages) or fixture (test/…) */
  kind: 'real' | 'fixture';
  /** absolute file path */
  file: string;
  /** URL path under the bench's page server (see PAGE_ROOTS) */
  path: string;
}

/** Every page: the real ones in ../shared/data/pages/** and web-pages/**, test/e2e/pages/*.html, test/test-pages/* /source.html. */
export function benchPages(): BenchPage[] {
  const out: BenchPage[] = [];
  for (const [top, prefix] of [
    ['pages', '/real/'],
    ['web-pages', '/web/'],
  ]) {
    const pagesDir = join(DATA, top);
    if (!existsSync(pagesDir)) continue;
    for (const sub of readdirSync(pagesDir).sort()) {
      const dir = join(pagesDir, sub);
      for (const f of readdirSync(dir)
        .filter((f) => f.endsWith('.html'))
        .sort()) {
        out.push({ name: f.replace(/\.html$/, ''), kind: 'real', file: join(dir, f), path: `${prefix}${sub}/${f}` });
      }
    }
  }
  const e2e = join(ROOT, 'test/e2e/pages');
  if (existsSync(e2e)) {
    for (const f of readdirSync(e2e)
      .filter((f) => f.endsWith('.html'))
      .sort()) {
      out.push({ name: `e2e/${f.replace(/\.html$/, '')}`, kind: 'fixture', file: join(e2e, f), path: `/e2e/${f}` });
    }
  }
  const tp = join(ROOT, 'test/test-pages');
  if (existsSync(tp)) {
    for (const d of readdirSync(tp).sort()) {
      const file = join(tp, d, 'source.html');
      if (existsSync(file)) out.push({ name: `tp/${d}`, kind: 'fixture', file, path: `/tp/${d}/source.html` });
    }
  }
  return out;
}

/** URL prefix → directory, for the bench's page server. */
export const PAGE_ROOTS: Record<string, string> = {
  '/real/': join(DATA, 'pages'),
  '/web/': join(DATA, 'web-pages'),
  '/e2e/': join(ROOT, 'test/e2e/pages'),
  '/tp/': join(ROOT, 'test/test-pages'),
};

export const SAMPLE_ARTICLE = join(ROOT, 'test/fixtures/sample-article.txt');
export const EASC = join(DATA, 'easc', 'easc-dev.jsonl');

/** Real Arabic paragraphs, in corpus order: EASC articles when present, else the sample article. */
export function arabicParagraphs(): { source: string; paragraphs: string[] } {
  if (existsSync(EASC)) {
    const paragraphs = readFileSync(EASC, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .flatMap((l) => (JSON.parse(l) as { article: string }).article.split('\n'))
      .map((p) => p.trim())
      .filter((p) => p.length > 0);
    return { source: 'EASC dev articles, concatenated', paragraphs };
  }
  const paragraphs = readFileSync(SAMPLE_ARTICLE, 'utf8')
    .split('\n')
    .map((p) => p.trim())
    .filter(Boolean);
  return { source: basename(SAMPLE_ARTICLE) + ' (repeated)', paragraphs };
}

/**
 * An article of about `words` words: whole paragraphs of real text in order (cycling if needed), the
 * last one cut at a sentence end when possible. Deterministic.
 */
export function buildArticle(words: number, offset = 0): { title: string; text: string; words: number } {
  const { paragraphs } = arabicParagraphs();
  const out: string[] = [];
  let n = 0;
  for (let i = offset; n < words; i++) {
    const p = paragraphs[i % paragraphs.length];
    const w = wordCount(p);
    if (n + w <= words) {
      out.push(p);
      n += w;
      continue;
    }
    const parts = p.split(/\s+/).slice(0, words - n);
    let cut = parts.join(' ');
    const stop = Math.max(cut.lastIndexOf('.'), cut.lastIndexOf('؟'), cut.lastIndexOf('!'));
    if (stop > cut.length / 2) cut = cut.slice(0, stop + 1);
    out.push(cut);
    n += wordCount(cut);
    break;
  }
  const title = out[0].split(/\s+/).slice(0, 10).join(' ');
  const text = out.join('\n');
  return { title, text, words: wordCount(text) };
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A news page around an article (the shape of test/e2e/pages/arabic-article.html). */
export function articlePage(a: { title: string; text: string }): string {
  const paras = a.text
    .split('\n')
    .map((p) => `<p>${esc(p)}</p>`)
    .join('\n');
  return `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>${esc(a.title)}</title>
<meta property="og:type" content="article"><meta property="article:published_time" content="2024-05-15T09:30:00+03:00">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":${JSON.stringify(a.title)}}</script>
</head><body><header><nav><a href="/">الرئيسية</a><a href="/world">العالم</a></nav></header>
<main><article><h1>${esc(a.title)}</h1>
${paras}
</article></main><footer>© أخبار</footer></body></html>`;
}
