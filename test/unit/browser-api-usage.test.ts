/**
 * One source, two browsers: extension code uses no Chrome-only API (Firefox has no sidePanel, offscreen,
 * declarativeContent…), in the source and in the built bundles (dist/, the same JS the Firefox build ships).
 *
 * Two ways to reach the extension API, and which code uses which:
 * - the code a page load runs or wakes — the content script and the background (badge) — and the settings
 *   module it reads use the browser's own promise-based API: `ext` from src/platform/extension-api.ts
 *   (`globalThis.browser ?? chrome`; the content script takes `.runtime` of the same expression itself), so a
 *   page load does not carry the 10 KB webextension-polyfill;
 * - the popup and options pages call `browser.*` through webextension-polyfill.
 * Anything else that touches `chrome` directly, or calls a Chrome-only API, fails here.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** APIs Firefox does not have, or (openPopup) that Khulasa must not rely on in either browser. */
const CHROME_ONLY_APIS = ['sidePanel', 'offscreen', 'declarativeContent', 'tabGroups', 'openPopup'];
const CONTENT_SCRIPT = 'src/content/index.ts';
const EXTENSION_API = 'src/platform/extension-api.ts';
const POLYFILL_MARKER = 'This script should only be loaded in a browser extension';

function walk(dir: string, exts: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && exts.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

/** Code without comments (good enough for this source: no `//` or `/*` inside the strings scanned for). */
const stripComments = (s: string) => s.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');

/** The global `chrome` used as an identifier (not `x.chrome`, `chrome-extension:`, `'chrome'`, `chrome120`). */
const CHROME_IDENT = /(?<![\w$.\-/'"`])chrome(?![\w$\-:'"`])/g;

const around = (s: string, i: number) => s.slice(Math.max(0, i - 60), i + 60).replace(/\s+/g, ' ');

describe('source (src/): browser.* via webextension-polyfill or the native API via `ext`, no Chrome-only API', () => {
  const files = walk('src', /\.tsx?$/).filter((f) => !f.endsWith('.d.ts'));
  const code = (f: string) => stripComments(readFileSync(f, 'utf8'));

  it('uses of `browser.` come from the polyfill import (except the content script)', () => {
    const bad = files.filter(
      (f) =>
        f !== CONTENT_SCRIPT &&
        /(?<![\w$.])browser\.\w+/.test(code(f)) &&
        !/import browser from 'webextension-polyfill'/.test(code(f)),
    );
    expect(bad).toEqual([]);
  });

  it('uses of `ext.` come from src/platform/extension-api.ts', () => {
    const bad = files.filter(
      (f) =>
        /(?<![\w$.])ext\.\w+/.test(code(f)) &&
        !/import \{[^}]*\bext\b[^}]*\} from '\.\.\/platform\/extension-api'/.test(code(f)),
    );
    expect(bad).toEqual([]);
  });

  it('the background and the settings it reads do not import webextension-polyfill', () => {
    const bad = files.filter(
      (f) =>
        (f.startsWith('src/background/') || f.startsWith('src/settings/')) && code(f).includes('webextension-polyfill'),
    );
    expect(bad).toEqual([]);
  });

  it('only the content script and extension-api.ts name `chrome`, as `globalThis.browser ?? chrome` or in types', () => {
    const bad: string[] = [];
    for (const f of files) {
      const c = code(f);
      for (const m of c.matchAll(CHROME_IDENT)) {
        const ctx = c.slice(Math.max(0, m.index - 40), m.index + 40);
        const allowed =
          (f === CONTENT_SCRIPT || f === EXTENSION_API) &&
          (/\.browser \?\? chrome[);]/.test(ctx) || // the one runtime value
            /(typeof |: |= )chrome\.(runtime|tabs|contextMenus)\.\w+/.test(ctx) || // type positions only (erased)
            /browser\?: typeof chrome/.test(ctx) ||
            /\bext: typeof chrome\b/.test(ctx));
        if (!allowed) bad.push(`${f}: …${around(c, m.index)}…`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('no Chrome-only API names', () => {
    const re = new RegExp(`\\.(${CHROME_ONLY_APIS.join('|')})\\b`, 'g');
    const bad = files.flatMap((f) =>
      [...stripComments(readFileSync(f, 'utf8')).matchAll(re)].map((m) => `${f}: ${m[0]}`),
    );
    expect(bad).toEqual([]);
  });

  it('no HTML assigned from strings (innerHTML / outerHTML= / insertAdjacentHTML / document.write / dangerouslySetInnerHTML)', () => {
    const re = /\.innerHTML\b|\.outerHTML\s*=[^=]|insertAdjacentHTML|document\.write|dangerouslySetInnerHTML/g;
    const bad = files.flatMap((f) =>
      [...stripComments(readFileSync(f, 'utf8')).matchAll(re)].map((m) => `${f}: ${m[0]}`),
    );
    expect(bad).toEqual([]);
  });
});

describe('built bundles (dist/)', () => {
  const built = existsSync('dist/manifest.json');
  if (!built)
    console.warn(
      'browser-api-usage: dist/ not built (`npm run build`; `npm test` does it first): bundle checks skipped',
    );
  const js = built ? walk('dist', /\.js$/) : [];
  const manifest = built ? JSON.parse(readFileSync('dist/manifest.json', 'utf8')) : {};
  const pageLoad = built
    ? [manifest.background.service_worker as string, ...manifest.content_scripts.flatMap((c: { js: string[] }) => c.js)]
    : [];

  it.skipIf(!built)('touch `chrome` only inside webextension-polyfill and as `globalThis.browser??chrome`', () => {
    const bad: string[] = [];
    for (const f of js) {
      const name = relative('dist', f);
      let code = readFileSync(f, 'utf8');
      const isPolyfill = code.includes(POLYFILL_MARKER);
      // The polyfill: `globalThis.chrome && globalThis.chrome.runtime…` checks, then wraps `(chrome)`.
      if (isPolyfill) code = code.replace(/globalThis\.chrome\b/g, '').replace(/\}\)\(chrome\)/g, '})()');
      code = code.replace(/globalThis\.browser\?\?chrome\b/g, '');
      for (const m of code.matchAll(/globalThis\.chrome\b/g)) bad.push(`${name}: …${around(code, m.index)}…`);
      for (const m of code.matchAll(CHROME_IDENT)) bad.push(`${name}: …${around(code, m.index)}…`);
    }
    expect(bad).toEqual([]);
  });

  it.skipIf(!built)(
    'what a page load runs (content script, background) is self-contained and without the polyfill; the extension pages have it',
    () => {
      expect(pageLoad.length).toBeGreaterThanOrEqual(2);
      for (const f of pageLoad) {
        const code = readFileSync(join('dist', f), 'utf8');
        expect(code, f).not.toContain(POLYFILL_MARKER);
        expect(code, `${f} imports nothing`).not.toMatch(/(^|[;}\s])import\s*[\w{*("'`]/);
      }
      expect(js.some((f) => readFileSync(f, 'utf8').includes(POLYFILL_MARKER))).toBe(true);
    },
  );

  it.skipIf(!built)('the production background has no test hooks (only the e2e build, dist-e2e/, adds them)', () => {
    expect(readFileSync(join('dist', manifest.background.service_worker), 'utf8')).not.toMatch(/globalThis,\{khulasa:/);
  });

  it.skipIf(!built)('call no Chrome-only API', () => {
    // `openPopup` is also a key of the polyfill's API table: only calls count.
    const re = new RegExp(
      `\\.(${CHROME_ONLY_APIS.filter((a) => a !== 'openPopup').join('|')})\\b|\\.openPopup\\(`,
      'g',
    );
    const bad = js.flatMap((f) =>
      [...readFileSync(f, 'utf8').matchAll(re)].map((m) => `${relative('dist', f)}: ${m[0]}`),
    );
    expect(bad).toEqual([]);
  });
});
