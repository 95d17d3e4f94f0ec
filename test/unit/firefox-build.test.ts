/**
 * The Firefox build (scripts/build-firefox.ts, `npm run build:firefox`) into a temp dir, then Mozilla's
 * own add-on linter (web-ext lint = addons-linter, what addons.mozilla.org runs) on it: 0 errors, and
 * only the warnings README explains.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
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
let manifest: Record<string, any>;
let lint: LintResult;

beforeAll(async () => {
  dir = join(mkdtempSync(join(tmpdir(), 'khulasa-ff-')), 'dist-firefox');
  execFileSync(join('node_modules', '.bin', 'tsx'), ['scripts/build-firefox.ts', '--out-dir', dir, '--no-zip'], { stdio: 'pipe' });
  manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
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
