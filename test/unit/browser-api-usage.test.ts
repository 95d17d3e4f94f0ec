/**
 * One source, two browsers: extension code calls `browser.*` through webextension-polyfill, and uses
 * no Chrome-only API (Firefox has no sidePanel, offscreen, declarativeContent…), in the source and in
 * the built bundles (dist/, the same JS the Firefox build ships).
 *
 * The one deliberate exception: src/content/index.ts, injected into every page, does not bundle the
 * 10 KB polyfill; it takes `(globalThis.browser ?? chrome).runtime` — Firefox's `browser` or Chrome's
 * `chrome`, both with the promise-based runtime.sendMessage / onMessage / onConnect it uses.
 * Anything else that touches `chrome` directly, or calls a Chrome-only API, fails here: add a guarded
 * fallback (and a case below) instead.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** APIs Firefox does not have, or (openPopup) that Khulasa must not rely on in either browser. */
const CHROME_ONLY_APIS = ['sidePanel', 'offscreen', 'declarativeContent', 'tabGroups', 'openPopup'];
const CONTENT_SCRIPT = 'src/content/index.ts';
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

describe('source (src/): browser.* via webextension-polyfill, no Chrome-only API', () => {
  const files = walk('src', /\.tsx?$/).filter((f) => !f.endsWith('.d.ts'));

  it('uses of `browser.` come from the polyfill import (except the content script)', () => {
    const bad = files.filter((f) => {
      const code = stripComments(readFileSync(f, 'utf8'));
      return f !== CONTENT_SCRIPT && /(?<![\w$.])browser\.\w+/.test(code) && !/import browser from 'webextension-polyfill'/.test(code);
    });
    expect(bad).toEqual([]);
  });

  it('only the content script names `chrome`, and only as `globalThis.browser ?? chrome` or in types', () => {
    const bad: string[] = [];
    for (const f of files) {
      const code = stripComments(readFileSync(f, 'utf8'));
      for (const m of code.matchAll(CHROME_IDENT)) {
        const ctx = code.slice(Math.max(0, m.index - 40), m.index + 40);
        const allowed = f === CONTENT_SCRIPT && (
          /\.browser \?\? chrome\)\.runtime/.test(ctx) || // the one runtime value
          /(typeof |: )chrome\.runtime\.\w+/.test(ctx) || // type positions only (erased)
          /browser\?: typeof chrome/.test(ctx));
        if (!allowed) bad.push(`${f}: …${around(code, m.index)}…`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('no Chrome-only API names', () => {
    const re = new RegExp(`\\.(${CHROME_ONLY_APIS.join('|')})\\b`, 'g');
    const bad = files.flatMap((f) => [...stripComments(readFileSync(f, 'utf8')).matchAll(re)].map((m) => `${f}: ${m[0]}`));
    expect(bad).toEqual([]);
  });

  it('no HTML assigned from strings (innerHTML / outerHTML= / insertAdjacentHTML / document.write / dangerouslySetInnerHTML)', () => {
    const re = /\.innerHTML\b|\.outerHTML\s*=[^=]|insertAdjacentHTML|document\.write|dangerouslySetInnerHTML/g;
    const bad = files.flatMap((f) => [...stripComments(readFileSync(f, 'utf8')).matchAll(re)].map((m) => `${f}: ${m[0]}`));
    expect(bad).toEqual([]);
  });
});

describe('built bundles (dist/)', () => {
  const built = existsSync('dist/manifest.json');
  if (!built) console.warn('browser-api-usage: dist/ not built (`npx vite build`; `npm test` does it first): bundle checks skipped');
  const js = built ? walk('dist', /\.js$/) : [];

  it.skipIf(!built)('touch `chrome` only inside webextension-polyfill and as `globalThis.browser??chrome` in the content script', () => {
    const bad: string[] = [];
    for (const f of js) {
      const name = relative('dist', f);
      let code = readFileSync(f, 'utf8');
      const isPolyfill = code.includes(POLYFILL_MARKER);
      // The polyfill: `globalThis.chrome && globalThis.chrome.runtime…` checks, then wraps `(chrome)`.
      if (isPolyfill) code = code.replace(/globalThis\.chrome\b/g, '').replace(/\}\)\(chrome\)/g, '})()');
      if (name.startsWith('content/')) code = code.replace(/\(globalThis\.browser\?\?chrome\)\.runtime/g, '');
      for (const m of code.matchAll(/globalThis\.chrome\b/g)) bad.push(`${name}: …${around(code, m.index)}…`);
      for (const m of code.matchAll(CHROME_IDENT)) bad.push(`${name}: …${around(code, m.index)}…`);
    }
    expect(bad).toEqual([]);
  });

  it.skipIf(!built)('the content script does not bundle the polyfill; the extension pages do', () => {
    const content = js.filter((f) => relative('dist', f).startsWith('content/'));
    expect(content.length).toBeGreaterThan(0);
    for (const f of content) expect(readFileSync(f, 'utf8')).not.toContain(POLYFILL_MARKER);
    expect(js.some((f) => readFileSync(f, 'utf8').includes(POLYFILL_MARKER))).toBe(true);
  });

  it.skipIf(!built)('call no Chrome-only API', () => {
    // `openPopup` is also a key of the polyfill's API table: only calls count.
    const re = new RegExp(`\\.(${CHROME_ONLY_APIS.filter((a) => a !== 'openPopup').join('|')})\\b|\\.openPopup\\(`, 'g');
    const bad = js.flatMap((f) => [...readFileSync(f, 'utf8').matchAll(re)].map((m) => `${relative('dist', f)}: ${m[0]}`));
    expect(bad).toEqual([]);
  });
});
