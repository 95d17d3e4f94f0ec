import { describe, expect, it } from 'vitest';
import { lcsLength, rouge, rougeL, rougeN } from '../../../src/core/summarize/rouge';

const t = (s: string) => s.split(' ');

describe('ROUGE', () => {
  it('ROUGE-1 and ROUGE-2 on a textbook case', () => {
    // cand: the cat sat on the mat / ref: the cat is on the mat
    const c = t('the cat sat on the mat'),
      r = t('the cat is on the mat');
    const r1 = rougeN(c, r, 1);
    expect(r1.p).toBeCloseTo(5 / 6);
    expect(r1.r).toBeCloseTo(5 / 6);
    const r2 = rougeN(c, r, 2); // bigrams shared: "the cat", "on the", "the mat" of 5
    expect(r2.p).toBeCloseTo(3 / 5);
    expect(r2.f).toBeCloseTo(3 / 5);
  });
  it('clips repeated n-grams', () => {
    const r1 = rougeN(t('the the the'), t('the cat'), 1);
    expect(r1.p).toBeCloseTo(1 / 3);
    expect(r1.r).toBeCloseTo(1 / 2);
    expect(r1.f).toBeCloseTo(0.4);
  });
  it('ROUGE-L from the LCS', () => {
    expect(lcsLength(t('a b c d'), t('a c d b'))).toBe(3);
    const l = rougeL(t('a b c d'), t('a c d'));
    expect(l.p).toBeCloseTo(3 / 4);
    expect(l.r).toBeCloseTo(1);
    expect(l.f).toBeCloseTo(6 / 7);
  });
  it('empty sides score 0', () => {
    expect(rougeN([], t('a'), 1).f).toBe(0);
    expect(rougeL(t('a'), []).f).toBe(0);
  });
  it('normalizes both sides, truncates the candidate, averages over references', () => {
    // أ/إ written as ا in references (as in EASC)
    const s = rouge('أحمد إلى المدرسة ذهب', ['احمد الى المدرسة', 'احمد الى البيت'], 0);
    expect(s.rouge1.r).toBeCloseTo((1 + 2 / 3) / 2);
    // default limit: mean reference length (3) → candidate «احمد الى المدرسه»
    const d = rouge('أحمد إلى المدرسة ذهب', ['احمد الى المدرسة', 'احمد الى البيت']);
    expect(d.rouge1.f).toBeCloseTo((1 + 2 / 3) / 2);
    expect(d.rouge2.f).toBeCloseTo((1 + 1 / 2) / 2);
  });
});
