import { describe, expect, it } from 'vitest';
import { guessArabic } from '../../../src/core/detect/language';

const ARABIC =
  'أعلنت وزارة الصحة اليوم عن إطلاق حملة وطنية للتلقيح ضد الحصبة تستهدف مليوني طفل، بعد تسجيل حالات إصابة في عدد من المدارس خلال الأسابيع الماضية. وقال الوزير إن الحملة ستستمر شهرا كاملا.';
const PERSIAN =
  'نمایشگاه کتاب کودک و نوجوان از صبح امروز با حضور بیش از هشتاد ناشر در شیراز آغاز به کار کرد و تا پایان هفته آینده میزبان علاقه‌مندان خواهد بود. مدیر کل فرهنگ استان گفت که هدف از برگزاری این نمایشگاه تشویق خانواده‌ها به کتاب‌خوانی است.';
const URDU =
  'لاہور میں گزشتہ رات سے جاری موسلا دھار بارش کے باعث شہر کے کئی نشیبی علاقے زیر آب آ گئے ہیں اور شہریوں کو شدید مشکلات کا سامنا ہے۔';
const SORANI =
  'بەیانی ئەمڕۆ پێشانگای نێودەوڵەتی کتێب لە شاری هەولێر بە بەشداری زیاتر لە دووسەد دەزگای چاپ و بڵاوکردنەوە لە ناوخۆ و دەرەوەی وڵات دەستی پێکرد.';
const PASHTO =
  'د کابل په ښار کې د سړکونو د جوړولو لپاره نوې پروژه پیل شوه چې تر راتلونکي کال پورې به دوام ومومي او ښاروالۍ ویلي چې کار به په وخت سره بشپړ شي.';
const UYGHUR =
  'ئۈرۈمچى شەھىرىدە يېڭى كۇتۇپخانا ئېچىلدى ۋە ئۇ يەردە ئون مىڭدىن ئارتۇق كىتاب بار، ئوقۇغۇچىلار ھەر كۈنى كېلىپ كىتاب ئوقۇيدۇ.';
// Persian typed with the Arabic ي and ك (common on older Persian sites): only function words and «ال» tell
const PERSIAN_ARABIC_LETTERS = PERSIAN.replace(/ی/g, 'ي').replace(/ک/g, 'ك');

describe('guessArabic', () => {
  it('accepts Arabic news prose', () => expect(guessArabic(ARABIC).isArabic).toBe(true));
  it.each([
    ['Persian', PERSIAN],
    ['Urdu', URDU],
    ['Kurdish (Sorani)', SORANI],
    ['Pashto', PASHTO],
    ['Uyghur', UYGHUR],
    ['Persian with Arabic ي/ك', PERSIAN_ARABIC_LETTERS],
    ['English', 'The minister said the campaign will last a month.'],
  ])('rejects %s', (_l, text) => expect(guessArabic(text).isArabic).toBe(false));
  it('does not count a few Arabic words in a Latin text', () => {
    expect(
      guessArabic('Welcome to our site — مرحبا بكم في موقعنا — read the latest news in English here every day.')
        .isArabic,
    ).toBe(false);
  });
  it('reports its measures', () => {
    const g = guessArabic(ARABIC);
    expect(g.arabicScriptRatio).toBeGreaterThan(0.9);
    expect(g.foreignLetterRatio).toBe(0);
    expect(g.definiteArticleRatio).toBeGreaterThan(0.15);
    expect(guessArabic(PERSIAN).foreignLetterRatio).toBeGreaterThan(0.03);
  });
});
