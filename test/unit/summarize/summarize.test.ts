import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/core/text';
import { analyze, resummarize } from '../../../src/core/analyze';
import { defaultSentenceCount, rankSentences, selectSummary } from '../../../src/core/summarize/summarize';
import { articleFromPlainText } from '../../../src/core/plain-text';
import { LENGTH_PRESETS, presetLength, STANDFIRST_WORDS } from '../../../src/core/length-presets';

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
    const r = rankSentences(s);
    expect(selectSummary(r).map((x) => x.index)).toEqual([0, 1, 2]);
    expect(selectSummary(r, { words: 2 }).map((x) => x.index)).toEqual([0, 1, 2]);
  });
  it('word budget: whole best sentences until N words, in article order', () => {
    const text = Array.from(
      { length: 12 },
      (_, i) => `جملة رقم ${i} عن موضوع مختلف تماما ${'كلمة '.repeat(i % 3)}هنا.`,
    ).join(' ');
    const r = rankSentences(splitSentences(text));
    const sum = selectSummary(r, { words: 20 });
    const idx = sum.map((s) => s.index);
    expect(idx).toEqual([...idx].sort((a, b) => a - b));
    const words = idx.reduce((n, i) => n + r.wordCounts[i], 0);
    expect(words).toBeGreaterThanOrEqual(20);
    expect(words - r.wordCounts[idx[idx.length - 1]]).toBeLessThan(20 + Math.max(...r.wordCounts));
  });
  it('sentences and ratio lengths; re-ranking reuses the analysis', () => {
    const text = Array.from(
      { length: 20 },
      (_, i) => `موضوع ${i} يتناول قضية مختلفة من قضايا المنطقة العربية اليوم.`,
    ).join('\n');
    const a = analyze({ text });
    expect(a.summary).toHaveLength(5);
    expect(resummarize(a, { sentences: 2 })).toHaveLength(2);
    expect(resummarize(a, { ratio: 0.5 })).toHaveLength(10);
    expect(resummarize(a, { sentences: 2 }).map((s) => s.index)).toEqual(
      a.ranking.order.slice(0, 2).sort((x, y) => x - y),
    );
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
  it('the order is the body order: the lead first, headings and a question headline after the body', () => {
    const text = [
      'لماذا ارتفعت أسعار النفط اليوم؟',
      'ارتفعت أسعار النفط العالمية بشكل حاد بعد قرار أوبك خفض الإنتاج مليون برميل يوميا.',
      'وقال محللون إن القرار فاجأ الأسواق التي كانت تتوقع خفضا أصغر بكثير من ذلك.',
      'ردود الفعل',
      'ورحبت الدول المنتجة بالقرار بينما انتقدته الدول المستوردة للنفط بشدة.',
    ].join('\n');
    const r = rankSentences(splitSentences(text));
    expect(r.kinds[0]).toBe('heading');
    expect(r.kinds[3]).toBe('heading');
    expect(r.order).toEqual([1, 2, 4, 0, 3]);
    // a question inside the body is body text
    const body = rankSentences(
      splitSentences(
        'خبر أول طويل بما يكفي ليكون جملة كاملة هنا. هل تنجح الخطة الجديدة في خفض الأسعار؟ خبر ثالث طويل بما يكفي هنا أيضا.',
      ),
    );
    expect(body.kinds).toEqual(['normal', 'normal', 'normal']);
  });
  it('presets: short is one standfirst (one or two sentences), medium and long add sentences, none repeated', () => {
    const article = articleFromPlainText(readFileSync(resolve(__dirname, '../../fixtures/sample-article.txt'), 'utf8'));
    const a = analyze(article);
    const counts = LENGTH_PRESETS.map((p) => resummarize(a, presetLength(p, a.wordCount)));
    expect(presetLength('short', a.wordCount)).toEqual({ words: STANDFIRST_WORDS });
    expect(counts[0].length).toBeGreaterThanOrEqual(1);
    expect(counts[0].length).toBeLessThanOrEqual(2);
    expect(counts[0].length).toBeLessThan(counts[1].length);
    expect(counts[1].length).toBeLessThan(counts[2].length);
    // each longer summary keeps the shorter one's sentences (same order, longer prefix)
    const idx = counts.map((c) => c.map((s) => s.index));
    for (const i of idx[0]) expect(idx[1]).toContain(i);
    for (const i of idx[1]) expect(idx[2]).toContain(i);
    for (const c of counts) expect(new Set(c.map((s) => s.text)).size).toBe(c.length);
  });
  it('presets grow with long articles, within bounds', () => {
    expect(presetLength('medium', 300)).toEqual({ words: 3 * STANDFIRST_WORDS });
    expect(presetLength('medium', 1000)).toEqual({ words: 100 });
    expect(presetLength('medium', 10_000)).toEqual({ words: 150 });
    expect(presetLength('long', 10_000)).toEqual({ words: 300 });
    expect(presetLength('short', 10_000)).toEqual({ words: STANDFIRST_WORDS });
  });
  it('20,000 words stay fast and grow about linearly', () => {
    const make = (n: number) =>
      Array.from(
        { length: n },
        (_, i) => para(i % 97) + ` وقال المسؤول ${i % 13} إن الخطة ستنفذ خلال ${i % 7} أعوام.`,
      ).join('\n');
    // CPU time, best of three: a shared machine's load does not count against the summarizer
    const time = (text: string) => {
      const s = splitSentences(text);
      let best = Infinity;
      for (let k = 0; k < 3; k++) {
        const c0 = process.cpuUsage();
        rankSentences(s);
        const c = process.cpuUsage(c0);
        best = Math.min(best, (c.user + c.system) / 1000);
      }
      return best;
    };
    time(make(50)); // warm up
    const small = time(make(100)); // ~3,000 words
    const big = time(make(700)); // ~20,000 words
    expect(big).toBeLessThan(1500);
    expect(big / Math.max(small, 1)).toBeLessThan(7 * 4);
  });
});
