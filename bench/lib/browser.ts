/**
 * Chromium for the bench: the page server (cross-origin isolated, so performance.now() has fine resolution),
 * the browser, the bench's bundle, CDP helpers. Server and browser come from test/support/ (shared with the tests).
 */
import { join } from 'node:path';
import { build } from 'vite';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { launchChromium } from '../../test/support/browsers';
import { serveStatic, type StaticServer } from '../../test/support/static-server';
import { PAGE_ROOTS, ROOT } from './corpus';

/**
 * The bench pages (PAGE_ROOTS) and `extra` in-memory pages. COOP/COEP make the pages cross-origin isolated:
 * performance.now() then has 5 µs resolution instead of 100 µs. Cross-origin subresources are blocked by
 * COEP (there is no network anyway).
 */
export function servePages(extra: Record<string, string> = {}): Promise<StaticServer> {
  return serveStatic(PAGE_ROOTS, {
    pages: extra,
    headers: { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' },
  });
}

/** A plain headless Chromium (no extension): for timing core code injected into pages. */
export function launchPlain(): Promise<Browser> {
  return launchChromium();
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
    configFile: false,
    logLevel: 'silent',
    root: ROOT,
    build: {
      write: false,
      target: 'chrome120',
      minify: true,
      lib: {
        entry: join(ROOT, 'bench/lib/browser-entry.ts'),
        formats: ['iife'],
        name: 'khulasaBench',
        fileName: () => 'bench.js',
      },
    },
  });
  const outputs = Array.isArray(out) ? out : [out];
  for (const o of outputs) {
    for (const c of (o as { output: { type: string; code?: string }[] }).output)
      if (c.type === 'chunk' && c.code) return c.code;
  }
  throw new Error('bench bundle: no output');
}

/** CDP on a target reached through a page's session (Playwright has no CDPSession for service workers). */
export async function attachTarget(
  session: CDPSession,
  type: string,
  urlPart = '',
): Promise<(method: string, params?: object) => Promise<any>> {
  const { targetInfos } = (await session.send('Target.getTargets' as never)) as {
    targetInfos: { targetId: string; type: string; url: string }[];
  };
  const t = targetInfos.find((x) => x.type === type && x.url.includes(urlPart));
  if (!t) throw new Error(`no ${type} target`);
  const { sessionId } = (await session.send(
    'Target.attachToTarget' as never,
    { targetId: t.targetId, flatten: false } as never,
  )) as { sessionId: string };
  let id = 0;
  const waiting = new Map<number, (m: { result?: unknown; error?: { message: string } }) => void>();
  session.on(
    'Target.receivedMessageFromTarget' as never,
    ((e: { sessionId: string; message: string }) => {
      if (e.sessionId !== sessionId) return;
      const m = JSON.parse(e.message);
      waiting.get(m.id)?.(m);
      waiting.delete(m.id);
    }) as never,
  );
  return (method, params = {}) =>
    new Promise((ok, fail) => {
      const i = ++id;
      waiting.set(i, (m) => (m.error ? fail(new Error(m.error.message)) : ok(m.result)));
      void session
        .send(
          'Target.sendMessageToTarget' as never,
          { sessionId, message: JSON.stringify({ id: i, method, params }) } as never,
        )
        .catch(fail);
    });
}
