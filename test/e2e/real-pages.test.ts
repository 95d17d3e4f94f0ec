/**
 * Every real page of ../shared/data in Chromium with the built extension (issue 18): the badge against
 * the label, the popup's state, and the popup's summary against the page's body.txt (every summary
 * sentence inside the body). Pages are served as saved, bytes unchanged and no charset in the HTTP header,
 * so Chromium decodes them by their <meta charset> as the CLI does; requests to any other host are aborted.
 *
 * Browser and CLI agree: for each page the core (detectPage, extractWithFallback) also runs on Chromium's
 * own parse of the page (DOMParser, as the popup parses it) and the verdict (every page) and body (Arabic
 * pages and articles) must equal the CLI's (parse5 + linkedom, src/cli/parse-html.ts).
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DATA, REAL_DIRS, loadRealCases, type PageCase } from '../../scripts/eval-pages';
import { parseHtmlDocument } from '../../src/cli/parse-html';
import { decodeHtml } from '../../src/cli/read-input';
import { extractWithFallback } from '../../src/core/analyze-page';
import { detectPage, QUICK } from '../../src/core/detect/detect-page';
import { sharedData } from '../quality/data';
import { ROOT, badgeText, launch, openPopup, tabIdOf, type Harness } from './harness';

const haveData = !!(sharedData('web-pages/real') && sharedData('web-pages/home') && sharedData('pages'));

/**
 * Serves ../shared/data/<dir>/<file> as saved: raw bytes, `text/html` without a charset (test/support's
 * server sends `charset=utf-8`, which would override the windows-1256 page's <meta charset>).
 */
function serveRaw(): Promise<{ server: Server; baseUrl: string }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = resolve(DATA, '.' + path);
    if (!file.startsWith(DATA) || !REAL_DIRS.some((d) => file.startsWith(join(DATA, d))) || !existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      return res.end('not found');
    }
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(readFileSync(file));
  });
  return new Promise((ok) =>
    server.listen(0, '127.0.0.1', () => {
      const addr = server.address();
      ok({ server, baseUrl: `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}` });
    }),
  );
}

/** The badge on an Arabic news article (src/background/badge.ts; not imported: it loads webextension-polyfill). */
const BADGE = { text: 'ع' };
const norm = (s: string) =>
  s
    .replace(/[\u064B-\u0652\u0640]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** The core, bundled for the page (an IIFE on globalThis.__khulasaCore). */
async function coreBundle(): Promise<string> {
  const out = await build({
    stdin: {
      contents: `import { detectPage } from './src/core/detect/detect-page';
        import { extractWithFallback } from './src/core/analyze-page';
        globalThis.__khulasaCore = { detectPage, extractWithFallback };`,
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    write: false,
    platform: 'browser',
    target: 'chrome120',
  });
  return out.outputFiles[0].text;
}

describe.skipIf(!haveData)('real pages in Chromium with the extension', () => {
  const cases = haveData ? loadRealCases() : [];
  let h: Harness;
  let raw: { server: Server; baseUrl: string };
  let core: string;

  beforeAll(async () => {
    [h, raw, core] = await Promise.all([launch(), serveRaw(), coreBundle()]);
    // only the two local servers answer: the pages' own scripts, fonts and ads never leave the machine
    await h.context.route(/^https?:/, (route) => {
      const u = route.request().url();
      return u.startsWith(raw.baseUrl) || u.startsWith(h.baseUrl) ? route.continue() : route.abort();
    });
  }, 120_000);
  afterAll(async () => {
    await h?.close();
    raw?.server.close();
  });

  const open = async (c: PageCase): Promise<{ page: Page; tabId: number }> => {
    const page = await h.context.newPage();
    await page.goto(`${raw.baseUrl}/${c.group}/${c.name}.html`, { waitUntil: 'load' });
    return { page, tabId: await tabIdOf(h, page) };
  };

  for (const c of cases) {
    it(`${c.group}/${c.name}: badge, popup and summary`, async () => {
      const { page, tabId } = await open(c);
      const popup = await openPopup(h, tabId);
      try {
        // the popup has the content script's reply once it shows a state: the badge is settled by then
        const state = await popup.locator('[data-testid^=state-]:not([data-testid=state-loading])').first();
        await state.waitFor({ timeout: 30_000 });
        const testId = await state.getAttribute('data-testid');
        const until = Date.now() + 5000;
        let badge = await badgeText(h, tabId);
        while (c.expectArticle && badge !== BADGE.text && Date.now() < until) {
          await new Promise((r) => setTimeout(r, 100));
          badge = await badgeText(h, tabId);
        }
        expect(badge, 'badge').toBe(c.expectArticle ? BADGE.text : '');
        if (c.expectArticle) {
          expect(testId).toBe('state-ready');
          expect(await popup.getByTestId('unsure').count()).toBe(0);
          const sentences = await popup.locator('[data-testid=summary] li').allTextContents();
          expect(sentences.length).toBeGreaterThan(0);
          if (c.body) {
            const body = norm(c.body);
            for (const s of sentences)
              expect(body, `summary sentence «${s.slice(0, 60)}…» not in body.txt`).toContain(norm(s));
          }
        } else {
          // home, section, directory and non-Arabic pages keep the message with «summarize anyway»
          expect(testId).toBe('state-not-article');
        }
      } finally {
        await popup.close();
        await page.close();
      }
    });
  }

  for (const c of cases) {
    it(`${c.group}/${c.name}: Chromium's parser and the CLI's give the same verdict and body`, async () => {
      const page = await h.context.newPage();
      try {
        await page.goto(`${h.baseUrl}/arabic-article.html`);
        await page.addScriptTag({ content: core });
        const html = readFileSync(join(DATA, c.group, `${c.name}.html`));
        // the CLI: bytes → text (as the browser decodes them) → parse5 + linkedom
        const text = decodeHtml(html);
        const cliDoc = parseHtmlDocument(text, c.url);
        const cliDet = detectPage(cliDoc);
        const cliBody = extractWithFallback(cliDoc, c.url)?.paragraphs ?? [];
        const browser = await page.evaluate(
          ({ text, url }) => {
            const k = (
              globalThis as unknown as {
                __khulasaCore: { detectPage: typeof detectPage; extractWithFallback: typeof extractWithFallback };
              }
            ).__khulasaCore;
            const doc = new DOMParser().parseFromString(text, 'text/html');
            if (url) Object.defineProperty(doc, 'URL', { value: url });
            const d = k.detectPage(doc);
            return {
              isArabic: d.isArabic,
              isArticle: d.isArticle,
              body: k.extractWithFallback(doc, url)?.paragraphs ?? [],
            };
          },
          { text, url: c.url },
        );
        expect({ isArabic: browser.isArabic, isArticle: browser.isArticle }).toEqual({
          isArabic: cliDet.isArabic,
          isArticle: cliDet.isArticle,
        });
        // the body of every Arabic page and every article (what a reader gets summarized); on non-Arabic home
        // pages Readability's pick of menus differs between the two DOMs and nothing is summarized there
        if (c.expectArabic || c.anyArticle) expect(browser.body.map(norm)).toEqual(cliBody.map(norm));
      } finally {
        await page.close();
      }
    });
  }
});

/** Issue 18, item 4: an Arabic prose block the detector is unsure about is summarized, with one quiet line. */
describe('an Arabic prose block without a headline, in Chromium', () => {
  const S = [
    'أعلنت وزارة الصحة اليوم عن إطلاق حملة وطنية للتلقيح ضد الحصبة تستهدف مليوني طفل في جميع المحافظات.',
    'وقال الوزير في مؤتمر صحفي إن الحملة ستستمر شهرا كاملا وإن الفرق الطبية ستزور المدارس والمراكز الصحية.',
    'وأضاف أن اللقاح آمن ومجاني داعيا الأسر إلى التعاون مع الفرق الطبية وعدم الالتفات إلى الشائعات.',
  ];
  const html = `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>موقع الأخبار</title></head><body><div>${S.map((p) => `<p>${p}</p>`).join('')}</div></body></html>`;
  it('no badge, the popup summarizes it under «this may not be a news article»', async () => {
    const h = await launch({ pages: { '/unsure.html': html } });
    try {
      const page = await h.context.newPage();
      await page.goto(`${h.baseUrl}/unsure.html`);
      const tabId = await tabIdOf(h, page);
      const popup = await openPopup(h, tabId);
      await popup.getByTestId('state-ready').waitFor({ timeout: 30_000 });
      expect(await badgeText(h, tabId)).toBe('');
      expect(await popup.getByTestId('unsure').count()).toBe(1);
      expect(await popup.locator('[data-testid=summary] li').count()).toBeGreaterThan(0);
    } finally {
      await h.close();
    }
  });
});

/** Issue 17, item 3: the page-load scan of a huge non-Arabic page is bounded by nodes (sizes made here). */
describe('huge non-Arabic pages in Chromium', () => {
  it('200,000 elements and 1,000,000 comments: the detector visits at most QUICK.maxNodes nodes', async () => {
    const h = await launch();
    try {
      const page = await h.context.newPage();
      await page.goto(`${h.baseUrl}/english-page.html`);
      await page.addScriptTag({ content: await coreBundle() });
      const r = await page.evaluate(() => {
        const k = (globalThis as unknown as { __khulasaCore: { detectPage: typeof detectPage } }).__khulasaCore;
        const out: { isArabic: boolean; nodes: number }[] = [];
        for (const make of [(d: Document) => d.createElement('span'), (d: Document) => d.createComment('c')]) {
          const doc = document.implementation.createHTMLDocument('Plain page');
          const n = out.length ? 1_000_000 : 200_000;
          const frag = doc.createDocumentFragment();
          for (let i = 0; i < n; i++) frag.appendChild(make(doc));
          doc.body.appendChild(frag);
          doc.body.appendChild(doc.createTextNode('نص عربي بعد الحد'));
          const d = k.detectPage(doc);
          out.push({ isArabic: d.isArabic, nodes: d.signals.nodes });
        }
        return out;
      });
      for (const x of r) {
        expect(x.isArabic).toBe(false);
        expect(x.nodes).toBeLessThanOrEqual(QUICK.maxNodes);
      }
    } finally {
      await h.close();
    }
  });
});
