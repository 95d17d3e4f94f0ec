import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/core/text';
import { analyze, resummarize } from '../../../src/core/analyze';
import { defaultSentenceCount, rankSentences, selectSummary } from '../../../src/core/summarize/summarize';

const para = (i: number) =>
  `أعلنت الحكومة المصرية اليوم عن خطة اقتصادية جديدة رقم ${i} لدعم الصناعة المحلية وزيادة الصادرات إلى الأسواق العالمية.`;

describe('summarizer', () => {
  it('default length: about a quarter, 3 to 7 sentences', () => {
    expect(defaultSentenceCount(2)).toBe(2);
    expect(defaultSentenceCount(8)).toBe(3);
    expect(defaultSentenceCount(20)).toBe(5);
    expect(defaultSentenceCount(100)).toBe(7);
  });
  it('1–3 sentence texts return themselves', () => {
    const s = splitSentences('جملة أولى هنا. جملة ثانية هنا. جملة ثالثة.');
    const r = rankSentences(s, '');
    expect(selectSummary(r).map((x) => x.index)).toEqual([0, 1, 2]);
    expect(selectSummary(r, { words: 2 }).map((x) => x.index)).toEqual([0, 1, 2]);
  });
  it('word budget: whole best sentences until N words, in article order', () => {
    const text = Array.from({ length: 12 }, (_, i) => `جملة رقم ${i} عن موضوع مختلف تماما ${'كلمة '.repeat(i % 3)}هنا.`).join(' ');
    const r = rankSentences(splitSentences(text), '');
    const sum = selectSummary(r, { words: 20 });
    const idx = sum.map((s) => s.index);
    expect(idx).toEqual([...idx].sort((a, b) => a - b));
    const words = idx.reduce((n, i) => n + r.wordCounts[i], 0);
    expect(words).toBeGreaterThanOrEqual(20);
    expect(words - r.wordCounts[idx[idx.length - 1]]).toBeLessThan(20 + Math.max(...r.wordCounts));
  });
  it('sentences and ratio lengths; re-ranking reuses the analysis', () => {
    const text = Array.from({ length: 20 }, (_, i) => `موضوع ${i} يتناول قضية مختلفة من قضايا المنطقة العربية اليوم.`).join('\n');
    const a = analyze({ text });
    expect(a.summary).toHaveLength(5);
    expect(resummarize(a, { sentences: 2 })).toHaveLength(2);
    expect(resummarize(a, { ratio: 0.5 })).toHaveLength(10);
    expect(resummarize(a, { sentences: 2 }).map((s) => s.index)).toEqual(a.ranking.order.slice(0, 2).sort((x, y) => x - y));
  });
  it('headings, captions and lists do not dominate; near-duplicates are dropped', () => {
    const article = readFileSync(resolve(__dirname, '../../fixtures/sample-article.txt'), 'utf8');
    const lines = article.split('\n');
    // a caption, a list item and a repeated lead paragraph added to the real sample article
    const text = [lines[0], 'صورة أرشيفية', lines[2], '• بند في قائمة قصيرة', lines[2], ...lines.slice(3)].join('\n');
    const a = analyze({ text }, { length: { sentences: 5 } });
    const picked = a.summary.map((s) => s.text.trim());
    const kinds = a.ranking.kinds!;
    for (const s of a.summary) expect(['normal', 'quote']).toContain(kinds[s.index]);
    expect(picked).not.toContain('ADVERTISEMENT');
    expect(picked).not.toContain('صورة أرشيفية');
    expect(new Set(picked).size).toBe(picked.length);
  });
  it('a given title pulls up the sentence about it', () => {
    const text = Array.from({ length: 10 }, (_, i) =>
      i === 6 ? 'ارتفعت أسعار النفط العالمية بشكل حاد بعد قرار أوبك خفض الإنتاج.' : `خبر عام رقم ${i} عن أحداث متفرقة في مدن مختلفة.`,
    ).join(' ');
    const a = analyze({ title: 'أسعار النفط ترتفع بعد قرار أوبك', text }, { length: { sentences: 3 } });
    expect(a.summary.map((s) => s.index)).toContain(6);
  });
  it('20,000 words stay fast and grow about linearly', () => {
    const make = (n: number) => Array.from({ length: n }, (_, i) => para(i % 97) + ` وقال المسؤول ${i % 13} إن الخطة ستنفذ خلال ${i % 7} أعوام.`).join('\n');
    const time = (text: string) => {
      const s = splitSentences(text);
      const t0 = performance.now();
      rankSentences(s, 'خطة اقتصادية');
      return performance.now() - t0;
    };
    time(make(50)); // warm up
    const small = time(make(100)); // ~3,000 words
    const big = time(make(700)); // ~20,000 words
    expect(big).toBeLessThan(1500);
    expect(big / Math.max(small, 1)).toBeLessThan(7 * 4);
  });
});
