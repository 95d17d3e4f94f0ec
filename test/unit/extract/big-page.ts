/** A synthetic very large Arabic news page: ~5 MB of HTML around a ~20,000-word body. */
const SENTENCES = [
  'وقال المتحدث باسم الوزارة إن الفرق الميدانية تواصل عملها في المناطق المتضررة منذ ساعات الصباح الأولى',
  'وأضاف أن الأولوية في هذه المرحلة لإعادة فتح الطرق الرئيسية وتأمين وصول المساعدات إلى القرى المعزولة',
  'وأشار تقرير رسمي إلى أن حجم الأضرار في البنية التحتية يفوق التقديرات الأولية التي أعلنت الأسبوع الماضي',
  'ودعت منظمات محلية إلى تسريع صرف التعويضات للأسر التي فقدت منازلها ومصادر رزقها خلال الأيام الماضية',
];
export function bigPage(paragraphs = 600, junkDivs = 8000): string {
  const body: string[] = [];
  for (let i = 0; i < paragraphs; i++) {
    body.push(`<p>${SENTENCES[i % 4]} في الفقرة رقم ${i + 1}، ${SENTENCES[(i + 1) % 4]}.</p>`);
  }
  const junk: string[] = [];
  for (let i = 0; i < junkDivs; i++)
    junk.push(`<div class="cell c${i % 50}"><span><a href="/x/${i}">رابط ${i}</a></span></div>`);
  // most of a heavy page's bytes: inline scripts, JSON state and CSS
  const script = `<script>var state = "${'x'.repeat(3_000_000)}";</script><style>${'.a{color:red}'.repeat(100_000)}</style>`;
  return `<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>تقرير مطول عن آثار العاصفة</title>
<meta property="og:type" content="article">${script}</head><body>
<div class="grid">${junk.slice(0, junkDivs / 2).join('')}</div>
<article><h1>تقرير مطول عن آثار العاصفة</h1><div class="body">${body.join('\n')}</div></article>
<div class="grid">${junk.slice(junkDivs / 2).join('')}</div></body></html>`;
}
