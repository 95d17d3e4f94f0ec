/**
 * Security and privacy in a real Chromium (issue 9): no request leaves the machine, strict CSP and no eval,
 * page-derived text rendered as text, the content script deaf to the page, nothing web-accessible,
 * restricted and odd tabs end in a clear popup state, permissions as README justifies them, and pages that
 * redefine Array.prototype / JSON cannot break the extension.
 * Runs against the built dist/ (`npx vite build` first).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST, PAGES, ROOT, launch, openPopup, openTab, tabIdOf, waitForBadge, type Harness } from './harness';

const ARTICLE = readFileSync(join(PAGES, 'arabic-article.html'), 'utf8');
const ARTICLE_PS = ARTICLE.slice(ARTICLE.indexOf('<p>'), ARTICLE.lastIndexOf('</article>'));
const HEAD = (
  title: string,
  extra = '',
) => `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>${title}</title>
<meta property="og:type" content="article"><script type="application/ld+json">{"@type":"NewsArticle"}</script>${extra}</head>`;
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Payloads that would set window.__pwned if they were ever parsed as markup or run. */
const P_SCRIPT = '<script>window.__pwned=1</script>';
const P_IMG = '<img src=x onerror="window.__pwned=2">';
const P_SVG = '<svg onload="window.__pwned=3">';
const PAYLOAD_PAGE =
  HEAD(esc(P_SCRIPT + P_IMG)) +
  `<body><article><h1>${esc(P_IMG)} روسيا والصين</h1>
<p>قال الرئيس ${esc(P_SCRIPT)} في بيان إن المحادثات مع الرئيس ${esc(P_IMG)} كانت مثمرة وبناءة وإن الجانبين اتفقا على مواصلة الحوار.</p>
<p>وأضاف الوزير ${esc(P_SVG)} أن الاجتماع المقبل سيعقد في موسكو الشهر المقبل لبحث ملفات الطاقة والتجارة والأمن في المنطقة.</p>
${ARTICLE_PS}</article></body></html>`;

/** A page that redefines what a careless content script would use. */
const REDEFINE_SCRIPT = `<script>
  Array.prototype.map = function () { throw new Error('pwned map'); };
  Array.prototype.forEach = function () { throw new Error('pwned forEach'); };
  Array.prototype.push = function () { return 0; };
  Array.from = function () { return []; };
  JSON.parse = function () { return { type: 'pwned' }; };
  JSON.stringify = function () { return '{"pwned":true}'; };
  window.Map = function () { throw new Error('pwned Map'); };
  RegExp.prototype.test = function () { return false; };
  String.prototype.trim = function () { return 'pwned'; };
  Object.defineProperty(Element.prototype, 'outerHTML', { get() { return '<html><body>pwned</body></html>'; } });
  Object.defineProperty(Document.prototype, 'title', { get() { return 'pwned'; } });
  Object.defineProperty(Node.prototype, 'textContent', { get() { return 'pwned'; } });
  document.createTreeWalker = function () { throw new Error('pwned walker'); };
  window.__redefined = true;
</script>`;
const REDEFINE_PAGE =
  HEAD('روسيا والصين تخططان لتعاون طويل', REDEFINE_SCRIPT) +
  `<body><article><h1>روسيا والصين</h1>${ARTICLE_PS}</article>${REDEFINE_SCRIPT}</body></html>`;

/** An article page that also loads one resource of its own (the page's requests are allowed). */
const OWN_REQUEST_PAGE = ARTICLE.replace('</body>', '<img src="/security-pixel.png" alt=""></body>');

/** A page that tries to drive the extension. */
const DRIVER_PAGE = ARTICLE.replace(
  '</body>',
  `<script>
  window.__received = [];
  addEventListener('message', (e) => { if (e instanceof MessageEvent) window.__received.push(e.data); });
</script></body>`,
);

let h: Harness;
beforeAll(async () => {
  h = await launch({
    pages: {
      '/security-payload.html': PAYLOAD_PAGE,
      '/security-redefine.html': REDEFINE_PAGE,
      '/security-own-request.html': OWN_REQUEST_PAGE,
      '/security-driver.html': DRIVER_PAGE,
    },
  });
});
afterAll(async () => {
  await h?.close();
});

function manifest(): Record<string, any> {
  return JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8'));
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}

// ---------------------------------------------------------------------------------------------------

describe('nothing leaves the machine', () => {
  it('detect, summarize, highlight (sentence + entity): the extension makes zero requests', async () => {
    const from = h.requests.length;
    const { page, tabId } = await openTab(h, '/security-own-request.html');
    expect(await waitForBadge(h, tabId, 'ع')).toBe('ع'); // detected
    const popup = await openPopup(h, tabId);
    await popup.getByTestId('state-ready').waitFor(); // summarized
    await popup.locator('[data-testid=summary] li').first().click();
    await page.waitForFunction(() => CSS.highlights.has('khulasa-sentence'));
    await popup.locator('[data-testid=entities] .chip').first().click();
    await page.waitForFunction(() => CSS.highlights.has('khulasa-entity'));
    await popup.getByTestId('copy').click();
    await new Promise((r) => setTimeout(r, 1000)); // let any late beacon show up
    const reqs = h.requests.slice(from);
    const ext = `chrome-extension://${h.extensionId}/`;
    const pageUrl = h.baseUrl + '/security-own-request.html';
    const bad = reqs.filter((r) => {
      // own files, loaded by own pages (the popup's navigation comes from the new tab's about:blank)
      if (r.url.startsWith(ext)) return !(r.from === '' || r.from === 'about:blank' || r.from.startsWith(ext));
      // anything else must be the fixture page loading itself (navigation: from about:blank) and its own resources
      if (r.url === pageUrl) return !(r.from === 'about:blank' || r.from === pageUrl);
      return !(
        r.from === pageUrl &&
        (r.url === h.baseUrl + '/security-pixel.png' || r.url === h.baseUrl + '/favicon.ico')
      );
    });
    expect(bad).toEqual([]);
    // the extension's pages requested nothing outside the extension
    expect(reqs.filter((r) => r.from.startsWith(ext) && !r.url.startsWith(ext))).toEqual([]);
    // the recording works: the page's own resource and the popup's own scripts were both seen
    expect(reqs.some((r) => r.url.endsWith('/security-pixel.png'))).toBe(true);
    expect(reqs.some((r) => r.url.startsWith(ext) && r.url.endsWith('.js'))).toBe(true);
    await popup.close();
    await page.close();
  });

  it('the service worker and the popup have no network APIs in use: no fetch/XHR/WebSocket/sendBeacon in dist/', () => {
    const hits: string[] = [];
    for (const f of filesUnder(DIST).filter((p) => p.endsWith('.js'))) {
      const src = readFileSync(f, 'utf8');
      for (const re of [/\bfetch\(/g, /XMLHttpRequest/g, /new WebSocket/g, /sendBeacon/g, /EventSource/g]) {
        for (const m of src.matchAll(re))
          hits.push(`${relative(DIST, f)}@${m.index}: ${src.slice(Math.max(0, m.index! - 60), m.index! + 60)}`);
      }
    }
    // fetch( is allowed only for the extension's own bundled files (e.g. the NER model chunk via runtime URL)
    const foreign = hits.filter(
      (x) => !/getURL|import\.meta\.url|chrome-extension|__vitePreload|\bfetch\(\s*[a-zA-Z_$][\w$]*\s*\)/.test(x),
    );
    expect(foreign, foreign.join('\n')).toEqual([]);
  });
});

describe('extension pages: CSP, no eval', () => {
  it('content_security_policy.extension_pages has no remote source and no unsafe-*', () => {
    const csp: string = manifest().content_security_policy?.extension_pages ?? '';
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).toMatch(/object-src 'none'/);
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|wasm-unsafe-eval|https?:|\*|data:|blob:/);
    expect(manifest().content_security_policy?.sandbox).toBeUndefined();
  });

  it('no eval( / new Function( / string timers anywhere in dist/ (incl. preact and Readability)', () => {
    const found: string[] = [];
    for (const f of filesUnder(DIST).filter((p) => /\.(js|html)$/.test(p))) {
      const src = readFileSync(f, 'utf8');
      for (const re of [
        /\beval\s*\(/g,
        /new\s+Function\s*\(/g,
        /\bFunction\s*\(\s*["'`]/g,
        /set(?:Timeout|Interval)\s*\(\s*["'`]/g,
      ]) {
        for (const m of src.matchAll(re))
          found.push(`${relative(DIST, f)}@${m.index}: …${src.slice(Math.max(0, m.index! - 80), m.index! + 80)}…`);
      }
    }
    expect(found, found.join('\n')).toEqual([]);
  });

  it('the popup runs under that CSP: an injected inline script does not run', async () => {
    const { page, tabId } = await openTab(h, '/arabic-article.html');
    const popup = await openPopup(h, tabId);
    await popup.getByTestId('state-ready').waitFor();
    const ran = await popup.evaluate(async () => {
      const s = document.createElement('script');
      s.textContent = 'window.__inline = 1';
      document.body.append(s);
      await new Promise((r) => setTimeout(r, 100));
      return (window as unknown as { __inline?: number }).__inline;
    });
    expect(ran).toBeUndefined();
    await popup.close();
    await page.close();
  });
});

describe('page-derived text is rendered as text', () => {
  it('script/img/svg payloads in title, headline, body and next to names: shown literally, nothing created, nothing run', async () => {
    const { page, tabId } = await openTab(h, '/security-payload.html');
    const popup = await openPopup(h, tabId);
    await popup.getByTestId('state-ready').waitFor();
    expect(await popup.getByTestId('title').textContent()).toContain('<img src=x onerror=');
    // make every summary line visible: long summary
    await popup.locator('[data-length=long]').click();
    const text = await popup.locator('main').textContent();
    expect(text).toContain(P_SCRIPT);
    expect(text).toContain(P_IMG);
    // no element from the payloads: nothing but the popup's own structure
    expect(await popup.locator('main img, main script, main svg, main iframe, main object, main embed').count()).toBe(
      0,
    );
    expect(await popup.evaluate(() => document.querySelectorAll('[onerror], [onload]').length)).toBe(0);
    await new Promise((r) => setTimeout(r, 300));
    expect(await popup.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    // entity chips: clicking each sends text, not markup; the page is not changed into markup
    const chips = popup.locator('[data-testid=entities] .chip');
    if (await chips.count()) await chips.first().click();
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await popup.close();
    await page.close();
  });
});

describe('the content script ignores the page', () => {
  it('postMessage and DOM events shaped like Khulasa messages: no highlight, no reply, no globals', async () => {
    const { page, tabId } = await openTab(h, '/security-driver.html');
    expect(await waitForBadge(h, tabId, 'ع')).toBe('ع');
    const before = await page.evaluate(() => Object.getOwnPropertyNames(window).sort());
    const sentence = await page.evaluate(
      () => document.querySelector('article p:nth-of-type(3)')!.textContent!.trim().split(/[.؟!]/)[0],
    );
    const posted = await page.evaluate(async (text) => {
      const msgs: unknown[] = [
        { type: 'highlight-sentence', text, color: '#ff0000' },
        { type: 'highlight-entity', variants: ['روسيا', 'بوتين'], color: '#ff0000' },
        { type: 'get-page', mode: 'page' },
        { type: 'get-page', mode: 'selection' },
        { type: 'clear-highlights' },
        { type: 'get-pending-selection', tabId: 1 },
        JSON.stringify({ type: 'highlight-sentence', text, color: '#ff0000' }),
      ];
      for (const m of msgs) {
        window.postMessage(m, '*');
        window.postMessage({ source: 'khulasa', ...(typeof m === 'object' ? m : { raw: m }) }, '*');
        for (const name of ['khulasa', 'khulasa-message', 'message', (m as { type?: string }).type ?? 'x']) {
          document.dispatchEvent(new CustomEvent(name, { detail: m }));
          window.dispatchEvent(new CustomEvent(name, { detail: m }));
          document.body.dispatchEvent(new CustomEvent(name, { detail: m, bubbles: true }));
        }
      }
      await new Promise((r) => setTimeout(r, 1500));
      return msgs.length * 2;
    }, sentence);
    // no highlight, no style element, no reply: the page saw only its own posts
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
    expect(await page.evaluate(() => document.getElementById('khulasa-highlight-style'))).toBeNull();
    const received = await page.evaluate(() => (window as unknown as { __received: unknown[] }).__received.length);
    expect(received).toBe(posted);
    // the page cannot reach the extension's runtime (no externally_connectable)
    expect(
      await page.evaluate(
        () => typeof (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime?.sendMessage,
      ),
    ).toBe('undefined');
    const after = await page.evaluate(() => Object.getOwnPropertyNames(window).sort());
    expect(after.filter((k) => !before.includes(k))).toEqual([]);
    await page.close();
  });

  it('while summarizing and highlighting, the page world sees no Khulasa data: no globals, no attributes, only the highlight style', async () => {
    const { page, tabId } = await openTab(h, '/security-driver.html');
    await waitForBadge(h, tabId, 'ع');
    await page.evaluate(() => {
      const w = window as unknown as { __globals: string[]; __mutations: string[] };
      w.__globals = Object.getOwnPropertyNames(window);
      w.__mutations = [];
      new MutationObserver((ms) => {
        for (const m of ms) {
          if (m.type === 'attributes') w.__mutations.push(`attr ${(m.target as Element).tagName}.${m.attributeName}`);
          const where = `${m.target.nodeName}#${(m.target as Element).id ?? ''}`;
          for (const n of m.addedNodes) w.__mutations.push(`add ${n.nodeName}#${(n as Element).id ?? ''} in ${where}`);
          for (const n of m.removedNodes)
            w.__mutations.push(`remove ${n.nodeName}#${(n as Element).id ?? ''} in ${where}`);
        }
      }).observe(document, { subtree: true, childList: true, attributes: true, characterData: false });
    });
    const popup = await openPopup(h, tabId);
    await popup.getByTestId('state-ready').waitFor();
    await popup.locator('[data-testid=summary] li').first().click();
    await page.waitForFunction(() => CSS.highlights.has('khulasa-sentence'));
    await popup.locator('[data-testid=entities] .chip').first().click();
    await page.waitForFunction(() => CSS.highlights.has('khulasa-entity'));
    const seen = await page.evaluate(() => {
      const w = window as unknown as { __globals: string[]; __mutations: string[] };
      const globals = Object.getOwnPropertyNames(window).filter(
        (k) => !w.__globals.includes(k) && k !== '__globals' && k !== '__mutations',
      );
      const attrs = [...document.querySelectorAll('*')]
        .flatMap((el) => [...el.attributes].map((a) => a.name))
        .filter((a) => /khulasa/i.test(a));
      const text = document.documentElement.outerHTML;
      return {
        globals,
        attrs,
        mutations: [...new Set(w.__mutations)],
        mentionsKhulasa: (text.match(/khulasa/gi) ?? []).length,
      };
    });
    expect(seen.globals).toEqual([]);
    expect(seen.attrs).toEqual([]);
    // the only DOM change: the highlight colour's <style id="khulasa-highlight-style"> and its text
    expect(seen.mutations.some((m) => m.startsWith('add STYLE#khulasa-highlight-style'))).toBe(true);
    expect(
      seen.mutations.filter(
        (m) => !/^(add|remove) (STYLE#khulasa-highlight-style|#text# in STYLE#khulasa-highlight-style)/.test(m),
      ),
    ).toEqual([]);
    // no results (summary, entities) are written into the page: the only mentions of Khulasa are the style element
    const styleText = await page.evaluate(() => document.getElementById('khulasa-highlight-style')?.outerHTML ?? '');
    expect(seen.mentionsKhulasa).toBe((styleText.match(/khulasa/gi) ?? []).length);
    await popup.close();
    await page.waitForFunction(() => CSS.highlights.size === 0 && !document.getElementById('khulasa-highlight-style'));
    await page.close();
  });
});

describe('nothing web-accessible', () => {
  it('dist/manifest.json declares no web_accessible_resources and no externally_connectable', () => {
    const m = manifest();
    expect(m.web_accessible_resources ?? []).toEqual([]);
    expect(m.externally_connectable).toBeUndefined();
  });

  it("a web page cannot load the extension's files (fetch, <script>, <img>, <iframe>)", async () => {
    const { page } = await openTab(h, '/arabic-article.html');
    const base = `chrome-extension://${h.extensionId}/`;
    const results = await page.evaluate(async (b) => {
      const out: Record<string, string> = {};
      for (const path of [
        'content/index.js',
        'src/popup/index.html',
        'manifest.json',
        'icons/icon-16.png',
        'service-worker-loader.js',
      ]) {
        out[`fetch ${path}`] = await fetch(b + path).then(
          (r) => `ok ${r.status}`,
          () => 'blocked',
        );
      }
      out['script content/index.js'] = await new Promise((res) => {
        const s = document.createElement('script');
        s.src = b + 'content/index.js';
        s.onload = () => res('loaded');
        s.onerror = () => res('blocked');
        document.head.append(s);
      });
      out['img icons/icon-16.png'] = await new Promise((res) => {
        const i = new Image();
        i.onload = () => res('loaded');
        i.onerror = () => res('blocked');
        i.src = b + 'icons/icon-16.png';
      });
      out['iframe popup'] = await new Promise((res) => {
        const f = document.createElement('iframe');
        f.src = b + 'src/popup/index.html';
        f.onload = () => {
          try {
            res(f.contentDocument ? 'readable' : 'opaque');
          } catch {
            res('opaque');
          }
        };
        document.body.append(f);
        setTimeout(() => res('timeout'), 3000);
      });
      return out;
    }, base);
    for (const [k, v] of Object.entries(results)) {
      if (k.startsWith('iframe')) expect(v, k).not.toBe('readable');
      else expect(v, k).toBe('blocked');
    }
    // the framed popup (if Chrome rendered an error page there) never ran: no Khulasa state in it
    const framed = page.frames().find((f) => f.url().startsWith(base));
    if (framed)
      expect(
        await framed
          .locator('[data-testid^=state-]')
          .count()
          .catch(() => 0),
      ).toBe(0);
    await page.close();
  });
});

describe('restricted and odd tabs: a clear state, never a spinner forever', () => {
  const CLEAR = ['cannot-read', 'page-loading', 'bad-reply', 'timeout', 'not-article', 'ready', 'too-short', 'error']
    .map((s) => `[data-testid=state-${s}]`)
    .join(', ');
  async function stateOf(tabId: number): Promise<string> {
    const popup = await openPopup(h, tabId);
    await popup.locator('[data-testid=state-loading]').waitFor({ state: 'detached', timeout: 10_000 });
    const state = await popup.locator(CLEAR).first().getAttribute('data-testid', { timeout: 1000 });
    await popup.close();
    return state!;
  }

  for (const [name, url, expected] of [
    ['chrome://version', 'chrome://version', ['state-cannot-read']],
    ['chrome://extensions (the extension store stand-in)', 'chrome://extensions', ['state-cannot-read']],
    ['a data: URL', 'data:text/html;charset=utf-8,<title>x</title><p>مرحبا</p>', ['state-cannot-read']],
    ['about:blank', 'about:blank', ['state-cannot-read']],
  ] as const) {
    it(name, async () => {
      const { page, tabId } = await openTab(h, url);
      expect(expected).toContain(await stateOf(tabId));
      await page.close();
    });
  }

  it('view-source: of a fixture page', async () => {
    const page = await h.context.newPage();
    let tabId: number;
    try {
      await page.goto(`view-source:${h.baseUrl}/arabic-article.html`);
      tabId = await tabIdOf(h, page);
    } catch {
      // Playwright may refuse view-source: navigation: open it from the extension instead
      tabId = await h.worker.evaluate(
        async (u) => (await chrome.tabs.create({ url: u, active: true })).id!,
        `view-source:${h.baseUrl}/arabic-article.html`,
      );
    }
    expect(['state-cannot-read', 'state-not-article']).toContain(await stateOf(tabId));
    await page.close();
  });

  it('a tab that navigates away while it is being summarized', async () => {
    const { page, tabId } = await openTab(h, '/arabic-article.html');
    const popup = await openPopup(h, tabId);
    await page.goto(h.baseUrl + '/english-page.html'); // immediately, while the popup asks the page
    await popup.locator('[data-testid=state-loading]').waitFor({ state: 'detached', timeout: 10_000 });
    expect(await popup.locator(CLEAR).count()).toBe(1);
    await popup.close();
    await page.close();
  });

  it('a tab that closes while it is being summarized', async () => {
    const { page, tabId } = await openTab(h, '/arabic-article.html');
    const popup = await openPopup(h, tabId);
    await page.close();
    await popup.locator('[data-testid=state-loading]').waitFor({ state: 'detached', timeout: 10_000 });
    expect(await popup.locator(CLEAR).count()).toBe(1);
    await popup.close();
  });

  it('a page whose main thread is stuck (busy loop): the popup gives up with the timeout state', async () => {
    const { page, tabId } = await openTab(h, '/arabic-article.html');
    await waitForBadge(h, tabId, 'ع');
    // the content script shares the page's thread: block it for 16 s, longer than REPLY_TIMEOUT_MS (8 s) after the
    // popup's request even when a loaded machine takes seconds to open the popup (with 10 s, a popup that took
    // over 2 s to ask got the page's late reply instead of the timeout)
    await page.evaluate(() => {
      setTimeout(() => {
        const t = Date.now();
        while (Date.now() - t < 16_000);
      }, 50);
    });
    await new Promise((r) => setTimeout(r, 200));
    const popup = await openPopup(h, tabId);
    await popup.locator('[data-testid=state-loading]').waitFor({ state: 'detached', timeout: 15_000 });
    expect(await popup.locator('[data-testid=state-timeout]').count()).toBe(1);
    await popup.close();
    await page.close();
  }, 45_000);

  it('a tab id that does not exist', async () => {
    expect(['state-cannot-read']).toContain(await stateOf(987_654));
  });
});

describe('hostile page scripts cannot break the extension', () => {
  it('a page that redefines Array.prototype, JSON, Map, RegExp, outerHTML, title, textContent: badge, summary, highlight all work', async () => {
    const { page, tabId } = await openTab(h, '/security-redefine.html');
    // Playwright's own page.evaluate breaks on this page (it uses the page's Map): read the page over raw CDP
    const cdp = await h.context.newCDPSession(page);
    const pageEval = async (expression: string) =>
      ((await cdp.send('Runtime.evaluate', { expression, returnByValue: true })) as { result: { value: unknown } })
        .result.value;
    expect(
      await pageEval('window.__redefined === true && [1].map === Array.prototype.map && String(document.title)'),
    ).toBe('pwned');
    expect(await waitForBadge(h, tabId, 'ع')).toBe('ع');
    const popup = await openPopup(h, tabId);
    await popup.getByTestId('state-ready').waitFor();
    expect(await popup.getByTestId('title').textContent()).toContain('روسيا والصين');
    const lines = await popup.locator('[data-testid=summary] li').allTextContents();
    expect(lines.length).toBeGreaterThanOrEqual(3);
    expect(lines.join(' ')).not.toContain('pwned');
    await popup.locator('[data-testid=summary] li').first().click();
    await expect.poll(() => pageEval("CSS.highlights.has('khulasa-sentence')"), { timeout: 5000 }).toBe(true);
    await popup.locator('[data-testid=entities] .chip').first().click();
    await expect.poll(() => pageEval("CSS.highlights.has('khulasa-entity')"), { timeout: 5000 }).toBe(true);
    await popup.close();
    await cdp.detach();
    await page.close();
  });

  it('10,000 nested levels in Chromium: the detector and the popup end in a clear state', async () => {
    const deep =
      HEAD('عمق') + '<body>' + '<div>'.repeat(10_000) + ARTICLE_PS + '</div>'.repeat(10_000) + '</body></html>';
    const page = await h.context.newPage();
    await page.route('**/security-deep.html', (r) =>
      r.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: deep }),
    );
    await page.goto(h.baseUrl + '/security-deep.html');
    const tabId = await tabIdOf(h, page);
    const popup = await openPopup(h, tabId);
    await popup.locator('[data-testid=state-loading]').waitFor({ state: 'detached', timeout: 10_000 });
    const state = await popup.locator('[data-testid^=state-]').first().getAttribute('data-testid');
    // not-article is right (the text lies below the detector's depth limit); "error" would be the reported
    // Readability stack overflow after «summarize anyway»
    expect(['state-not-article', 'state-cannot-read', 'state-ready', 'state-too-short']).toContain(state);
    if (state === 'state-not-article') {
      await popup.getByTestId('summarize-anyway').click();
      await popup
        .locator('[data-testid=state-loading]')
        .waitFor({ state: 'detached', timeout: 10_000 })
        .catch(() => {});
      const forced = await popup.locator('[data-testid^=state-]').first().getAttribute('data-testid');
      expect(['state-ready', 'state-too-short', 'state-cannot-read', 'state-error']).toContain(forced);
      console.log(`10,000 levels in Chromium, «summarize anyway» → ${forced}`);
    }
    await popup.close();
    await page.close();
  });
});

describe('permissions', () => {
  it('exactly the permissions README justifies, no host permissions, content script on http(s) only', () => {
    const m = manifest();
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const section = readme.slice(
      readme.indexOf('## Permissions and privacy'),
      readme.indexOf('\n## ', readme.indexOf('## Permissions and privacy') + 5),
    );
    const justified = [...section.matchAll(/^\| `([a-zA-Z]+)` \|/gm)].map((x) => x[1]).sort();
    expect([...m.permissions].sort()).toEqual(justified);
    expect(m.permissions.sort()).toEqual(['contextMenus', 'storage']);
    expect(m.host_permissions).toBeUndefined();
    expect(m.optional_host_permissions).toBeUndefined();
    for (const forbidden of [
      'tabs',
      'scripting',
      'activeTab',
      'webRequest',
      'cookies',
      'history',
      '<all_urls>',
      'debugger',
      'downloads',
      'clipboardRead',
    ])
      expect(m.permissions).not.toContain(forbidden);
    expect(m.content_scripts.flatMap((c: { matches: string[] }) => c.matches).sort()).toEqual([
      'http://*/*',
      'https://*/*',
    ]);
    expect(
      m.content_scripts.every((c: { all_frames?: boolean; world?: string }) => !c.all_frames && c.world !== 'MAIN'),
    ).toBe(true);
  });

  it('nothing read from pages is stored: storage holds only settings after a summary', async () => {
    const { page, tabId } = await openTab(h, '/arabic-article.html');
    const popup = await openPopup(h, tabId);
    await popup.getByTestId('state-ready').waitFor();
    await popup.locator('[data-testid=summary] li').first().click();
    const stored = await h.worker.evaluate(async () => ({
      sync: await chrome.storage.sync.get(null),
      local: await chrome.storage.local.get(null),
      session: await chrome.storage.session.get(null).catch(() => ({})),
    }));
    const all = JSON.stringify(stored);
    expect(all).not.toMatch(/[\u0600-\u06FF]{4,}/); // no Arabic text from the page
    expect(all).not.toContain(h.baseUrl);
    expect(Object.keys(stored.local)).toEqual([]);
    expect(Object.keys(stored.session)).toEqual([]);
    await popup.close();
    await page.close();
  });
});
