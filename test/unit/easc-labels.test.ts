/** Training labels of the summary scorer (scripts/lib/easc.ts pickRates) on EASC-shaped references. */
import { describe, expect, it } from 'vitest';
import { pickRates } from '../../scripts/lib/easc';
import { splitSentences } from '../../src/core/text';

const ARTICLE =
  'أعلنت هيئة الاتصالات وتقنية المعلومات عن خدمة جديدة للجمهور. وقال المتحدث إن الخدمة تبدأ الشهر المقبل. ويتوقع الخبراء إقبالا كبيرا.';

describe('pickRates', () => {
  const sentences = splitSentences(ARTICLE);
  it('counts a sentence found on word boundaries, and one absent as 0', () => {
    const r = pickRates(sentences, ['أعلنت هيئة الاتصالات وتقنية المعلومات عن خدمة جديدة للجمهور.']);
    expect(r).toEqual([1, 0, 0]);
  });
  it('counts a sentence whose words a deleted line break glued together in the reference', () => {
    // EASC references drop the article's line breaks: «هيئة\nالاتصالات» becomes «هيئةالاتصالات»
    const r = pickRates(sentences, [
      'أعلنت هيئةالاتصالات وتقنية المعلومات عن خدمة جديدة للجمهور.',
      'وقال المتحدث إن الخدمةتبدأ الشهر المقبل.',
    ]);
    expect(r).toEqual([0.5, 0.5, 0]);
  });
  it('does not match a short sentence inside another word', () => {
    const r = pickRates(splitSentences('نعم. لا شيء هنا يذكر.'), ['النعمة كبيرة.']);
    expect(r[0]).toBe(0);
  });
});
