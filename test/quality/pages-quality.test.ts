/**
 * The BAR of issue 5 on the real pages of ../shared/data/pages (and on test/test-pages): every page
 * classified right; CNN body token F1 ≥ 0.95; all `with` snippets of assabah present, no `without`.
 * Same code as `npm run eval:pages`.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { barFailures, evaluateCase, loadCases } from '../../scripts/eval-pages';
import { sharedData } from './data';

const REAL = sharedData('pages');
const OWN = resolve(__dirname, '../test-pages');

describe.skipIf(!REAL)('BAR on ../shared/data/pages', () => {
  const cases = REAL ? loadCases(REAL) : [];
  it('has the Arabic and not-Arabic pages', () => {
    expect(cases.filter((c) => c.expectArabic).length).toBeGreaterThanOrEqual(2);
    expect(cases.filter((c) => !c.expectArabic).length).toBeGreaterThanOrEqual(5);
  });
  for (const c of cases) {
    it(c.name, () => {
      const r = evaluateCase(c);
      expect(barFailures(c, r)).toEqual([]);
      if (r.ours?.prf) expect(r.ours.prf.f1).toBeGreaterThanOrEqual(0.95);
    });
  }
  it('the CNN body is scored (F1 ≥ 0.95) and beats raw Readability', () => {
    const cnn = cases.find((c) => c.name.includes('cnn-arabic'));
    expect(cnn?.body).toBeTruthy();
    const r = evaluateCase(cnn!);
    expect(r.ours!.prf!.f1).toBeGreaterThanOrEqual(0.95);
    expect(r.ours!.prf!.f1).toBeGreaterThan(r.raw!.prf!.f1);
  });
});

describe('BAR on test/test-pages', () => {
  for (const c of loadCases(OWN)) {
    it(c.name, () => expect(barFailures(c, evaluateCase(c))).toEqual([]));
  }
});
