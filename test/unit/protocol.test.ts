import { describe, expect, it } from 'vitest';
import {
  parseBackgroundMessage,
  parseContentMessage,
  parseMessage,
  parseMessageOf,
} from '../../src/messaging/protocol';

describe('message protocol', () => {
  it('accepts every well-formed message', () => {
    const good = [
      { type: 'page-detected', detection: { isArabic: true, isArticle: false, confidence: 0.4 } },
      { type: 'get-page', mode: 'page' },
      { type: 'get-page', mode: 'selection' },
      { type: 'highlight-sentence', text: 'أكد الرئيس', color: '#ffe066' },
      { type: 'highlight-entity', variants: ['بوتين', 'وبوتين'], color: '#FFE066' },
      { type: 'clear-highlights' },
      { type: 'get-pending-selection', tabId: 3 },
    ];
    for (const m of good) expect(parseMessage(m)).toEqual(m);
  });

  it('rejects unknown, malformed and oversized messages without throwing', () => {
    const evil: unknown[] = [
      null,
      undefined,
      42,
      'get-page',
      [],
      {},
      { type: 'nope' },
      { type: 'toString' },
      { type: '__proto__' },
      { type: 'get-page' },
      { type: 'get-page', mode: 'all' },
      { type: 'get-page', mode: 'page', extra: 1 },
      { type: 'page-detected', detection: { isArabic: 'yes', isArticle: true, confidence: 1 } },
      { type: 'page-detected', detection: { isArabic: true, isArticle: true, confidence: 7 } },
      { type: 'highlight-sentence', text: '', color: '#ffe066' },
      { type: 'highlight-sentence', text: 'x'.repeat(20_001), color: '#ffe066' },
      { type: 'highlight-sentence', text: 'ok', color: 'red; background:url(x)' },
      { type: 'highlight-entity', variants: [], color: '#ffe066' },
      { type: 'highlight-entity', variants: ['a', 3], color: '#ffe066' },
      { type: 'highlight-entity', variants: Array(51).fill('a'), color: '#ffe066' },
      { type: 'get-pending-selection', tabId: -1 },
      { type: 'get-pending-selection', tabId: 1.5 },
      {
        get type() {
          throw new Error('boom');
        },
      },
      new Proxy(
        {},
        {
          get() {
            throw new Error('boom');
          },
          ownKeys() {
            throw new Error('boom');
          },
        },
      ),
    ];
    for (const m of evil) expect(parseMessage(m)).toBeNull();
  });

  it('filters by expected type', () => {
    expect(parseMessageOf({ type: 'clear-highlights' }, ['get-page'])).toBeNull();
    expect(parseMessageOf({ type: 'clear-highlights' }, ['clear-highlights'])).toEqual({ type: 'clear-highlights' });
  });
});

describe('replies', () => {
  it('accepts well-formed replies and rejects everything else', async () => {
    const { parseReply } = await import('../../src/messaging/protocol');
    const page = {
      ok: true,
      url: 'https://x/a',
      title: 't',
      lang: 'ar',
      detection: { isArabic: true, isArticle: true, confidence: 0.9 },
      html: '<p>x</p>',
    };
    expect(parseReply('get-page', page)).toEqual(page);
    expect(parseReply('get-page', { ok: false, error: 'no' })).toEqual({ ok: false, error: 'no' });
    expect(parseReply('get-page', { ...page, detection: null })).toBeNull();
    expect(parseReply('get-page', { ...page, html: 42 })).toBeNull();
    expect(parseReply('get-page', undefined)).toBeNull();
    expect(parseReply('highlight-entity', { ok: true, found: 3 })).toEqual({ ok: true, found: 3 });
    expect(parseReply('highlight-entity', { ok: true, found: '3' })).toBeNull();
    expect(parseReply('get-pending-selection', { ok: true, text: 'نص' })).toEqual({ ok: true, text: 'نص' });
    expect(parseReply('get-pending-selection', { ok: true })).toBeNull();
  });
});

describe('limits, shared by senders and receivers', () => {
  it('clampText cuts to the limit, never inside a surrogate pair, and turns non-strings into ""', async () => {
    const { clampText } = await import('../../src/messaging/protocol');
    expect(clampText('abc', 5)).toBe('abc');
    expect(clampText('abcdef', 3)).toBe('abc');
    expect(clampText('ab😀', 3)).toBe('ab'); // would end on a lone high surrogate
    expect(clampText(undefined, 3)).toBe('');
    expect(clampText(42, 3)).toBe('');
  });

  it('a page reply with every field clamped to LIMITS validates; one unit over any limit does not', async () => {
    const { parseReply, clampText, LIMITS } = await import('../../src/messaging/protocol');
    const huge = (n: number) => 'x'.repeat(n + 10);
    const clamped = {
      ok: true,
      detection: { isArabic: true, isArticle: true, confidence: 0.9 },
      url: clampText('https://a/?' + huge(LIMITS.MAX_URL_CHARS), LIMITS.MAX_URL_CHARS),
      title: clampText(huge(LIMITS.MAX_TITLE_CHARS), LIMITS.MAX_TITLE_CHARS),
      lang: clampText(huge(LIMITS.MAX_LANG_CHARS), LIMITS.MAX_LANG_CHARS),
      html: clampText(huge(LIMITS.MAX_HTML_CHARS), LIMITS.MAX_HTML_CHARS),
    };
    expect(parseReply('get-page', clamped)).not.toBeNull();
    for (const [k, max] of [
      ['url', LIMITS.MAX_URL_CHARS],
      ['title', LIMITS.MAX_TITLE_CHARS],
      ['lang', LIMITS.MAX_LANG_CHARS],
      ['html', LIMITS.MAX_HTML_CHARS],
    ] as const) {
      expect(parseReply('get-page', { ...clamped, [k]: 'x'.repeat(max + 1) }), k).toBeNull();
    }
  });

  it('one colour rule: isColor accepts #rrggbb only', async () => {
    const { isColor } = await import('../../src/messaging/protocol');
    expect(['#ffe066', '#FFE066'].every(isColor)).toBe(true);
    expect(['#fff', 'red', '#ffe066;x', 'url(x)', '#ffe0661', 42, null].some(isColor)).toBe(false);
  });
});

describe('receiver parsers (each page-load script bundles only its own table)', () => {
  const toBackground = [
    { type: 'page-detected', detection: { isArabic: true, isArticle: true, confidence: 1 } },
    { type: 'get-pending-selection', tabId: 3 },
  ];
  const toContent = [
    { type: 'get-page', mode: 'page' },
    { type: 'highlight-sentence', text: 'نص', color: '#ffe066' },
    { type: 'clear-highlights' },
  ];
  it("accept their own messages and refuse the other receiver's and malformed ones", () => {
    for (const m of toBackground) {
      expect(parseBackgroundMessage(m)).toEqual(m);
      expect(parseContentMessage(m)).toBeNull();
    }
    for (const m of toContent) {
      expect(parseContentMessage(m)).toEqual(m);
      expect(parseBackgroundMessage(m)).toBeNull();
    }
    expect(parseBackgroundMessage({ type: 'get-pending-selection', tabId: -1 })).toBeNull();
    expect(parseContentMessage({ type: 'clear-highlights', extra: 1 })).toBeNull();
    expect(parseContentMessage({ type: 'toString' })).toBeNull();
  });
});
