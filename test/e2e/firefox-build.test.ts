/**
 * The Firefox build (scripts/build-firefox.ts, `npm run build:firefox`) into a temp dir, then Mozilla's
 * own add-on linter (web-ext lint = addons-linter, what addons.mozilla.org runs) on it: 0 errors, and
 * only the warnings docs/architecture.md explains; then, when Debian's firefox-esr is installed, a headless smoke
 * test: the packaged add-on in a real Firefox summarizes the Arabic test article.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LintMessage, LintResult } from 'web-ext';
import { GECKO_ID } from '../../src/platform/firefox-manifest';
import { FIREFOX, launchFirefox } from '../support/browsers';
import { serveStatic } from '../support/static-server';

/**
 * Warnings that are understood and accepted (docs/architecture.md, «The builds»):
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
  execFileSync(
    join('node_modules', '.bin', 'tsx'),
    ['scripts/build-firefox.ts', '--out-dir', dir, '--artifacts-dir', artifacts],
    { stdio: 'pipe' },
  );
  manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  zip = join(artifacts, `khulasa-firefox-${manifest.version}.zip`);
  const { cmd } = await import('web-ext');
  lint = await cmd.lint({ sourceDir: dir, output: 'none' }, { shouldExitProgram: false });
}, 120_000);

afterAll(() => {
  if (dir) rmSync(join(dir, '..'), { recursive: true, force: true });
});

const show = (ms: LintMessage[]) =>
  ms.map((m) => `${m.code} ${m.file ?? ''}:${m.line ?? ''} ${m.message} — ${m.description ?? ''}`).join('\n');

describe('Firefox build', () => {
  it('is a Firefox MV3 manifest: background scripts, gecko settings', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.background.service_worker).toBeUndefined();
    expect(manifest.background.scripts).toEqual(['background.js']);
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

  it('web-ext lint: no warning or notice that docs/architecture.md does not explain', () => {
    const unexplained = [...lint.warnings, ...lint.notices].filter((m) => !EXPLAINED_WARNINGS.has(m.code));
    expect(unexplained, show(unexplained)).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------------
// Headless Firefox smoke test over WebDriver BiDi (test/support/browsers.ts).

/** Pinned moz-extension:// host for the add-on (pref extensions.webextensions.uuids). */
const UUID = '0b7c0a10-4f3e-4a55-9d2e-6b1f6d0c1a01';
if (!existsSync(FIREFOX)) console.warn(`firefox smoke test skipped: no ${FIREFOX} (apt-get install firefox-esr)`);

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

describe.skipIf(!existsSync(FIREFOX))('Firefox (headless firefox-esr, WebDriver BiDi)', () => {
  it('the packaged add-on shows the badge and summarizes the Arabic article in its popup page', async () => {
    const pages = await serveStatic(join(import.meta.dirname, 'pages'));
    // A fresh profile with the add-on sideloaded (ESR accepts it unsigned) and the popup page as home page.
    const ff = await launchFirefox({
      prepareProfile: (profile) => {
        mkdirSync(join(profile, 'extensions'));
        copyFileSync(zip, join(profile, 'extensions', `${GECKO_ID}.xpi`));
      },
      prefs: {
        'xpinstall.signatures.required': false,
        'extensions.autoDisableScopes': 0,
        'extensions.enabledScopes': 15,
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }),
        'browser.startup.page': 1,
        'browser.startup.homepage': `moz-extension://${UUID}/src/popup/index.html?mode=page`,
      },
    }).catch(async (e) => {
      await pages.close();
      throw e;
    });
    try {
      let popup: string | undefined;
      for (let until = Date.now() + 30_000; !popup && Date.now() < until; await sleep(250)) {
        const tree = await ff.send('browsingContext.getTree', {});
        popup = tree.contexts.find((c: { url: string }) => c.url.startsWith(`moz-extension://${UUID}/`))?.context;
      }
      expect(popup, 'the popup page (home page) did not load: add-on not installed?').toBeDefined();

      // Open the article in a tab (from the extension page, which knows the tab ids) and wait for the badge.
      const tabId: number = await ff.evaluate(
        popup!,
        `browser.tabs.create({ url: ${JSON.stringify(`${pages.baseUrl}/arabic-article.html`)}, active: false }).then((t) => t.id)`,
      );
      let badge = '';
      for (let until = Date.now() + 15_000; badge !== 'ع' && Date.now() < until; await sleep(250)) {
        badge = await ff.evaluate(popup!, `browser.action.getBadgeText({ tabId: ${tabId} })`);
      }
      expect(badge, 'badge: background script + content script detection').toBe('ع');

      // The popup page for that tab, as the context menu / shortcut window opens it.
      await ff.evaluate(popup!, `(location.search = '?tabId=${tabId}&mode=page', 1)`);
      let view: { summary: string[]; title: string | null; entities: string; status: string | null } = {
        summary: [],
        title: null,
        entities: '',
        status: null,
      };
      for (let until = Date.now() + 20_000; view.summary.length === 0 && Date.now() < until; await sleep(250)) {
        await sleep(250);
        view = await ff
          .evaluate(
            popup!,
            `({
          summary: [...document.querySelectorAll('[data-testid=summary] li')].map((li) => li.textContent),
          title: document.querySelector('[data-testid=title]')?.textContent ?? null,
          entities: document.querySelector('[data-testid=entities]')?.textContent ?? '',
          status: document.querySelector('.status')?.textContent ?? null,
        })`,
          )
          .catch(() => view); // the page may be mid-navigation
      }
      expect(view.summary.length, `no summary; status: ${view.status}`).toBeGreaterThanOrEqual(3);
      expect(view.title).toContain('روسيا والصين');
      expect(view.entities).toContain('بوتين');
    } finally {
      await ff.close();
      await pages.close();
    }
  }, 90_000);
});
