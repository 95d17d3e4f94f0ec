import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../../../src/cli/parse-html';
import { pageVerdict, popupVerdict } from '../../../src/core/analyze-page';
import { detectPage, isFurnitureName, QUICK, scanForArabicScript } from '../../../src/core/detect/detect-page';

const S = [
  'أعلنت وزارة الصحة اليوم عن إطلاق حملة وطنية للتلقيح ضد الحصبة تستهدف مليوني طفل في جميع المحافظات.',
  'وقال الوزير في مؤتمر صحفي إن الحملة ستستمر شهرا كاملا وإن الفرق الطبية ستزور المدارس والمراكز الصحية.',
  'وأضاف أن اللقاح آمن ومجاني داعيا الأسر إلى التعاون مع الفرق الطبية وعدم الالتفات إلى الشائعات.',
];
const doc = (title: string, body: string) =>
  parseHtmlDocument(`<!doctype html><html lang="ar"><head><title>${title}</title></head><body>${body}</body></html>`);

describe('page verdict (what the popup does)', () => {
  it('a short wire story under its headline is an article, with no metadata at all', () => {
    const d = detectPage(
      doc(
        'حملة وطنية للتلقيح ضد الحصبة - موقع الأخبار',
        `<h1>حملة وطنية للتلقيح ضد الحصبة</h1><div>${S.map((p) => `<p>${p}</p>`).join('')}</div>`,
      ),
    );
    expect(d).toMatchObject({ isArabic: true, isArticle: true, signals: { headlineNear: true } });
    expect(d.signals.mainBlockWords).toBeLessThan(60);
    expect(pageVerdict(d)).toBe('article');
  });
  it('an Arabic prose block with no headline is "unsure": summarized with a quiet line', () => {
    const d = detectPage(doc('موقع الأخبار', `<div>${S.map((p) => `<p>${p}</p>`).join('')}</div>`));
    expect(d.isArticle).toBe(false);
    expect(d.signals.mainBlockWords).toBeGreaterThanOrEqual(40);
    expect(pageVerdict(d)).toBe('unsure');
    // the badge's verdict wins when it says article
    expect(popupVerdict(doc('x', ''), { isArabic: true, isArticle: true })).toBe('article');
  });
  it('a list of headline links with teasers is a home/section page, not "unsure"', () => {
    const items = Array.from(
      { length: 6 },
      (_, i) =>
        `<h2><a href="/n/${i}">عنوان الخبر رقم ${i} في الصفحة الرئيسية</a></h2><div>${S[i % 3]} ${S[(i + 1) % 3]}</div>`,
    ).join('');
    const d = detectPage(doc('موقع الأخبار', `<div>${items}</div>`));
    expect(d.signals.teaserList).toBe(true);
    expect(d.isArticle).toBe(false);
    expect(pageVerdict(d)).toBe('not-article');
  });
  it('a page with no Arabic prose block is "not-article"', () => {
    expect(pageVerdict(detectPage(doc('موقع', '<nav><a href="/">الرئيسية</a></nav><p>كلمات قليلة</p>')))).toBe(
      'not-article',
    );
  });
});

describe('class names are matched as tokens', () => {
  it('furniture names and layout switches', () => {
    for (const n of ['share-buttons', 'comments', 'related_posts', 'sidebar left', 'main-menu', 'ad', 'site-header'])
      expect(isFurnitureName(n), n).toBe(true);
    for (const n of [
      'entry-content no-share',
      'has-sidebar',
      'headline',
      'shadow',
      'download',
      'menuitem-title',
      'post-content',
    ])
      expect(isFurnitureName(n), n).toBe(false);
  });
  it('a header-named block holding the <h1> is read for the headline; a site header is skipped', () => {
    const body = `<div class="site-header"><a href="/">الرئيسية</a></div><div class="entry-header"><h1>حملة وطنية للتلقيح ضد الحصبة</h1></div><div>${S.map((p) => `<p>${p}</p>`).join('')}</div>`;
    expect(detectPage(doc('حملة وطنية للتلقيح ضد الحصبة | موقع', body)).signals.headlineNear).toBe(true);
  });
  it('a body inside a block whose class names a share box is still read (the only prose is never skipped)', () => {
    const d = detectPage(
      doc(
        'حملة وطنية للتلقيح ضد الحصبة',
        `<h1>حملة وطنية للتلقيح ضد الحصبة</h1><div class="entry-content share-this">${S.map((p) => `<p>${p}</p>`).join('')}</div>`,
      ),
    );
    expect(d).toMatchObject({ isArabic: true, isArticle: true });
  });
});

describe('the page-load scan is bounded by nodes (issue 17, item 3)', () => {
  const empty = () =>
    parseHtmlDocument('<!doctype html><html><head><title>Plain page</title></head><body></body></html>');
  it('200,000 empty elements: the scan stops after QUICK.maxNodes nodes, not Arabic', () => {
    const d = empty();
    for (let i = 0; i < 200_000; i++) d.body.appendChild(d.createElement('span'));
    d.body.appendChild(d.createTextNode('نص عربي في آخر الصفحة'));
    const scan = scanForArabicScript(d);
    expect(scan).toMatchObject({ found: false });
    expect(scan.nodes).toBeLessThanOrEqual(QUICK.maxNodes);
    const det = detectPage(d);
    expect(det.isArabic).toBe(false);
    expect(det.signals.nodes).toBeLessThanOrEqual(QUICK.maxNodes);
  });
  // (1,000,000 comment nodes are loaded in Chromium by test/e2e/real-pages.test.ts; linkedom takes 9 s to build them)
  it('200,000 comment nodes: the same bound', () => {
    const d = empty();
    for (let i = 0; i < 200_000; i++) d.body.appendChild(d.createComment('c'));
    const scan = scanForArabicScript(d);
    expect(scan.found).toBe(false);
    expect(scan.nodes).toBeLessThanOrEqual(QUICK.maxNodes);
  });
  it('Arabic text within the bound is found', () => {
    const d = empty();
    for (let i = 0; i < 1000; i++) d.body.appendChild(d.createElement('div'));
    d.body.appendChild(d.createTextNode('خبر'));
    expect(scanForArabicScript(d).found).toBe(true);
  });
});
