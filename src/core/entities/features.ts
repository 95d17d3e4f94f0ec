/**
 * Features of the NER tagger. Shared by the trainer (scripts/train-ner.ts) and the run-time tagger:
 * any change here changes what the shipped model means, so retrain after editing (the model records
 * FEATURE_VERSION and the tagger refuses a model built for another version).
 *
 * Self-contained on purpose (own normalization and clitic splitting) so that changes to src/core/text
 * cannot silently change the features the model was trained on.
 */

export const FEATURE_VERSION = 6;

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

/** Splits a normalized token into [clitic prefix, stem] by the fixed rule (prefix '' when none is stripped). */
export function splitClitic(norm: string): [string, string] {
  if (!ARABIC_WORD.test(norm)) return ['', norm];
  for (const p of CLITIC_PREFIXES) {
    if (!norm.startsWith(p)) continue;
    const rest = norm.length - p.length;
    if (rest >= (p.length === 1 ? MIN_STEM_AFTER_LETTER : MIN_STEM_AFTER_AL)) return [p, norm.slice(p.length)];
  }
  return ['', norm];
}

/**
 * Experiment switches of the feature set (the trainer may change them; the model records them and the
 * tagger applies the recorded values). Defaults are the shipped choices.
 */
export const FEATURE_CONFIG = {
  /** clitic segmentation: 'rule' (fixed longest-prefix rule) or 'vocab' (prefer a known remainder) */
  seg: 'vocab' as 'rule' | 'vocab',
  /** fallback of 'vocab' segmentation when no remainder is known: 'rule', 'conj' (و/ف only) or 'none' */
  segFallback: 'rule' as 'rule' | 'conj' | 'none',
  /** document context aggregation window in sentences (0 = off) */
  aggWindow: 5,
  /** document consistency: 0 off; otherwise an untagged repeat of a tagged name (same stems) within
   * the aggregation window takes its type when the name was tagged at least this share of its occurrences */
  propagate: 1,
  /** document consistency also for single parts of multi-word person names */
  propagateParts: false,
  /** document consistency: a repeated name takes its majority type in the window */
  propagateVote: false,
  /** extra morphology features (ال flag, nisba/plural endings, 4-char affixes) */
  morph: false,
  /** word-cluster features (paths of the clitic-stripped stem and of its ±1 neighbours) */
  clusters: true,
};
export type FeatureConfig = typeof FEATURE_CONFIG;

const CONJ = 'وف';
const PREP = 'بلك';

/**
 * Consistent clitic segmentation: candidate remainders after stripping و/ف, then ب/ل/ك (لل → ل + ال);
 * the MOST stripped candidate that is a known word (`has`: training vocabulary + gazetteer words) wins
 * (dev F1 73.6 vs 72.2 for the least stripped one), so «وقال» → «قال», «والصين» → «الصين»; a bare
 * word with a known remainder is split too («بكين» → «كين» when «كين» is a known name).
 * Without a known candidate the fallback of FEATURE_CONFIG applies. Returns [proclitics (without ال), remainder].
 */
export function segment(norm: string, has?: (w: string) => boolean): [string, string] {
  if (!ARABIC_WORD.test(norm)) return ['', norm];
  if (FEATURE_CONFIG.seg === 'rule' || !has) {
    const [p, r] = splitClitic(norm);
    // keep ال on the remainder: the caller splits it
    if (p.endsWith('ال')) return p === 'لل' ? ['ل', 'ال' + r] : [p.slice(0, -2), 'ال' + r];
    return [p, r];
  }
  const cands: [string, string][] = [['', norm]];
  const bases: [string, string][] = [['', norm]];
  if (CONJ.includes(norm[0]) && norm.length >= 3) {
    const c: [string, string] = [norm[0], norm.slice(1)];
    cands.push(c);
    bases.push(c);
  }
  for (const [p, r] of bases) {
    if (r.startsWith('لل') && r.length >= 4) cands.push([p + 'ل', 'ا' + r.slice(1)]);
    else if (PREP.includes(r[0]) && r.length >= 4) cands.push([p + r[0], r.slice(1)]);
  }
  let best: [string, string] | undefined;
  for (const c of cands) if (has(c[1]) && (!best || c[0].length > best[0].length)) best = c;
  if (best) return best;
  const fb = FEATURE_CONFIG.segFallback;
  if (fb === 'none') return ['', norm];
  if (fb === 'conj') return CONJ.includes(norm[0]) && norm.length >= 4 ? [norm[0], norm.slice(1)] : ['', norm];
  const [p, r] = splitClitic(norm);
  if (p.endsWith('ال')) return p === 'لل' ? ['ل', 'ال' + r] : [p.slice(0, -2), 'ال' + r];
  return [p, r];
}

/** [proclitics, remainder with ال, stem without ال, had ال] */
export function segmentFull(norm: string, has?: (w: string) => boolean): [string, string, string, boolean] {
  const [p, r] = segment(norm, has);
  if (r.startsWith('ال') && r.length >= 4) return [p, r, r.slice(2), true];
  return [p, r, r, false];
}

for (const [cls, words] of TRIGGER_TABLE) {
  for (const w of words) {
    const s = segmentFull(nerNormalize(w))[2];
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
  r: string; // remainder after proclitics (with ال)
  s: string; // stem (proclitics and ال stripped)
  c: string; // clitic prefix (proclitics + ال)
  al: boolean; // had ال
  sh: string; // shape
  t: string; // trigger class ('' if none)
  k: boolean; // a known word (in the model's vocabulary: seen at least KNOWN_MIN_COUNT times in training)
  cl: string; // word-cluster path of the stem ('' when none)
}

/** The key of a word in the cluster map: its normalized stem under the fixed clitic rule (vocabulary-free). */
export function clusterKey(token: string): string {
  return segmentFull(nerNormalize(token))[2];
}

/** A word is "known" when training saw it at least this often; rarer words get the unknown-word features. */
export const KNOWN_MIN_COUNT = 2;

/**
 * `known`: the model's known-word test (unknown-word features); `segHas`: the segmentation vocabulary
 * (known words + gazetteer words) that picks the clitic segmentation.
 */
export function viewOf(
  token: string, known?: (normWord: string) => boolean, segHas?: (normWord: string) => boolean,
  cluster?: (key: string) => string | undefined,
): TokenView {
  const w = nerNormalize(token);
  const [p, r, s, al] = segmentFull(w, segHas);
  return {
    w, r, s, c: al ? p + 'ال' : p, al, sh: shapeOf(token),
    t: TRIGGERS[s] ?? TRIGGERS[w] ?? '', k: known ? known(w) : true,
    cl: cluster && FEATURE_CONFIG.clusters ? cluster(segmentFull(w)[2]) ?? '' : '',
  };
}

/**
 * Membership lexicon (gazetteers) used at training time: normalized word → classes, and stem → classes.
 * The run-time tagger passes none: the trainer folds the membership weights into word features.
 */
export interface Lexicon {
  words: Map<string, string[]>;
  stems: Map<string, string[]>;
}

const PAD: TokenView = { w: '<s>', r: '<s>', s: '<s>', c: '', al: false, sh: 'B', t: '', k: true, cl: '' };
const PAD_END: TokenView = { w: '</s>', r: '</s>', s: '</s>', c: '', al: false, sh: 'E', t: '', k: true, cl: '' };

/** Offsets of the gazetteer-membership features; folding relies on the matching word/stem templates. */
export const GAZ_OFFSETS = [-1, 0, 1] as const;
/** Word and stem feature template names by offset (folding target of gazetteer features). */
export const WORD_TEMPLATE: Record<number, string> = { [-2]: 'w-2=', [-1]: 'w-1=', 0: 'w=', 1: 'w+1=', 2: 'w+2=' };
export const STEM_TEMPLATE: Record<number, string> = { [-2]: 's-2=', [-1]: 's-1=', 0: 's=', 1: 's+1=', 2: 's+2=' };

/**
 * Features of token i that depend on the token alone (its view). With the neighbour and pair parts
 * below they make up tokenFeatures; the run-time tagger caches the weights of this part and of the
 * neighbour parts per word form.
 */
export function unigramFeatures(c0: TokenView, emit: (f: string) => void): void {
  const w = c0.w, s = c0.s;
  emit('b');
  emit('w=' + w); // position 1: the identity feature (see the trainer's word dropout)
  emit('s=' + s);
  emit('c=' + c0.c);
  emit('sh=' + c0.sh);
  if (s.length > 1) {
    emit('p2=' + s.slice(0, 2));
    emit('p3=' + s.slice(0, 3));
    emit('x1=' + s.slice(-1));
    emit('x2=' + s.slice(-2));
    emit('x3=' + s.slice(-3));
  }
  emit('len=' + (s.length > 8 ? 9 : s.length));
  if (!c0.k && c0.sh === 'A') {
    emit('unk');
    emit('unk|c=' + c0.c);
    emit('unk|x2=' + s.slice(-2));
    emit('unk|p2=' + s.slice(0, 2));
  }
  if (c0.t) emit('t=' + c0.t);
  if (c0.cl) {
    const k = c0.cl;
    emit('k4=' + k.slice(0, 4));
    emit('k6=' + k.slice(0, 6));
    emit('k10=' + k.slice(0, 10));
    emit('kf=' + k);
    if (!c0.k) emit('unk|k6=' + k.slice(0, 6));
  }
  if (FEATURE_CONFIG.morph && c0.sh === 'A') {
    emit('al=' + c0.al + '|' + nisbaClass(s));
    if (s.length > 3) {
      emit('p4=' + s.slice(0, 4));
      emit('x4=' + s.slice(-4));
    }
    emit('p1=' + s.slice(0, 1));
  }
}

/** Features of a token that depend on one neighbour alone, by offset (-2, -1, +1, +2). */
export function neighbourFeatures(x: TokenView, offset: -2 | -1 | 1 | 2, emit: (f: string) => void): void {
  switch (offset) {
    case -1:
      emit('w-1=' + x.w);
      emit('s-1=' + x.s);
      if (x.t) emit('t-1=' + x.t);
      if (x.cl) {
        emit('k4-1=' + x.cl.slice(0, 4));
        emit('k8-1=' + x.cl.slice(0, 8));
      }
      break;
    case 1:
      emit('w+1=' + x.w);
      emit('s+1=' + x.s);
      if (x.t) emit('t+1=' + x.t);
      if (x.cl) {
        emit('k4+1=' + x.cl.slice(0, 4));
        emit('k8+1=' + x.cl.slice(0, 8));
      }
      break;
    case -2:
      emit('w-2=' + x.w);
      emit('s-2=' + x.s);
      if (x.t) emit('t-2=' + x.t);
      break;
    case 2:
      emit('w+2=' + x.w);
      emit('s+2=' + x.s);
      if (x.t) emit('t+2=' + x.t);
      break;
  }
}

/** The padding views before the first and after the last token of a sentence. */
export const PAD_VIEWS = { start: PAD, end: PAD_END } as const;

/** Features of token i that combine it with neighbours (or two neighbours). */
export function pairFeatures(v: TokenView[], i: number, emit: (f: string) => void): void {
  const n = v.length;
  const at = (k: number): TokenView => (k < 0 ? PAD : k >= n ? PAD_END : v[k]);
  const c0 = v[i], m1 = at(i - 1), m2 = at(i - 2), p1 = at(i + 1);
  const w = c0.w, s = c0.s;
  emit('shc=' + c0.sh + c0.c + '|' + m1.sh + '|' + p1.sh);
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
  if (!c0.k && c0.sh === 'A') {
    emit('unk|w-1=' + m1.w);
    emit('unk|w+1=' + p1.w);
    emit('unk|t-1=' + m1.t);
    emit('unk|k-1=' + m1.k + '|k+1=' + p1.k);
  } else {
    emit('k|k-1=' + m1.k + '|k+1=' + p1.k);
  }
  if (m1.t && m2.t) emit('t-21=' + m2.t + '|' + m1.t);
  // nisba adjective after a title («الرئيس الروسي …»)
  if (m1.c.endsWith('ال') && (m1.s.endsWith('ي') || m1.s.endsWith('يه'))) emit('nisba-1|t-2=' + m2.t);
  if (FEATURE_CONFIG.morph && c0.sh === 'A') {
    emit('al=' + c0.al + '|m1=' + m1.al + '|p1=' + p1.al);
    if (m1.t) emit('t-1=' + m1.t + '|al=' + c0.al);
    if (p1.t) emit('t+1=' + p1.t + '|al=' + c0.al);
  }
}

// ---- incremental feature hashing: hashFeature(prefix + parts…) without building the strings ----

const FNV_PRIME = 0x01000193;
/** FNV state after the characters s[from..to). */
function fnv(h: number, s: string, from = 0, to = s.length): number {
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h;
}
/** FNV state of a template prefix (from the initial state). */
const pre = (s: string) => fnv(0x811c9dc5, s);
/** The final avalanche of hashFeature. */
function fin(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h >>> 0;
}
const BAR = 124; // '|'
const bar = (h: number) => Math.imul(h ^ BAR, FNV_PRIME);
/** The last k characters (s.slice(-k)) fed to the state. */
const tail = (h: number, s: string, k: number) => fnv(h, s, Math.max(0, s.length - k), s.length);
const H = {
  shc: pre('shc='), ww1: pre('ww-1='), wwp1: pre('ww+1='), ss1: pre('ss-1='), ssp1: pre('ss+1='), w21: pre('w-2-1='),
  x21: pre('x2-1='), cp1: pre('c+1='), w11: pre('w-1+1='), x2p1: pre('x2+1='), cx1: pre('cx-1='), cxp1: pre('cx+1='),
  uw1: pre('unk|w-1='), uwp1: pre('unk|w+1='), ut1: pre('unk|t-1='), uk1: pre('unk|k-1='), kk1: pre('k|k-1='),
  t21: pre('t-21='), nis: pre('nisba-1|t-2='),
};
const KP1 = '|k+1=';

const U = {
  b: fin(pre('b')), w: pre('w='), s: pre('s='), c: pre('c='), sh: pre('sh='), p2: pre('p2='), p3: pre('p3='), x1: pre('x1='),
  x2: pre('x2='), x3: pre('x3='), unk: fin(pre('unk')), uc: pre('unk|c='), ux2: pre('unk|x2='), up2: pre('unk|p2='), t: pre('t='),
  k4: pre('k4='), k6: pre('k6='), k10: pre('k10='), kf: pre('kf='), uk6: pre('unk|k6='),
  len: Array.from({ length: 10 }, (_, n) => fin(pre('len=' + n))),
};
/** Per neighbour offset: [w, s, t, k4, k8] template-prefix states. */
const NB: Record<number, number[]> = {};
for (const [k, name] of [[-1, '-1'], [1, '+1'], [-2, '-2'], [2, '+2']] as const) {
  NB[k] = ['w' + name + '=', 's' + name + '=', 't' + name + '=', 'k4' + name + '=', 'k8' + name + '='].map(pre);
}
const head = (h: number, s: string, k: number) => fnv(h, s, 0, Math.min(k, s.length));

/** The hashes of unigramFeatures(c0) (same multiset; unit-tested). */
export function unigramFeatureHashes(c0: TokenView, add: (h: number) => void): void {
  if (FEATURE_CONFIG.morph) {
    unigramFeatures(c0, (f) => add(hashFeature(f)));
    return;
  }
  const s = c0.s;
  add(U.b);
  add(fin(fnv(U.w, c0.w)));
  add(fin(fnv(U.s, s)));
  add(fin(fnv(U.c, c0.c)));
  add(fin(fnv(U.sh, c0.sh)));
  if (s.length > 1) {
    add(fin(head(U.p2, s, 2)));
    add(fin(head(U.p3, s, 3)));
    add(fin(tail(U.x1, s, 1)));
    add(fin(tail(U.x2, s, 2)));
    add(fin(tail(U.x3, s, 3)));
  }
  add(U.len[s.length > 8 ? 9 : s.length]);
  if (!c0.k && c0.sh === 'A') {
    add(U.unk);
    add(fin(fnv(U.uc, c0.c)));
    add(fin(tail(U.ux2, s, 2)));
    add(fin(head(U.up2, s, 2)));
  }
  if (c0.t) add(fin(fnv(U.t, c0.t)));
  const k = c0.cl;
  if (k) {
    add(fin(head(U.k4, k, 4)));
    add(fin(head(U.k6, k, 6)));
    add(fin(head(U.k10, k, 10)));
    add(fin(fnv(U.kf, k)));
    if (!c0.k) add(fin(head(U.uk6, k, 6)));
  }
}

/** The hashes of neighbourFeatures(x, offset) (same multiset; unit-tested). */
export function neighbourFeatureHashes(x: TokenView, offset: -2 | -1 | 1 | 2, add: (h: number) => void): void {
  const P = NB[offset];
  add(fin(fnv(P[0], x.w)));
  add(fin(fnv(P[1], x.s)));
  if (x.t) add(fin(fnv(P[2], x.t)));
  if (x.cl && (offset === -1 || offset === 1)) {
    add(fin(head(P[3], x.cl, 4)));
    add(fin(head(P[4], x.cl, 8)));
  }
}

/**
 * The hashes of pairFeatures(v, i) (hashFeature of each string, same multiset; unit-tested), computed
 * incrementally from precomputed template-prefix states. `add` is called once per feature hash.
 */
export function pairFeatureHashes(v: TokenView[], i: number, add: (h: number) => void): void {
  if (FEATURE_CONFIG.morph) {
    pairFeatures(v, i, (f) => add(hashFeature(f)));
    return;
  }
  const n = v.length;
  const c0 = v[i], m1 = i > 0 ? v[i - 1] : PAD, m2 = i > 1 ? v[i - 2] : PAD, p1 = i + 1 < n ? v[i + 1] : PAD_END;
  const w = c0.w, s = c0.s;
  add(fin(fnv(bar(fnv(bar(fnv(fnv(H.shc, c0.sh), c0.c)), m1.sh)), p1.sh)));
  add(fin(fnv(bar(fnv(H.ww1, m1.w)), w)));
  add(fin(fnv(bar(fnv(H.wwp1, w)), p1.w)));
  add(fin(fnv(bar(fnv(H.ss1, m1.s)), s)));
  add(fin(fnv(bar(fnv(H.ssp1, s)), p1.s)));
  add(fin(fnv(bar(fnv(H.w21, m2.w)), m1.w)));
  add(fin(tail(bar(tail(H.x21, m1.s, 2)), s, 2)));
  add(fin(fnv(bar(fnv(H.cp1, p1.c)), c0.c)));
  add(fin(fnv(bar(fnv(H.w11, m1.w)), p1.w)));
  add(fin(tail(bar(tail(H.x2p1, s, 2)), p1.s, 2)));
  add(fin(fnv(bar(tail(fnv(H.cx1, m1.c), m1.s, 1)), c0.c)));
  add(fin(tail(fnv(bar(fnv(H.cxp1, c0.c)), p1.c), p1.s, 1)));
  if (!c0.k && c0.sh === 'A') {
    add(fin(fnv(H.uw1, m1.w)));
    add(fin(fnv(H.uwp1, p1.w)));
    add(fin(fnv(H.ut1, m1.t)));
    add(fin(fnv(fnv(fnv(H.uk1, m1.k ? 'true' : 'false'), KP1), p1.k ? 'true' : 'false')));
  } else {
    add(fin(fnv(fnv(fnv(H.kk1, m1.k ? 'true' : 'false'), KP1), p1.k ? 'true' : 'false')));
  }
  if (m1.t && m2.t) add(fin(fnv(bar(fnv(H.t21, m2.t)), m1.t)));
  if (m1.c.endsWith('ال') && (m1.s.endsWith('ي') || m1.s.endsWith('يه'))) add(fin(fnv(H.nis, m2.t)));
}

/**
 * Feature strings of token i. `emit` is called once per feature string: the unigram part, the four
 * neighbour parts, the pair part, then document aggregation and (training only) gazetteer membership.
 */
export function tokenFeatures(v: TokenView[], i: number, emit: (f: string) => void, lex?: Lexicon, agg?: readonly string[]): void {
  const n = v.length;
  const at = (k: number): TokenView => (k < 0 ? PAD : k >= n ? PAD_END : v[k]);
  unigramFeatures(v[i], emit);
  neighbourFeatures(at(i - 1), -1, emit);
  neighbourFeatures(at(i + 1), 1, emit);
  neighbourFeatures(at(i - 2), -2, emit);
  neighbourFeatures(at(i + 2), 2, emit);
  pairFeatures(v, i, emit);
  if (agg) for (const a of agg) emit(a);
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

/** Ending class of a stem: nisba (ي/ية/يون/يين), plural (ون/ين/ات) or none. */
export function nisbaClass(s: string): string {
  if (s.length < 4) return '-';
  if (s.endsWith('يين') || s.endsWith('يون')) return 'nisP';
  if (s.endsWith('يه')) return 'nisF';
  if (s.endsWith('ي')) return 'nis';
  if (s.endsWith('ون') || s.endsWith('ين')) return 'pl';
  if (s.endsWith('ات')) return 'plF';
  return '-';
}

/** Descriptors of one occurrence of a word, shared with its other occurrences in the document. */
function describe(v: TokenView[], i: number, out: string[]): void {
  const c0 = v[i];
  const m1 = i > 0 ? v[i - 1] : PAD, p1 = i + 1 < v.length ? v[i + 1] : PAD_END;
  out.push('As-1=' + m1.s, 'As+1=' + p1.s, 'Aal=' + c0.al);
  if (m1.t) out.push('At-1=' + m1.t);
  if (p1.t) out.push('At+1=' + p1.t);
  const m2 = i > 1 ? v[i - 2] : PAD;
  if (m2.t) out.push('At-2=' + m2.t);
}

/** Whether a word takes part in document aggregation (content words only). */
const aggregates = (x: TokenView) => x.sh === 'A' && x.s.length >= 3 && !x.t;

/** At most this many other occurrences are aggregated per token (nearest first by sentence). */
const AGG_MAX_OCC = 12;

/**
 * Document-level context aggregation: for every token, the descriptors (neighbouring stems, trigger
 * classes, ال) of the OTHER occurrences of its stem in the sentences within `window` of its own.
 * Depends on tokens only (never on labels), so it is the same at training and tagging time.
 */
export function aggregateDocument(doc: TokenView[][], window = FEATURE_CONFIG.aggWindow): (string[] | undefined)[][] {
  const out: (string[] | undefined)[][] = doc.map((v) => new Array<string[] | undefined>(v.length));
  if (window <= 0) return out;
  // stem → occurrences [sentence, token]
  const occ = new Map<string, number[]>();
  doc.forEach((v, si) => v.forEach((x, ti) => {
    if (!aggregates(x)) return;
    let l = occ.get(x.s);
    if (!l) occ.set(x.s, (l = []));
    l.push(si, ti);
  }));
  const desc = new Map<number, string[]>();
  const descOf = (si: number, ti: number): string[] => {
    const key = si * 65536 + ti;
    let d = desc.get(key);
    if (!d) { d = []; describe(doc[si], ti, d); desc.set(key, d); }
    return d;
  };
  for (const l of occ.values()) {
    if (l.length < 4) continue;
    for (let a = 0; a < l.length; a += 2) {
      const si = l[a], ti = l[a + 1];
      const set = new Set<string>();
      let used = 0;
      // nearest other occurrences first: walk outwards from a
      let lo = a - 2, hi = a + 2;
      while (used < AGG_MAX_OCC && (lo >= 0 || hi < l.length)) {
        const dl = lo >= 0 ? si - l[lo] : Infinity, dh = hi < l.length ? l[hi] - si : Infinity;
        if (Math.min(dl, dh) > window) break;
        let j: number;
        if (dl <= dh) { j = lo; lo -= 2; } else { j = hi; hi += 2; }
        if (l[j] === si && l[j + 1] === ti) continue;
        for (const d of descOf(l[j], l[j + 1])) set.add(d);
        used++;
      }
      if (set.size) out[si][ti] = [...set];
    }
  }
  return out;
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

/**
 * Stacking (second pass) features from first-pass labels: the token's and its neighbours' first-pass
 * labels, and document-level votes (Krishnan & Manning 2006): the entity types the first pass gave the
 * OTHER occurrences of the same stem in the sentences within `window` (content words only).
 * Returned per sentence and token; appended to the second pass's document features.
 */
export function stackFeatures(doc: TokenView[][], labels: string[][], window = FEATURE_CONFIG.aggWindow || 5): string[][][] {
  const type = (l: string) => (l === 'O' ? 'O' : l.slice(2));
  const occ = new Map<string, number[]>();
  doc.forEach((v, si) => v.forEach((x, ti) => {
    if (!aggregates(x)) return;
    let l = occ.get(x.s);
    if (!l) occ.set(x.s, (l = []));
    l.push(si, ti);
  }));
  return doc.map((v, si) => {
    const lab = labels[si];
    return v.map((x, i) => {
      const at = (k: number) => (k < 0 ? '<s>' : k >= v.length ? '</s>' : lab[k]);
      const out = ['S0=' + lab[i], 'S-1=' + at(i - 1), 'S+1=' + at(i + 1), 'S-10=' + at(i - 1) + '|' + lab[i], 'S0+1=' + lab[i] + '|' + at(i + 1)];
      const l = aggregates(x) ? occ.get(x.s) : undefined;
      if (l && l.length > 2) {
        const counts = new Map<string, number>();
        for (let j = 0; j < l.length; j += 2) {
          const sj = l[j], tj = l[j + 1];
          if (Math.abs(sj - si) > window || (sj === si && tj === i)) continue;
          const t = type(labels[sj][tj]);
          counts.set(t, (counts.get(t) ?? 0) + 1);
        }
        let maj = '', best = 0, ent = 0;
        for (const [t, c] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
          out.push('Vt=' + t);
          if (t !== 'O') ent += c;
          if (c > best) { best = c; maj = t; }
        }
        if (maj) {
          out.push('Vm=' + maj, 'Vs=' + type(lab[i]) + '|' + maj);
          if (ent > 0) out.push('Ve=' + (ent * 2 >= best + ent ? 'most' : 'some'));
        }
      }
      return out;
    });
  });
}
