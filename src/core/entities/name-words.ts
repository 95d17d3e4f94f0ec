/**
 * The words the key-names display reads around a name, as named tables (general knowledge unless a table says
 * otherwise; `scripts/check-ner-lists.ts` checks that every entry is attested outside the ANERcorp test split), and
 * the small tests built on them: titles, kinds of works, substances and products, facilities, armed groups, football
 * words, clause words, dates. `key-entities.ts` applies them; docs/entities.md has what each rule changed.
 */
import type { EntityType } from '../types';
import { DIACRITICS, TATWEEL } from '../text';
import { nerNormalize } from './ner-normalize';
import { cliticVariants, lastCliticVariant } from './phrases';
import { cueKey } from './type-cues';
import type { Tagger } from './tagger';

/** Title heads (normalized, without ال) that start a person's description. */
export const TITLE_HEADS = new Set(
  [
    'رئيس',
    'رئيسة',
    'وزير',
    'وزيرة',
    'ملك',
    'ملكة',
    'أمير',
    'شيخ',
    'سيد',
    'سيدة',
    'دكتور',
    // the abbreviations of «دكتور» and «مهندس», one token with their dot (`tokenTexts`)
    'د.',
    'م.',
    'بروفيسور',
    'بروفسور',
    'مستشار',
    'نائب',
    'زعيم',
    'قائد',
    'جنرال',
    // military ranks
    'كولونيل',
    'عقيد',
    'ركن',
    'عميد',
    'مشير',
    'ميجور',
    'كابتن',
    'سفير',
    'مبعوث',
    'نظير',
    'نظيره',
    'نظيرته',
    'أمين',
    'مدير',
    'متحدث',
    'ناطق',
    'مدرب',
    'لاعب',
    'بابا',
  ].map(nerNormalize),
);
/** Words that may follow a title head inside a description (offices); nisba adjectives (ال…ي/ال…ية) also may. */
export const TITLE_CONTINUATIONS = new Set(
  [
    'الوزراء',
    'الحكومه',
    'الخارجيه',
    'الدفاع',
    'الداخليه',
    'الماليه',
    'الجمهوريه',
    'العام',
    'الدوله',
    'البرلمان',
    'المجلس',
    'مجلس',
  ].map(nerNormalize),
);
/**
 * A government or a language named by a country's or people's adjective is no name: «الحكومة العراقية», «السلطات
 * الصينية», «الرئاسة المصرية», «الإدارة الأمريكية», «اللغة العربية» (the conventions of the names gold sets:
 * governments, authorities, the presidency and languages are not entities; armies, police forces, parliaments
 * and central banks are organizations).
 */
export const ADJECTIVE_ONLY_HEADS = new Set(['الحكومة', 'السلطات', 'الرئاسة', 'الإدارة', 'اللغة'].map(nerNormalize));
/**
 * Words for works and events, whose names are MISC in the gold conventions («films, series, awards, tournaments,
 * leagues, products, named agreements/laws/initiatives are MISC»): the Arabic words for those kinds, singular and
 * plural, normalized (general knowledge; a protocol and a treaty too: «بروتوكول هانيبال»). Indefinite only:
 * «مطورة التطبيق ويتني هيرد» is the app's developer. Not «كتاب» (also «writers»), «كتب» («he wrote»), «حملة»,
 * «مبادرة» («حملة ترامب» is his campaign), nor an app, which the conventions make an organization (`APP_CUES`).
 */
export const WORK_KINDS = [
  ...['فيلم', 'افلام', 'مسلسل', 'مسلسلات', 'برنامج', 'اغنيه', 'اغنيات', 'اغاني', 'البوم', 'كليب', 'مسرحيه'],
  ...['روايه', 'قصيده', 'جائزه', 'جوائز', 'بطوله', 'كاس', 'دوري', 'مهرجان', 'وسم'],
  ...['اتفاقيه', 'اتفاق', 'قانون', 'لعبه', 'بروتوكول', 'معاهده'],
];
export const WORK_CUES = new Set(WORK_KINDS);

/**
 * Words for a drug, a substance or what causes a disease (general knowledge, normalized, singular and plural): a
 * name right after one is a drug's, a hormone's, a bacterium's or a cancer's, never a person's in the gold
 * conventions («عقار سيبونيمود», «دواء "أوكسيتوسين"», «بكتيريا الإيكولاي», «سرطان البروستاتا»). Not «علاج», «مرض»:
 * a person is treated and falls ill («علاج محمد صلاح»). `DISEASE_CUES` come before no place or organization either
 * («فيروس زيكا»); a vaccine, a drug may carry its maker's name («لقاح فايزر»).
 */
export const DISEASE_CUES = new Set(['سرطان', 'فيروس', 'فيروسات', 'بكتيريا', 'بكتريا', 'جرثومه', 'جراثيم']);
export const SUBSTANCE_CUES = new Set([...DISEASE_CUES, 'دواء', 'ادويه', 'عقار', 'عقاقير', 'لقاح', 'لقاحات', 'هرمون']);
/**
 * Words for a chemical (general knowledge, normalized): before a «person» or an organization they name a chemical
 * («غاز نوفيتشوك», «لمادة نوفيتشوك», «بعنصر نوفيتشوك»); before a place they are its gas («غاز موسكو», «غاز
 * أذربيجان»), so places keep theirs.
 */
export const CHEMICAL_CUES = new Set(['غاز', 'ماده', 'عنصر']);

/** The position of the word before position `i`, or before a quotation mark there; -1 at the sentence's start. */
export function wordBeforeName(norm: readonly string[], i: number): number {
  const k = i - 1;
  return k >= 0 && QUOTE_MARKS.test(norm[k]) ? k - 1 : k;
}

/** The word before position `i` (or before a quotation mark there) is one of `cues`, also behind a proclitic. */
export function isCuedBy(cues: ReadonlySet<string>, norm: readonly string[], i: number): boolean {
  const k = wordBeforeName(norm, i);
  return k >= 0 && cliticVariants(norm[k]).some((v) => cues.has(v));
}

/**
 * Social networks and messaging apps (general knowledge, normalized, with their common spellings): organizations in
 * the gold conventions («companies, apps/social networks … are ORG»), which the tagger leaves untagged («على
 * انستغرام») or calls people («فيسبوك»).
 */
export const PLATFORMS = new Set(
  [
    ...['فيسبوك', 'فيس بوك', 'تويتر', 'انستغرام', 'إنستغرام', 'انستجرام', 'إنستجرام', 'يوتيوب', 'واتساب', 'واتس آب'],
    ...['تليغرام', 'تلغرام', 'سناب شات', 'لينكد إن'],
  ].map((w) => w.split(' ').map(nerNormalize).join(' ')),
);

/** A word that ends as a `PLATFORMS` name begins (a proclitic only comes before it): the cheap test first. */
export const PLATFORM_END = new RegExp(`(${[...new Set([...PLATFORMS].map((k) => k.split(' ')[0]))].join('|')})$`);

/** «ملكة جمال …», «ملكات جمال …»: a beauty pageant's title (normalized) */
export const PAGEANT = new Set(['ملكه', 'ملكات']);
/** A storm's name after the word for it, also definite in apposition («الإعصار مايكل»): no person (normalized) */
export const STORM_CUES = new Set(['اعصار', 'الاعصار', 'العاصفه', 'عاصفه']);
/** …of them, the indefinite word for a hurricane, which no organization's name follows (general knowledge; «عاصفة» is
 * also an adjective, «جلسة عاصفة لمجلس الأمن», and a verb's subject «الإعصار» may stand before its object) */
export const HURRICANE_CUES = new Set(['اعصار']);
/**
 * Words for a rocket, a spacecraft, a telescope, a space probe, a browser or a platform (general knowledge,
 * normalized): a «person» right after one is the thing's name, MISC in the gold conventions («صواريخ سكالب», «المركبة
 * أوبورتيونتي», «تلسكوب جيمس ويب»). Not a phone, a device
 * or a service: «هاتف أنيس العامري» is his phone.
 */
export const PRODUCT_CUES = new Set(
  ['صاروخ', 'صواريخ', 'مركبه', 'المركبه', 'منصه', 'متصفح', 'تلسكوب', 'مسبار'].map(nerNormalize),
);
/**
 * Words for a car, a phone or a plane and for a model (general knowledge, normalized, with the possessive forms the
 * news writes: «سيارتها»): a name in quotation marks right after one is the model's, a product (MISC in the gold
 * conventions: «سيارة "إي كيو سي"», «سيارة "جي تي-آر"»), even where the tagger takes its Latin letters for a
 * company's.
 */
export const MODEL_CUES = new Set(
  ['سيارة', 'سيارات', 'سيارتها', 'سيارته', 'سيارتي', 'هاتف', 'هواتف', 'هاتفها', 'طائرة', 'طائرات', 'طراز'].map(
    nerNormalize,
  ),
);
/**
 * The word for a website (general knowledge, normalized): a name in quotation marks right after it is the site's, an
 * organization in the gold conventions (media, apps and social networks): «موقع "تويتر"», «موقع "بزنس إنسايدر"»; in
 * the news text the quoted names after it are sites nearly always. Unquoted it is also a place («موقع الحادث»).
 */
export const SITE_CUES = new Set(['موقع']);
/**
 * The word for an agency (general knowledge, normalized): a place named right after it, or after it and «أنباء», is the
 * agency's name, an organization (the news agencies «وكالة أنباء الأناضول», «وكالة أنباء فارس», «وكالة أنباء الشرق
 * الأوسط»); not a country's name («وكالة أنباء الإمارات»: the country is named so far more often).
 */
export const AGENCY_CUES = new Set(['وكالة'].map(nerNormalize));
/**
 * The words for a gulf and a strait (general knowledge, normalized): with the place named right after them they are
 * one place, not that place («خليج عدن» is no city of Aden, «مضيق تايوان» no island, «خليج المكسيك» no country).
 */
export const WATERWAY_HEADS = new Set(['خليج', 'مضيق']);
/**
 * Words for a ship (general knowledge, normalized, bare and definite): a name right after one is the ship's, a
 * vehicle (MISC, as the gold conventions' products), never a person or an organization («للسفينة ديتشوتي», «سفينة
 * "أكواريوس"»).
 */
export const SHIP_CUES = new Set(
  ['سفينة', 'السفينة', 'باخرة', 'الباخرة', 'يخت', 'اليخت', 'غواصة', 'الغواصة'].map(nerNormalize),
);
/**
 * Names of devices and software (general knowledge, normalized, their spellings attested in the news text): products,
 * MISC in the gold conventions; a name with one of these words in it is the product's («آي فون إكس», «أبل ووتش»),
 * or glued onto it («مالكي أيفون»), never a person's, a place's or an organization's.
 */
export const PRODUCT_NAMES = new Set(
  [
    ...['آيفون', 'آي فون', 'أيفون', 'واي فاي', 'واى فاى', 'غالاكسي', 'جالاكسي', 'أندرويد', 'ويندوز', 'بلوتوث'],
    ...['آيباد', 'أبل ووتش'],
  ].map((w) => w.split(' ').map(nerNormalize).join(' ')),
);
/**
 * Words for a place built and named after a person (general knowledge, normalized, singular): a «person» right after
 * one, also after a title, is the facility's name, no mention of the person («مطار الملك عبدالعزيز», «ملعب الأمير
 * فيصل بن فهد», «مستشفى الملك فيصل التخصصي», «شارع محمد الخامس»). Not a university or a city, which name
 * organizations and places of their own («جامعة الملك سعود», «مدينة الملك عبدالله»).
 */
export const FACILITY_CUES = new Set(
  ['مطار', 'ملعب', 'استاد', 'ستاد', 'شارع', 'ميدان', 'مستشفى', 'مسجد', 'جامع', 'جسر', 'ميناء'].map(nerNormalize),
);
/**
 * Heads of organizations' names that, right before a name the tagger calls a person, make it the organization
 * (general knowledge, normalized): a bank, a group, a university, an institute, an agency, an armed organization
 * («بنك غولدمان ساكس», «مجموعة فاغنر», «جامعة مانشستر متروبوليتان», «معهد فرانسيس كريك», «تنظيم داعش»). The
 * labeled corpora tag such a head inside the name, so it is none of their type cues. Not the heads of organizations
 * named after their leader or founder («حزب ميركل», «منظمة ترامب», «مؤسسة بيل غيتس», «جماعة غولن»). As the type
 * cues, they decide only when no word before the name in the article precedes people (`typeFromCues`).
 */
export const ORG_NAME_CUES = new Set(['بنك', 'مصرف', 'مجموعة', 'جامعة', 'معهد', 'وكالة', 'تنظيم'].map(nerNormalize));
/** The words for a company's shares (general knowledge, normalized): the name after them is the company's («سهم
 * "بيربري"», «أسهم ويتبريد»), a cue of organizations as `ORG_NAME_CUES`. */
export const SHARE_CUES = new Set(['سهم', 'أسهم'].map(nerNormalize));

/**
 * Words for a place or a body that is named after a dignitary, with the title between («مدينة الملك عبدالله
 * الرياضية», «مطار الملك خالد الدولي», «جامعة الملك سعود», «مركز الملك سلمان للإغاثة», «مستشفى الملك فيصل»;
 * general knowledge, normalized): the facilities, the heads of organizations' names, and a city, a centre, a
 * foundation, a complex, a base, a college, a park, a hall, a road. Not a prize, a library or a palace, which are
 * also the person's own («جائزة البروفيسور بيكار», his prize; «مكتبة الرئيس», «قصر الرئيس»).
 */
export const NAMED_AFTER_HEADS = new Set([
  ...FACILITY_CUES,
  ...ORG_NAME_CUES,
  ...['مدينة', 'مركز', 'مؤسسة', 'مجمع', 'قاعدة', 'كلية', 'حديقة', 'قاعة', 'طريق'].map(nerNormalize),
]);

/**
 * Words for an administrative unit (general knowledge, normalized, bare): state, province, city, region, district,
 * town, village. Behind a proclitic at a place's start they are no part of its name («بولاية ميشيغان»).
 */
export const ADMIN_UNIT_WORDS = new Set(
  ['ولاية', 'محافظة', 'مدينة', 'منطقة', 'إقليم', 'مقاطعة', 'بلدة', 'قرية'].map(nerNormalize),
);
/** The definite words for a country's army, police, navy and intelligence (general knowledge, normalized). */
export const NATIONAL_FORCES = new Set(['الجيش', 'الشرطة', 'البحرية', 'المخابرات', 'الاستخبارات'].map(nerNormalize));
/**
 * Words for a part of a town or a district (general knowledge, normalized, bare): quarter, camp, suburb, district,
 * subdistrict. Behind a proclitic at a place's start they are no part of its name either («بحي الخزامى»); without
 * one they may be («مخيم اليرموك», «مديرية التحيتا»: the news text's two-word names keep them).
 */
export const LOCAL_UNIT_WORDS = new Set(['حي', 'مخيم', 'ضاحية', 'مديرية', 'ناحية'].map(nerNormalize));
/**
 * Definite titles of rank (general knowledge, normalized) that begin a second person's name inside a person span
 * («هاري الأمير وليام»).
 */
export const RANK_TITLES = new Set(
  ['الأمير', 'الأميرة', 'الملك', 'الملكة', 'الرئيس', 'الشيخ', 'الشيخة', 'السلطان'].map(nerNormalize),
);
/** Words before such a title that make it part of a name (normalized): «عبد الملك», «آل الشيخ», «ولد الشيخ أحمد». */
export const NAME_PARTICLES_BEFORE_TITLE = new Set(['عبد', 'أبو', 'بن', 'ابن', 'آل', 'بنت', 'ولد'].map(nerNormalize));

/** Words for an armed group or a movement (general knowledge, normalized, bare): «فيلق الرحمن», «جيش الإسلام». */
export const GROUP_HEADS = new Set(['فيلق', 'جيش', 'جماعة', 'ميليشيا', 'ميليشيات', 'لواء', 'ألوية'].map(nerNormalize));
/**
 * Armed groups, movements and the war's monitors named since the tagger's training text (2003), which it cannot know
 * and types a person («بوكو حرام»), a place («الشام» of «هيئة تحرير الشام») or nothing («داعش», «وحدات حماية الشعب»,
 * «المرصد السوري»). General knowledge, normalized; each name is seen at least 50 times in the 2015–2018 news text
 * (`check-ner-lists` checks that it is attested; «المرصد السوري» is the short form of the Syrian Observatory for Human
 * Rights, 463 times in full). Organizations in the gold conventions; not a people or a family («الحوثيين», «الحوثي»).
 */
export const NEW_GROUPS = new Set(
  [
    ...['داعش', 'بوكو حرام', 'هيئة تحرير الشام', 'جبهة النصرة', 'وحدات حماية الشعب', 'حركة الشباب'],
    ...['الخوذ البيضاء', 'المرصد السوري لحقوق الإنسان', 'المرصد السوري'],
  ].map((w) => w.split(' ').map(nerNormalize).join(' ')),
);
/** The indefinite word for an app: an app is an organization in the gold conventions («تطبيق تليغرام») */
export const APP_CUES = new Set(['تطبيق', 'تطبيقات']);
/** Words before a «person» that is a work's, a storm's or a product's name, MISC: the tables above in one */
export const MISC_CUES = new Set([...WORK_CUES, ...STORM_CUES, ...PRODUCT_CUES]);
/** Words before a name that is a drug's, a chemical's or a disease's, by the name's type (the tables above) */
export const SUBSTANCE_CUES_BY_TYPE: Partial<Record<EntityType, ReadonlySet<string>>> = {
  PERS: new Set([...SUBSTANCE_CUES, ...CHEMICAL_CUES]),
  ORG: new Set([...DISEASE_CUES, ...CHEMICAL_CUES]),
};

/** A name with a product's name in it (`PRODUCT_NAMES`, one word or two, also behind a proclitic). */
export function namesProduct(n: readonly string[]): boolean {
  return n.some(
    (w, k) =>
      cliticVariants(w).some((v) => PRODUCT_NAMES.has(v)) ||
      (k + 1 < n.length && PRODUCT_NAMES.has(w + ' ' + n[k + 1])),
  );
}

/** Tournaments and games named after a place (general knowledge, normalized): «دوري أبطال أوروبا», «كأس أمم أفريقيا»,
 * «بطولة آسيا», «مونديال روسيا», «طواف فرنسا», «أولمبياد برلين», «ماراثون بوسطن», «رالي داكار». */
export const TOURNAMENT_WORDS = new Set(['بطوله', 'كاس', 'دوري', 'مونديال', 'طواف', 'اولمبياد', 'ماراثون', 'رالي']);
export const TOURNAMENT_LINKS = new Set(['ابطال', 'امم']);
/** «أمريكا المفتوحة», «أستراليا المفتوحة»: the Open of a place, a tournament (normalized) */
export const OPEN_TOURNAMENT = 'المفتوحه';

/**
 * The place at `i` names a tournament: «دوري أبطال أوروبا», «كأس أمم أفريقيا», «بطولة فرنسا», «أمريكا المفتوحة» (the
 * event is MISC in the gold conventions, and the place inside it no mention of the place).
 */
export function isTournamentPlace(norm: readonly string[], i: number): boolean {
  if (norm[i + 1] === OPEN_TOURNAMENT) return true;
  const k = i > 0 && TOURNAMENT_LINKS.has(norm[i - 1]) ? i - 2 : i - 1;
  return k >= 0 && cliticVariants(norm[k]).some((v) => TOURNAMENT_WORDS.has(v));
}

/**
 * The days of the week (general knowledge), normalized as `nerNormalize` does: a date the tagger puts at the end
 * of a person's span. In 36k labeled person names of ANERcorp train and WikiFANE Gold, one ends with one
 * («عبد العزيز الخميس»); in the tagger's spans on 400 BBC Arabic articles, 4 of 10,742 («ستيف منوشين الخميس»).
 */
export const WEEKDAYS = new Set(['السبت', 'الاحد', 'الاثنين', 'الثلاثاء', 'الاربعاء', 'الخميس', 'الجمعه']);
/** Times of day (general knowledge, normalized), also given names («صباح»): before a weekday or «غد», a time. */
export const TIMES_OF_DAY = new Set(['صباح', 'مساء', 'ظهر', 'فجر', 'ليله', 'عصر']);
export const isTimeOfDay = (norm: readonly string[], i: number) =>
  TIMES_OF_DAY.has(norm[i]) && (WEEKDAYS.has(norm[i + 1]) || norm[i + 1] === 'غد' || norm[i + 1] === 'اليوم');

/**
 * Football words (general knowledge, normalized): an article with two of them and at least one per
 * `FOOTBALL_WORDS_PER` words, or naming a national team, is a football story. Not «هدف», «أهداف», which are also
 * aims and targets.
 */
export const FOOTBALL_WORDS = new Set(
  [
    ...['مباراه', 'المباراه', 'مباريات', 'هدفين', 'الشوط', 'المونديال', 'ركله', 'ركلات', 'الملعب', 'الدوري'],
    ...['النادي', 'نادي', 'اللاعب', 'اللاعبين', 'مدرب', 'المدرب', 'مهاجم', 'المهاجم', 'الفيفا'],
    ...['المرمى', 'مرمى', 'تسديدة', 'الكرة'],
  ].map(nerNormalize),
);
export const FOOTBALL_WORDS_PER = 300;
/**
 * Words of a goal and of a team's own match (general knowledge, normalized): in a football story, a sentence with one
 * is about play, besides `FOOTBALL_WORDS` («وكانت المغرب قد خسرت مباراتها الأولى», «رد المغرب … قبل أن يسجل … هدف
 * الفوز»). They do not make a story a football story: «هدف» is also an aim.
 */
export const PLAY_SENTENCE_WORDS = new Set(
  [...['مباراته', 'مباراتها', 'مبارياته', 'مبارياتها'], ...['هدف', 'الهدف', 'هدفا', 'أهداف', 'الأهداف']].map(
    nerNormalize,
  ),
);
/**
 * Nicknames of football teams and clubs (general knowledge, normalized; each attested in the news text, seen there 5
 * to 214 times), with the names they stand for (a national team by its country, also by «المنتخب» and its nisba): in a
 * football story, the other name the text gives the team («الديوك» for France's team, «الريدز» for Liverpool). Not the
 * nicknames that are common words or name several teams alike («الأخضر», «التانغو», «الباريسي»); «الشياطين الحمر» is
 * Manchester United's and Belgium's, whichever the article names.
 */
export const TEAM_NICKNAMES: ReadonlyMap<string, readonly string[]> = new Map(
  (
    [
      ['الريدز', ['ليفربول']],
      ['البلوز', ['تشيلسي', 'تشلسي']],
      ['المدفعجية', ['آرسنال', 'أرسنال']],
      ['السيتيزنز', ['مانشستر سيتي']],
      ['الشياطين الحمر', ['مانشستر يونايتد', 'بلجيكا', 'المنتخب البلجيكي']],
      ['السيدة العجوز', ['يوفنتوس']],
      ['البارصا', ['برشلونة']],
      ['البلوغرانا', ['برشلونة']],
      ['النادي الكتالوني', ['برشلونة']],
      ['الفريق الكتالوني', ['برشلونة']],
      ['الميرينغي', ['ريال مدريد']],
      ['النادي الملكي', ['ريال مدريد']],
      ['الفريق الملكي', ['ريال مدريد']],
      ['الديوك', ['فرنسا', 'المنتخب الفرنسي']],
      ['الفراعنة', ['مصر', 'المنتخب المصري']],
      ['نسور قرطاج', ['تونس', 'المنتخب التونسي']],
      ['أسود الأطلس', ['المغرب', 'المنتخب المغربي']],
      ['السيليساو', ['البرازيل', 'المنتخب البرازيلي']],
      ['المانشافت', ['ألمانيا', 'المنتخب الألماني']],
      ['الماكينات', ['ألمانيا', 'المنتخب الألماني']],
      ['الماتادور', ['إسبانيا', 'المنتخب الإسباني']],
      ['الأسود الثلاثة', ['إنجلترا', 'إنكلترا', 'المنتخب الإنجليزي']],
    ] as const
  ).map(([nick, teams]) => [
    nick.split(' ').map(nerNormalize).join(' '),
    teams.map((t) => t.split(' ').map(nerNormalize).join(' ')),
  ]),
);
/** A football word (`FOOTBALL_WORDS`), also behind a proclitic. */
export const isFootballWord = (n: string) => FOOTBALL_WORDS.has(lastCliticVariant(n));
/** A word of a sentence about play: a football word or a word of a goal or a team's match (`PLAY_SENTENCE_WORDS`),
 * also behind a proclitic. */
export const isPlayWord = (n: string) => {
  const v = lastCliticVariant(n);
  return FOOTBALL_WORDS.has(v) || PLAY_SENTENCE_WORDS.has(v);
};
/**
 * Verbs of a fixture before a team (general knowledge, normalized): it plays, is the guest of («يلعب المغرب مع
 * الكاميرون», «يحل المغرب ضيفا على مالاوي»); not «حل», also a solution, nor the verbs of hosting, whose subject is a
 * tournament's host country as often as a team (`HOSTING_WORDS`).
 */
const PLAY_VERBS = new Set(['يلعب', 'تلعب', 'لعب', 'لعبت', 'يحل', 'تحل', 'حلت'].map(nerNormalize));
/** Words before a team that plays (normalized): it won, beat, drew, faced, lost to… (and `PLAY_VERBS`); the verbs
 * also in the feminine, as a country is («تعادلت البرازيل 1-1 مع سويسرا», «وسوف تواجه فرنسا»). */
export const MATCH_VERBS = new Set(
  [
    ...['فاز', 'تغلب', 'هزم', 'تعادل', 'يواجه', 'واجه', 'يلتقي', 'التقى', 'يلاقي', 'لاقى'],
    ...['فازت', 'تغلبت', 'هزمت', 'تعادلت', 'تواجه', 'واجهت', 'تلتقي', 'التقت', 'تلاقي', 'لاقت'],
    ...['امام', 'ضد', 'مواجهه', 'لمواجهه'],
  ].map(nerNormalize),
);

const WON_OR_GUEST = new Set(
  ['فاز', 'تغلب', 'تفوق', 'فازت', 'تغلبت', 'تفوقت', 'الفوز', 'ضيفا', 'ضيفة'].map(nerNormalize),
);
/** The noun «win» (general knowledge, normalized), also with a possessive and behind a proclitic: «فوز X على Y» as
 * «فاز X على Y» («تحقق فوزا مستحقا على كوريا الجنوبية», «بفوزها على ألمانيا»). */
const WIN_NOUNS = new Set(['فوز', 'فوزا', 'فوزه', 'فوزها', 'فوزهم'].map(nerNormalize));
/** A verb with the future's «س» before an imperfect's first letter («ستلعب», «سيواجه») */
const FUTURE_VERB = /^س[يت]/;
/** «drew» before «مع» and the other team («تعادل المغرب مع إيران»), also in the feminine. */
const DREW = new Set(['تعادل', 'تعادلت']);
/** A team's place: right after a match verb, or after «على» that follows one within three words («فاز X على Y»; also
 * the noun, `WIN_NOUNS`: «فوزها على Y»). */
export function isMatchCue(norm: readonly string[], i: number): boolean {
  if (i === 0) return false;
  const prev = lastCliticVariant(norm[i - 1]);
  if (MATCH_VERBS.has(norm[i - 1]) || MATCH_VERBS.has(prev) || PLAY_VERBS.has(norm[i - 1])) return true;
  // … also in the future («وستلعب الأرجنتين», «سيواجه المغرب»)
  const future = FUTURE_VERB.test(prev) ? prev.slice(1) : '';
  if (future && (MATCH_VERBS.has(future) || PLAY_VERBS.has(future))) return true;
  // the other team of a fixture: «مع» after a verb of playing within three words («يلعب المغرب مع الكاميرون»)
  if (norm[i - 1] === 'مع') {
    for (let k = i - 2; k >= Math.max(0, i - 4); k--) if (PLAY_VERBS.has(norm[k]) || DREW.has(norm[k])) return true;
    return false;
  }
  // the host after «ضيفا على», the beaten after «فاز … على»
  if (norm[i - 1] !== 'علي') return false;
  for (let k = i - 2; k >= Math.max(0, i - 5); k--)
    if (WON_OR_GUEST.has(norm[k]) || WIN_NOUNS.has(lastCliticVariant(norm[k]))) return true;
  return false;
}

/**
 * Words in the construct state before a club's name (general knowledge, normalized, indefinite: «اللاعب محمد
 * صلاح» is a player named in apposition): a club, a team, its players, coach, striker, keeper, defenders, fans,
 * shirt, ranks, star, a match: «نادي روما», «مدافع واتفورد», «جماهير برشلونة», «في صفوف ليفربول», «مباراة حتا».
 */
export const CLUB_CUES = new Set(
  [
    ...['نادي', 'ناديا', 'فريق', 'فريقا', 'لاعب', 'لاعبو', 'لاعبي', 'مدرب', 'مهاجم', 'مهاجمو', 'مهاجمي', 'حارس'],
    ...['مدافع', 'مدافعو', 'مدافعي', 'جماهير', 'مشجعو', 'مشجعي', 'قميص', 'صفوف', 'نجم', 'نجوم', 'هداف', 'مباراة'],
  ].map(nerNormalize),
);

/**
 * Masculine nouns for places and buildings (general knowledge, normalized): a masculine nisba after the name that
 * follows one agrees with it, not with a club («إقليم كتالونيا الإسباني», «مطار القاهرة الدولي», «ملعب أنفيلد»).
 */
export const MASCULINE_PLACE_HEADS = new Set(
  [
    ...['اقليم', 'مطار', 'ميناء', 'ملعب', 'استاد', 'حي', 'شارع', 'جبل', 'نهر', 'سجن', 'مستشفي', 'فندق', 'قصر'],
    ...['مسجد', 'متحف', 'جسر', 'سد', 'مضيق', 'خليج', 'بحر', 'وادي', 'ريف', 'قطاع', 'مخيم'],
  ].map(nerNormalize),
);

/** A word of `CLUB_CUES` right before position `i` («نادي روما», «لاعبي سويسرا»), also behind a proclitic. */
export const isClubWordBefore = (n: readonly string[], i: number) =>
  i > 0 && cliticVariants(n[i - 1]).some((v) => CLUB_CUES.has(v));

/**
 * A club named at the occurrence of a name from `i` to `end`: a word before it in `CLUB_CUES` («نادي روما»), or a
 * masculine nisba of a place after it («روما الإيطالي», «واتفورد الإنجليزي»: the tagger's `isPlaceNisba`; a city
 * takes the feminine, «روما الإيطالية»), unless a masculine noun for a place stands before the name.
 */
export function isClubCue(n: readonly string[], i: number, end: number, tagger: Tagger): boolean {
  if (isClubWordBefore(n, i)) return true;
  if (end >= n.length || !tagger.isPlaceNisba?.(n[end])) return false;
  if (i === 0) return true;
  return (
    !cliticVariants(n[i - 1]).some((v) => MASCULINE_PLACE_HEADS.has(v)) && tagger.typeCue?.(cueKey(n[i - 1])) !== 'LOC'
  );
}

/** A particle that begins a clause, written with its hamza (not the Dutch «فان» of «فان غوخ»): «فإن», «بأن», «لأن». */
export const CLAUSE_START = /^[وفبل]?[أإ]ن(ه|ها)?$|^و?لكن(ه|ها)?$/;
/**
 * A preposition written with its final ى, as written (normalization makes «على» the name «علي»): no person's name
 * starts with one («القبض على البحيري», «دعوى على راموس»; the news text writes the name «علي» 106 times in
 * «علي خامنئي», «على» once). Also «أمام» (in front of), written with its hamza above: normalization makes it «امام»,
 * as it makes «إمام» (an imam, a title and a given name) («ومازال أمام ترامب حتى الثاني عشر», «صلاح أمام السيتي»).
 */
export const WRITTEN_PREPOSITION = /^[وف]?(على|إلى|الى|لدى|حتى|أمام)$/;
/** `WRITTEN_PREPOSITION` for a word as written, without its diacritics and tatweel. */
export const isWrittenPreposition = (written: string) =>
  WRITTEN_PREPOSITION.test(written.replace(DIACRITICS, '').replace(TATWEEL, ''));
/**
 * Kinship and betrothal nouns (general knowledge, normalized; not «ابن», «أبو», «أم», «بنت», which begin names:
 * «ابن خلدون», «أم كلثوم»): before a person's name they name a relative, whose name is not the person's («خطيبة
 * خاشقجي», «زوجة ترامب»); the name is the person's after them.
 */
export const KINSHIP = new Set(
  ['زوجة', 'زوج', 'ابنة', 'شقيق', 'شقيقة', 'والد', 'والدة', 'خطيب', 'خطيبة', 'حفيد', 'حفيدة', 'نجل', 'نجلة', 'أرملة']
    .concat(['طليق', 'طليقة'])
    .map(nerNormalize),
);

/**
 * Compound given names in «الدين» and «الإسلام» (general knowledge, normalized; each in the news text, from «زين الدين»
 * 260 times to «عماد الدين» once): a person's name, or its beginning, though the first word alone is a common noun
 * («فخر», pride; «سيف», sword) and the second the religion.
 */
export const COMPOUND_GIVEN_NAMES = new Set(
  [
    ...['نور', 'زين', 'صلاح', 'فخر', 'عز', 'علاء', 'شرف', 'بدر', 'سيف', 'شمس', 'تقي', 'سعد', 'صفي', 'بهاء'],
    ...['نصر', 'خير', 'نجم', 'جلال', 'محيي', 'كمال', 'جمال', 'حسام', 'عماد', 'ضياء', 'سراج', 'تاج'],
  ]
    .map((w) => w + ' الدين')
    .concat(['سيف الإسلام'])
    .map((k) => k.split(' ').map(nerNormalize).join(' ')),
);

/**
 * Particles and pronouns that begin a clause (general knowledge, normalized): no name ends with one, the tagger
 * sometimes glues one onto a person's name («محمد صلاح لكن», «صلاح بأنه»).
 */
export const CLAUSE_WORDS = new Set(
  [
    ...['لكن', 'ولكن', 'لكنه', 'ولكنه', 'إن', 'أن', 'إنه', 'أنه', 'بأن', 'بأنه', 'فإن', 'وإن'],
    ...['الذي', 'التي', 'الذين', 'قد', 'لقد', 'وقد', 'كما', 'حيث', 'بينما', 'عندما', 'هو', 'هي', 'وهو', 'وهي'],
  ].map(nerNormalize),
);

/**
 * Pronouns and particles that begin a clause (general knowledge, normalized): no person's name has one inside, so a
 * «person» runs to the word before it («هل صلاح | هو صلاح», «مون | بأن ترامب»). Not «إن», «أن», which normalize to
 * the last word of «مون جاي إن», nor «فإن», which normalizes to the Dutch «فان» of «فان غوخ».
 */
export const INNER_CLAUSE_WORDS = new Set(['هو', 'هي', 'الذي', 'التي', 'الذين', 'بأن', 'بأنه'].map(nerNormalize));

/**
 * Adverbs of time and of addition (general knowledge, normalized) that the tagger glues onto the end of a name
 * («الاتحاد الأوروبي حينذاك», «فيسبوك أيضا»): no name ends with one. Not «اليوم», which ends names («روسيا اليوم»).
 */
export const NAME_END_ADVERBS = new Set(
  ['حينذاك', 'آنذاك', 'حينها', 'وقتها', 'أيضا', 'مجددا', 'سابقا', 'حاليا', 'لاحقا', 'كذلك', 'أمس'].map(nerNormalize),
);

/**
 * The months (general knowledge), normalized: the Levantine and Iraqi names, the names from the European ones,
 * and the Maghreb's. Written next to a number, a slash or another month they are a date, not a name: «أبريل/نيسان»
 * (the car maker «نيسان» and the planet «مارس» are not next to one).
 */
export const MONTHS = new Set([
  ...['كانون', 'شباط', 'اذار', 'نيسان', 'ايار', 'حزيران', 'تموز', 'اب', 'ايلول', 'تشرين'],
  ...['يناير', 'فبراير', 'مارس', 'ابريل', 'مايو', 'يونيو', 'يوليو', 'اغسطس', 'سبتمبر', 'اكتوبر', 'نوفمبر', 'ديسمبر'],
  ...['جانفي', 'فيفري', 'افريل', 'ماي', 'جوان', 'جويليه', 'اوت'],
]);

/** A one-word name at `i` that is a month beside a number, a slash or another month («11 أبريل/نيسان 2018»). */
export function isDate(words: readonly string[], norm: readonly string[], i: number): boolean {
  if (!MONTHS.has(norm[i])) return false;
  const dateSide = (k: number) => k >= 0 && k < words.length && (/^[/\d٠-٩]/.test(words[k]) || MONTHS.has(norm[k]));
  return dateSide(i - 1) || dateSide(i + 1);
}

/** «formerly», «now» (general knowledge; normalized): the words after a name in parentheses that make it the other
 * name of a renamed organization or place («هيئة تحرير الشام ( جبهة النصرة سابقا )»), not a short name. */
export const FORMERLY = new Set(['سابقا', 'حاليا']);

/** Compass words (general knowledge; normalized): a place named with one is another place than without it. */
export const DIRECTIONS = new Set([
  'شمال',
  'جنوب',
  'شرق',
  'غرب',
  'الشماليه',
  'الجنوبيه',
  'الشرقيه',
  'الغربيه',
  'الوسطي',
  'شمالي',
  'جنوبي',
  'شرقي',
  'غربي',
]);

/** A title word («الرئيس», «والشيخ»). */
export const isTitle = (n: string) => TITLE_HEADS.has(lastCliticVariant(n).replace(/^ال/, ''));

/** A token that is a quotation mark (a quoted name is taken as written). */
export const QUOTE_MARKS = /^["«»“”„']$/;

/**
 * Countries the news calls by two names (general knowledge; normalized): each other name → the name of the ISO list
 * (`../shared/data/lexicons/iso_countries_ar.tsv`). The gold conventions take the other names a text gives one
 * referent as variants of one entity, so «بريطانيا» beside «المملكة المتحدة» is one place, not two chips.
 */
export const COUNTRY_ALIASES = new Map(
  [
    ['أمريكا', 'الولايات المتحدة'],
    ['أميركا', 'الولايات المتحدة'],
    ['الولايات المتحدة الأمريكية', 'الولايات المتحدة'],
    ['الولايات المتحدة الأميركية', 'الولايات المتحدة'],
    ['بريطانيا', 'المملكة المتحدة'],
    ['ميانمار', 'بورما'],
    ['كوت ديفوار', 'ساحل العاج'],
    ['التشيك', 'جمهورية التشيك'],
    ['تشيكيا', 'جمهورية التشيك'],
  ].map(([a, b]) => [a.split(' ').map(nerNormalize).join(' '), b.split(' ').map(nerNormalize).join(' ')]),
);

/**
 * The definite words for a state that name a country with its feminine nisba (general knowledge, normalized): «المملكة
 * المغربية» (Morocco), «الجمهورية التركية» (Turkey), «السلطنة العمانية» (Oman), «المملكة الأردنية الهاشمية».
 */
export const STATE_TITLES = new Set(['المملكة', 'الجمهورية', 'السلطنة'].map(nerNormalize));

/**
 * The country's names with a state's title (`STATE_TITLES`) and its feminine nisba (normalized): «المغرب» →
 * «المملكه المغربيه», «الجمهوريه المغربيه», «السلطنه المغربيه»; «تركيا» → «… التركيه»; «السعوديه» → «… السعوديه».
 */
export function stateNames(country: string): string[] {
  const stem = country.replace(/^ال/, '').replace(/(يا|يه|ا)$/, '');
  return stem.length < 2 ? [] : [...STATE_TITLES].map((t) => `${t} ال${stem}يه`);
}

/**
 * Words before a country's name that use it as a place or a state, not as its team (general knowledge, normalized,
 * without a proclitic): prepositions of place and nouns of a state's offices and land («في روسيا», «إلى فرنسا», «رئيس
 * فرنسا», «عاصمة إسبانيا»). `key-entities.ts`: in a football story, a country named mostly otherwise is its team.
 */
export const PLACE_USE_WORDS = new Set(
  [
    ...['في', 'إلى', 'من', 'داخل', 'خارج', 'عبر', 'نحو', 'أنحاء', 'أراضي', 'عاصمة', 'مدن', 'شوارع', 'سكان', 'شعب'],
    ...['رئيس', 'رئيسة', 'حكومة', 'وزير', 'وزيرة', 'سفير', 'سفارة', 'ملك', 'جيش', 'برلمان', 'دولة', 'مواطني'],
  ].map(nerNormalize),
);

/**
 * Words of hosting a tournament or bidding for it (general knowledge, normalized, without a proclitic): a sentence
 * with one names countries as hosts and bidders, places, not teams («فازت قطر بتنظيم نهائيات كأس العالم», «ملف
 * التنظيم المشترك», «روسيا البلد المضيف»).
 */
export const HOSTING_WORDS = new Set(
  [
    ...['استضافة', 'تستضيف', 'يستضيف', 'استضافت', 'المستضيفة', 'المستضيف', 'المضيف', 'المضيفة', 'مضيفة'],
    ...['ملف', 'الملف', 'تنظيم', 'التنظيم'],
  ].map(nerNormalize),
);

/**
 * Colours, definite, feminine and masculine (general knowledge, normalized): after a definite noun a colour is its
 * adjective («العلامة الزرقاء», the blue tick), though «الزرقاء» alone is also the Jordanian city of Zarqa.
 */
export const COLOURS = new Set(
  [
    ...['الزرقاء', 'الحمراء', 'البيضاء', 'الخضراء', 'السوداء', 'الصفراء', 'البرتقالية', 'الوردية', 'البنفسجية'],
    ...['الأزرق', 'الأحمر', 'الأبيض', 'الأخضر', 'الأسود', 'الأصفر', 'البرتقالي', 'الوردي', 'البنفسجي'],
  ].map(nerNormalize),
);
