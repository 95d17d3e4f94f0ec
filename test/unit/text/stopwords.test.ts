import { describe, expect, it } from 'vitest';
import { isStopword, STOPWORDS, normalizeArabic } from '../../../src/core/text';

describe('stopwords', () => {
  it('uses the stopwords-iso Arabic list, normalized', () => {
    expect(STOPWORDS.size).toBeGreaterThan(300);
    for (const w of ['في', 'من', 'على', 'إلى', 'التي', 'هذه', 'أن']) expect(isStopword(normalizeArabic(w))).toBe(true);
  });
  it('also behind a one-letter conjunction', () => {
    expect(isStopword(normalizeArabic('وهذا'))).toBe(true);
    expect(isStopword(normalizeArabic('فإن'))).toBe(true);
  });
  it('keeps content words', () => {
    for (const w of ['الاقتصاد', 'بيتهوفن', 'وزير', 'القاهرة', 'النفط'])
      expect(isStopword(normalizeArabic(w))).toBe(false);
  });
});
