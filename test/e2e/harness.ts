/**
 * Real-browser harness: Debian's Chromium (headless) with the built dist/ loaded as an unpacked
 * extension, and a static server on 127.0.0.1 for the fixture pages.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, extname } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '../..');
export const DIST = join(ROOT, 'dist');
export const PAGES = join(ROOT, 'test/e2e/pages');
export const ARTIFACTS = join(ROOT, 'test/artifacts');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags for a quiet Chromium on a machine without network. */
const CHROMIUM_FLAGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-default-apps', '--no-default-browser-check',
];

export interface Harness {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  baseUrl: string;
  /** every request the browser made, with the page or worker URL that made it when known */
  requests: { url: string; from: string }[];
  close(): Promise<void>;
}

const MIME: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.png': 'image/png' };

export function serve(dir: string, extra: Record<string, string> = {}): Promise<{ server: Server; baseUrl: string }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (extra[path] !== undefined) {
      res.writeHead(200, { 'content-type': MIME['.html'] });
      return res.end(extra[path]);
    }
    const file = join(dir, path);
    if (!file.startsWith(dir) || !existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      return res.end('not found');
    }
    res.writeHead(200, { 'content-type': MIME[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => {
    const addr = server.address();
    ok({ server, baseUrl: `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}` });
  }));
}

export async function launch(opts: { locale?: string; colorScheme?: 'light' | 'dark'; pages?: Record<string, string> } = {}): Promise<Harness> {
  if (!existsSync(join(DIST, 'manifest.json'))) throw new Error('dist/ is missing: run `npm run build` first');
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM} (apt-get install chromium)`);
  const { server, baseUrl } = await serve(PAGES, opts.pages);
  const userDataDir = mkdtempSync(join(tmpdir(), 'khulasa-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    locale: opts.locale ?? 'en-US',
    colorScheme: opts.colorScheme ?? 'light',
    args: [...CHROMIUM_FLAGS, `--disable-extensions-except=${DIST}`, `--load-extension=${DIST}`, `--lang=${opts.locale ?? 'en-US'}`],
  });
  const requests: Harness['requests'] = [];
  context.on('request', (r) => {
    let from = '';
    try { from = r.frame().url(); } catch { from = r.serviceWorker()?.url() ?? ''; }
    requests.push({ url: r.url(), from });
  });
  const worker = await extensionWorker(context, baseUrl);
  const extensionId = new URL(worker.url()).host;
  return {
    context, worker, extensionId, baseUrl, requests,
    async close() {
      await context.close();
      server.close();
      rmSync(userDataDir, { recursive: true, force: true });
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
  throw new Error('the extension\'s service worker did not start within 60 s');
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
