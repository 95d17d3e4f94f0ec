/**
 * Features of the NER tagger. Shared by the trainer (scripts/train-ner.ts) and the run-time tagger:
 * any change here changes what the shipped model means, so retrain after editing (the model records
 * FEATURE_VERSION and the tagger refuses a model built for another version).
 *
 * Self-contained on purpose (own normalization, ./ner-normalize.ts, and clitic splitting) so that changes to src/core/text
 * cannot silently change the features the model was trained on.
 */

import { nerNormalize } from './ner-normalize';

export { nerNormalize };

export const FEATURE_VERSION = 6;

/** Proclitic groups stripped to get a token's stem, longest first. لل = ل + ال. */
export const CLITIC_PREFIXES = [
  'وبال',
  'وكال',
  'فبال',
  'فال',
  'وال',
  'بال',
  'كال',
  'لل',
  'ال',
  'و',
  'ف',
  'ب',
  'ل',
  'ك',
];
/** Minimum stem length left after stripping a multi-letter / single-letter clitic. */
const MIN_STEM_AFTER_AL = 2;
const MIN_STEM_AFTER_LETTER = 3;

/**
 * Trigger words (stems: clitics and ال already stripped, normalized) and the class they signal.
 * P… precede a person's name, O… are heads of organization names, L… of place names.
 */
export const TRIGGERS: Record<string, string> = {};
export const TRIGGER_TABLE: [string, string[]][] = [
  [
    'P-title',
    [
      'رئيس',
      'رئيسة',
      'وزير',
      'وزيرة',
      'ملك',
      'ملكة',
      'أمير',
      'أميرة',
      'شيخ',
      'سيد',
      'سيدة',
      'دكتور',
      'مستشار',
      'مستشارة',
      'نائب',
      'زعيم',
      'قائد',
      'جنرال',
      'عقيد',
      'لواء',
      'عميد',
      'مشير',
      'سفير',
      'مبعوث',
      'نظير',
      'نظيره',
      'نظيرته',
      'بابا',
      'إمام',
      'مفتي',
      'حاخام',
      'قاضي',
      'محامي',
      'مدرب',
      'لاعب',
      'نجم',
      'فنان',
      'فنانة',
      'مطرب',
      'مطربة',
      'كاتب',
      'كاتبة',
      'شاعر',
      'روائي',
      'مخرج',
      'ممثل',
      'ممثلة',
      'مدير',
      'مديرة',
      'أمين',
      'متحدث',
      'ناطق',
      'مراسل',
      'زميل',
      'رئيسها',
      'رئيسه',
      'الرئيسان',
      'الأستاذ',
      'أستاذ',
      'بروفيسور',
      'المهندس',
      'مهندس',
      'سمو',
      'جلالة',
      'فخامة',
    ],
  ],
  ['P-verb', ['قال', 'وقال', 'أكد', 'أضاف', 'أوضح', 'أعلن', 'صرح', 'أشار', 'ذكر', 'اعتبر', 'التقى', 'استقبل', 'بحث']],
  [
    'P-kin',
    ['ابن', 'بن', 'بنت', 'ابنة', 'أبو', 'أبي', 'أم', 'آل', 'عائلة', 'أسرة', 'شقيق', 'شقيقة', 'زوج', 'زوجة', 'أرملة'],
  ],
  [
    'O-head',
    [
      'شركة',
      'جامعة',
      'وكالة',
      'منظمة',
      'حزب',
      'حركة',
      'مجلس',
      'وزارة',
      'صحيفة',
      'جريدة',
      'مجلة',
      'بنك',
      'مصرف',
      'مؤسسة',
      'هيئة',
      'اتحاد',
      'جمعية',
      'نادي',
      'لجنة',
      'مركز',
      'معهد',
      'قناة',
      'إذاعة',
      'تلفزيون',
      'جبهة',
      'مجموعة',
      'منتدى',
      'محكمة',
      'برلمان',
      'صندوق',
      'جيش',
      'قوات',
      'كتائب',
      'تنظيم',
      'رابطة',
      'نقابة',
      'غرفة',
      'مكتب',
      'إدارة',
      'دائرة',
      'مديرية',
      'مصنع',
      'فندق',
      'مستشفى',
      'مدرسة',
      'كلية',
      'أكاديمية',
      'بورصة',
      'سوق',
      'مؤتمر',
      'تحالف',
      'ائتلاف',
      'منتخب',
      'فريق',
      'أمانة',
    ],
  ],
  [
    'L-head',
    [
      'مدينة',
      'عاصمة',
      'محافظة',
      'ولاية',
      'منطقة',
      'إقليم',
      'قرية',
      'بلدة',
      'جزيرة',
      'جزر',
      'جمهورية',
      'مملكة',
      'إمارة',
      'سلطنة',
      'دولة',
      'نهر',
      'جبل',
      'جبال',
      'بحر',
      'بحيرة',
      'خليج',
      'مطار',
      'ميناء',
      'مخيم',
      'حي',
      'شارع',
      'ساحة',
      'قطاع',
      'ضاحية',
      'بلاد',
      'صحراء',
      'وادي',
      'مضيق',
      'قناة',
      'شمال',
      'جنوب',
      'شرق',
      'غرب',
      'شمالي',
      'جنوبي',
      'شرقي',
      'غربي',
      'وسط',
      'عواصم',
      'مدن',
      'دول',
      'بلدان',
    ],
  ],
  [
    'L-prep',
    ['في', 'إلى', 'الى', 'من', 'نحو', 'داخل', 'خارج', 'أنحاء', 'زيارة', 'زار', 'وصل', 'غادر', 'سفارة', 'سفير'],
  ],
  [
    'M-head',
    [
      'كأس',
      'بطولة',
      'دوري',
      'مهرجان',
      'جائزة',
      'اتفاقية',
      'اتفاق',
      'معاهدة',
      'عملية',
      'حرب',
      'فيلم',
      'كتاب',
      'رواية',
      'مسلسل',
      'برنامج',
      'أولمبياد',
      'دورة',
      'مونديال',
      'ألبوم',
      'مسرحية',
    ],
  ],
];

const ARABIC_WORD = /^[\u0621-\u064A]+$/;

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
 * Switches the model was trained with (recorded in the model file; the tagger reads them from its
 * model, nothing global changes when a model is decoded).
 */
export interface FeatureConfig {
  /** document context aggregation window in sentences (0 = off) */
  aggWindow: number;
  /** document consistency: an untagged repeat of a tagged name (same stems) within the window takes its type */
  propagate: boolean;
  /** document consistency also sets a repeated name to its majority type in the window */
  vote: boolean;
}
export const DEFAULT_CONFIG: Readonly<FeatureConfig> = Object.freeze({ aggWindow: 5, propagate: true, vote: false });

const CONJ = 'وف';
const PREP = 'بلك';

/** The fixed-rule segmentation with ال kept on the remainder: [proclitics (without ال), remainder]. */
function ruleSegment(norm: string): [string, string] {
  const [p, r] = splitClitic(norm);
  if (p.endsWith('ال')) return p === 'لل' ? ['ل', 'ال' + r] : [p.slice(0, -2), 'ال' + r];
  return [p, r];
}

/**
 * Consistent clitic segmentation: candidate remainders after stripping و/ف, then ب/ل/ك (لل → ل + ال);
 * the MOST stripped candidate that is a known word (`has`: training vocabulary + gazetteer words) wins,
 * so «وقال» → «قال», «والصين» → «الصين»; a bare word with a known remainder is split too («بكين» → «كين»
 * when «كين» is a known name). Without `has`, or without a known candidate, the fixed rule (splitClitic)
 * applies. Returns [proclitics (without ال), remainder].
 */
export function segment(norm: string, has?: (w: string) => boolean): [string, string] {
  if (!ARABIC_WORD.test(norm)) return ['', norm];
  if (!has) return ruleSegment(norm);
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
  return best ?? ruleSegment(norm);
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
/**
 * TRIGGERS as a Map, what viewOf reads: the object would answer the word «constructor» with Object's own
 * property (a function, which the feature writer cannot read), and a map looks a word up without interning it.
 */
const TRIGGER_OF: ReadonlyMap<string, string> = new Map(Object.entries(TRIGGERS));

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
 * (known words + gazetteer words) that picks the clitic segmentation; `cluster`: the word-cluster path
 * of a cluster key (none when the model has no clusters).
 */
export function viewOf(
  token: string,
  known?: (normWord: string) => boolean,
  segHas?: (normWord: string) => boolean,
  cluster?: (key: string) => string | undefined,
): TokenView {
  const w = nerNormalize(token);
  const [p, r, s, al] = segmentFull(w, segHas);
  return {
    w,
    r,
    s,
    c: al ? p + 'ال' : p,
    al,
    sh: shapeOf(token),
    t: TRIGGER_OF.get(s) ?? TRIGGER_OF.get(w) ?? '',
    k: known ? known(w) : true,
    cl: cluster ? (cluster(segmentFull(w)[2]) ?? '') : '',
  };
}

const PAD: TokenView = { w: '<s>', r: '<s>', s: '<s>', c: '', al: false, sh: 'B', t: '', k: true, cl: '' };
const PAD_END: TokenView = { w: '</s>', r: '</s>', s: '</s>', c: '', al: false, sh: 'E', t: '', k: true, cl: '' };
/** The padding views before the first and after the last token of a sentence. */
export const PAD_VIEWS = { start: PAD, end: PAD_END } as const;

// ---------- feature templates: written once, read as strings (training) or as hashes (tagging) ----------

/**
 * Where a template writes its feature: a feature is its template's name followed by parts (substrings of
 * the token views). The string sink builds the feature string; the hash sink hashes the same characters
 * as it goes (FNV-1a over UTF-16 code units, then an avalanche: exactly hashFeature of the string), so
 * the two forms cannot drift apart.
 */
export interface FeatureSink {
  /** starts a feature of template `id` */
  begin(id: number): void;
  /** appends s[from, to) */
  part(s: string, from?: number, to?: number): void;
  /** the feature is complete */
  end(): void;
  /** a whole feature string (document features) */
  whole(f: string): void;
}

/** Template names, one place: `TEMPLATE_NAMES[T.x]` is the prefix of every feature of template x. */
const TEMPLATE_TABLE = {
  b: 'b',
  w: 'w=',
  s: 's=',
  c: 'c=',
  sh: 'sh=',
  p2: 'p2=',
  p3: 'p3=',
  x1: 'x1=',
  x2: 'x2=',
  x3: 'x3=',
  len: 'len=',
  unk: 'unk',
  uc: 'unk|c=',
  ux2: 'unk|x2=',
  up2: 'unk|p2=',
  t: 't=',
  k4: 'k4=',
  k6: 'k6=',
  k10: 'k10=',
  kf: 'kf=',
  uk6: 'unk|k6=',
  wm1: 'w-1=',
  sm1: 's-1=',
  tm1: 't-1=',
  k4m1: 'k4-1=',
  k8m1: 'k8-1=',
  wp1: 'w+1=',
  sp1: 's+1=',
  tp1: 't+1=',
  k4p1: 'k4+1=',
  k8p1: 'k8+1=',
  wm2: 'w-2=',
  sm2: 's-2=',
  tm2: 't-2=',
  wp2: 'w+2=',
  sp2: 's+2=',
  tp2: 't+2=',
  shc: 'shc=',
  ww1: 'ww-1=',
  wwp1: 'ww+1=',
  ss1: 'ss-1=',
  ssp1: 'ss+1=',
  w21: 'w-2-1=',
  x21: 'x2-1=',
  cp1: 'c+1=',
  w11: 'w-1+1=',
  x2p1: 'x2+1=',
  cx1: 'cx-1=',
  cxp1: 'cx+1=',
  uw1: 'unk|w-1=',
  uwp1: 'unk|w+1=',
  ut1: 'unk|t-1=',
  uk1: 'unk|k-1=',
  kk1: 'k|k-1=',
  t21: 't-21=',
  nis: 'nisba-1|t-2=',
} as const;
type TemplateKey = keyof typeof TEMPLATE_TABLE;
export const TEMPLATE_NAMES: readonly string[] = Object.values(TEMPLATE_TABLE);
const T = Object.fromEntries(Object.keys(TEMPLATE_TABLE).map((k, i) => [k, i])) as Record<TemplateKey, number>;

/** Per neighbour offset, its templates: word, stem, trigger, and (±1 only) 4- and 8-bit cluster prefixes. */
const NEIGHBOUR_TEMPLATES: Record<number, readonly number[]> = {
  [-1]: [T.wm1, T.sm1, T.tm1, T.k4m1, T.k8m1],
  [1]: [T.wp1, T.sp1, T.tp1, T.k4p1, T.k8p1],
  [-2]: [T.wm2, T.sm2, T.tm2],
  [2]: [T.wp2, T.sp2, T.tp2],
};
/** Word and stem template names by offset: the features gazetteer membership is folded into (training). */
export const WORD_TEMPLATE: Record<number, string> = { [-1]: 'w-1=', 0: 'w=', 1: 'w+1=' };
export const STEM_TEMPLATE: Record<number, string> = { [-1]: 's-1=', 0: 's=', 1: 's+1=' };

/** One feature: the template name and one part. */
function one(k: FeatureSink, id: number, s: string, from?: number, to?: number): void {
  k.begin(id);
  k.part(s, from, to);
  k.end();
}
const head = (k: FeatureSink, id: number, s: string, n: number) => one(k, id, s, 0, Math.min(n, s.length));
const tail = (k: FeatureSink, id: number, s: string, n: number) => one(k, id, s, Math.max(0, s.length - n), s.length);
/** A feature `name` + a + '|' + b. */
function pair(k: FeatureSink, id: number, a: string, b: string): void {
  k.begin(id);
  k.part(a);
  k.part('|');
  k.part(b);
  k.end();
}
const LEN = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];

/**
 * Features of a token that depend on the token alone (its view). With the neighbour and pair parts
 * below they make up tokenFeatures; the tagger caches the weights of this part and of the neighbour
 * parts per word form.
 */
export function unigramFeatures(c0: TokenView, k: FeatureSink): void {
  const s = c0.s;
  k.begin(T.b);
  k.end();
  one(k, T.w, c0.w); // the identity feature: second in order (see the trainer's word dropout)
  one(k, T.s, s);
  one(k, T.c, c0.c);
  one(k, T.sh, c0.sh);
  if (s.length > 1) {
    head(k, T.p2, s, 2);
    head(k, T.p3, s, 3);
    tail(k, T.x1, s, 1);
    tail(k, T.x2, s, 2);
    tail(k, T.x3, s, 3);
  }
  one(k, T.len, LEN[s.length > 8 ? 9 : s.length]);
  if (!c0.k && c0.sh === 'A') {
    k.begin(T.unk);
    k.end();
    one(k, T.uc, c0.c);
    tail(k, T.ux2, s, 2);
    head(k, T.up2, s, 2);
  }
  if (c0.t) one(k, T.t, c0.t);
  const cl = c0.cl;
  if (cl) {
    head(k, T.k4, cl, 4);
    head(k, T.k6, cl, 6);
    head(k, T.k10, cl, 10);
    one(k, T.kf, cl);
    if (!c0.k) head(k, T.uk6, cl, 6);
  }
}

/** Features of a token that depend on one neighbour alone, by offset (-2, -1, +1, +2). */
export function neighbourFeatures(x: TokenView, offset: -2 | -1 | 1 | 2, k: FeatureSink): void {
  const P = NEIGHBOUR_TEMPLATES[offset];
  one(k, P[0], x.w);
  one(k, P[1], x.s);
  if (x.t) one(k, P[2], x.t);
  if (x.cl && P.length > 3) {
    head(k, P[3], x.cl, 4);
    head(k, P[4], x.cl, 8);
  }
}

/** Features of token i that combine it with neighbours (or two neighbours). */
export function pairFeatures(v: TokenView[], i: number, k: FeatureSink): void {
  const n = v.length;
  const c0 = v[i],
    m1 = i > 0 ? v[i - 1] : PAD,
    m2 = i > 1 ? v[i - 2] : PAD,
    p1 = i + 1 < n ? v[i + 1] : PAD_END;
  const w = c0.w,
    s = c0.s;
  k.begin(T.shc);
  k.part(c0.sh);
  k.part(c0.c);
  k.part('|');
  k.part(m1.sh);
  k.part('|');
  k.part(p1.sh);
  k.end();
  pair(k, T.ww1, m1.w, w);
  pair(k, T.wwp1, w, p1.w);
  pair(k, T.ss1, m1.s, s);
  pair(k, T.ssp1, s, p1.s);
  pair(k, T.w21, m2.w, m1.w);
  k.begin(T.x21);
  k.part(m1.s, Math.max(0, m1.s.length - 2));
  k.part('|');
  k.part(s, Math.max(0, s.length - 2));
  k.end();
  pair(k, T.cp1, p1.c, c0.c);
  pair(k, T.w11, m1.w, p1.w);
  k.begin(T.x2p1);
  k.part(s, Math.max(0, s.length - 2));
  k.part('|');
  k.part(p1.s, Math.max(0, p1.s.length - 2));
  k.end();
  k.begin(T.cx1);
  k.part(m1.c);
  k.part(m1.s, Math.max(0, m1.s.length - 1));
  k.part('|');
  k.part(c0.c);
  k.end();
  k.begin(T.cxp1);
  k.part(c0.c);
  k.part('|');
  k.part(p1.c);
  k.part(p1.s, Math.max(0, p1.s.length - 1));
  k.end();
  const known = (x: TokenView) => (x.k ? 'true' : 'false');
  if (!c0.k && c0.sh === 'A') {
    one(k, T.uw1, m1.w);
    one(k, T.uwp1, p1.w);
    one(k, T.ut1, m1.t);
    k.begin(T.uk1);
  } else {
    k.begin(T.kk1);
  }
  k.part(known(m1));
  k.part('|k+1=');
  k.part(known(p1));
  k.end();
  if (m1.t && m2.t) pair(k, T.t21, m2.t, m1.t);
  // nisba adjective after a title («الرئيس الروسي …»)
  if (m1.c.endsWith('ال') && (m1.s.endsWith('ي') || m1.s.endsWith('يه'))) one(k, T.nis, m2.t);
}

/** Builds feature strings (training, the reference tagger, tests). */
export class StringSink implements FeatureSink {
  private cur = '';
  constructor(public emit: (f: string) => void) {}
  begin(id: number): void {
    this.cur = TEMPLATE_NAMES[id];
  }
  part(s: string, from = 0, to = s.length): void {
    this.cur += from === 0 && to === s.length ? s : s.slice(from, to);
  }
  end(): void {
    this.emit(this.cur);
  }
  whole(f: string): void {
    this.emit(f);
  }
}

const FNV_OFFSET = 0x811c9dc5,
  FNV_PRIME = 0x01000193;
/** FNV state of each template name from the initial state. */
const TEMPLATE_STATES = Int32Array.from(TEMPLATE_NAMES, (name) => fnv(FNV_OFFSET, name, 0, name.length));
function fnv(h: number, s: string, from: number, to: number): number {
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h;
}
/** The final avalanche of hashFeature. */
function avalanche(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h >>> 0;
}

/** 32-bit FNV-1a-style hash over whole UTF-16 code units, with a final avalanche: the model's feature keys. */
export function hashFeature(f: string): number {
  return avalanche(fnv(FNV_OFFSET, f, 0, f.length));
}

/** Hashes features as they are written, without building their strings: `add` gets hashFeature(feature). */
export class HashSink implements FeatureSink {
  private h = 0;
  constructor(public add: (h: number) => void) {}
  begin(id: number): void {
    this.h = TEMPLATE_STATES[id];
  }
  part(s: string, from = 0, to = s.length): void {
    this.h = fnv(this.h, s, from, to);
  }
  end(): void {
    this.add(avalanche(this.h));
  }
  whole(f: string): void {
    this.add(hashFeature(f));
  }
}

/**
 * All features of token i (unigram, the four neighbour parts, pair part, then the document features
 * `doc`, strings hashed as they are). The tagger's cached path computes the same set (unit-tested).
 */
export function tokenFeatures(v: TokenView[], i: number, k: FeatureSink, doc?: readonly string[]): void {
  const n = v.length;
  const at = (j: number): TokenView => (j < 0 ? PAD : j >= n ? PAD_END : v[j]);
  unigramFeatures(v[i], k);
  neighbourFeatures(at(i - 1), -1, k);
  neighbourFeatures(at(i + 1), 1, k);
  neighbourFeatures(at(i - 2), -2, k);
  neighbourFeatures(at(i + 2), 2, k);
  pairFeatures(v, i, k);
  if (doc) for (const f of doc) k.whole(f);
}

/** Descriptors of one occurrence of a word, shared with its other occurrences in the document. */
function describe(v: TokenView[], i: number, out: string[]): void {
  const c0 = v[i];
  const m1 = i > 0 ? v[i - 1] : PAD,
    p1 = i + 1 < v.length ? v[i + 1] : PAD_END;
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
export function aggregateDocument(doc: TokenView[][], window: number): (string[] | undefined)[][] {
  const out: (string[] | undefined)[][] = doc.map((v) => new Array<string[] | undefined>(v.length));
  if (window <= 0) return out;
  // stem → occurrences [sentence, token]
  const occ = new Map<string, number[]>();
  doc.forEach((v, si) =>
    v.forEach((x, ti) => {
      if (!aggregates(x)) return;
      let l = occ.get(x.s);
      if (!l) occ.set(x.s, (l = []));
      l.push(si, ti);
    }),
  );
  const desc = new Map<number, string[]>();
  const descOf = (si: number, ti: number): string[] => {
    const key = si * 65536 + ti;
    let d = desc.get(key);
    if (!d) {
      d = [];
      describe(doc[si], ti, d);
      desc.set(key, d);
    }
    return d;
  };
  for (const l of occ.values()) {
    if (l.length < 4) continue;
    for (let a = 0; a < l.length; a += 2) {
      const si = l[a],
        ti = l[a + 1];
      const set = new Set<string>();
      let used = 0;
      // nearest other occurrences first: walk outwards from a
      let lo = a - 2,
        hi = a + 2;
      while (used < AGG_MAX_OCC && (lo >= 0 || hi < l.length)) {
        const dl = lo >= 0 ? si - l[lo] : Infinity,
          dh = hi < l.length ? l[hi] - si : Infinity;
        if (Math.min(dl, dh) > window) break;
        let j: number;
        if (dl <= dh) {
          j = lo;
          lo -= 2;
        } else {
          j = hi;
          hi += 2;
        }
        if (l[j] === si && l[j + 1] === ti) continue;
        for (const d of descOf(l[j], l[j + 1])) set.add(d);
        used++;
      }
      if (set.size) out[si][ti] = [...set];
    }
  }
  return out;
}
