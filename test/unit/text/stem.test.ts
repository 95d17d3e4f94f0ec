/**
 * Stemmer measurement: hand-checked pairs of normalized word forms that must share a stem
 * (clitics, article, number/gender, nisba, pronoun suffixes) and pairs that must not.
 * The rates are printed and held to a floor, so a table change that hurts shows up here.
 */
import { describe, expect, it } from 'vitest';
import { lightStem, normalizeArabic, stripPrefix, stripSuffix } from '../../../src/core/text';

const stem = (w: string) => lightStem(normalizeArabic(w));

/** Same lexeme, different surface forms. */
export const SAME: [string, string][] = [
  ['الاقتصادية', 'اقتصادي'],
  ['والاقتصادية', 'الاقتصاد'],
  ['الاقتصاديين', 'اقتصادية'],
  ['اقتصاديات', 'الاقتصادي'],
  ['بالمدينة', 'مدينة'],
  ['للشركة', 'الشركات'],
  ['والشركات', 'شركة'],
  ['المعلمون', 'المعلمين'],
  ['وزارة', 'الوزارة'],
  ['بالوزارة', 'وزارات'],
  ['الحكومة', 'وحكومته'],
  ['حكومتها', 'الحكومي'],
  ['الرئيس', 'رئيسها'],
  ['ورئيس', 'الرئيس'],
  ['السياسية', 'سياسي'],
  ['سياسيون', 'السياسيين'],
  ['فلسطين', 'فلسطيني'],
  ['الفلسطينيين', 'فلسطينية'],
  ['المصرية', 'مصري'],
  ['العربية', 'العربي'],
  ['الموسيقى', 'موسيقي'],
  ['الموسيقية', 'موسيقية'],
  ['مؤلفاته', 'مؤلفات'],
  ['أعماله', 'اعمال'],
  ['أعمالاً', 'الأعمال'],
  ['كتابه', 'الكتاب'],
  ['بالكتاب', 'وكتاب'],
  ['المستشفى', 'مستشفى'],
  ['والمدارس', 'مدارس'],
  ['للطلاب', 'الطلاب'],
  ['بالطلاب', 'طلابهم'],
  ['الدولتين', 'دولتان'],
  ['المنطقة', 'منطقتنا'],
  ['العالمية', 'عالمي'],
  ['الدولية', 'دولي'],
  ['النفطية', 'النفط'],
  ['التعاون', 'وللتعاون'],
  ['المشاريع', 'مشاريعها'],
  ['المصالح', 'مصالحهم'],
  ['الإسلامية', 'إسلامي'],
  ['والجمهورية', 'جمهورية'],
  ['الزراعية', 'الزراعة'],
  ['البرامج', 'برامجهما'],
  ['المحلية', 'محلي'],
];

/** Different lexemes that a careless stemmer conflates. */
export const DIFFERENT: [string, string][] = [
  ['وزير', 'زير'],
  ['لبنان', 'بنان'],
  ['كتاب', 'تاب'],
  ['فيلم', 'يلم'],
  ['بيروت', 'يروت'],
  ['سيارة', 'يارة'],
  ['وطن', 'طن'],
  ['فكرة', 'كرة'],
  ['باب', 'اب'],
  ['والد', 'لد'],
  ['العلم', 'العالم'],
  ['كتب', 'كاتب'],
  ['مدرسة', 'مدرس'],
  ['الوزير', 'زير'],
  ['بلد', 'لد'],
  ['وصل', 'صل'],
  ['فصل', 'صل'],
  ['لعب', 'عب'],
  ['بحر', 'حر'],
  ['كبير', 'بير'],
];

function rate(pairs: [string, string][], same: boolean): number {
  return pairs.filter(([a, b]) => (stem(a) === stem(b)) === same).length / pairs.length;
}

describe('lightStem', () => {
  it('matches «الاقتصادية» with «اقتصادي»', () => {
    expect(stem('الاقتصادية')).toBe(stem('اقتصادي'));
  });
  it('strips article groups and one-letter clitics, keeps short words whole', () => {
    expect(stripPrefix('والاقتصاد')).toBe('اقتصاد');
    expect(stripPrefix('للشركه')).toBe('شركه');
    expect(stripPrefix('بالمدينه')).toBe('مدينه');
    expect(stripPrefix('وزير')).toBe('وزير');
    expect(stripPrefix('وحكومته')).toBe('حكومته');
    expect(stripSuffix('حكومتها')).toBe('حكوم');
    expect(stripSuffix('مولفاته')).toBe('مولف');
  });
  it('leaves Latin words and numbers alone', () => {
    expect(lightStem('microsoft')).toBe('microsoft');
    expect(lightStem('2024')).toBe('2024');
  });
  it('measured on hand-checked pairs', () => {
    const recall = rate(SAME, true);
    const separation = rate(DIFFERENT, false);
    console.log(
      `lightStem: ${(100 * recall).toFixed(0)}% of ${SAME.length} same-lexeme pairs share a stem; ` +
        `${(100 * separation).toFixed(0)}% of ${DIFFERENT.length} different-lexeme pairs kept apart`,
    );
    const misses = SAME.filter(([a, b]) => stem(a) !== stem(b)).map(([a, b]) => `${a}/${b}: ${stem(a)} ≠ ${stem(b)}`);
    if (misses.length) console.log(`  misses: ${misses.join('; ')}`);
    expect(recall).toBeGreaterThanOrEqual(0.8);
    expect(separation).toBeGreaterThanOrEqual(0.8);
  });
});
