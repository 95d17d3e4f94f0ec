import { describe, expect, it } from 'vitest';
import { articleFromPlainText } from '../../../src/core/plain-text';

describe('articleFromPlainText', () => {
  it('a short first line without a final stop is the title', () => {
    expect(articleFromPlainText('أسعار النفط ترتفع\nارتفعت أسعار النفط اليوم بعد قرار أوبك.')).toEqual({
      title: 'أسعار النفط ترتفع',
      text: 'ارتفعت أسعار النفط اليوم بعد قرار أوبك.',
    });
  });
  it('in hard-wrapped text the first wrapped line is not a title', () => {
    const line = (i: number) => `هذا سطر رقم ${i} من نص مطبوع مكسور عند عرض ثابت تقريبا دون نقطة في`;
    const raw = [line(1), line(2), line(3), line(4), line(5), 'نهاية الفقرة هنا.'].join('\n');
    expect(articleFromPlainText(raw).title).toBeUndefined();
  });
});

describe('page furniture in plain text', () => {
  it('drops ad placeholder lines such as ADVERTISEMENT (the sample article has one)', () => {
    const a = articleFromPlainText(
      'عنوان الخبر\nADVERTISEMENT\nقال الوزير إن الاجتماع سيعقد غدا.\nإعلان\nوأضاف أن التعاون سيستمر.',
    );
    expect(a.title).toBe('عنوان الخبر');
    expect(a.text).not.toMatch(/ADVERTISEMENT|إعلان/);
    expect(a.text).toContain('قال الوزير');
  });
});
