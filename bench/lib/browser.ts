/** Chromium for the bench: a page server (cross-origin isolated, so performance.now() has fine resolution), bundles, CDP helpers. */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { build } from 'vite';
import { chromium, type Browser, type CDPSession, type Page } from 'playwright-core';
import { PAGE_ROOTS, ROOT } from './corpus';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_FLAGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-default-apps', '--no-default-browser-check',
];

const MIME: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css' };

/**
 * Static server for the bench pages. COOP/COEP make the pages cross-origin isolated: performance.now()
 * then has 5 µs resolution instead of 100 µs. Cross-origin subresources are blocked by COEP (there is no
 * network anyway).
 */
export function servePages(extra: Record<string, string> = {}): Promise<{ server: Server; baseUrl: string }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const headers = { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' };
    if (extra[path] !== undefined) {
      res.writeHead(200, { ...headers, 'content-type': MIME['.html'] });
      return res.end(extra[path]);
    }
    for (const [prefix, dir] of Object.entries(PAGE_ROOTS)) {
      if (!path.startsWith(prefix)) continue;
      const file = resolve(dir, path.slice(prefix.length));
      if (file.startsWith(dir) && existsSync(file)) {
        res.writeHead(200, { ...headers, 'content-type': MIME[extname(file)] ?? 'application/octet-stream' });
        return res.end(readFileSync(file));
      }
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => {
    const addr = server.address();
    ok({ server, baseUrl: `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}` });
  }));
}

/** A plain headless Chromium (no extension): for timing core code injected into pages. */
export async function launchPlain(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}`);
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS });
}

/** Only the bench server answers: every other request is aborted at once (no waiting on a missing network). */
export async function localOnly(page: Page, baseUrl: string): Promise<void> {
  await page.route('**/*', (route) => (route.request().url().startsWith(baseUrl) ? route.continue() : route.abort()));
}

/**
 * The bench's browser bundle (detectPage, extractArticle, Readability on globalThis.__khulasaBench), built
 * in memory by vite the way vite.config.ts builds dist/content/index.js (IIFE, minified, chrome120).
 */
export async function browserBundle(): Promise<string> {
  const out = await build({
    configFile: false, logLevel: 'silent', root: ROOT,
    build: {
      write: false, target: 'chrome120', minify: true,
      lib: { entry: join(ROOT, 'bench/lib/browser-entry.ts'), formats: ['iife'], name: 'khulasaBench', fileName: () => 'bench.js' },
    },
  });
  const outputs = Array.isArray(out) ? out : [out];
  for (const o of outputs) {
    for (const c of (o as { output: { type: string; code?: string }[] }).output) if (c.type === 'chunk' && c.code) return c.code;
  }
  throw new Error('bench bundle: no output');
}

/** CDP on a target reached through a page's session (Playwright has no CDPSession for service workers). */
export async function attachTarget(session: CDPSession, type: string, urlPart = ''): Promise<(method: string, params?: object) => Promise<any>> {
  const { targetInfos } = (await session.send('Target.getTargets' as never)) as { targetInfos: { targetId: string; type: string; url: string }[] };
  const t = targetInfos.find((x) => x.type === type && x.url.includes(urlPart));
  if (!t) throw new Error(`no ${type} target`);
  const { sessionId } = (await session.send('Target.attachToTarget' as never, { targetId: t.targetId, flatten: false } as never)) as { sessionId: string };
  let id = 0;
  const waiting = new Map<number, (m: { result?: unknown; error?: { message: string } }) => void>();
  session.on('Target.receivedMessageFromTarget' as never, ((e: { sessionId: string; message: string }) => {
    if (e.sessionId !== sessionId) return;
    const m = JSON.parse(e.message);
    waiting.get(m.id)?.(m);
    waiting.delete(m.id);
  }) as never);
  return (method, params = {}) => new Promise((ok, fail) => {
    const i = ++id;
    waiting.set(i, (m) => (m.error ? fail(new Error(m.error.message)) : ok(m.result)));
    void session.send('Target.sendMessageToTarget' as never, { sessionId, message: JSON.stringify({ id: i, method, params }) } as never).catch(fail);
  });
}
