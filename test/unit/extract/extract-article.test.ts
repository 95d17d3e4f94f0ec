import { describe, expect, it } from 'vitest';
import { parseHtmlDocument as parseDocument } from '../../../src/cli/parse-html';
import { extractArticle, LIMITS } from '../../../src/core/extract/extract-article';
import { bigPage } from './big-page';

const BODY = [
  'أعلنت وزارة الصحة اليوم عن إطلاق حملة وطنية للتلقيح ضد الحصبة تستهدف مليوني طفل، بعد تسجيل حالات إصابة في عدد من المدارس خلال الأسابيع الماضية.',
  'وقال الوزير في مؤتمر صحفي إن الحملة ستستمر شهرا كاملا، وإن الفرق الطبية ستزور المدارس والمراكز الصحية في جميع المحافظات دون استثناء.',
  'وأضاف أن اللقاح آمن ومجاني، داعيا الأسر إلى التعاون مع الفرق الطبية وعدم الالتفات إلى الشائعات المتداولة على مواقع التواصل الاجتماعي.',
  'ويأتي ذلك بعد أن حذرت منظمة الصحة العالمية من تراجع نسب التلقيح في المنطقة خلال السنوات الأخيرة، وهو ما أدى إلى عودة أمراض كادت تختفي.',
];
const TITLE = 'حملة وطنية للتلقيح ضد الحصبة تستهدف مليوني طفل';
const doc = (inner: string, head = '') =>
  parseDocument(
    `<!DOCTYPE html><html lang="ar"><head><title>${TITLE}</title>${head}</head><body><article><h1>${TITLE}</h1><div class="story">${inner}</div></article></body></html>`,
  );
const P = (s: string) => `<p>${s}</p>`;
const extract = (inner: string, head = '') => extractArticle(doc(inner, head))!;

describe('extractArticle cleanup', () => {
  it('keeps the body paragraphs in order, without the headline', () => {
    expect(extract(BODY.map(P).join('')).paragraphs).toEqual(BODY);
  });
  it.each([
    ['<p>اقرأ أيضا: <a href="/a">عنوان خبر آخر عن الصحة</a></p>'],
    [
      '<p><strong>اقرأ أيضاً</strong></p><p><a href="/a">خبر أول عن اللقاحات</a></p><p><a href="/b">خبر ثان عن المدارس</a></p>',
    ],
    [
      '<div><h4>إقرأ أيضا</h4><ul><li><a href="/a">خبر أول عن اللقاحات</a></li><li><a href="/b">خبر ثان</a></li></ul></div>',
    ],
    ['<p>شاهد أيضا: <a href="/v">فيديو من داخل أحد مراكز التلقيح</a></p>'],
    ['<p>تابعونا على فيسبوك وتويتر لمتابعة آخر الأخبار</p>'],
    ['<p>لمتابعة آخر الأخبار انضم إلى قناتنا على تيليجرام</p>'],
    ['<p>إعلان</p><div class="ad-slot">Advertisement</div>'],
    ['<figure><img src="x.jpg"><figcaption>طفل يتلقى اللقاح في أحد المراكز الصحية (رويترز)</figcaption></figure>'],
    ['<p>صورة أرشيفية لأحد مراكز التلقيح</p>'],
    ['<p>(أ ف ب)</p>'],
    ['<div class="social-share"><a href="#">فيسبوك</a> <a href="#">تويتر</a></div><p>شارك</p>'],
  ])('drops boilerplate %s', (junk) => {
    const html = P(BODY[0]) + P(BODY[1]) + junk + P(BODY[2]) + P(BODY[3]);
    expect(extract(html).paragraphs).toEqual(BODY);
  });
  it('strips a dateline prefix and keeps the sentence', () => {
    for (const prefix of [
      'القاهرة - ',
      'دمشق، سوريا (CNN) -- ',
      'بيروت (رويترز) - ',
      'لندن: «الشرق الأوسط» ',
      'الرباط – ',
    ]) {
      expect(extract(P(prefix + BODY[0]) + BODY.slice(1).map(P).join('')).paragraphs).toEqual(BODY);
    }
  });
  it('does not take a sentence start for a dateline', () => {
    const first =
      'وقال الوزير - في تصريح مقتضب للصحفيين عقب الاجتماع - إن الحملة ستنطلق الأسبوع المقبل في كل المحافظات.';
    expect(extract(P(first) + BODY.slice(1).map(P).join('')).paragraphs[0]).toBe(first);
  });
  it('drops a byline line at the start and reports it', () => {
    const ex = extract(P('كتب: محمود سالم') + BODY.map(P).join(''));
    expect(ex.paragraphs).toEqual(BODY);
    expect(ex.byline).toBe('محمود سالم');
  });
  it('strips the headline glued before a byline, and keeps a lead that opens with the headline’s words', () => {
    const glued = extract(P(TITLE + ' كتب: محمود سالم') + BODY.map(P).join(''));
    expect(glued.paragraphs).toEqual(BODY);
    expect(glued.byline).toBe('محمود سالم');
    // … or before a dateline alone, or a line of date and time
    for (const head of [' الرباط – هسبريس', ' 03 يونيو 2024 - 07:45'])
      expect(extract(P(TITLE + head) + BODY.map(P).join('')).paragraphs).toEqual(BODY);
    const lead = TITLE + '، بعد تسجيل حالات إصابة في عدد من المدارس خلال الأسابيع الماضية.';
    expect(extract(P(lead) + BODY.slice(1).map(P).join('')).paragraphs[0]).toBe(lead);
  });
  it('cuts <br>-separated text into paragraphs', () => {
    expect(extract(`<div>${BODY.join('<br><br>')}</div>`).paragraphs).toEqual(BODY);
  });
  it('keeps the text of an embedded tweet, drops its attribution and picture link', () => {
    const tweet = 'نذكر أولياء الأمور بأن الحملة تبدأ صباح الأحد في جميع المدارس الحكومية والخاصة';
    const html =
      P(BODY[0]) +
      P(BODY[1]) +
      `<blockquote class="twitter-tweet"><p>${tweet} <a href="https://t.co/x">pic.twitter.com/AbC123</a></p>&mdash; وزارة الصحة (@moh_example) <a href="#">May 5, 2024</a></blockquote>` +
      P(BODY[2]) +
      P(BODY[3]);
    expect(extract(html).paragraphs).toEqual([BODY[0], BODY[1], tweet, BODY[2], BODY[3]]);
  });
  it('reads metadata from JSON-LD and meta tags', () => {
    const head =
      '<meta property="og:site_name" content="شبكة الأخبار"><script type="application/ld+json">' +
      JSON.stringify({
        '@context': 'https://schema.org',
        '@type': 'NewsArticle',
        headline: TITLE,
        datePublished: '2024-05-05T10:00:00Z',
        author: { '@type': 'Person', name: 'سلمى حداد' },
        inLanguage: 'ar',
      }) +
      '</script>';
    const ex = extract(BODY.map(P).join(''), head);
    expect(ex).toMatchObject({
      title: TITLE,
      siteName: 'شبكة الأخبار',
      published: '2024-05-05T10:00:00Z',
      byline: 'سلمى حداد',
      lang: 'ar',
      isArabic: true,
    });
  });
  it('does not touch the document it is given', () => {
    const d = doc(BODY.map(P).join('') + '<p>إعلان</p>');
    const before = d.documentElement.outerHTML;
    extractArticle(d);
    expect(d.documentElement.outerHTML).toBe(before);
  });
  it('bounds the work on a very large page (~5 MB, ~20,000-word body) and says it cut the text', () => {
    const t0 = performance.now();
    const ex = extractArticle(parseDocument(bigPage()))!;
    const ms = performance.now() - t0;
    expect(ex.truncated).toBe(true);
    const words = ex.paragraphs.join(' ').split(/\s+/).length;
    expect(words).toBeLessThanOrEqual(LIMITS.maxWords);
    expect(words).toBeGreaterThan(LIMITS.maxWords * 0.9);
    expect(ms).toBeLessThan(20_000); // linkedom on a shared CI core; DOMParser documents in Chromium are far faster
  });
});
