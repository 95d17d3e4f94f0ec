/**
 * What Arabic news sites put inside or around the article body, as named tables (like Readability's
 * REGEXPS). Used by extract-article.ts; review and extend here.
 */

/** Whole paragraphs that are never article text. Tested on the trimmed, whitespace-collapsed paragraph. */
export const BOILERPLATE: Record<string, RegExp> = {
  /** «اقرأ أيضا: …», «شاهد أيضاً», «مواضيع ذات صلة», «قد يهمك», «الأكثر قراءة» */
  readAlso:
    /^[\s«"'([*•▪►-]*(?:(?:اقرأ|إقرأ|اقرا|إقرا|اقرئي|شاهد|طالع|تابع|استمع)\s+(?:أيضا|أيضاً|أيضًا|ايضا|ايضاً|كذلك|المزيد)|(?:مواضيع|موضوعات|أخبار|اخبار|مقالات|روابط|قصص)\s+(?:ذات\s+صلة|متعلقة|مشابهة|أخرى)|(?:قد\s+|ربما\s+)?(?:يهمك|يهمّك|تهمك)(?:\s+(?:أيضا|أيضاً|أيضًا|ايضا))?|الأكثر\s+(?:قراءة|مشاهدة|تداولا)|(?:المزيد|مزيد)\s+من\s+(?:الأخبار|الاخبار|المقالات))(?=$|[\s:：.\-–—»"'!)\]])/,
  /** ad placeholders */
  ad: /^[\s\-–—_*()[\]]*(?:إعلان|اعلان|إعلانات|اعلانات|مساحة\s+إعلانية|محتوى\s+(?:إعلاني|مدعوم|ممول)|advertisement|advertising|sponsored|ads?)[\s\-–—_*()[\]]*$/i,
  /** «شارك», «شارك هذا المقال», «مشاركة:» */
  shareLine:
    /^(?:شارك|شاركوا|شاركها|مشاركة|انشر|اطبع|طباعة|نسخ\s+الرابط|أرسل|إرسال)(?:\s+(?:هذا|هذه|المقال|الخبر|الموضوع|القصة|عبر|على|مع|الأصدقاء|الرابط)){0,4}\s*[:：]?$/,
  /** comment boxes and their rules */
  comments:
    /^(?:ترحب\s+\S+.{0,40}بالنقاش|الآراء\s+الواردة|الآراء\s+المنشورة|التعليقات\s+(?:المنشورة|لا\s+تعبر|تعبر)|جميع\s+التعليقات|أضف\s+تعليق|أضف\s+تعليقك|إضافة\s+تعليق|اترك\s+تعليق|اكتب\s+تعليق|عدد\s+التعليقات|\d+\s+تعليق(?:ات)?$|التعليقات$)/,
  /** copyright lines */
  copyright: /^(?:©|جميع\s+الحقوق\s+محفوظة|حقوق\s+(?:النشر|الطبع)\s+محفوظة|كل\s+الحقوق\s+محفوظة)/,
  /** embedded tweet attribution «— Name (@handle) May 5, 2023» */
  tweetAttribution: /^[—–-]\s*.{1,80}\(@\w{1,30}\)\s*.{0,40}$/,
};

/** Short paragraphs (≤ SHORT_LINE_CHARS) that are boilerplate when they match. */
export const SHORT_LINE_CHARS = 160;
export const SHORT_BOILERPLATE: Record<string, RegExp> = {
  /** «تابعونا على تويتر», «حمّل تطبيق …», «انضم إلى قناتنا على تيليغرام» (needs a social word too) */
  followUs:
    /^[\s*•-]*(?:تابعونا|تابعوا|تابع|تابعنا|انضم|انضموا|اشترك|اشتركوا|حمّل|حمل|نزّل|نزل|للمزيد\s+من|لمزيد\s+من|لمتابعة|للاطلاع\s+على|لقراءة|يمكنكم\s+متابعة|فعّل|فعل)(?=\s|$)/,
  /** photo captions and credits */
  caption:
    /^[\s(]*(?:صورة\s+(?:أرشيفية|ارشيفية|تعبيرية|توضيحية|من|لـ|ل)|الصورة\s*[:：]|الصورة\s+(?:من|لـ)|صور\s*[:：]|تصوير\s*[:：]?|مصدر\s+الصورة|حقوق\s+الصورة|التعليق\s+على\s+الصورة|(?:Getty|AFP|Reuters|EPA|AP)\b|\((?:رويترز|أ\.?\s?ف\.?\s?ب|فرانس\s+برس|أسوشيتد\s+برس|غيتي|د\.?\s?ب\.?\s?أ|الأناضول|وكالات|أرشيف)[^)]*\)$)/i,
  /** «المصدر: الجزيرة + وكالات» */
  source: /^(?:المصدر|المصادر|مصدر)\s*[:：]\s*.{1,60}$/,
  /** print / send-to-friend / font-size links */
  tools:
    /^(?:(?:نسخة\s+للطباعة|طباعة|اطبع|أرسل\s+لصديق|ارسل\s+لصديق|أرسل\s+الخبر|حجم\s+الخط|تكبير\s+الخط|تصغير\s+الخط|حفظ|نسخ\s+الرابط)\s*[|،,\-–]?\s*)+$/,
  /** a news agency credit alone */
  credit:
    /^[\s(]*(?:رويترز|أ\.?\s?ف\.?\s?ب|فرانس\s+برس|أسوشيتد\s+برس|د\.?\s?ب\.?\s?أ|الأناضول|وكالات|غيتي\s+إيميجز|Reuters|AFP|AP|Getty\s+Images|EPA)[\s)]*[.\-–]?$/i,
  /** timestamps «الأربعاء، 28 آب/اغسطس 2013، آخر تحديث 14:00», «نشر في: …», «آخر تحديث: …» */
  dateLine:
    /^(?:(?:نشر|نُشر|تاريخ\s+النشر|آخر\s+تحديث|اخر\s+تحديث|تم\s+التحديث|تحديث|محدث)\s*(?:في|بتاريخ)?\s*[:：]?\s*.{0,60}$|(?:(?:السبت|الأحد|الاحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الاربعاء|الخميس|الجمعة)\s*[،,]?\s*)?\d{1,2}\s*[/\-. ]\s*[^\d\s]{0,20}(?:\/[^\d\s]{1,12})?\s*[/\-. ]?\s*\d{2,4}\b.{0,60}$)/,
};
/** Words that make a followUs line about following the site rather than news. */
export const SOCIAL_WORDS =
  /(فيسبوك|فيس\s+بوك|تويتر|إكس|اكس|انستغرام|إنستغرام|انستجرام|إنستجرام|تلغرام|تيليجرام|تليجرام|تيليغرام|يوتيوب|واتساب|واتس\s+آب|تيك\s+توك|جوجل\s+نيوز|غوغل\s+نيوز|Google\s+News|واتساب|قناتنا|قناة\s+\S+\s+على|تطبيق|التطبيق|النشرة\s+البريدية|نشرتنا|حساباتنا|صفحتنا|موقعنا|آخر\s+الأخبار|آخر\s+الاخبار|أخبار\s+\S+\s+عبر|الإشعارات)/i;

/** Short head lines with a date or time and no sentence: «أبوظبي - سكاي نيوز عربية 03 يونيو 2024 - 07:45». */
export const HEAD_META_LINE = /(?:\d{1,2}:\d{2}|(?:^|\D)(?:19|20)\d{2}(?:\D|$))/;
export const HEAD_META_MAX_WORDS = 12;

/** Bylines the sites put as the first lines of the body: «كتب: فلان», «حوار: …», «بقلم …». */
export const BYLINE_LINE =
  /^[\s*]*(?:كتب|كتبت|كتبه|بقلم|حوار|حاوره|حاورته|إعداد|اعداد|تقرير|متابعة|ترجمة|تحرير|تغطية|مراسلة|مراسل|من|بواسطة|By)\s*[:：\-–—]?\s*(\S.{0,60})$/;
export const BYLINE_MAX_CHARS = 70;
/**
 * The writer's name alone on the body's last line («علي الخلولي»): one to three words of letters, no
 * digits, no punctuation. Only the last paragraph, and only after a body of at least two paragraphs.
 */
export const SIGNATURE_LINE = /^[\p{L}\p{M}]+(?:\s+[\p{L}\p{M}]+){0,2}$/u;
/** How many leading paragraphs may be bylines / datelines / timestamps. */
export const HEAD_PARAGRAPHS = 4;

/**
 * Dateline at the start of the first body paragraph: «القاهرة - », «دمشق، سوريا (CNN) -- »,
 * «بيروت (رويترز) - », «لندن: «الشرق الأوسط»», «دبي - العربية.نت: ». The prefix is removed, the sentence
 * kept. Place: 1–3 Arabic words (with «،»); then an agency in brackets/quotes and/or a dash separator.
 */
export const DATELINE = new RegExp(
  '^\\s*(?:[\\u0621-\\u064A]{2,}(?:\\s*[،,]?\\s*[\\u0621-\\u064A]{2,}){0,2})\\s*' +
    '(?:' +
    '(?:\\([^()]{1,40}\\)|[«"][^»"]{1,30}[»"])\\s*(?:--|[-–—ـ:：|])?' + // (CNN) -- | «الشرق الأوسط»
    '|(?:--|[-–—ـ|])\\s*(?:[«"][^»"]{1,30}[»"]|[\\u0621-\\u064A.A-Za-z]+(?:\\s[\\u0621-\\u064A.A-Za-z]+){0,2}\\s*(?=[-–—ـ:：]))?\\s*(?:--|[-–—ـ:：])?' + // - | - العربية.نت:
    '|[:：]\\s*(?:[«"][^»"]{1,30}[»"])' + // : «الشرق الأوسط»
    ')\\s*',
);
/** Words that start sentences, never datelines (guards DATELINE). */
export const NOT_A_PLACE =
  /^(?:قال|وقال|أكد|وأكد|أعلن|وأعلن|أضاف|وأضاف|أشار|وأشار|أوضح|وأوضح|ذكر|وذكر|كشف|وكشف|في|وفي|من|ومن|على|إلى|عن|هذا|هذه|لكن|ولكن|أما|وأما|ثم|كما|حيث|إن|وإن|أن|يذكر|ويذكر|يقول|ويقول|تقول|وتقول|السؤال|سؤال|جواب)(?=\s|$|[،,:])/;
/** Agency/site names that may stand alone on the dateline line: «الرباط - هسبريس», «أبوظبي - سكاي نيوز عربية». */
export const DATELINE_ONLY_MAX_CHARS = 60;

/**
 * Elements to drop from the page before and after Readability (class/id words matched on whole
 * dash/underscore-separated parts).
 */
export const JUNK_CLASS =
  /(^|[-_\s])(related|relatedposts|read-?also|readmore|read-?more|also-?read|more-?news|more-?stories|see-?also|inline-?related|recommended|recommendations|outbrain|taboola|mostread|most-?read|trending|share|shares|sharing|sharebar|social|socials|follow|follow-?us|newsletter|subscribe|subscription|ticker|breaking-?news|marquee|comments?|comment-?list|disqus|ad|ads|advert|advertisement|adslot|ad-?slot|dfp|gpt|sponsored|promo|banner|caption|figcaption|credit|credits|photo-?credit|image-?credit|tags|keywords|breadcrumbs?|app-?promo|whatsapp|telegram)([-_\s]|$)/i;
/** Tags dropped before Readability (no text of the article lives there). */
export const JUNK_TAGS = [
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'iframe',
  'object',
  'embed',
  'canvas',
  'button',
  'select',
  'textarea',
  'figcaption',
  'nav',
  'footer',
  'aside',
];
/** Embeds whose own boilerplate goes (the quoted text of a tweet stays). */
export const EMBED_REMOVE = 'blockquote.instagram-media, blockquote.tiktok-embed, .fb-post, .fb-comments, .fb-video';
/** Inline junk inside paragraphs: tweet picture links and short links. */
export const INLINE_JUNK = /\s*(?:pic\.twitter\.com\/\w+|https?:\/\/t\.co\/\w+)/g;
