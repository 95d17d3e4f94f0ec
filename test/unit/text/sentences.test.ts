import { describe, expect, it } from 'vitest';
import { splitSentences, splitParagraphs, isHardWrapped, splitLines } from '../../../src/core/text';

const texts = (t: string) => splitSentences(t).map((s) => s.text);

describe('splitSentences', () => {
  it('keeps the original text: text === input.slice(start, end)', () => {
    const input = 'قال الرئيسُ: «نعم».  ثم غادر!\nفقرة ثانية؟ نعم';
    for (const s of splitSentences(input)) expect(input.slice(s.start, s.end)).toBe(s.text);
    expect(splitSentences(input).map((s) => s.paragraph)).toEqual([0, 0, 1, 1]);
  });
  it('splits on . ؟ ! … ؛ but not on the Arabic comma', () => {
    expect(texts('أولاً، هذا. ثانياً؟ ثالثاً! رابعاً… خامساً؛ سادساً')).toEqual([
      'أولاً، هذا.',
      'ثانياً؟',
      'ثالثاً!',
      'رابعاً…',
      'خامساً؛',
      'سادساً',
    ]);
  });
  it('keeps decimals, dates, initials and abbreviations inside the sentence', () => {
    expect(texts('قال د. محمد إن النمو بلغ 3.5% في 12.10.2007. وأضاف أ.د. سامي أن ذلك جيد.')).toEqual([
      'قال د. محمد إن النمو بلغ 3.5% في 12.10.2007.',
      'وأضاف أ.د. سامي أن ذلك جيد.',
    ]);
    expect(texts('زار م. أحمد ص.ب 12 ثم J. Smith. وعاد')).toEqual(['زار م. أحمد ص.ب 12 ثم J. Smith.', 'وعاد']);
  });
  it('lets an era mark after a year end a sentence', () => {
    expect(texts('بنيت عام 500 ق.م. وهي قديمة. توفي سنة 1988م. ثم ماذا؟')).toEqual([
      'بنيت عام 500 ق.م.',
      'وهي قديمة.',
      'توفي سنة 1988م.',
      'ثم ماذا؟',
    ]);
  });
  it('keeps closing quotes and brackets with their sentence; short quotes and brackets are one unit', () => {
    expect(texts('قال: «هل انتهى الأمر؟ نعم.» ثم غادر. (انظر الشكل 3. المصدر) نهاية.')).toEqual([
      'قال: «هل انتهى الأمر؟ نعم.» ثم غادر.',
      '(انظر الشكل 3. المصدر) نهاية.',
    ]);
    expect(texts('وقال: "انتهى." ثم خرج.')).toEqual(['وقال: "انتهى."', 'ثم خرج.']);
  });
  it('list items and lines without a final stop', () => {
    expect(texts('1. البند الأول\n2. البند الثاني.\nعنوان بلا نقطة\nفقرة. فيها جملتان')).toEqual([
      '1. البند الأول',
      '2. البند الثاني.',
      'عنوان بلا نقطة',
      'فقرة.',
      'فيها جملتان',
    ]);
  });
  it('leaves URLs alone', () => {
    expect(texts('زوروا www.example.com اليوم. وهذا جيد')).toEqual(['زوروا www.example.com اليوم.', 'وهذا جيد']);
  });
  // Real EASC paragraphs (Essex Arabic Summaries Corpus, El-Haj, Kruschwitz & Fox 2010), short excerpts.
  it('EASC: a stop glued to the next sentence («1959.أتم»)', () => {
    const p =
      'ترجمت معظم أعماله إلى العديد من اللغات العالمية وحصل على جائزة الدولة التشجيعية في الروايةعام 1959.أتم دراسته الإبتدائية والثانوية و عمره 18 سنة. وقد التحق بالجامعة سنة 1930م ثم حصل على الليسانس في الفلسفة.';
    expect(texts(p)).toEqual([
      'ترجمت معظم أعماله إلى العديد من اللغات العالمية وحصل على جائزة الدولة التشجيعية في الروايةعام 1959.',
      'أتم دراسته الإبتدائية والثانوية و عمره 18 سنة.',
      'وقد التحق بالجامعة سنة 1930م ثم حصل على الليسانس في الفلسفة.',
    ]);
  });
  it('EASC: a paragraph with «م» after a year mid-sentence', () => {
    const p =
      'لودفيج فان بيتهوفن مؤلف موسيقي ألماني ولد عام 1770 م في مدينة بون. يعتبر من أبرز عباقرة الموسيقى في جميع العصور، وأبدع أعمالاً موسيقية خالدة. له الفضل الأعظم في تطوير الموسيقى الكلاسيكية.';
    expect(texts(p)).toHaveLength(3);
  });
  it('EASC: hard-wrapped print text is joined into paragraphs', () => {
    const p = [
      'عمان - الرأي - اكد المهندس نضال الحديد امين عمان على ان امانة عمان الكبرى',
      'ملتزمة بوجود ضمان رقابة دائمة ومستمرة بعدم طرح النفايات في مكب الرصيفة منذ',
      'الانتهاء من استخدامه بداية العام الحالي واوضح المهندس الحديد ان الروائح',
      'الصادرة من المكب والتي اشتكى منها سكان المنطقة لا تصدر من مصنع الغاز.',
      'واكد المهندس الحديد خلال الاحتفال الذي أقيم في مصنع الغاز الحيوي التابع لامانة',
      'عمان تكريما من بلدية الرصيفة لجهود امين عمان في العمل على اغلاق مكب نفايات',
      'الرصيفة.',
    ].join('\n');
    expect(isHardWrapped(splitLines(p))).toBe(true);
    expect(splitParagraphs(p)).toHaveLength(2);
    const s = splitSentences(p);
    expect(s).toHaveLength(2);
    for (const x of s) expect(p.slice(x.start, x.end)).toBe(x.text);
  });
  it('ordinary paragraphs are not hard-wrapped', () => {
    const p =
      'عنوان قصير\nفقرة أولى طويلة بما يكفي لتكون فقرة حقيقية في مقال إخباري.\nفقرة ثانية.\nعنوان آخر\nفقرة ثالثة.';
    expect(isHardWrapped(splitLines(p))).toBe(false);
    expect(splitParagraphs(p)).toHaveLength(5);
  });
});

describe('Latin initials written out in Arabic', () => {
  const texts = (t: string) => splitSentences(t).map((s) => s.text);
  it('a written-out letter before a name is an initial, not a stop', () => {
    expect(texts('وتحدث في مركز جون إف. كينيدي للفنون. وقال آخرون شيئا.')).toEqual([
      'وتحدث في مركز جون إف. كينيدي للفنون.',
      'وقال آخرون شيئا.',
    ]);
    expect(texts('قالت الكاتبة جي. كي. رولينغ إنها سعيدة. ثم غادرت.')).toHaveLength(2);
  });
  it('the last letter of an acronym, a letter that is also an Arabic word, or a following «و…» may end a sentence', () => {
    expect(texts('وقال المتحدث لشبكة سي إن إن. وأضاف أن الوضع صعب.')).toHaveLength(2);
    expect(texts('أحب بي بي سي. إنها عائلتي منذ 30 عاما.')).toHaveLength(2);
    expect(texts('ذهب إلى البيت في. ثم عاد.')).toHaveLength(2);
    expect(texts('لتفخروا بي. حبكم يمدني بالقوة.')).toHaveLength(2);
    expect(texts('ترحيل سامي إيه. وقال المتحدث إنه لم يقاوم.')).toHaveLength(2);
  });
  it('a dot between two letter names is inside a dotted acronym («سي.إن.إن»), not a stop', () => {
    expect(texts('وقال لشبكة سي.إن.إن إن الوضع صعب. وأضاف أنه باق.')).toEqual([
      'وقال لشبكة سي.إن.إن إن الوضع صعب.',
      'وأضاف أنه باق.',
    ]);
    expect(texts('أعلن مكتب التحقيقات الاتحادي (إف.بي.آي) ذلك، وقالت بي.بي.سى إنه صحيح.')).toHaveLength(1);
    expect(texts('وتحقق الشرطة وإف.بي.آي في الحادث.')).toHaveLength(1);
    // the acronym's last dot may end the sentence; a glued stop between ordinary words still does
    expect(texts('وقالت لشبكة سي.إن.إن. وأضافت أنها باقية.')).toHaveLength(2);
    expect(texts('وانتهى الاجتماع في ذلك.ثم غادر الوفد.')).toHaveLength(2);
  });
  it('a dotted acronym with a word in it, or with a space after each dot, is no stop (real sentences, ANT news text)', () => {
    // beoutQ: a letter name begins the chain, a word («أوت») inside it
    expect(texts('تقف خلف المزاعم حول استخدام بي.أوت.كيو لترددات عرب سات. وأضافت أنها باقية.')).toEqual([
      'تقف خلف المزاعم حول استخدام بي.أوت.كيو لترددات عرب سات.',
      'وأضافت أنها باقية.',
    ]);
    // beIN Sports, NTV: a letter name, its period and a space, again
    expect(texts('مراجعة الموقف القانوني لـ"بي. إن. سبورت" في كل دولة.')).toHaveLength(1);
    expect(texts('وذكر تلفزيون "إن. تي. في" أن المباني يجري إجلاؤها.')).toHaveLength(1);
    // a sentence ending in a spaced acronym before «و…», a letter name that is a word, a forgotten space
    expect(texts('قال متحدث لشبكة سي. إن. إن. وأضاف أن الوضع هادئ.')).toHaveLength(2);
    expect(texts('هذا ما قاله لي. إن شاء الله.')).toHaveLength(2);
    expect(texts('تلعق فراءها لتنظيفه ولكسب فيتامين سي.كما تحب القطط مطاردة الفيران.')).toHaveLength(2);
  });
});
