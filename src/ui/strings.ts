/**
 * UI text in Arabic and English. The manifest's own strings live in src/_locales; these are the
 * popup's and options page's, so the options page can switch language without the browser's locale.
 */
export type Lang = 'ar' | 'en';

export const STRINGS = {
  ar: {
    appName: 'خلاصة',
    loading: 'جارٍ قراءة الصفحة…',
    analyzing: 'جارٍ التلخيص…',
    summary: 'الملخص',
    entities: 'أبرز الأسماء',
    people: 'أشخاص',
    places: 'أماكن',
    organizations: 'مؤسسات',
    length: 'طول الملخص',
    short: 'قصير',
    medium: 'متوسط',
    long: 'طويل',
    copy: 'نسخ الملخص',
    copied: 'نُسخ الملخص',
    copyFailed: 'تعذّر النسخ',
    readingTime: (article: number, summary: number) => `قراءة المقالة ${article} د · الملخص ${summary} د`,
    mentions: (n: number) => `${n} ${n === 1 ? 'مرة' : n === 2 ? 'مرتان' : n <= 10 ? 'مرات' : 'مرة'}`,
    noArticleTitle: 'لا تبدو هذه الصفحة مقالة إخبارية عربية',
    noArticleBody: 'يمكنك تلخيصها على أي حال، أو تحديد نص وتلخيصه من القائمة.',
    summarizeAnyway: 'لخّص على أي حال',
    mayNotBeArticle: 'قد لا تكون هذه الصفحة مقالة إخبارية.',
    cannotReadTitle: 'لا يمكن قراءة هذه الصفحة',
    cannotReadBody:
      'صفحات المتصفح ومتجر الإضافات وعارض PDF لا تسمح للإضافات بقراءتها. إن كانت صفحة ويب عادية فأعد تحميلها ثم حاول مجددًا.',
    tooShortTitle: 'النص أقصر من أن يُلخّص',
    tooShortBody: 'لم نجد في هذه الصفحة نصًا عربيًا كافيًا للتلخيص.',
    emptySelectionTitle: 'لا يوجد نص محدد',
    emptySelectionBody: 'حدّد نصًا في الصفحة ثم اختر «لخّص النص المحدد».',
    errorTitle: 'حدث خطأ',
    errorBody: 'لم نتمكن من تلخيص هذه الصفحة.',
    timeoutTitle: 'استغرقت الصفحة وقتًا طويلًا',
    timeoutBody: 'لم تستجب الصفحة في الوقت المناسب. أعد تحميلها ثم حاول مجددًا.',
    backgroundTimeoutBody: 'لم تستجب خلاصة نفسها في الوقت المناسب. حاول مجددًا بعد لحظة.',
    pageLoadingTitle: 'ما زالت الصفحة قيد التحميل',
    pageLoadingBody: 'حاول مجددًا بعد لحظة، حين يكتمل تحميلها.',
    badReplyTitle: 'لم نفهم ردّ الصفحة',
    badReplyBody: 'أرسلت الصفحة ردًّا لا تقبله خلاصة. أعد تحميلها ثم حاول مجددًا.',
    retry: 'حاول مجددًا',
    truncated: 'المقالة طويلة جدًا: لُخّص جزؤها الأول فقط.',
    selectionLabel: 'النص المحدد',
    sentenceHint: 'انقر جملة لإظهارها في الصفحة',
    notInPage: 'لم نجد هذا النص في الصفحة الآن؛ ربما تغيّرت منذ التلخيص.',
    pageNoAnswer: 'لم تستجب الصفحة في الوقت المناسب.',
    settings: 'الإعدادات',
    by: 'بقلم',
  },
  en: {
    appName: 'Khulasa',
    loading: 'Reading the page…',
    analyzing: 'Summarizing…',
    summary: 'Summary',
    entities: 'Key names',
    people: 'People',
    places: 'Places',
    organizations: 'Organizations',
    length: 'Summary length',
    short: 'Short',
    medium: 'Medium',
    long: 'Long',
    copy: 'Copy summary',
    copied: 'Summary copied',
    copyFailed: 'Could not copy',
    readingTime: (article: number, summary: number) => `Article ${article} min · summary ${summary} min`,
    mentions: (n: number) => `${n} ${n === 1 ? 'mention' : 'mentions'}`,
    noArticleTitle: 'This page does not look like an Arabic news article',
    noArticleBody: 'You can summarize it anyway, or select text and summarize it from the menu.',
    summarizeAnyway: 'Summarize anyway',
    mayNotBeArticle: 'This may not be a news article.',
    cannotReadTitle: 'This page cannot be read',
    cannotReadBody:
      'Browser pages, the extension store and the PDF viewer do not let extensions read them. If this is a normal web page, reload it and try again.',
    tooShortTitle: 'Too little text to summarize',
    tooShortBody: 'There is not enough Arabic text on this page to summarize.',
    emptySelectionTitle: 'No text selected',
    emptySelectionBody: 'Select text on the page, then choose “Summarize selection”.',
    errorTitle: 'Something went wrong',
    errorBody: 'Khulasa could not summarize this page.',
    timeoutTitle: 'The page took too long',
    timeoutBody: 'The page did not answer in time. Reload it and try again.',
    backgroundTimeoutBody: 'Khulasa itself did not answer in time. Try again in a moment.',
    pageLoadingTitle: 'The page is still loading',
    pageLoadingBody: 'Try again in a moment, once it has loaded.',
    badReplyTitle: 'The page’s answer could not be read',
    badReplyBody: 'The page sent a reply Khulasa does not accept. Reload it and try again.',
    retry: 'Try again',
    truncated: 'Very long article: only its first part was summarized.',
    selectionLabel: 'Selected text',
    sentenceHint: 'Click a sentence to show it in the page',
    notInPage: 'This text is not in the page now; it may have changed since the summary.',
    pageNoAnswer: 'The page did not answer in time.',
    settings: 'Settings',
    by: 'By',
  },
} as const;

export type Strings = (typeof STRINGS)[Lang];

/** 'auto' follows the browser's UI language: Arabic for ar-*, English otherwise. */
export function resolveLang(pref: 'auto' | Lang, browserLang: string): Lang {
  if (pref !== 'auto') return pref;
  return browserLang.toLowerCase().startsWith('ar') ? 'ar' : 'en';
}

/** Puts a page's language, direction and title in step with the UI language. */
export function applyDocumentLang(lang: Lang, title: string): void {
  document.documentElement.lang = lang;
  document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
  document.title = title;
}
