import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { parseHtmlDocument as parseDocument } from '../../../src/cli/parse-html';
import { detectPage } from '../../../src/core/detect/detect-page';

const P = (s: string) => `<p>${s}</p>`;
const PROSE = [
  'أعلنت وزارة الصحة اليوم عن إطلاق حملة وطنية للتلقيح ضد الحصبة تستهدف مليوني طفل، بعد تسجيل حالات إصابة في عدد من المدارس خلال الأسابيع الماضية.',
  'وقال الوزير في مؤتمر صحفي إن الحملة ستستمر شهرا كاملا، وإن الفرق الطبية ستزور المدارس والمراكز الصحية في جميع المحافظات دون استثناء.',
  'وأضاف أن اللقاح آمن ومجاني، داعيا الأسر إلى التعاون مع الفرق الطبية وعدم الالتفات إلى الشائعات المتداولة على مواقع التواصل الاجتماعي.',
  'ويأتي ذلك بعد أن حذرت منظمة الصحة العالمية من تراجع نسب التلقيح في المنطقة خلال السنوات الأخيرة، وهو ما أدى إلى عودة أمراض كادت تختفي.',
  'ومن المتوقع أن تعلن الوزارة نتائج المرحلة الأولى من الحملة مطلع الشهر المقبل، على أن تتبعها حملة توعية في وسائل الإعلام المحلية.',
];
const page = (body: string, head = '', lang = 'ar') =>
  `<!DOCTYPE html><html lang="${lang}"><head><title>حملة وطنية للتلقيح ضد الحصبة</title>${head}</head><body>${body}</body></html>`;

describe('detectPage', () => {
  it('takes an Arabic article with no metadata on prose alone', () => {
    const d = detectPage(parseDocument(page(`<div>${PROSE.map(P).join('')}${PROSE.map(P).join('')}</div>`)));
    expect(d).toMatchObject({ isArabic: true, isArticle: true });
  });
  it('uses lang only as a hint: lang="en" on an Arabic page', () => {
    const d = detectPage(
      parseDocument(
        page(`<article>${PROSE.map(P).join('')}</article>`, '<meta property="og:type" content="article">', 'en'),
      ),
    );
    expect(d).toMatchObject({ isArabic: true, isArticle: true });
  });
  it('ignores Arabic found only in menus and comments', () => {
    const en =
      'The ministry of health launched a national measles vaccination campaign on Monday, targeting two million children after cases were reported in several schools.';
    const html = page(
      `<nav>${'<a href="#">الأخبار العربية</a>'.repeat(10)}</nav><article>${[en, en, en].map(P).join('')}</article><div id="comments">${PROSE.map(P).join('')}</div>`,
      '',
      'en',
    );
    expect(detectPage(parseDocument(html)).isArabic).toBe(false);
  });
  it('does not call a page of teasers an article', () => {
    const cards = PROSE.map(
      (p, i) => `<div class="card"><h3><a href="/n/${i}">عنوان الخبر رقم ${i}</a></h3><p>${p}</p></div>`,
    ).join('');
    const d = detectPage(
      parseDocument(page(`<div class="grid">${cards}${cards}</div>`, '<meta property="og:type" content="website">')),
    );
    expect(d).toMatchObject({ isArabic: true, isArticle: false });
  });
  it('reads the search URL and video types as non-article signs', () => {
    const doc = parseDocument(
      page(`<div>${PROSE.slice(0, 2).map(P).join('')}</div>`),
      'https://news.example/search?q=x',
    );
    expect(detectPage(doc).signals.nonArticleType).toBe('search-url');
    const v = parseDocument(
      page('<video></video><p>' + PROSE[0] + '</p>', '<meta property="og:type" content="video.other">'),
    );
    expect(detectPage(v)).toMatchObject({ isArticle: false, signals: { nonArticleType: 'og:video.other' } });
  });
  it('returns the JSON-LD / og signals', () => {
    const head =
      '<meta property="og:type" content="article"><meta property="article:published_time" content="2024-01-01">' +
      '<script type="application/ld+json">{"@context":"https://schema.org","@type":["ReportageNewsArticle"],"headline":"x"}</script>';
    const s = detectPage(parseDocument(page(`<article>${PROSE.map(P).join('')}</article>`, head))).signals;
    expect(s).toMatchObject({ jsonLdArticle: true, ogArticle: true, mainBlockParagraphs: 5 });
  });
  it('copes with an empty document', () => {
    expect(detectPage(parseDocument(''))).toMatchObject({ isArabic: false, isArticle: false });
  });
  it('stays small enough for the content script (imports only ./language; ≤ 10 KB minified, of the content script 15 KB budget)', async () => {
    const src = readFileSync(resolve(__dirname, '../../../src/core/detect/detect-page.ts'), 'utf8');
    const imports = [...src.matchAll(/^import .* from '([^']+)'/gm)].map((m) => m[1]);
    expect(imports).toEqual(['./language']);
    const out = await build({
      entryPoints: [resolve(__dirname, '../../../src/core/detect/detect-page.ts')],
      bundle: true,
      minify: true,
      write: false,
      format: 'esm',
      platform: 'browser',
      charset: 'utf8', // as vite emits it
    });
    const bytes = out.outputFiles[0].contents.length;
    expect(bytes).toBeLessThan(10 * 1024);
  });
});
