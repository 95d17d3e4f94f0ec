/**
 * Features of the NER tagger. Shared by the trainer (scripts/train-ner.ts) and the run-time tagger:
 * any change here changes what the shipped model means, so retrain after editing (the model records
 * FEATURE_VERSION and the tagger refuses a model built for another version).
 *
 * Self-contained on purpose (own normalization and clitic splitting) so that changes to src/core/text
 * cannot silently change the features the model was trained on.
 */

export const FEATURE_VERSION = 5;

/** Proclitic groups stripped to get a token's stem, longest first. لل = ل + ال. */
export const CLITIC_PREFIXES = ['وبال', 'وكال', 'فبال', 'فال', 'وال', 'بال', 'كال', 'لل', 'ال', 'و', 'ف', 'ب', 'ل', 'ك'];
/** Minimum stem length left after stripping a multi-letter / single-letter clitic. */
const MIN_STEM_AFTER_AL = 2;
const MIN_STEM_AFTER_LETTER = 3;

/**
 * Trigger words (stems: clitics and ال already stripped, normalized) and the class they signal.
 * P… precede a person's name, O… are heads of organization names, L… of place names.
 */
export const TRIGGERS: Record<string, string> = {};
const TRIGGER_TABLE: [string, string[]][] = [
  ['P-title', ['رئيس', 'رئيسة', 'وزير', 'وزيرة', 'ملك', 'ملكة', 'أمير', 'أميرة', 'شيخ', 'سيد', 'سيدة', 'دكتور', 'مستشار',
    'مستشارة', 'نائب', 'زعيم', 'قائد', 'جنرال', 'عقيد', 'لواء', 'عميد', 'مشير', 'سفير', 'مبعوث', 'نظير', 'نظيره',
    'نظيرته', 'بابا', 'إمام', 'مفتي', 'حاخام', 'قاضي', 'محامي', 'مدرب', 'لاعب', 'نجم', 'فنان', 'فنانة', 'مطرب',
    'مطربة', 'كاتب', 'كاتبة', 'شاعر', 'روائي', 'مخرج', 'ممثل', 'ممثلة', 'مدير', 'مديرة', 'أمين', 'متحدث', 'ناطق',
    'مراسل', 'زميل', 'رئيسها', 'رئيسه', 'الرئيسان', 'الأستاذ', 'أستاذ', 'بروفيسور', 'المهندس', 'مهندس', 'سمو', 'جلالة', 'فخامة']],
  ['P-verb', ['قال', 'وقال', 'أكد', 'أضاف', 'أوضح', 'أعلن', 'صرح', 'أشار', 'ذكر', 'اعتبر', 'التقى', 'استقبل', 'بحث']],
  ['P-kin', ['ابن', 'بن', 'بنت', 'ابنة', 'أبو', 'أبي', 'أم', 'آل', 'عائلة', 'أسرة', 'شقيق', 'شقيقة', 'زوج', 'زوجة', 'أرملة']],
  ['O-head', ['شركة', 'جامعة', 'وكالة', 'منظمة', 'حزب', 'حركة', 'مجلس', 'وزارة', 'صحيفة', 'جريدة', 'مجلة', 'بنك',
    'مصرف', 'مؤسسة', 'هيئة', 'اتحاد', 'جمعية', 'نادي', 'لجنة', 'مركز', 'معهد', 'قناة', 'إذاعة', 'تلفزيون', 'جبهة',
    'مجموعة', 'منتدى', 'محكمة', 'برلمان', 'صندوق', 'جيش', 'قوات', 'كتائب', 'تنظيم', 'رابطة', 'نقابة', 'غرفة',
    'مكتب', 'إدارة', 'دائرة', 'مديرية', 'مصنع', 'فندق', 'مستشفى', 'مدرسة', 'كلية', 'أكاديمية', 'بورصة', 'سوق',
    'مؤتمر', 'تحالف', 'ائتلاف', 'منتخب', 'فريق', 'أمانة']],
  ['L-head', ['مدينة', 'عاصمة', 'محافظة', 'ولاية', 'منطقة', 'إقليم', 'قرية', 'بلدة', 'جزيرة', 'جزر', 'جمهورية', 'مملكة',
    'إمارة', 'سلطنة', 'دولة', 'نهر', 'جبل', 'جبال', 'بحر', 'بحيرة', 'خليج', 'مطار', 'ميناء', 'مخيم', 'حي', 'شارع',
    'ساحة', 'قطاع', 'ضاحية', 'بلاد', 'صحراء', 'وادي', 'مضيق', 'قناة', 'شمال', 'جنوب', 'شرق', 'غرب', 'شمالي', 'جنوبي',
    'شرقي', 'غربي', 'وسط', 'عواصم', 'مدن', 'دول', 'بلدان']],
  ['L-prep', ['في', 'إلى', 'الى', 'من', 'نحو', 'داخل', 'خارج', 'أنحاء', 'زيارة', 'زار', 'وصل', 'غادر', 'سفارة', 'سفير']],
  ['M-head', ['كأس', 'بطولة', 'دوري', 'مهرجان', 'جائزة', 'اتفاقية', 'اتفاق', 'معاهدة', 'عملية', 'حرب', 'فيلم', 'كتاب',
    'رواية', 'مسلسل', 'برنامج', 'أولمبياد', 'دورة', 'مونديال', 'ألبوم', 'مسرحية']],
];

/** Arabic diacritics, tatweel, invisibles. */
const MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF\u061C]/g;
const FOLDS: Record<string, string> = {
  'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ى': 'ي', 'ی': 'ي', 'ة': 'ه', 'ؤ': 'و', 'ئ': 'ي', 'ک': 'ك',
  '٠': '0', '١': '1', '٢': '2', '٣': '3', '٤': '4', '٥': '5', '٦': '6', '٧': '7', '٨': '8', '٩': '9',
  '۰': '0', '۱': '1', '۲': '2', '۳': '3', '۴': '4', '۵': '5', '۶': '6', '۷': '7', '۸': '8', '۹': '9',
};
const FOLD_RE = /[أإآٱىیةؤئک٠-٩۰-۹]/g;
const ARABIC_WORD = /^[\u0621-\u064A]+$/;

/** Normalization used by the tagger's features (matching only). */
export function nerNormalize(token: string): string {
  const t = token.replace(MARKS, '').replace(FOLD_RE, (c) => FOLDS[c] ?? c).toLowerCase();
  return t.length ? t : token;
}

/** Splits a normalized token into [clitic prefix, stem] (prefix '' when none is stripped). */
export function splitClitic(norm: string): [string, string] {
  if (!ARABIC_WORD.test(norm)) return ['', norm];
  for (const p of CLITIC_PREFIXES) {
    if (!norm.startsWith(p)) continue;
    const rest = norm.length - p.length;
    if (rest >= (p.length === 1 ? MIN_STEM_AFTER_LETTER : MIN_STEM_AFTER_AL)) return [p, norm.slice(p.length)];
  }
  return ['', norm];
}

for (const [cls, words] of TRIGGER_TABLE) {
  for (const w of words) {
    const s = splitClitic(nerNormalize(w))[1];
    TRIGGERS[s] = TRIGGERS[s] ? TRIGGERS[s] + '|' + cls : cls;
  }
}

/** Word shape class. */
export function shapeOf(token: string): string {
  if (/^[0-9\u0660-\u0669\u06F0-\u06F9]+$/.test(token)) return token.length === 4 ? 'D4' : 'D';
  if (/[0-9\u0660-\u0669\u06F0-\u06F9]/.test(token)) return 'Dx';
  if (/^[A-Za-z]+$/.test(token)) return /^[A-Z]/.test(token) ? (/^[A-Z]+$/.test(token) ? 'LU' : 'LC') : 'Ll';
  if (/[A-Za-z]/.test(token)) return 'Lx';
  if (/^[\u0600-\u06FF\u0750-\u077F]+$/.test(token)) return 'A';
  if (/^[«»"“”'‘’]+$/.test(token)) return 'Q';
  if (/^[\p{P}\p{S}]+$/u.test(token)) return 'P';
  return 'X';
}

/** A token's precomputed views. */
export interface TokenView {
  w: string; // normalized
  s: string; // stem (clitic stripped)
  c: string; // clitic prefix
  sh: string; // shape
  t: string; // trigger class ('' if none)
  k: boolean; // a known word (in the model's vocabulary: seen at least KNOWN_MIN_COUNT times in training)
}

/** A word is "known" when training saw it at least this often; rarer words get the unknown-word features. */
export const KNOWN_MIN_COUNT = 2;

export function viewOf(token: string, known?: (normWord: string) => boolean): TokenView {
  const w = nerNormalize(token);
  const [c, s] = splitClitic(w);
  return { w, s, c, sh: shapeOf(token), t: TRIGGERS[s] ?? TRIGGERS[w] ?? '', k: known ? known(w) : true };
}

/**
 * Membership lexicon (gazetteers) used at training time: normalized word → classes, and stem → classes.
 * The run-time tagger passes none: the trainer folds the membership weights into word features.
 */
export interface Lexicon {
  words: Map<string, string[]>;
  stems: Map<string, string[]>;
}

const PAD: TokenView = { w: '<s>', s: '<s>', c: '', sh: 'B', t: '', k: true };
const PAD_END: TokenView = { w: '</s>', s: '</s>', c: '', sh: 'E', t: '', k: true };

/** Offsets of the gazetteer-membership features; folding relies on the matching word/stem templates. */
export const GAZ_OFFSETS = [-1, 0, 1] as const;
/** Word and stem feature template names by offset (folding target of gazetteer features). */
export const WORD_TEMPLATE: Record<number, string> = { [-2]: 'w-2=', [-1]: 'w-1=', 0: 'w=', 1: 'w+1=', 2: 'w+2=' };
export const STEM_TEMPLATE: Record<number, string> = { [-2]: 's-2=', [-1]: 's-1=', 0: 's=', 1: 's+1=', 2: 's+2=' };

/**
 * Feature strings of token i. `emit` is called once per feature string.
 * Keep it allocation-light: it runs for every token at tagging time.
 */
export function tokenFeatures(v: TokenView[], i: number, emit: (f: string) => void, lex?: Lexicon): void {
  const n = v.length;
  const at = (k: number): TokenView => (k < 0 ? PAD : k >= n ? PAD_END : v[k]);
  const c0 = v[i], m1 = at(i - 1), m2 = at(i - 2), p1 = at(i + 1), p2 = at(i + 2);
  const w = c0.w, s = c0.s;
  emit('b');
  emit('w=' + w);
  emit('s=' + s);
  emit('c=' + c0.c);
  emit('sh=' + c0.sh);
  emit('shc=' + c0.sh + c0.c + '|' + m1.sh + '|' + p1.sh);
  if (s.length > 1) {
    emit('p2=' + s.slice(0, 2));
    emit('p3=' + s.slice(0, 3));
    emit('x1=' + s.slice(-1));
    emit('x2=' + s.slice(-2));
    emit('x3=' + s.slice(-3));
  }
  emit('len=' + (s.length > 8 ? 9 : s.length));
  emit('w-1=' + m1.w);
  emit('w+1=' + p1.w);
  emit('w-2=' + m2.w);
  emit('w+2=' + p2.w);
  emit('s-1=' + m1.s);
  emit('s+1=' + p1.s);
  emit('s-2=' + m2.s);
  emit('s+2=' + p2.s);
  emit('ww-1=' + m1.w + '|' + w);
  emit('ww+1=' + w + '|' + p1.w);
  emit('ss-1=' + m1.s + '|' + s);
  emit('ss+1=' + s + '|' + p1.s);
  emit('w-2-1=' + m2.w + '|' + m1.w);
  emit('x2-1=' + m1.s.slice(-2) + '|' + s.slice(-2));
  emit('c+1=' + p1.c + '|' + c0.c);
  emit('w-1+1=' + m1.w + '|' + p1.w);
  emit('x2+1=' + s.slice(-2) + '|' + p1.s.slice(-2));
  emit('cx-1=' + m1.c + m1.s.slice(-1) + '|' + c0.c);
  emit('cx+1=' + c0.c + '|' + p1.c + p1.s.slice(-1));
  if (p2.t) emit('t+2=' + p2.t);
  if (!c0.k && c0.sh === 'A') {
    emit('unk');
    emit('unk|c=' + c0.c);
    emit('unk|x2=' + s.slice(-2));
    emit('unk|p2=' + s.slice(0, 2));
    emit('unk|w-1=' + m1.w);
    emit('unk|w+1=' + p1.w);
    emit('unk|t-1=' + m1.t);
    emit('unk|k-1=' + m1.k + '|k+1=' + p1.k);
  } else {
    emit('k|k-1=' + m1.k + '|k+1=' + p1.k);
  }
  if (c0.t) emit('t=' + c0.t);
  if (m1.t) emit('t-1=' + m1.t);
  if (m2.t) emit('t-2=' + m2.t);
  if (p1.t) emit('t+1=' + p1.t);
  if (m1.t && m2.t) emit('t-21=' + m2.t + '|' + m1.t);
  // nisba adjective after a title («الرئيس الروسي …»)
  if (m1.c.endsWith('ال') && (m1.s.endsWith('ي') || m1.s.endsWith('يه'))) emit('nisba-1|t-2=' + m2.t);
  if (lex) {
    for (const k of GAZ_OFFSETS) {
      const x = at(i + k);
      const cw = lex.words.get(x.w);
      if (cw) for (const cls of cw) emit('gw' + k + '=' + cls);
      const cs = lex.stems.get(x.s);
      if (cs) for (const cls of cs) emit('gs' + k + '=' + cls);
    }
  }
}

/** 32-bit FNV-1a-style hash over whole UTF-16 code units, with a final avalanche. */
export function hashFeature(f: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < f.length; i++) h = Math.imul(h ^ f.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h >>> 0;
}
