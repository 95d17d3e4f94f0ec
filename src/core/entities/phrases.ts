/**
 * Organization names of several words, kept whole in the names a reader sees: «مكتب التحقيقات الفيدرالي»,
 * «مجلس الشيوخ الأمريكي», «الجيش الإسرائيلي». The tagger often misses such names, whose words are common nouns
 * and adjectives, or cuts them. The model ships the multi-word names that its training data and name lists give
 * as organizations more often than as anything else (`scripts/lib/name-stats.ts` `orgPhrases`); before the
 * tags become names (`key-entities.ts`), a phrase of that list that no tagged name crosses is tagged as one
 * organization. The tagger's own output (`khulasa tag`, the ANERcorp scores) is left as it is: ANERcorp does
 * not tag armies, parliaments or cabinets (`docs/entities.md`). Also here: national teams («منتخب المغرب»,
 * «المنتخب التونسي») and organizations an article names twice by an organization head («بنك الإسكان»).
 */
import { nerNormalize } from './ner-normalize';

/**
 * Compass words that begin a place's name (general knowledge, normalized): «جنوب أفريقيا», «شمال سيناء», «جنوب شرق
 * آسيا». The model ships the names they begin (`isCompassPlace`), kept whole like the organization phrases.
 */
export const COMPASS_WORDS = new Set(['شمال', 'جنوب', 'شرق', 'غرب', 'وسط', 'شمالي', 'جنوبي', 'شرقي', 'غربي']);

/** Conjunction proclitics, then preposition proclitics, stripped from a mention's first word. */
export const CONJUNCTION_CLITICS = ['و', 'ف'];
export const PREPOSITION_CLITICS = ['ب', 'ل', 'ك'];

/** Removes a conjunction and/or preposition proclitic from a normalized word: all candidate forms, longest first. */
export function cliticVariants(n: string): string[] {
  const out = [n];
  let w = n;
  if (CONJUNCTION_CLITICS.includes(w[0]) && w.length > 3) out.push((w = w.slice(1)));
  if (w.startsWith('لل') && w.length > 4) out.push('ال' + w.slice(2));
  else if (PREPOSITION_CLITICS.includes(w[0]) && w.length > 3) out.push(w.slice(1));
  return out;
}

/** The first of `cliticVariants(n)` that `has` (`cliticVariants(n).find(has)`), without making the list. */
export function listedVariant(n: string, has: (w: string) => boolean): string | undefined {
  if (has(n)) return n;
  let w = n;
  if ((w[0] === 'و' || w[0] === 'ف') && w.length > 3) {
    w = w.slice(1);
    if (has(w)) return w;
  }
  let v: string | undefined;
  if (w.startsWith('لل') && w.length > 4) v = 'ال' + w.slice(2);
  else if ((w[0] === 'ب' || w[0] === 'ل' || w[0] === 'ك') && w.length > 3) v = w.slice(1);
  return v !== undefined && has(v) ? v : undefined;
}

/** The last of `cliticVariants(n)` (every proclitic removed), without making the list. */
export function lastCliticVariant(n: string): string {
  let w = n;
  if ((w[0] === 'و' || w[0] === 'ف') && w.length > 3) w = w.slice(1);
  if (w.startsWith('لل') && w.length > 4) return 'ال' + w.slice(2);
  if ((w[0] === 'ب' || w[0] === 'ل' || w[0] === 'ك') && w.length > 3) return w.slice(1);
  return w;
}

/** A definite word, also behind a proclitic (normalized): «الحكومه», «والحكومه», «بالحكومه», «للحكومه». */
export const DEFINITE_WORD = /^[وف]?([بكل]?ال|لل)[\u0621-\u064A]{2,}$/;

/** Whether a word may be a `DEFINITE_WORD`: its ال or لل begins by its fourth letter (a test before the regular
 * expression, which is asked of every word). */
export const mayBeDefinite = (w: string): boolean => {
  const l = w.indexOf('ل');
  return l >= 0 && l <= 3;
};

/** Longest phrase looked up, in words. */
export const MAX_PHRASE_WORDS = 6;

/** A phrase's first (normalized) word as the model's phrase list stores it: without a proclitic before ال
 * («والمحكمة», «بالمحكمة» → «المحكمة»; «للأمم» → «الأمم»). `phraseHeads` of a word in a text includes it. */
export const phraseHead = (w: string): string => w.replace(/^[وف]?[بلك]?(?=ال)/, '').replace(/^[وف]?لل/, 'ال');

/** The forms a phrase's first (normalized) word may stand for: itself, without و/ف, and a proclitic before ال
 * removed («والمحكمة», «بالمحكمة» → «المحكمة»; «للأمم» → «الأمم»). */
export function phraseHeads(w: string): string[] {
  const out = [w];
  // (read by character codes: asked of every word of the article)
  const a = (w[0] === 'و' || w[0] === 'ف') && w.length >= 3 ? w.slice(1) : w;
  if (a !== w) out.push(a);
  if (a.length >= 4 && (a[0] === 'ب' || a[0] === 'ل' || a[0] === 'ك') && a[1] === 'ا' && a[2] === 'ل')
    out.push(a.slice(1));
  else if (a.length >= 4 && a[0] === 'ل' && a[1] === 'ل') out.push('ال' + a.slice(2));
  return out;
}

/** The key of a phrase (normalized words): as the model's phrase list stores it. */
export const phraseKey = (norm: readonly string[]): string => norm.join(' ');

/**
 * Tags as `type` every listed phrase (longest first, left to right) that no tagged name crosses: the tagger's
 * names inside it give way, names that begin before it or end after it stay. Returns new tag arrays.
 */
export function overlayPhrases(
  norm: readonly (readonly string[])[],
  tags: readonly string[][],
  list: { has: (key: string) => boolean; starts: (word: string) => boolean },
  type = 'ORG',
): string[][] {
  return tags.map((t, si) => {
    const n = norm[si];
    const out = t.slice();
    for (let i = 0; i + 1 < n.length; i++) {
      if (out[i].startsWith('I-')) continue;
      const heads = phraseHeads(n[i]).filter(list.starts);
      if (!heads.length) continue;
      found: for (let len = Math.min(MAX_PHRASE_WORDS, n.length - i); len >= 2; len--) {
        if (i + len < n.length && out[i + len].startsWith('I-')) continue;
        const rest = n.slice(i + 1, i + len);
        for (const head of heads) {
          if (!list.has(phraseKey([head, ...rest]))) continue;
          // a family's name is also its company's («بن لادن», «مجموعة بن لادن»): where the tagger names exactly
          // these words a person, they are the person
          if (type === 'ORG' && FAMILY_PARTICLES.has(head) && out[i] === 'B-PERS' && isExactSpan(out, i, len))
            break found;
          for (let k = 0; k < len; k++) out[i + k] = (k ? 'I-' : 'B-') + type;
          i += len - 1;
          break found;
        }
      }
    }
    return out;
  });
}

/**
 * Tags every listed name (`names`: normalized keys of one or more words; the first word also behind a proclitic) as
 * one organization, in place. A tagged organization that holds the whole name stays as it is («حركة الشباب
 * المجاهدين»); any other tagged name that overlaps it gives up its words: the words outside the listed name are
 * left untagged («خيرتني بوكو حرام», «هيئة تحرير الشام» of which the tagger took «الشام» for a place).
 */
export function overlayListedOrgs(
  norm: readonly (readonly string[])[],
  tags: string[][],
  names: ReadonlySet<string>,
): void {
  const firsts = new Set([...names].map((k) => k.split(' ')[0]));
  for (const [si, n] of norm.entries()) {
    const t = tags[si];
    for (let i = 0; i < n.length; i++) {
      const first = listedVariant(n[i], (v) => firsts.has(v));
      if (first === undefined) continue;
      let len = 0;
      for (let l = Math.min(MAX_PHRASE_WORDS, n.length - i); l >= 1 && !len; l--)
        if (names.has([first, ...n.slice(i + 1, i + l)].join(' '))) len = l;
      if (!len) continue;
      const [a, b] = spanAround(t, i, len);
      const oneOrg = t[a] === 'B-ORG' && t.slice(a + 1, b).every((x) => x === 'I-ORG');
      if (!oneOrg || b - a === len)
        for (let k = a; k < b; k++) t[k] = k < i || k >= i + len ? 'O' : k === i ? 'B-ORG' : 'I-ORG';
      i += len - 1;
    }
  }
}

/** The words [a, b) of the tagged names that overlap words [i, i + len), or [i, i + len) when none does. */
function spanAround(t: readonly string[], i: number, len: number): [number, number] {
  let a = i;
  while (a > 0 && t[a].startsWith('I-')) a--;
  let b = i + len;
  while (b < t.length && t[b].startsWith('I-')) b++;
  return [a, b];
}

/** The words a family's name begins with (normalized): son of, father of. */
const FAMILY_PARTICLES = new Set(['بن', 'ابن', 'ابو']);

/** Whether the tagger's span that begins at `i` covers exactly the `len` words from `i`. */
function isExactSpan(tags: readonly string[], i: number, len: number): boolean {
  const type = tags[i].slice(2);
  for (let k = 1; k < len; k++) if (tags[i + k] !== 'I-' + type) return false;
  return tags[i + len] !== 'I-' + type;
}

/** The words for a national team (normalized): «منتخب فرنسا», «المنتخب التونسي». */
const TEAM_HEADS = new Set(['منتخب', 'المنتخب']);
/** Adjectives after «المنتخب» that name no country: the national, the Olympic team. */
const GENERIC_TEAMS = new Set(['الوطني', 'الاولمبي']);

/**
 * The place forms a nisba adjective may come from (normalized): «التونسي» → تونس, تونسا, تونسيا, التونس…;
 * «الفرنسي» → فرنسا; «الالماني» → المانيا; «السعودي» → السعوديه; «المغربي» → المغرب; «النمساوي» → النمسا (a و
 * before the ي); «الانجليزي» → انجلترا (the English nisba, irregular: «…ليزي» of «…لترا»).
 */
export function nisbaPlaces(nisba: string): string[] {
  const m = /^ال(\S{2,})ي$/.exec(nisba);
  if (!m) return [];
  const y = m[1];
  const forms = [y, y + 'ا', y + 'يا', y + 'يه'];
  if (/.ساو$/.test(y)) forms.push(y.slice(0, -1));
  if (/.ليز$/.test(y)) forms.push(y.slice(0, -2) + 'ترا');
  return forms.flatMap((p) => [p, 'ال' + p]);
}

/**
 * Tags national teams as organizations, as the gold conventions want them («national teams are ORG»), where the
 * tagger left the head untagged: «منتخب» before a place the tagger found («منتخب المغرب»), «المنتخب» before a
 * nisba adjective of a place the tagger knows or the article names («المنتخب التونسي»; not «المنتخب الوطني»).
 * «الرئيس المنتخب محمد مرسي» (elected) has neither after it. Returns new tag arrays.
 */
export function overlayNationalTeams(
  norm: readonly (readonly string[])[],
  tags: readonly string[][],
  isPlace: (normWord: string) => boolean,
): string[][] {
  return tags.map((t, si) => {
    const n = norm[si];
    const out = t.slice();
    for (let i = 0; i + 1 < n.length; i++) {
      if (out[i] !== 'O' || !n[i].includes('منتخب')) continue;
      const head = phraseHeads(n[i]).find((h) => TEAM_HEADS.has(h));
      if (!head) continue;
      if (head === 'منتخب' && out[i + 1] === 'B-LOC') {
        out[i] = 'B-ORG';
        for (let k = i + 1; k < n.length && (k === i + 1 || out[k] === 'I-LOC'); k++) out[k] = 'I-ORG';
      } else if (
        head === 'المنتخب' &&
        !out[i + 1].startsWith('I-') &&
        !(out[i + 2] ?? '').startsWith('I-') &&
        !GENERIC_TEAMS.has(n[i + 1]) &&
        nisbaPlaces(n[i + 1]).some(isPlace)
      ) {
        out[i] = 'B-ORG';
        out[i + 1] = 'I-ORG';
      }
    }
    return out;
  });
}

/** Whether two national-team names are one team: «منتخب المغرب» and «المنتخب المغربي». */
export function sameTeam(a: readonly string[], b: readonly string[]): boolean {
  const [x, y] = a[0] === 'المنتخب' ? [b, a] : [a, b];
  if (x.length !== 2 || y.length !== 2 || x[0] !== 'منتخب' || y[0] !== 'المنتخب') return false;
  return nisbaPlaces(y[1]).includes(x[1]);
}

/** The end (exclusive) of the organization the tags begin at `i`: the word after its last I-ORG. */
function orgSpanEnd(t: readonly string[], i: number): number {
  let e = i + 1;
  while (e < t.length && t[e] === 'I-ORG') e++;
  return e;
}

/** A word in ل that is no ال and no لل (normalized): the bare noun of a complement in ل («لحقوق»). */
const L_CONSTRUCT = /^ل(?!ال|ل)[\u0621-\u064A]{3,}$/;
/** Longest repeated organization name looked for, in words. */
const MAX_REPEATED_ORG_WORDS = 4;
/**
 * Heads that name a kind of organization (normalized), general knowledge: «بنك الإسكان», «حزب المحافظين», «هيئة
 * الأوراق المالية», «جبهة النصرة». Not the heads that are also plain nouns, whose phrases are mostly no names on
 * 900 BBC Arabic dev articles: «سوق العمل», «مركز الشرطة», «فريق العمل», «قوات الأمن», «لجنة التحكيم», «مجلس
 * الإدارة», «مكتب الرئيس», «صندوق الاستثمار», «إدارة النادي», «تلفزيون الواقع».
 */
const ORG_KIND_HEADS = new Set(
  [
    ...['بنك', 'مصرف', 'شركة', 'حزب', 'حركة', 'جبهة', 'كتائب', 'تنظيم', 'وزارة', 'هيئة', 'دائرة', 'مجموعة'],
    ...['اتحاد', 'رابطة', 'جمعية', 'منظمة', 'مؤسسة', 'معهد', 'جامعة', 'أكاديمية', 'وكالة', 'صحيفة', 'مجلة', 'مرصد'],
  ].map(nerNormalize),
);
/**
 * Heads of `ORG_KIND_HEADS` whose name is what the body studies or gathers, a field (normalized): «جامعة الدول
 * العربية», «معهد بحوث السرطان», «أكاديمية العلوم». That name alone is mostly a plain phrase («الدول العربية»: the Arab
 * states), not the body.
 */
export const FIELD_HEADS = new Set(['جامعة', 'معهد', 'أكاديمية'].map(nerNormalize));
/**
 * Heads of organizations' names that are also plain nouns (general knowledge, normalized): a committee, an office,
 * a council, forces, a court, an authority, a fund. With one definite word after them they are mostly plain phrases
 * («لجنة التحكيم», «مجلس الإدارة», «مكتب الرئيس», «قوات الأمن»), with two or more mostly names («لجنة الشؤون
 * القضائية», «مكتب المحاسبة الوطني», «قوات الحشد الشعبي», «سلطة الطيران المدني»). Not «مركز», «برنامج», «سوق»: with
 * two definite words still plain phrases or programmes («برنامج الذكاء الاصطناعي»).
 */
const PLAIN_ORG_HEADS = new Set(['لجنة', 'مكتب', 'مجلس', 'قوات', 'محكمة', 'سلطة', 'صندوق'].map(nerNormalize));
/**
 * Heads of the names of armed forces and alliances (general knowledge, normalized, without ال): an army, a guard, a
 * coalition, a mobilization, a police force. With a nisba adjective after them they name one body («الجيش السوري»,
 * «الشرطة الفرنسية», «الحرس الثوري», «التحالف العربي», «الحشد الشعبي»), an organization in the gold conventions.
 */
export const FORCE_HEADS = new Set(['جيش', 'حرس', 'تحالف', 'حشد', 'شرطة'].map(nerNormalize));
/**
 * Adjectives that name an institution as a nisba does, after a definite head and before a complement in ل: «الهيئة
 * العامة للرياضة», «المجلس الأعلى للقضاء», «المحكمة العليا للانتخابات» (normalized). From the ANT news text: the
 * four adjectives other than nisbas seen most often between a definite organization head and a word in ل (العامة
 * 894 times, الأعلى 163, العليا 109, العام 34; the next, «المديرة», «التابعة», «الأم», name no body).
 */
const INSTITUTION_ADJECTIVES = new Set(['العامة', 'العام', 'العليا', 'الأعلى'].map(nerNormalize));
/** A definite nisba adjective (normalized): «التونسيه», «الوطنيه», «البريطانيه», «الدولي». */
export const NISBA_ADJECTIVE = /^ال\S{2,}(ي|يه)$/;
/** A nisba's masculine form (normalized), as the model's place nisbas are stored: «التونسيه» → «التونسي». */
export const masculineNisba = (w: string): string => w.replace(/يه$/, 'ي');
/** A word after an organization head that continues its name: definite (as written, not «ألمانية»), also behind
 * لل («للبنك»). */
const DEFINITE_CONTINUATION = /^(ال|لل)\S{2,}$/;

/** An organization head of `ORG_KIND_HEADS`, without ال, behind a proclitic too; the form without the proclitic, or
 * undefined. */
export function orgHead(w: string): string | undefined {
  return cliticVariants(w).find((f) => ORG_KIND_HEADS.has(f));
}

/** A head of an organization's name («منظمة», «المنظمة», «الوكالة», «لجنة», «اللجنة»), also behind a proclitic: alone
 * it is the organization the text just named, or a kind of one, no name of its own. Not «الاتحاد», also the name of
 * clubs. */
export function isOrgHeadAlone(w: string): boolean {
  if (orgHead(w) !== undefined) return true;
  const forms = [...cliticVariants(w), phraseHead(w)].map((f) => f.replace(/^ال(?=..)/, ''));
  return forms.some((f) => f !== 'اتحاد' && (ORG_KIND_HEADS.has(f) || PLAIN_ORG_HEADS.has(f)));
}

/** No runs at a word (shared: the lists are only read). */
const NO_RUNS: readonly string[] = [];

/**
 * Tags as one organization an organization head (indefinite, in the construct state) with definite words after it,
 * also behind one bare noun in the construct state, that the article writes at least twice and the tagger left
 * untagged, or tagged as an organization cut short after its head («منظمة حظر | الأسلحة الكيميائية»): «بنك الإسكان»
 * (×3, also «لبنك الاسكان»), «هيئة الأوراق المالية», «وزارة شؤون المرأة»; a head that is also a plain noun with two
 * definite words at least: «لجنة الشؤون القضائية»; or a definite head with a nisba adjective after it and a complement
 * in لل, or in ل before a definite word: «الشركة التونسية للبنك», «الهيئة الوطنية للانتخابات», «المرصد السوري لحقوق
 * الإنسان», «الاتحاد الإنجليزي لكرة القدم»; the same with an institution's adjective for the nisba
 * (`INSTITUTION_ADJECTIVES`: «الهيئة العامة للرياضة», «المجلس الأعلى للقوات المسلحة»). The longest such run wins.
 * `words` are the tokens as written, `norm` normalized. Returns new tag arrays.
 */
export function overlayRepeatedOrgs(
  words: readonly (readonly string[])[],
  norm: readonly (readonly string[])[],
  tags: readonly string[][],
  isPlaceNisba?: (normWord: string) => boolean,
): string[][] {
  /** the word at `j` continues a name: definite as written (diacritics aside) */
  const continues = (si: number, j: number) =>
    DEFINITE_CONTINUATION.test(words[si][j].replace(/[\u064B-\u065F\u0670\u0640]/g, ''));
  const runs = (si: number, t: readonly string[], i: number): readonly string[] => {
    const n = norm[si];
    // untagged, or an organization the tagger cut short after its head («منظمة حظر | الأسلحة الكيميائية»)
    if (t[i] !== 'O' && t[i] !== 'B-ORG') return NO_RUNS;
    // the words of the organization the tagger began at `i` are free too, as untagged words are
    const spanEnd = t[i] === 'B-ORG' ? orgSpanEnd(t, i) : i + 1;
    // a definite head («الشركة», «الهيئة») only with an adjective right after it and a complement in لل further on:
    // «الشركة التونسية للبنك», «الهيئة الوطنية للانتخابات» (not «الشركة الأم», «الهيئة العامة»)
    const w = n[i];
    const withAl = mayBeDefinite(w) && DEFINITE_WORD.test(w) ? phraseHead(w) : undefined;
    // a force's definite head with one or two nisba adjectives, one of a place: «الشرطة الفرنسية», «الجيش الوطني
    // الليبي» (not «الشرطة المحلية», «التحالف العسكري»)
    if (withAl && FORCE_HEADS.has(withAl.slice(2))) {
      const found: string[] = [];
      let key = withAl,
        place = false;
      for (let j = i + 1; j < n.length && j - i <= 2 && (j < spanEnd || t[j] === 'O'); j++) {
        if (!NISBA_ADJECTIVE.test(n[j]) || !continues(si, j)) break;
        key += ' ' + n[j];
        place ||= !!isPlaceNisba?.(masculineNisba(n[j]));
        if (place) found.push(key);
      }
      return found;
    }
    const institution = i + 1 < n.length && INSTITUTION_ADJECTIVES.has(n[i + 1]);
    // (a head that is also a plain noun only before an institution's adjective: «المجلس الأعلى للقوات المسلحة»)
    const definite =
      !!withAl && (ORG_KIND_HEADS.has(withAl.slice(2)) || (institution && PLAIN_ORG_HEADS.has(withAl.slice(2))));
    const kind = definite ? undefined : listedVariant(w, (f) => ORG_KIND_HEADS.has(f));
    const plain = definite || kind ? undefined : listedVariant(w, (f) => PLAIN_ORG_HEADS.has(f));
    const head = definite ? withAl : (kind ?? plain);
    if (!head) return NO_RUNS;
    const out: string[] = [];
    // one bare noun in the construct state between an indefinite head and its definite words («وزارة شؤون المرأة»,
    // «منظمة حظر الأسلحة الكيميائية»), not a second head that is also a plain noun («محكمة | مكتب المحاسبة الوطني»)
    // nor «إدارة»
    const bare =
      !definite &&
      i + 2 < n.length &&
      (i + 1 < spanEnd || t[i + 1] === 'O') &&
      /^[\u0621-\u064A]{3,}$/.test(n[i + 1]) &&
      !PLAIN_ORG_HEADS.has(n[i + 1]) &&
      // a board is a body of the organization named after it, not a name: «مجلس إدارة الشركة»
      n[i + 1] !== 'اداره' &&
      !continues(si, i + 1);
    const nisba = definite && (institution || (i + 1 < n.length && NISBA_ADJECTIVE.test(n[i + 1])));
    let key = head;
    let complement = false;
    for (let j = i + 1; j < n.length && j - i < MAX_REPEATED_ORG_WORDS && (j < spanEnd || t[j] === 'O'); j++) {
      key += ' ' + n[j];
      if (bare && j === i + 1) continue;
      // a complement in ل before a definite word, after a definite head and its nisba («المرصد السوري | لحقوق
      // الإنسان», «الشبكة السورية لحقوق الإنسان»)
      if (definite && nisba && j >= i + 2 && L_CONSTRUCT.test(n[j]) && j + 1 < n.length && continues(si, j + 1)) {
        complement = true;
        continue;
      }
      if (!continues(si, j)) break;
      if (j >= i + 2 && n[j].startsWith('لل')) complement = true;
      if (definite && !(nisba && complement)) continue;
      // a head that is also a plain noun: two words at least («لجنة الشؤون القضائية», «لجنة حماية الصحفيين», not
      // «لجنة التحكيم»)
      if (plain && j < i + 2) continue;
      out.push(key);
    }
    return out;
  };
  // the runs at each word (the tagging below changes no tag at or after the word it looks at)
  const all = norm.map((n, si) => n.map((_, i) => runs(si, tags[si], i)));
  const count = new Map<string, number>();
  // the places each occurrence of a run goes on to name, by their nisbas in the definite words after it: a run named
  // once for one place and once for another is the common start of two bodies' names («وزارة الدفاع الأمريكية»,
  // «وزارة الدفاع الروسية»; «هيئة الأركان العامة للجيش الروسي», «هيئة الأركان الأمريكية المشتركة»), not one body
  const places = new Map<string, Set<string>[]>();
  for (const [si, sentence] of all.entries())
    for (const [i, list] of sentence.entries())
      for (const k of list) {
        count.set(k, (count.get(k) ?? 0) + 1);
        const found = new Set<string>();
        for (let e = i + k.split(' ').length, n = 0; e < norm[si].length && n < MAX_BODY_WORDS; e++, n++) {
          if (!continues(si, e) && !COORDINATED_WORD.test(norm[si][e])) break;
          const w = masculineNisba(norm[si][e].replace(/^(و?ال|لل)/, 'ال'));
          if (NISBA_ADJECTIVE.test(w) && isPlaceNisba?.(w)) found.add(w);
        }
        const list = places.get(k);
        if (list) list.push(found);
        else places.set(k, [found]);
      }
  const differentBodies = (k: string) => {
    const named = (places.get(k) ?? []).filter((p) => p.size > 0);
    return named.some((a, x) => named.slice(x + 1).some((b) => ![...a].some((w) => b.has(w))));
  };
  return tags.map((t, si) => {
    const out = t.slice();
    for (let i = 0; i < out.length; i++) {
      const repeated = all[si][i].filter((k) => (count.get(k) ?? 0) >= 2 && !differentBodies(k));
      if (!repeated.length) continue;
      const len = repeated[repeated.length - 1].split(' ').length;
      for (let k = 0; k < len; k++) out[i + k] = (k ? 'I-' : 'B-') + 'ORG';
      i += len - 1;
    }
    return out;
  });
}

/** How many words after a repeated organization's run are read for the place its name goes on to name. */
const MAX_BODY_WORDS = 4;
/** A word in و + ال (normalized) that goes on an organization's name: «والتنمية», «والبورصات». */
const COORDINATED_WORD = /^وال\S{2,}$/;

/**
 * Extends an organization's name by the untagged word in و + ال right after it, when the article writes that
 * longer name at least twice: «حزب العدالة | والتنمية», «وزارة الشباب | والرياضة», «هيئة الأوراق المالية |
 * والبورصات» (the tagger and the phrase overlays stop at the conjunction). Once is not enough: «الأمم المتحدة
 * والمنظمات الإنسانية» names two things. Changes `tags` in place.
 */
export function joinCoordinatedOrgWords(norm: readonly (readonly string[])[], tags: string[][]): void {
  /** the organization beginning at `i` with the word after it, when that word is in و + ال and untagged */
  const longer = (si: number, i: number): [number, string] | undefined => {
    const e = orgSpanEnd(tags[si], i);
    if (e >= tags[si].length || tags[si][e] !== 'O' || !COORDINATED_WORD.test(norm[si][e])) return undefined;
    return [e, norm[si].slice(i, e + 1).join(' ')];
  };
  const count = new Map<string, number>();
  const found: [number, number, string][] = [];
  for (const [si, t] of tags.entries())
    for (let i = 0; i < t.length; i++) {
      if (t[i] !== 'B-ORG') continue;
      const l = longer(si, i);
      if (!l) continue;
      count.set(l[1], (count.get(l[1]) ?? 0) + 1);
      found.push([si, l[0], l[1]]);
    }
  for (const [si, e, key] of found) if (count.get(key)! >= 2) tags[si][e] = 'I-ORG';
}
