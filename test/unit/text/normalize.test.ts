import { describe, expect, it } from 'vitest';
import { normalizeArabic, normalizeLower, isArabicLetter } from '../../../src/core/text';

describe('normalizeArabic', () => {
  it('strips diacritics (harakat, tanween, shadda, sukun, superscript alef) and tatweel', () => {
    expect(normalizeArabic('مُحَمَّدٌ')).toBe('محمد');
    expect(normalizeArabic('أعمالاً')).toBe('اعمالا');
    expect(normalizeArabic('رحمٰن')).toBe('رحمن');
    expect(normalizeArabic('تسـعة')).toBe('تسعه');
    expect(normalizeArabic('ســــلام')).toBe('سلام');
  });
  it('folds alef variants, alef maqsura, taa marbuta and hamza seats', () => {
    expect(normalizeArabic('أإآٱ')).toBe('اااا');
    expect(normalizeArabic('مستشفى')).toBe('مستشفي');
    expect(normalizeArabic('مدينة')).toBe('مدينه');
    expect(normalizeArabic('مؤتمر')).toBe('موتمر');
    expect(normalizeArabic('رئيس')).toBe('رييس');
  });
  it('folds Arabic-Indic and Persian digits and number punctuation', () => {
    expect(normalizeArabic('٢٠٢٤')).toBe('2024');
    expect(normalizeArabic('۱۲۳')).toBe('123');
    expect(normalizeArabic('٣٫٥٪')).toBe('3.5%');
  });
  it('removes zero-width and bidi marks, turns NBSP into a space', () => {
    const marks = '\u200B\u200C\u200D\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\uFEFF';
    expect(normalizeArabic(`سو${marks}ريا`)).toBe('سوريا');
    expect(normalizeArabic('بشار\u00A0الأسد')).toBe('بشار الاسد');
  });
  it('leaves Latin text alone', () => {
    expect(normalizeArabic('Microsoft 365')).toBe('Microsoft 365');
  });
  it('matches EASC reference spelling against the article spelling', () => {
    // EASC (El-Haj et al. 2010): summaries write ا where the article has أ/إ
    expect(normalizeArabic('الإسلاميين المتطرفين')).toBe(normalizeArabic('الاسلاميين المتطرفين'));
  });
  it('isArabicLetter', () => {
    expect(isArabicLetter('ب')).toBe(true);
    expect(isArabicLetter('٣')).toBe(false);
    expect(isArabicLetter('،')).toBe(false);
    expect(isArabicLetter('a')).toBe(false);
  });
});

describe('normalizeLower', () => {
  it('equals normalizeArabic then toLowerCase for every UTF-16 code unit, alone and among letters', () => {
    const bad: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      for (const t of [ch, 'ب' + ch, ch + 'ا', 'A' + ch + 'Σ', 'x' + ch + '\u200C'])
        if (normalizeLower(t) !== normalizeArabic(t).toLowerCase()) bad.push(t);
    }
    expect(bad).toEqual([]);
  });

  it('equals normalizeArabic then toLowerCase on mixed strings', () => {
    const alpha = 'اأإآٱبةتىيیئؤکك٠٩۰۹٫٬٪AZaz\u064B\u0651\u0640\u200C\u200F\u00A0\u2009\u3000\uFEFF\u061CΣσİé«»-. 0';
    let seed = 7;
    const rand = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    for (let k = 0; k < 20000; k++) {
      let t = '';
      for (let i = 0, n = 1 + (k % 9); i < n; i++) t += alpha[Math.floor(rand() * alpha.length)];
      expect(normalizeLower(t)).toBe(normalizeArabic(t).toLowerCase());
    }
  });
});
