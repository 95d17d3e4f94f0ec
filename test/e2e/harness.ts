/**
 * Real-browser harness: Debian's Chromium (headless) with the extension loaded unpacked, and a static
 * server on 127.0.0.1 for the fixture pages (both from test/support/, shared with the bench and the
 * Firefox test). The tests load dist-e2e/ (the production build plus test hooks in the background,
 * built by test/e2e/global-setup.ts); the bench loads the production dist/.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { CHROMIUM, launchChromiumWithExtension } from '../support/browsers';
import { serveStatic } from '../support/static-server';

export const ROOT = resolve(import.meta.dirname, '../..');
/** The production build (`npm run build`). */
export const DIST = join(ROOT, 'dist');
/** The e2e build: dist/ plus the background's test hooks (`vite build --mode e2e`). */
export const E2E_DIST = join(ROOT, 'dist-e2e');
export const PAGES = join(ROOT, 'test/e2e/pages');
export const ARTIFACTS = join(ROOT, 'test/artifacts');
export { CHROMIUM };

export interface Harness {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  baseUrl: string;
  /** every request the browser made, with the page or worker URL that made it when known */
  requests: { url: string; from: string }[];
  close(): Promise<void>;
}

/** The fixture pages (and `extra` in-memory pages: path → HTML) on 127.0.0.1. */
export function serve(dir: string, extra: Record<string, string> = {}) {
  return serveStatic(dir, { pages: extra });
}

export async function launch(
  opts: { locale?: string; colorScheme?: 'light' | 'dark'; pages?: Record<string, string>; dist?: string } = {},
): Promise<Harness> {
  const dist = opts.dist ?? E2E_DIST;
  if (!existsSync(join(dist, 'manifest.json'))) {
    throw new Error(
      `${dist} is missing: ${dist === E2E_DIST ? 'run the browser tests through vitest (its global setup builds it)' : 'run `npm run build` first'}`,
    );
  }
  const server = await serve(PAGES, opts.pages);
  const browser = await launchChromiumWithExtension(dist, opts).catch(async (e) => {
    await server.close();
    throw e;
  });
  const { context } = browser;
  const requests: Harness['requests'] = [];
  context.on('request', (r) => {
    let from = '';
    try {
      from = r.frame().url();
    } catch {
      from = r.serviceWorker()?.url() ?? '';
    }
    requests.push({ url: r.url(), from });
  });
  const worker = await extensionWorker(context, server.baseUrl).catch(async (e) => {
    await browser.close();
    await server.close();
    throw e;
  });
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    baseUrl: server.baseUrl,
    requests,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * The extension's service worker. On a loaded machine it can start late: poll for it, and wake it by
 * loading a page (the content script's report starts the worker) if it has not appeared.
 */
async function extensionWorker(context: BrowserContext, baseUrl: string): Promise<Worker> {
  const until = Date.now() + 60_000;
  let woke = false;
  while (Date.now() < until) {
    const w = context.serviceWorkers().find((sw) => sw.url().startsWith('chrome-extension://'));
    if (w) return w;
    if (!woke && Date.now() > until - 50_000) {
      woke = true;
      const p = await context.newPage();
      await p.goto(baseUrl + '/arabic-article.html').catch(() => {});
      await p.close();
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error("the extension's service worker did not start within 60 s");
}

/** The browser's id of the tab showing `page`: bring it to the front and ask for the active tab. */
export async function tabIdOf(h: Harness, page: Page): Promise<number> {
  await page.bringToFront();
  return h.worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab.id!;
  });
}

/** Opens a tab on a fixture path ('/page.html', served on 127.0.0.1) or a full URL, and returns its tab id. */
export async function openTab(h: Harness, pathOrUrl: string): Promise<{ page: Page; tabId: number }> {
  const page = await h.context.newPage();
  await page.goto(pathOrUrl.startsWith('/') ? h.baseUrl + pathOrUrl : pathOrUrl);
  return { page, tabId: await tabIdOf(h, page) };
}

export async function badgeText(h: Harness, tabId: number): Promise<string> {
  return h.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

export function popupUrl(h: Harness, tabId: number, mode: 'page' | 'selection' = 'page'): string {
  return `chrome-extension://${h.extensionId}/src/popup/index.html?tabId=${tabId}&mode=${mode}`;
}

/** Opens the popup page for a tab, sized like the real popup. */
export async function openPopup(h: Harness, tabId: number, mode: 'page' | 'selection' = 'page'): Promise<Page> {
  const popup = await h.context.newPage();
  await popup.setViewportSize({ width: 420, height: 640 });
  await popup.goto(popupUrl(h, tabId, mode));
  return popup;
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** Waits until the content script has reported (the badge is set asynchronously). */
export async function waitForBadge(h: Harness, tabId: number, expected: string, timeoutMs = 10_000): Promise<string> {
  const until = Date.now() + timeoutMs;
  let text = '';
  while (Date.now() < until) {
    text = await badgeText(h, tabId);
    if (text === expected) return text;
    await new Promise((r) => setTimeout(r, 100));
  }
  return text;
}
