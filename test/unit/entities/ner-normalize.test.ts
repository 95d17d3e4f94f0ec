/**
 * nerNormalize reads a token one code unit at a time through a table; it must give exactly the string of its
 * definition, the regular expressions (nerNormalizeByRegex), for every character and any mix of them.
 */
import { describe, expect, it } from 'vitest';
import { nerNormalize, nerNormalizeByRegex } from '../../../src/core/entities/ner-normalize';

describe('nerNormalize', () => {
  it('equals its regex definition for every UTF-16 code unit, alone and among letters', () => {
    const bad: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      for (const t of [ch, 'ب' + ch, ch + 'ا', 'A' + ch + 'Σ', 'x' + ch + 'y'])
        if (nerNormalize(t) !== nerNormalizeByRegex(t)) bad.push(t);
    }
    expect(bad).toEqual([]);
  });

  it('equals its regex definition on mixed strings (marks, folds, case, invisibles, sigma)', () => {
    const alpha = 'اأإآٱبةتىيیئؤکك٠٩۰۹AZaz\u064B\u0651\u0640\u200C\u200F\uFEFF\u061CΣσİé«»-. 0';
    let seed = 1;
    const rand = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    for (let k = 0; k < 20000; k++) {
      let t = '';
      for (let i = 0, n = 1 + (k % 9); i < n; i++) t += alpha[Math.floor(rand() * alpha.length)];
      expect(nerNormalize(t)).toBe(nerNormalizeByRegex(t));
    }
  });

  it('folds and strips as documented, and keeps a token made only of marks', () => {
    expect(nerNormalize('أُسامة')).toBe('اسامه');
    expect(nerNormalize('ـــ')).toBe('ـــ');
    expect(nerNormalize('BBC')).toBe('bbc');
    expect(nerNormalize('٢٠٢٤')).toBe('2024');
    expect(nerNormalize('ΟΔΟΣ')).toBe('οδος');
  });
});
