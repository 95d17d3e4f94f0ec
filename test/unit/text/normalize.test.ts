import { describe, expect, it } from 'vitest';
import { normalizeArabic, isArabicLetter } from '../../../src/core/text';

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
