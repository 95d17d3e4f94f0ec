import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../../../src/cli/parse-html';
import { extractWithFallback, paragraphsFallback } from '../../../src/core/analyze-page';
import { extractArticle, LIMITS } from '../../../src/core/extract/extract-article';
import { capWordCount, capWords, cutAtSentence } from '../../../src/core/extract/word-cap';

const SENTENCE = 'وقال المتحدث باسم الوزارة إن الاجتماع سيعقد الأسبوع المقبل في العاصمة بحضور ممثلين عن جميع الأطراف.'; // 17 words
const words = capWordCount(SENTENCE);

describe('word cap (issue 17, item 1)', () => {
  it('cuts the overflowing paragraph at its last sentence end within the budget', () => {
    const p = `${SENTENCE} ${SENTENCE} ${SENTENCE}`;
    expect(cutAtSentence(p, words * 2 + 5)).toBe(`${SENTENCE} ${SENTENCE}`);
    expect(cutAtSentence(p, words)).toBe(SENTENCE);
    // no sentence end within the budget: a word boundary
    expect(cutAtSentence(p, 3)).toBe('وقال المتحدث باسم');
    expect(cutAtSentence(p, 0)).toBe('');
  });
  it('keeps whole paragraphs under the cap and says when it cut', () => {
    expect(capWords([SENTENCE, SENTENCE], 100)).toEqual({ paragraphs: [SENTENCE, SENTENCE], truncated: false });
    expect(capWords([SENTENCE, `${SENTENCE} ${SENTENCE}`], words * 2 + 3)).toEqual({
      paragraphs: [SENTENCE, SENTENCE],
      truncated: true,
    });
  });
  it('an article whose first paragraph is longer than LIMITS.maxWords keeps its first sentences', () => {
    const n = Math.ceil((LIMITS.maxWords + 500) / words); // ≥ 12,500 words in one <p>
    const huge = Array.from({ length: n }, () => SENTENCE).join(' ');
    const html = `<!doctype html><html lang="ar"><head><title>اجتماع الأسبوع المقبل</title></head><body><article><h1>اجتماع الأسبوع المقبل</h1><p>${huge}</p></article></body></html>`;
    const doc = parseHtmlDocument(html);
    const ex = extractArticle(doc)!;
    expect(ex.truncated).toBe(true);
    const kept = capWordCount(ex.paragraphs.join(' '));
    expect(kept).toBeGreaterThan(LIMITS.maxWords - words);
    expect(kept).toBeLessThanOrEqual(LIMITS.maxWords);
    expect(ex.paragraphs.at(-1)!.endsWith('.')).toBe(true);
    const fb = paragraphsFallback(doc);
    expect(fb.truncated).toBe(true);
    expect(capWordCount(fb.paragraphs.join(' '))).toBeLessThanOrEqual(LIMITS.maxWords);
    expect(fb.paragraphs[0].startsWith(SENTENCE)).toBe(true);
    expect(extractWithFallback(doc)?.paragraphs.length).toBeGreaterThan(0);
  });
});
