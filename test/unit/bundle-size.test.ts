/**
 * Size budgets of the built extension (deterministic, so they are tested; timing budgets are only
 * reported by `npm run bench`). Skips with a message when dist/ has not been built.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, KB, PAGE_LOAD_BUDGET, POPUP_GZIP_BUDGET, bundles, sizeOf, total } from '../../bench/sections/sizes';

const built = existsSync(join(DIST, 'manifest.json'));
if (!built) console.warn('bundle-size: dist/ is missing, size budgets skipped (run `npm run build`)');

describe.skipIf(!built)('bundle sizes (dist/)', () => {
  it(`content script (runs on every page load) ≤ ${PAGE_LOAD_BUDGET / KB} KB minified`, () => {
    const b = bundles();
    expect(b.content.length).toBeGreaterThan(0);
    for (const f of b.content) expect(sizeOf(f).raw, f).toBeLessThanOrEqual(PAGE_LOAD_BUDGET);
  });

  it('content script holds no Unicode-property regular expression (each costs about a millisecond to compile in a new renderer)', () => {
    const b = bundles();
    for (const f of b.content) expect(readFileSync(join(DIST, f), 'utf8'), f).not.toMatch(/\\[pP]\{/);
  });

  it(`an Arabic-article page load (content script + the background it wakes for the badge) ≤ ${PAGE_LOAD_BUDGET / KB} KB minified`, () => {
    const b = bundles();
    expect(b.background.length).toBeGreaterThan(0);
    expect(total([...b.content, ...b.background]).raw).toBeLessThanOrEqual(PAGE_LOAD_BUDGET);
  });

  it(`popup JS (static imports, NER model excluded) ≤ ${POPUP_GZIP_BUDGET / KB} KB gzipped`, () => {
    const b = bundles();
    expect(b.popup.files.length).toBeGreaterThan(0);
    expect(
      b.popup.files.some((f) => b.model.includes(f)),
      'the model must be a lazy chunk',
    ).toBe(false);
    expect(
      b.popup.files.some((f) => /key-entities/.test(f)),
      'the key-name step must be a lazy chunk',
    ).toBe(false);
    expect(b.popup.dynamic.some((f) => /key-entities/.test(f))).toBe(true);
    expect(total(b.popup.files).gzip).toBeLessThanOrEqual(POPUP_GZIP_BUDGET);
  });
});
