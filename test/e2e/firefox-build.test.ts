/**
 * The Firefox build (scripts/build-firefox.ts, `npm run build:firefox`) into a temp dir, then Mozilla's
 * own add-on linter (web-ext lint = addons-linter, what addons.mozilla.org runs) on it: 0 errors, and
 * only the warnings README explains; then, when Debian's firefox-esr is installed, a headless smoke
 * test: the packaged add-on in a real Firefox summarizes the Arabic test article.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LintMessage, LintResult } from 'web-ext';
import { GECKO_ID } from '../../src/platform/firefox-manifest';


/**
 * Warnings that are understood and accepted (README, "Firefox"):
 * UNSAFE_VAR_ASSIGNMENT — `innerHTML =` inside bundled libraries: preact's dangerouslySetInnerHTML path
 * (Khulasa never uses it) and Mozilla Readability, which works on the DOMParser copy of the page in the
 * popup (an inert document: no scripts run, nothing loads). Khulasa's own code never assigns HTML
 * (test/unit/browser-api-usage.test.ts checks src/).
 */
const EXPLAINED_WARNINGS = new Set(['UNSAFE_VAR_ASSIGNMENT']);

let dir: string;
let zip: string;
let manifest: Record<string, any>;
let lint: LintResult;

beforeAll(async () => {
  dir = join(mkdtempSync(join(tmpdir(), 'khulasa-ff-')), 'dist-firefox');
  const artifacts = join(dir, '..', 'artifacts');
  execFileSync(join('node_modules', '.bin', 'tsx'), ['scripts/build-firefox.ts', '--out-dir', dir, '--artifacts-dir', artifacts], { stdio: 'pipe' });
  manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  zip = join(artifacts, `khulasa-firefox-${manifest.version}.zip`);
  const { cmd } = await import('web-ext');
  lint = await cmd.lint({ sourceDir: dir, output: 'none' }, { shouldExitProgram: false });
}, 120_000);

afterAll(() => { if (dir) rmSync(join(dir, '..'), { recursive: true, force: true }); });

const show = (ms: LintMessage[]) => ms.map((m) => `${m.code} ${m.file ?? ''}:${m.line ?? ''} ${m.message} — ${m.description ?? ''}`).join('\n');

describe('Firefox build', () => {
  it('is a Firefox MV3 manifest: background scripts, gecko settings', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.background.service_worker).toBeUndefined();
    expect(manifest.background.type).toBe('module');
    expect(manifest.browser_specific_settings.gecko.id).toBe(GECKO_ID);
  });

  it('every file the manifest names is in the build', () => {
    const files = [
      ...manifest.background.scripts,
      manifest.action.default_popup,
      manifest.options_ui.page,
      ...manifest.content_scripts.flatMap((cs: { js: string[] }) => cs.js),
      ...Object.values(manifest.icons),
      `_locales/${manifest.default_locale}/messages.json`,
      '_locales/en/messages.json',
    ] as string[];
    for (const f of files) expect(existsSync(join(dir, f)), f).toBe(true);
  });

  it('web-ext lint: 0 errors', () => {
    expect(lint.summary.errors, show(lint.errors)).toBe(0);
  });

  it('web-ext lint: no warning or notice that README does not explain', () => {
    const unexplained = [...lint.warnings, ...lint.notices].filter((m) => !EXPLAINED_WARNINGS.has(m.code));
    expect(unexplained, show(unexplained)).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------------
// Headless Firefox smoke test over WebDriver BiDi (built into Firefox: no geckodriver, no download).

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const PAGES = join(import.meta.dirname, 'pages');
/** Pinned moz-extension:// host for the add-on (pref extensions.webextensions.uuids). */
const UUID = '0b7c0a10-4f3e-4a55-9d2e-6b1f6d0c1a01';
if (!existsSync(FIREFOX)) console.warn(`firefox smoke test skipped: no ${FIREFOX} (apt-get install firefox-esr)`);

/** The smallest WebSocket client BiDi needs (Node 20 has no WebSocket without a flag): text frames. */
function connect(url: string): Promise<{ send(text: string): void; onText(cb: (text: string) => void): void; close(): void }> {
  return new Promise((ok, ko) => {
    const req = request(url.replace(/^ws/, 'http'), {
      headers: { Connection: 'Upgrade', Upgrade: 'websocket', 'Sec-WebSocket-Version': '13', 'Sec-WebSocket-Key': randomBytes(16).toString('base64') },
    });
    req.on('error', ko);
    req.on('upgrade', (_res, socket, head: Buffer) => {
      let buf = head;
      let parts: Buffer[] = [];
      let listener = (_text: string) => {};
      socket.on('data', (d: Buffer) => {
        buf = Buffer.concat([buf, d]);
        while (buf.length >= 2) {
          let len = buf[1]! & 0x7f;
          let off = 2;
          if (len === 126) { if (buf.length < 4) return; len = buf.readUInt16BE(2); off = 4; }
          else if (len === 127) { if (buf.length < 10) return; len = Number(buf.readBigUInt64BE(2)); off = 10; }
          if (buf.length < off + len) return;
          const fin = buf[0]! & 0x80;
          const op = buf[0]! & 0x0f;
          const payload = buf.subarray(off, off + len);
          buf = buf.subarray(off + len);
          if (op === 0 || op === 1) {
            parts.push(payload);
            if (fin) { listener(Buffer.concat(parts).toString('utf8')); parts = []; }
          }
        }
      });
      ok({
        send(text) {
          const data = Buffer.from(text, 'utf8');
          const mask = randomBytes(4);
          const n = data.length;
          const head = n < 126 ? Buffer.from([0x81, 0x80 | n])
            : n < 65536 ? Buffer.from([0x81, 0x80 | 126, n >> 8, n & 0xff])
            : Buffer.concat([Buffer.from([0x81, 0x80 | 127]), (() => { const b = Buffer.alloc(8); b.writeBigUInt64BE(BigInt(n)); return b; })()]);
          for (let i = 0; i < n; i++) data[i]! ^= mask[i & 3]!;
          socket.write(Buffer.concat([head, mask, data]));
        },
        onText(cb) { listener = cb; },
        close() { socket.destroy(); },
      });
    });
    req.end();
  });
}

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

describe.skipIf(!existsSync(FIREFOX))('Firefox (headless firefox-esr, WebDriver BiDi)', () => {
  it('the packaged add-on shows the badge and summarizes the Arabic article in its popup page', async () => {
    const server = createServer((req, res) => {
      const file = join(PAGES, new URL(req.url ?? '/', 'http://x').pathname);
      if (!file.startsWith(PAGES) || !existsSync(file)) { res.writeHead(404); res.end(); return; }
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(readFileSync(file));
    });
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    const addr = server.address();
    const base = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;

    // A fresh profile with the add-on sideloaded (ESR accepts it unsigned) and the popup page as home page.
    const profile = mkdtempSync(join(tmpdir(), 'khulasa-ff-profile-'));
    mkdirSync(join(profile, 'extensions'));
    copyFileSync(zip, join(profile, 'extensions', `${GECKO_ID}.xpi`));
    const prefs: Record<string, unknown> = {
      'xpinstall.signatures.required': false,
      'extensions.autoDisableScopes': 0,
      'extensions.enabledScopes': 15,
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }),
      'browser.startup.page': 1,
      'browser.startup.homepage': `moz-extension://${UUID}/src/popup/index.html?mode=page`,
      'browser.shell.checkDefaultBrowser': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'app.update.disabledForTesting': true,
    };
    writeFileSync(join(profile, 'user.js'), Object.entries(prefs).map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});\n`).join(''));

    const ff = spawn(FIREFOX, ['--headless', '--no-remote', '--remote-debugging-port=0', '--profile', profile], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    let ws: Awaited<ReturnType<typeof connect>> | undefined;
    try {
      const wsUrl = await new Promise<string>((ok, ko) => {
        ff.stderr!.on('data', (d) => {
          stderr += d;
          const m = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(stderr);
          if (m) ok(m[1]!);
        });
        ff.on('exit', (code) => ko(new Error(`firefox exited (${code}): ${stderr.slice(-2000)}`)));
        setTimeout(() => ko(new Error(`firefox did not start: ${stderr.slice(-2000)}`)), 30_000);
      });
      ws = await connect(`${wsUrl}/session`);
      let nextId = 1;
      const waiting = new Map<number, { ok(r: any): void; ko(e: Error): void }>();
      ws.onText((text) => {
        const m = JSON.parse(text);
        const w = waiting.get(m.id);
        if (!w) return;
        waiting.delete(m.id);
        if (m.type === 'error') w.ko(new Error(`${m.error}: ${m.message}`)); else w.ok(m.result);
      });
      const send = (method: string, params: object = {}) => new Promise<any>((ok, ko) => {
        const id = nextId++;
        waiting.set(id, { ok, ko });
        ws!.send(JSON.stringify({ id, method, params }));
      });
      /** Evaluates in the popup page (an extension page: `browser` is Firefox's own). JSON in, JSON out. */
      const evaluate = async (context: string, expression: string) => {
        const r = await send('script.evaluate', { expression: `(async () => JSON.stringify(await (${expression})))()`, target: { context }, awaitPromise: true });
        if (r.type === 'exception') throw new Error(`evaluate: ${JSON.stringify(r.exceptionDetails).slice(0, 500)}`);
        return JSON.parse(r.result.value);
      };

      await send('session.new', { capabilities: {} });
      let popup: string | undefined;
      for (let until = Date.now() + 30_000; !popup && Date.now() < until; await sleep(250)) {
        const tree = await send('browsingContext.getTree', {});
        popup = tree.contexts.find((c: { url: string }) => c.url.startsWith(`moz-extension://${UUID}/`))?.context;
      }
      expect(popup, 'the popup page (home page) did not load: add-on not installed?').toBeDefined();

      // Open the article in a tab (from the extension page, which knows the tab ids) and wait for the badge.
      const tabId: number = await evaluate(popup!, `browser.tabs.create({ url: ${JSON.stringify(`${base}/arabic-article.html`)}, active: false }).then((t) => t.id)`);
      let badge = '';
      for (let until = Date.now() + 15_000; badge !== 'ع' && Date.now() < until; await sleep(250)) {
        badge = await evaluate(popup!, `browser.action.getBadgeText({ tabId: ${tabId} })`);
      }
      expect(badge, 'badge: background script + content script detection').toBe('ع');

      // The popup page for that tab, as the context menu / shortcut window opens it.
      await evaluate(popup!, `(location.search = '?tabId=${tabId}&mode=page', 1)`);
      let view: { summary: string[]; title: string | null; entities: string; status: string | null } = { summary: [], title: null, entities: '', status: null };
      for (let until = Date.now() + 20_000; view.summary.length === 0 && Date.now() < until; await sleep(250)) {
        await sleep(250);
        view = await evaluate(popup!, `({
          summary: [...document.querySelectorAll('[data-testid=summary] li')].map((li) => li.textContent),
          title: document.querySelector('[data-testid=title]')?.textContent ?? null,
          entities: document.querySelector('[data-testid=entities]')?.textContent ?? '',
          status: document.querySelector('.status')?.textContent ?? null,
        })`).catch(() => view); // the page may be mid-navigation
      }
      expect(view.summary.length, `no summary; status: ${view.status}`).toBeGreaterThanOrEqual(3);
      expect(view.title).toContain('روسيا والصين');
      expect(view.entities).toContain('بوتين');
    } finally {
      ws?.close();
      ff.kill();
      await new Promise((ok) => { if (ff.exitCode !== null) ok(null); else ff.once('exit', ok); });
      server.close();
      rmSync(profile, { recursive: true, force: true });
    }
  }, 90_000);
});
