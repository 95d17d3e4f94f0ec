/**
 * A name's type from the words written before it. The tagger reads many foreign company and place names as
 * people («أوتلسات» after «شركة»); the words that precede names in the labeled training data say otherwise.
 * The model ships the words that come right before at least 20 names of ANERcorp train and WikiFANE Gold,
 * at least 90% of them of one type (`scripts/lib/name-stats.ts` `typeCues`): «شركة», «صحيفة», «نادي» before
 * organizations, «مدينة», «منطقة», «جنوب» before places, «الشيخ», «الرئيس», «قال» before people.
 */
import type { EntityType } from '../types';

export type CueType = Exclude<EntityType, 'MISC'>;

/** The lookup form of the word before a name: without و/ف, and without ب/ل/ك before ال and two letters or more
 * (لل → ال; «وكالة» is no و + ك + «الة»). */
export function cueKey(normWord: string): string {
  // (read by character codes: asked of every word before a name)
  let w = normWord;
  if ((w[0] === 'و' || w[0] === 'ف') && w.length >= 3) w = w.slice(1);
  if ((w[0] === 'ب' || w[0] === 'ل' || w[0] === 'ك') && w[1] === 'ا' && w[2] === 'ل' && w.length >= 5) w = w.slice(1);
  if (w[0] === 'ل' && w[1] === 'ل' && w.length >= 3) w = 'ال' + w.slice(2);
  return w;
}

/**
 * The type of a name the tagger calls a person, given the cue types of the words before its occurrences:
 * an organization or a place when such cues are there and no word before it ever precedes people (the
 * majority of those cues; ties go to the organization). Other types are kept: the tagger rarely makes a
 * person a place, and verbs of saying («قال») precede organizations too.
 */
export function typeFromCues(type: EntityType, cues: readonly CueType[]): EntityType {
  if (type !== 'PERS' || !cues.length || cues.includes('PERS')) return type;
  const org = cues.filter((c) => c === 'ORG').length;
  return org * 2 >= cues.length ? 'ORG' : 'LOC';
}

/** What `overlayCuedOrgs` asks of the tagger's word statistics (normalized words). */
export interface CuedNameStats {
  typeCue(key: string): CueType | undefined;
  /** a word of the tagger's training text */
  isKnownWord(normWord: string): boolean;
  /** a word the news text uses often (frequent words are the language's: verbs, nouns) */
  isFrequentWord(normWord: string): boolean;
  isCommonWord(normWord: string): boolean;
  /** a word that begins with a proclitic letter yet has no proclitic («والت») */
  isWholeWord(normWord: string): boolean;
}

/**
 * Words of the language by the tagger's statistics: a word of its training text, one the news text uses often, or
 * a common word (`ours`); such a word with a possessive pronoun («بعثتها»: «بعثة» + «ها», «ملعبه») (`possessed`).
 */
function languageWords(stats: CuedNameStats): { ours: (v: string) => boolean; possessed: (v: string) => boolean } {
  const ours = (v: string) => stats.isKnownWord(v) || stats.isFrequentWord(v) || stats.isCommonWord(v);
  const possessed = (v: string) => {
    const m = /^(.{3,}?)(ه|ها|هم|هما|هن)$/.exec(v);
    return !!m && (ours(m[1]) || (m[1].endsWith('ت') && ours(m[1].slice(0, -1) + 'ه')));
  };
  return { ours, possessed };
}

/** Two letters or more, all of U+0621…U+064A (no digit, mark or punctuation): `/^[\u0621-\u064A]{2,}$/` without a
 * regular expression (it is asked of every word). */
export function isArabicLetters(w: string): boolean {
  if (w.length < 2) return false;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c < 0x621 || c > 0x64a) return false;
  }
  return true;
}

/** The most words an organization's name found by its cue may have («شركة والت ديزني»). */
const MAX_CUED_WORDS = 3;

/**
 * An organization's name the tagger left untagged right after a word that precedes organizations in the labeled
 * data («شركة عربسات», «صحيفة ليكيب», «شركة تيسلا للسيارات»): the words right after the cue that are all
 * rare, foreign to the tagger and indefinite — no word of its training text, none the news text uses often
 * («شركة ترغب في», a verb; «فريق دفاع ترامب»), no common word, no such word with a possessive pronoun («أعضاء
 * بعثتها»), no definite word («نادي الرماية») — at most `MAX_CUED_WORDS` (`variants`: a word and its forms without
 * proclitics). Tags them B-ORG/I-ORG in place.
 */
export function overlayCuedOrgs(
  norm: readonly string[][],
  tags: string[][],
  stats: CuedNameStats,
  variants: (normWord: string) => string[],
): void {
  const { ours, possessed } = languageWords(stats);
  // a definite word: ال at its start, or behind a proclitic when it is no word of its own («والت» of «والت ديزني»)
  const definite = (w: string) => (stats.isWholeWord(w) ? [w] : variants(w)).some((v) => v.startsWith('ال'));
  const foreign = (w: string) =>
    /^\p{Script=Arabic}{3,}$/u.test(w) && !definite(w) && !variants(w).some((v) => ours(v) || possessed(v));
  // once per distinct word: an article repeats its words
  const orgCue = new Map<string, boolean>();
  const isOrgCue = (w: string) => {
    let c = orgCue.get(w);
    if (c === undefined) orgCue.set(w, (c = stats.typeCue(cueKey(w)) === 'ORG'));
    return c;
  };
  for (const [si, n] of norm.entries()) {
    const t = tags[si];
    for (let i = 1; i < n.length; i++) {
      // cheap tests first: a definite word or a short one is no such name
      if (t[i - 1] !== 'O' || t[i] !== 'O' || n[i].length < 3 || n[i].startsWith('ال')) continue;
      if (!isOrgCue(n[i - 1])) continue;
      let j = i;
      while (j < n.length && j - i < MAX_CUED_WORDS && t[j] === 'O' && foreign(n[j])) j++;
      for (let k = i; k < j; k++) t[k] = (k === i ? 'B-' : 'I-') + 'ORG';
      i = Math.max(i, j);
    }
  }
}

/** What `overlayNewsNames` asks of the tagger's word statistics, beside `CuedNameStats`. */
export interface NewsNameStats extends CuedNameStats {
  /** the type the news text gives a name (normalized words joined by a space) by the words before it */
  newsType(key: string): CueType | undefined;
  isAdjectiveWord(normWord: string): boolean;
}

/**
 * A place, an organization or a person of the news text that the tagger left untagged («إدلب», «الحديدة»,
 * «واتفورد», «ماكرون»: names of 2015–2018 the 2003 training text never saw, or saw too rarely). One word, in any of
 * its clitic readings (`variants`: «بسوسة» is «سوسة»), that the news text names after type cues (`newsType`;
 * `scripts/lib/name-stats.ts` `cuedNames`, which keeps no word the news text writes both with and without ال) and
 * that is no word of the language: no word of the tagger's training text, no common word or adjective, no type cue
 * itself, no noun with a possessive pronoun («خارج ملعبه»: «ملعب» + «ه»; a word written with ة is none: «قفصة»),
 * no accusative with tanween («دوماً», always, beside «دوما», Douma). A person's name also stands after a word of the
 * language, not right after another name or an untagged unknown word («فطومة بورقيبة»), nor after `namesNoPerson`
 * (the head of a group's or a facility's name: «ميليشيات الحوثي»), and is no definite nisba, also an adjective
 * («الموت الحوثي»). Tags it B-PERS, B-LOC or B-ORG in place. Names of two words are left to the tagger (the display
 * only retypes them).
 */
export function overlayNewsNames(
  words: readonly string[][],
  norm: readonly string[][],
  tags: string[][],
  stats: NewsNameStats,
  variants: (normWord: string) => string[],
  /** a word before a name that makes it no person's: the head of a group's or a facility's name («ميليشيات الحوثي») */
  namesNoPerson: (normWord: string) => boolean = () => false,
): void {
  const { ours: languageWord, possessed } = languageWords(stats);
  const word = (v: string, written: string) =>
    stats.isKnownWord(v) ||
    stats.isCommonWord(v) ||
    stats.isAdjectiveWord(v) ||
    !!stats.typeCue(v) ||
    (possessed(v) && !/ة$/.test(written));
  for (const [si, n] of norm.entries()) {
    const t = tags[si];
    for (let i = 0; i < n.length; i++) {
      if (t[i] !== 'O' || !isArabicLetters(n[i]) || words[si][i].includes('\u064B')) continue;
      for (const v of variants(n[i])) {
        const type = stats.newsType(v);
        if (!type || word(v, words[si][i])) continue;
        // a definite nisba is also an adjective or a group («الموت الحوثي», «ميليشيات الحوثي»): no person here
        if (type === 'PERS' && /^ال.+ي$/.test(v)) break;
        // a person's name right after another name, tagged or not (no word of the language: «فطومة بورقيبة»), or
        // after the head of a group's or a facility's name, is part of that name
        if (type === 'PERS' && i > 0) {
          const prev = variants(n[i - 1]).pop()!;
          if (t[i - 1] !== 'O' || namesNoPerson(prev) || !languageWord(prev)) break;
        }
        t[i] = 'B-' + type;
        break;
      }
    }
  }
}

/**
 * Tags the two-word places and organizations of the news text whose first word is a plain noun (`newsPair`:
 * «دير الزور», «باب المندب», «الغوطة الشرقية»; name-stats.ts `pairNames`) where the tagger left both words untagged,
 * the first word also behind a proclitic («بالغوطة الشرقية»).
 */
export function overlayNewsPairs(
  norm: readonly string[][],
  tags: string[][],
  newsPair: (key: string) => CueType | undefined,
  variants: (normWord: string) => string[],
): void {
  for (const [si, n] of norm.entries()) {
    const t = tags[si];
    for (let i = 0; i + 1 < n.length; i++) {
      // a pair's second word has two letters or more (no digit, no punctuation)
      if (t[i] !== 'O' || t[i + 1] !== 'O' || !isArabicLetters(n[i + 1])) continue;
      let type = newsPair(n[i] + ' ' + n[i + 1]);
      if (!type && 'وفبلك'.includes(n[i][0]))
        for (const v of variants(n[i]).slice(1)) if ((type = newsPair(v + ' ' + n[i + 1]))) break;
      if (!type) continue;
      t[i] = 'B-' + type;
      t[i + 1] = 'I-' + type;
      i++;
    }
  }
}
