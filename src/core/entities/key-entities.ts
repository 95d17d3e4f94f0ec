/**
 * From token tags to key entities: keep multi-word organization names and national teams whole, mend the
 * tagger's span ends (a surname cut off; a weekday, a common word, a construct plural or a word glued on), drop what
 * the names gold conventions do not count as names (dates, adjectives, peoples, governments, languages, titles of
 * works), merge mentions across clitics, spellings, name variants and short names in parentheses (وروسيا، لروسيا →
 * روسيا; بوتين → فلاديمير بوتين; «(حماس)»), keep titles («الرئيس الروسي») as a description, type from the words
 * before a name and a vote, drop fragments, count each name's occurrences in the text, mark the key names (in the
 * headline or mentioned twice), rank by salience.
 * Rules and measurements: docs/entities.md.
 */
import type { Entity, EntityType, Sentence } from '../types';
import { tokenTexts } from '../text';
import { isStopword } from '../text/stopwords';
import { LATIN_LETTER_NAMES, isLetterName } from '../text/latin-letters';
import { nerNormalize, swapForeignG } from './ner-normalize';
import {
  cliticVariants,
  lastCliticVariant,
  COMPASS_WORDS,
  DEFINITE_WORD,
  FIELD_HEADS,
  FORCE_HEADS,
  isOrgHeadAlone,
  masculineNisba,
  NISBA_ADJECTIVE,
  nisbaPlaces,
  joinCoordinatedOrgWords,
  listedVariant,
  orgHead,
  overlayListedOrgs,
  overlayNationalTeams,
  overlayPhrases,
  overlayRepeatedOrgs,
  phraseHead,
  phraseKey,
  sameTeam,
} from './phrases';
import { containsRun, isSiteName, siteNameForms } from './site-name';
import {
  ADJECTIVE_ONLY_HEADS,
  APP_CUES,
  CLAUSE_START,
  CLAUSE_WORDS,
  COMPOUND_GIVEN_NAMES,
  COLOURS,
  COUNTRY_ALIASES,
  STATE_TITLES,
  stateNames,
  DIRECTIONS,
  FORMERLY,
  DISEASE_CUES,
  FACILITY_CUES,
  FOOTBALL_WORDS_PER,
  TEAM_NICKNAMES,
  STORM_CUES,
  HURRICANE_CUES,
  GROUP_HEADS,
  HOSTING_WORDS,
  INNER_CLAUSE_WORDS,
  KINSHIP,
  MISC_CUES,
  ADMIN_UNIT_WORDS,
  LOCAL_UNIT_WORDS,
  NATIONAL_FORCES,
  MODEL_CUES,
  NAME_END_ADVERBS,
  NAME_PARTICLES_BEFORE_TITLE,
  NAMED_AFTER_HEADS,
  NEW_GROUPS,
  ORG_NAME_CUES,
  SHARE_CUES,
  PAGEANT,
  PLATFORMS,
  PLATFORM_END,
  PLACE_USE_WORDS,
  QUOTE_MARKS,
  RANK_TITLES,
  SHIP_CUES,
  SUBSTANCE_CUES_BY_TYPE,
  TITLE_CONTINUATIONS,
  TITLE_HEADS,
  WEEKDAYS,
  isClubCue,
  isClubWordBefore,
  isCuedBy,
  SITE_CUES,
  AGENCY_CUES,
  WATERWAY_HEADS,
  isDate,
  isFootballWord,
  isPlayWord,
  isMatchCue,
  isWrittenPreposition,
  isTimeOfDay,
  isTitle,
  isTournamentPlace,
  namesProduct,
  wordBeforeName,
} from './name-words';
import {
  cueKey,
  overlayCuedOrgs,
  overlayNewsNames,
  overlayNewsPairs,
  typeFromCues,
  type CueType,
  type NewsNameStats,
} from './type-cues';
import type { Tagger } from './tagger';

export interface EntityContext {
  title?: string;
  /** indices of the summary sentences */
  summary?: number[];
  /** the site's own names (metadata, <title> suffix): never shown as a name, nor any part of them */
  siteNames?: readonly string[];
}

/**
 * Tags a country's name behind «و» that the tagger left untagged in a list of places: right after a place it tagged,
 * or right before «و» and a place it tagged («مع السعودية والإمارات والكويت»: reading a whole article, the tagger
 * sometimes leaves «والإمارات» out of such a list).
 */
function overlayListedCountries(
  norm: readonly string[][],
  tags: string[][],
  isCountry: (key: string) => boolean,
): void {
  for (const [si, t] of tags.entries()) {
    const n = norm[si];
    for (let k = 0; k < t.length; k++) {
      if (t[k] !== 'O' || !/^و../.test(n[k]) || !isCountry(n[k].slice(1))) continue;
      const placeBefore = k > 0 && t[k - 1].endsWith('-LOC');
      const placeAfter = t[k + 1] === 'B-LOC' && n[k + 1].startsWith('و');
      if (placeBefore || placeAfter) t[k] = 'B-LOC';
    }
  }
}

/**
 * Tags as one organization the head of an organization's name, a place the tagger tagged and a definite adjective
 * after it («قوات سوريا الديمقراطية», «مجلس منبج العسكري», «حزب مصر القوية», «جيش ليبيا الوطني»): the tagger
 * tags the place alone and leaves the rest untagged, so the organization is lost and the place counted for it. The
 * adjective is a nisba form (ال…ي, ال…ية), which qualifies the head, not the place.
 */
function overlayPlaceOrgs(norm: readonly string[][], tags: string[][]): void {
  for (const [si, t] of tags.entries()) {
    const n = norm[si];
    for (let i = 0; i + 2 < t.length; i++) {
      if (t[i] !== 'O' || t[i + 1] !== 'B-LOC' || t[i + 2] !== 'O' || !NISBA_ADJECTIVE.test(n[i + 2])) continue;
      if (!isOrgHeadAlone(n[i]) && !cliticVariants(n[i]).some((v) => GROUP_HEADS.has(v))) continue;
      t[i] = 'B-ORG';
      t[i + 1] = 'I-ORG';
      t[i + 2] = 'I-ORG';
    }
  }
}
/** The head of a ministry's name (normalized). */
const MINISTRY = nerNormalize('وزارة');
/** «باسم» (normalized: in the name of), before a ministry's word in «المتحدث باسم الخارجية». */
const IN_THE_NAME_OF = 'باسم';
/**
 * A ministry's definite word at `i` («الخارجية») stands for the ministry: after «باسم», or after a feminine verb in
 * the past (a word in «ت», not a plural in «ات», not definite: «وقالت», «أعلنت»), whose subject it is. After a noun
 * it is an adjective or a field («قوات الدفاع», «سندات الخزانة», «وزير الخارجية»: the news text's words in «ت» before
 * «الخارجية», «الدفاع», «الخزانة» are such verbs and plural nouns). Not before a nisba: another country's ministry.
 */
function isMinistryWordAlone(n: readonly string[], i: number): boolean {
  const p = n[i - 1];
  // not another country's ministry («الخارجية الكندية» beside «وزارة الخارجية الأمريكية»)
  if (p === undefined || NISBA_ADJECTIVE.test(n[i + 1] ?? '')) return false;
  return p === IN_THE_NAME_OF || (p.length >= 3 && /ت$/.test(p) && !/ات$/.test(p) && !DEFINITE_WORD.test(p));
}
/** The definite word for a union or a federation (normalized): with a country's nisba, its sports federation */
const FEDERATION = 'الاتحاد';
/** Unions with a country's nisba that name a state (general knowledge, normalized): the Russian Federation */
const STATE_UNIONS = new Set(['الاتحاد الروسي']);
/**
 * A country's army, police, navy or intelligence, named by the definite word for it and the country's nisba
 * («المخابرات الروسية», «الشرطة الفرنسية»), is an organization in the gold conventions; the tagger leaves many of
 * them out, as they do its sports federation («الاتحاد الأسترالي»). Tagged where both words are untagged; and a
 * country's ministry named by its head, one definite word and the nisba, where the three are untagged.
 */
function overlayNationalForces(
  norm: readonly string[][],
  tags: string[][],
  isPlaceNisba: (w: string) => boolean,
  isCountry: (k: string) => boolean,
) {
  for (const [si, t] of tags.entries()) {
    const n = norm[si];
    // a country's ministry named once: «وزارة» (also behind a proclitic), one definite word and the country's nisba
    // («وزارة الدفاع الروسية», «بوزارة الخزانة الأميركية»); other heads so followed are as often descriptions
    // («حزب الرئيس التركي»: the Turkish president's party)
    for (let i = 0; i + 2 < t.length; i++) {
      if (t[i] !== 'O' || t[i + 1] !== 'O' || t[i + 2] !== 'O' || !cliticVariants(n[i]).includes(MINISTRY)) continue;
      if (!DEFINITE_WORD.test(n[i + 1]) || !NISBA_ADJECTIVE.test(n[i + 2])) continue;
      if (!isPlaceNisba(masculineNisba(n[i + 2]))) continue;
      t[i] = 'B-ORG';
      t[i + 1] = 'I-ORG';
      t[i + 2] = 'I-ORG';
    }
    for (let i = 0; i + 1 < t.length; i++) {
      if (t[i] !== 'O' || t[i + 1] !== 'O' || !NISBA_ADJECTIVE.test(n[i + 1])) continue;
      const head = cliticVariants(n[i]);
      // … and a country's sports federation («الاتحاد الأسترالي», «الاتحاد المصري»), not a state named a union
      // («الاتحاد السوفيتي», a country's name; «الاتحاد الروسي», the Russian Federation)
      const union = FEDERATION + ' ' + n[i + 1];
      const federation = head.includes(FEDERATION) && !isCountry(union) && !STATE_UNIONS.has(union);
      if (!(federation || head.some((v) => NATIONAL_FORCES.has(v))) || !isPlaceNisba(masculineNisba(n[i + 1])))
        continue;
      t[i] = 'B-ORG';
      t[i + 1] = 'I-ORG';
    }
  }
}

/**
 * A person's span of two words or more that ends in a place nisba right before another person's span: the nisba
 * describes the second person («وسيقابل نادال البلغاري جريجور ديميتروف», Nadal will face the Bulgarian Grigor Dimitrov),
 * so the first name ends before it.
 */
function cutNisbaBeforePerson(norm: readonly string[][], tags: string[][], isPlaceNisba: (w: string) => boolean) {
  for (const [si, t] of tags.entries()) {
    const n = norm[si];
    for (let e = 1; e < t.length; e++) {
      // not before «و», the second of two people listed («محمد البلغاري وجريجور»)
      if (t[e] !== 'B-PERS' || t[e - 1] !== 'I-PERS' || n[e].startsWith('و')) continue;
      const w = n[e - 1];
      if (!isPlaceNisba(masculineNisba(w))) continue;
      t[e - 1] = 'O';
    }
  }
}

/**
 * An organization whose name is plain words (a head and definite words: «وزارة الخارجية», «البنك المركزي», «الخطوط
 * الجوية») goes on with the nisba of a country after it («وزارة الخارجية الأمريكية», «الخطوط الجوية الفرنسية»), as
 * the gold files name them; the tagger often stops before the nisba, and the display then shows the generic words
 * alone and merges two countries' ministries into one. Not after a name («ريال مدريد الإسباني», «حزب الله
 * اللبناني»: the nisba only describes it). Extends the tagger's organization spans of two words or more.
 */
function extendPlainOrgsWithNisba(norm: readonly string[][], tags: string[][], isPlaceNisba: (w: string) => boolean) {
  for (const [si, t] of tags.entries()) {
    const n = norm[si];
    for (let e = 1; e + 1 < t.length; e++) {
      if (t[e] !== 'I-ORG' || t[e + 1] !== 'O' || !NISBA_ADJECTIVE.test(n[e + 1])) continue;
      if (!isPlaceNisba(masculineNisba(n[e + 1]))) continue;
      let b = e;
      while (b > 0 && t[b] === 'I-ORG') b--;
      if (t[b] !== 'B-ORG') continue;
      if (!DEFINITE_WORD.test(n[b]) && !isOrgHeadAlone(n[b])) continue;
      if (!n.slice(b + 1, e + 1).every((w) => DEFINITE_WORD.test(w) && w !== 'الله')) continue;
      t[e + 1] = 'I-ORG';
    }
  }
}
/**
 * The head of an organization's name, the word for an administrative unit and a place the tagger tagged are one
 * organization: a province's or a city's council or court («مجلس محافظة الأنبار», «مجلس مدينة جوهانسبرغ», «محكمة
 * ولاية نيويورك»), not a mention of the place. Retags in place.
 */
function overlayUnitCouncils(norm: readonly string[][], tags: string[][]): void {
  for (const [si, t] of tags.entries()) {
    const n = norm[si];
    for (let i = 0; i + 2 < t.length; i++) {
      if (t[i] !== 'O' || !ADMIN_UNIT_WORDS.has(n[i + 1])) continue;
      if (!isOrgHeadAlone(n[i]) || /^ال/.test(lastCliticVariant(n[i]))) continue;
      const s = t[i + 1] === 'B-LOC' ? i + 1 : t[i + 1] === 'O' && t[i + 2] === 'B-LOC' ? i + 2 : -1;
      if (s < 0) continue;
      let e = s + 1;
      while (e < t.length && t[e] === 'I-LOC') e++;
      t[i] = 'B-ORG';
      for (let k = i + 1; k < e; k++) t[k] = 'I-ORG';
      i = e - 1;
    }
  }
}
/** The words before a name the tagger calls a person that make it an organization's, besides the type cues: the
 * heads of organizations named like people («بنك غولدمان ساكس») and the words for a company's shares («أسهم
 * ويتبريد»). */
const ORG_CUE_WORDS = new Set([...ORG_NAME_CUES, ...SHARE_CUES]);
/** Prepositions before places (normalized, general knowledge): «في», «إلى», «من», «عن», «على». */
const PLACE_PREPOSITIONS = new Set(['في', 'الي', 'من', 'عن', 'علي']);
/** A word that precedes places: a preposition, a word the labeled data puts before places or organizations
 * («مدينة», «ولاية», «فريق»: a club the tagger typed a place), a facility («مطار»). */
const isPlaceLead = (n: string, tagger: Tagger) => {
  const k = cueKey(n);
  const cue = cueTypeOf(n, tagger);
  return PLACE_PREPOSITIONS.has(k) || cue === 'LOC' || cue === 'ORG' || FACILITY_CUES.has(k);
};
/** The type of name a word comes before in the labeled data (`typeCue`), also behind «و»: the cue tables key «فريق»
 * as «ريق» (ف read as a proclitic), so «وفريق» is looked up as «ريق» too. */
const cueTypeOf = (n: string, tagger: Tagger) => {
  const k = cueKey(n);
  return tagger.typeCue?.(k) ?? tagger.typeCue?.(cueKey(k));
};

/** A first word behind «و»/«ف» (a list: «والإمارات طهران»), or behind a preposition that the display will not strip
 * before a frequent word («بريف دمشق»; «بجزيرة لومبوك» loses its ب, «باريس» has none). */
const listedOrBefore = (n: string, tagger: Tagger) =>
  (/^[وف]/.test(n) && hasClitic(n, tagger)) ||
  (/^[بل]/.test(n) && n.length >= 4 && !!tagger.isFrequentWord?.(n.slice(1)) && !tagger.knownBase?.(n));

/**
 * Joins a place's name that the tagger split in two («مدينة [بحر] [دار]», «[كوالا] [لمبور]», «[خيبر] [بختوانخوا]»):
 * a place tagged right after another place, with no word between and a word that precedes places before it (a
 * preposition, «مدينة», «مطار»: not a verb, «تتهم واشنطن طهران»), is the same place's next word unless it begins
 * with a proclitic («لاهاي بهولندا», «جاكسونفيل بولاية فلوريدا») or «و» (a list), the first begins with ال or «و»
 * («وتتهم الرياض طهران»), either part is a country («اتهمت روسيا بريطانيا», «كردستان العراق»), the second is an
 * adjective («الغوطة الشرقية», «حماة السورية») or a weekday, the first is a common word before a place the tagger
 * knows (its region: «ريف حلب»), or both words are places the news text names on their own. The same words elsewhere
 * in the article are tagged so too.
 */
function joinSplitPlaces(norm: readonly string[][], tags: string[][], tagger: Tagger): void {
  const joined = new Set<string>();
  const knownPlace = (w: string) => !!tagger.isKnownWord?.(w) || tagger.newsType?.(w) === 'LOC';
  for (const [si, t] of tags.entries()) {
    const n = norm[si];
    for (let k = 1; k < t.length; k++) {
      if (t[k] !== 'B-LOC' || !t[k - 1].endsWith('-LOC')) continue;
      let s = k - 1;
      while (s > 0 && t[s] === 'I-LOC') s--;
      const before = n.slice(s, k).join(' ');
      // after a word that precedes places, not after a verb («مدينة بحر دار», «في ريف دمشق»; «تتهم واشنطن طهران»)
      if (s === 0 || !isPlaceLead(n[s - 1], tagger)) continue;
      // a preposition before the first word only where the display will strip it («بجزيرة لومبوك»; not «بريف دمشق»);
      // «و» lists places («السعودية والإمارات طهران», «طهران وشيراز»)
      if (n[s].startsWith('ال') || n[k].startsWith('و') || procliticBefore(n[k], tagger)) continue;
      // nor «X بY» where the tagger knows Y («نيوارك بنيوجيرزي»), nor a weekday («هاراري الخميس»)
      if ((/^[بل]/.test(n[k]) && !!tagger.knownBase?.(n[k])) || WEEKDAYS.has(n[k])) continue;
      // a common word before a place the tagger knows is that place's region («ريف حلب», «ريف درعا»: the labeled data
      // leave «ريف» out of the name); «بحر دار», «جبال زاغروس» are names
      if (k - s === 1 && isCommon(n[s], tagger) && knownPlace(n[k])) continue;
      if (listedOrBefore(n[s], tagger)) continue;
      if (tagger.isCountry?.(before) || tagger.isCountry?.(n[k])) continue;
      if (NISBA_ADJECTIVE.test(n[k]) || tagger.isAdjectiveWord?.(n[k])) continue;
      if (tagger.newsType?.(n[k - 1]) === 'LOC' && tagger.newsType?.(n[k]) === 'LOC') continue;
      t[k] = 'I-LOC';
      joined.add(n.slice(s, k + 1).join(' '));
    }
  }
  // … and so is the same pair of words elsewhere in the article, tagged in part or not at all («مطار بحر [دار]»)
  if (!joined.size) return;
  for (const [si, t] of tags.entries()) {
    const n = norm[si];
    for (const phrase of joined) {
      const p = phrase.split(' ');
      for (let i = 0; i + p.length <= n.length; i++) {
        if (p.some((w, k) => n[i + k] !== w) || t[i].startsWith('I-') || t[i + p.length]?.startsWith('I-')) continue;
        if (t.slice(i, i + p.length).some((x) => x !== 'O' && !x.endsWith('-LOC'))) continue;
        for (let k = 0; k < p.length; k++) t[i + k] = (k ? 'I-' : 'B-') + 'LOC';
      }
    }
  }
}

/**
 * A United Nations agency's name goes on after «الأمم المتحدة» with its complement in لل («منظمة الأمم المتحدة
 * للطفولة», UNICEF; «منظمة الأمم المتحدة للتربية والعلم والثقافة», UNESCO): the tagger ends it at «المتحدة», and
 * the agency was shown as «منظمة الأمم المتحدة», merged with the United Nations themselves. Only after a head
 * («منظمة», «صندوق», «برنامج»…: the span has a word before «الأمم المتحدة»), and the words in «وال» after the
 * complement go with it.
 */
function extendUnAgencies(norm: readonly string[][], tags: string[][]): void {
  for (const [si, t] of tags.entries()) {
    const n = norm[si];
    for (let k = 2; k + 1 < n.length; k++) {
      if (t[k] !== 'I-ORG' || t[k - 1] !== 'I-ORG' || t[k + 1] !== 'O') continue;
      if (n[k] !== 'المتحده' || !/^[وفبلك]?(ال|لل)امم$/.test(n[k - 1]) || !/^لل\S{3,}$/.test(n[k + 1])) continue;
      t[k + 1] = 'I-ORG';
      for (let e = k + 2; e < n.length && t[e] === 'O' && /^وال\S{3,}$/.test(n[e]); e++) t[e] = 'I-ORG';
    }
  }
}

/** `name` has a head before `part` and a complement in لل right after it: an agency of `part` («منظمة الأمم المتحدة
 * للطفولة» of «الأمم المتحدة»). */
function isAgencyOf(name: readonly string[], part: readonly string[]): boolean {
  for (let i = 1; i + part.length < name.length; i++)
    if (part.every((w, k) => name[i + k] === w) && name[i + part.length].startsWith('لل')) return true;
  return false;
}

/** A country's name (normalized words), also written with its words apart («كوستا ريكا» of «كوستاريكا») or behind a
 * proclitic («وكوستا ريكا»). */
const isCountryName = (n: readonly string[], tagger: Tagger) =>
  cliticVariants(n[0]).some((f) => {
    const w = [f, ...n.slice(1)];
    return !!tagger.isCountry?.(w.join(' ')) || (w.length > 1 && !!tagger.isCountry?.(w.join('')));
  });

/**
 * A feminine noun in ة glued before a person's name («لتغريدة نيمار», Neymar's tweet): not ال, no word of the tagger's
 * training text, and a word the news text uses as no person's name (`isNonPersonWord`); given names in ة are words of
 * the training text or names by their contexts («فاطمة», «أسامة»).
 */
const isFeminineNoun = (n: string, tagger: Tagger) => {
  const w = lastCliticVariant(n);
  return /^[^ا]\S{2,}ه$/.test(w) && !w.startsWith('ال') && !tagger.isKnownWord?.(w) && !!tagger.isNonPersonWord?.(w);
};

/**
 * The sentence's first word glued before a person's name of two words or more that the article tags on its own
 * («تحرّرت كارين ماكدوغال» beside «كارين ماكدوغال»), or behind «و»/«ف» before a one-word name the article tags on its
 * own at least twice («وظن مورينيو» beside «مورينيو» ×2, «والسيناتور مينينديز»): a verb (or a title), when the
 * tagger's training text and the news text do not know it as a word (a given name is a known word: «رجب طيب أردوغان»
 * beside «طيب أردوغان»).
 */
const isVerbBeforeName = (
  norm: readonly string[],
  a: number,
  b: number,
  tagger: Tagger,
  personCounts: () => ReadonlyMap<string, number>,
) =>
  a === 0 &&
  (b - a >= 3 || (b - a === 2 && /^[وف]/.test(norm[a]) && (personCounts().get(norm[a + 1]) ?? 0) >= 2)) &&
  !tagger.isKnownWord?.(norm[a]) &&
  !tagger.isFrequentWord?.(norm[a]) &&
  !tagger.isWholeWord?.(norm[a]) &&
  personCounts().has(norm.slice(a + 1, b).join(' '));

/**
 * A sentence's first word behind «و»/«ف», an imperfect verb (also in the future), glued before the surname of a person
 * the article names in full («وسيتنازل فيدرر» beside «روجيه فيدرر»): no word of another person's name the article
 * tags («وتامر حسني» beside «تامر حسني») and no name of the news text.
 */
function isVerbBeforeSurname(
  norm: readonly string[],
  a: number,
  b: number,
  tagger: Tagger,
  personCounts: () => ReadonlyMap<string, number>,
): boolean {
  if (a !== 0 || b - a !== 2 || !/^[وف]/.test(norm[a])) return false;
  const verb = norm[a].slice(1);
  if (!GLUED_VERB.test(verb) || tagger.newsType?.(verb) || tagger.isNewsPerson?.(verb)) return false;
  const self = norm.slice(a, b).join(' ');
  let fullName = false;
  for (const k of personCounts().keys()) {
    if (k === self) continue;
    const ws = k.split(' ');
    if (ws.includes(verb)) return false;
    if (ws.length > 1 && ws[ws.length - 1] === norm[a + 1]) fullName = true;
  }
  return fullName;
}

/**
 * A preposition and a word of the language glued after a person the article also names by that one word («اتصلت راد
 * بماي», Rudd phoned May, tagged «راد بماي» beside «راد»; «على شريف بدفع غرامة»): a two-word person whose last word
 * has a proclitic «ب», «ل» or «ك» by the word statistics (`hasClitic`), the word after it frequent in the news text and
 * no person's name there nor in the article. The word statistics decide: a surname that begins with such a letter is a
 * word of its own («بلير», «كلينتون»), or its rest no frequent word; without them, «سمر بدوي» and «جون كيلي» were cut.
 */
function isPrepositionAfterName(
  norm: readonly string[],
  a: number,
  b: number,
  tagger: Tagger,
  personCounts: () => ReadonlyMap<string, number>,
): boolean {
  if (b - a !== 2) return false;
  const w = norm[b - 1];
  if (!/^[بلك]/.test(w) || w.length < 4 || !hasClitic(w, tagger)) return false;
  const rest = w.slice(1);
  if (!tagger.isFrequentWord?.(rest) || tagger.isNewsPerson?.(rest) || tagger.newsType?.(rest)) return false;
  if (personCounts().has(w) || personCounts().has(rest)) return false;
  return personCounts().has(norm[a]);
}

/** The number words a counted noun follows (normalized): million(s), billion(s), thousands. */
const COUNT_WORDS = new Set(['مليون', 'ملايين', 'مليار', 'مليارات', 'الاف']);
/** «ألف» (a thousand; also «he wrote») and a digit before it: the counted noun follows. */
const DIGITS = /^[0-9٠-٩][0-9٠-٩.,]*$/;
/** The word at `a` is the noun a number counts: right after a number word, or after «ألف» right after a digit. */
const isCountedNoun = (norm: readonly string[], a: number) =>
  a > 0 && (COUNT_WORDS.has(norm[a - 1]) || (norm[a - 1] === 'الف' && a > 1 && DIGITS.test(norm[a - 2])));

/** Right after the word for an agency, or after it and «أنباء» (news): «وكالة الأناضول», «لوكالة أنباء فارس». */
const isAgencyName = (norm: readonly string[], i: number) =>
  isCuedBy(AGENCY_CUES, norm, i) || (i > 1 && norm[i - 1] === 'انباء' && isCuedBy(AGENCY_CUES, norm, i - 1));

/** A preposition and ال at a word's start, also behind «و»/«ف»: «بالأوسكار», «للانفراد», «كالريشة». */
const PREPOSITION_AL = /^[وف]?(بال|كال|لل)/;
/**
 * A common word behind a preposition and ال: the word is common with its clitics read off one by one, or the word
 * left without the preposition and ال is («للانفراد», to set alone: the word statistics know «انفراد», not its
 * definite form).
 */
const isCommonBehindPrepositionAl = (n: string, tagger: Tagger) =>
  PREPOSITION_AL.test(n) && (isCommon(n, tagger) || !!tagger.isCommonWord?.(n.replace(PREPOSITION_AL, '')));

/**
 * A common word that is a person's given name: the first word of a name of three words or more whose first and last
 * words the article also tags as a person of two words («رائد بن خالد قرملي» beside «رائد قرملي»: «رائد», pioneer,
 * is Raed). A noun before a name is never the tagger's person with the surname alone («مقتل أسامة بن لادن» has no
 * «مقتل لادن»).
 */
const isGivenNameOfSurname = (
  norm: readonly string[],
  a: number,
  b: number,
  personCounts: () => ReadonlyMap<string, number>,
) => b - a >= 3 && personCounts().has(norm[a] + ' ' + norm[b - 1]);

/** «لم», «لن» (not, will not), also behind «و»/«ف»: the word after them is an imperfect verb. */
const NEGATION_BEFORE_VERB = /^[وف]?(لم|لن)$/;
/** The word at `a` is an imperfect verb after «لم»/«لن», no name's first word («ولم يتوصل ولد الشيخ أحمد»). */
const isNegatedVerb = (norm: readonly string[], a: number) =>
  a > 0 && NEGATION_BEFORE_VERB.test(norm[a - 1]) && GLUED_VERB.test(norm[a]);

/**
 * A place glued before a person's name of two words or more («زعيمة ميانمار أونغ سان سو تشي»): a country or a place
 * of the news text that the article also tags as a place; a name of two words that begins with one stays («إسرائيل
 * كاتس»).
 */
const isPlaceBeforeName = (norm: readonly string[], a: number, b: number, tagger: Tagger, placeWords: Set<string>) =>
  b - a >= 3 && placeWords.has(norm[a]) && (!!tagger.isCountry?.(norm[a]) || tagger.newsType?.(norm[a]) === 'LOC');

/**
 * Where the person's name at `i` follows a title (or begins with one) that follows the word for a place or a body
 * named after a dignitary (`NAMED_AFTER_HEADS`, also behind a proclitic): that word's position, else -1.
 */
function namedAfterStart(norm: readonly string[], i: number): number {
  const t = isTitle(norm[i]) ? i : i - 1;
  return t >= 1 && isTitle(norm[t]) && cliticVariants(norm[t - 1]).some((v) => NAMED_AFTER_HEADS.has(v)) ? t - 1 : -1;
}

/**
 * «قم» at `i` is the imperative «do» of a how-to before a verbal noun in ب («قم باختيار», «قم بالضغط»), not the city
 * of Qom: no word that precedes places stands before it, and the word after it is no word for a place behind ب
 * («قم بمحافظة» is the city).
 */
function isImperativeDo(norm: readonly string[], i: number, tagger: Tagger): boolean {
  if (!cliticVariants(norm[i]).includes('قم') || i + 1 >= norm.length || !/^ب../.test(norm[i + 1])) return false;
  if (i > 0 && PLACE_PREPOSITIONS.has(cueKey(norm[i - 1]))) return false;
  if (i > 0 && tagger.typeCue?.(cueKey(norm[i - 1])) === 'LOC') return false;
  return tagger.typeCue?.(cueKey(norm[i + 1].slice(1))) !== 'LOC';
}

/** Where the person span [i, j) splits into two people the article names on their own, or -1 (see its use). */
function twoPeopleSplit(
  norm: readonly string[],
  i: number,
  j: number,
  counts: ReadonlyMap<string, number>,
  ends: ReadonlySet<string>,
): number {
  const span = norm.slice(i, j).join(' ');
  if ((counts.get(span) ?? 0) > 1) return -1;
  for (let k = i + 1; k <= j - 2; k++)
    if (ends.has(lastCliticVariant(norm[k - 1])) && counts.has(norm.slice(k, j).join(' '))) {
      // the first part is another person's surname, not the start of this one («دونالد ترامب» beside «ترامب …»)
      const left = norm.slice(i, k).join(' ');
      if ([...counts.keys()].some((key) => key !== span && key.endsWith(' ' + left))) return k;
    }
  return -1;
}

/** Words that continue a person's name after its first word (normalized): the particles that begin a name's next
 * part («بن», «أبو», «آل» as «ال»: `NAME_PARTICLES_BEFORE_TITLE`), «أم», foreign particles, «الدين», «الله». */
const NAME_CONTINUATIONS = new Set([
  ...NAME_PARTICLES_BEFORE_TITLE,
  ...['أم', 'دي', 'دو', 'فان', 'فون', 'لا', 'الدين', 'الله'].map(nerNormalize),
]);

/**
 * A person's span of three words or more, named once, whose first word is a one-word person the article names alone
 * at least twice and that is no word of the tagger's training text (the given names it learned: «كيم», «أشرف»,
 * «مارك»), and never the first word of another person's name: that word is one person's surname, the rest another
 * person («كبيرة موظفي تيلرسون مارغريت بيترلين», Tillerson's chief of staff; «صهره ترامب جاريد كوشنير»).
 */
function isSurnameBeforePerson(
  norm: readonly string[],
  i: number,
  j: number,
  counts: ReadonlyMap<string, number>,
  tagger: Tagger,
): boolean {
  const span = norm.slice(i, j).join(' ');
  const first = norm[i];
  if ((counts.get(span) ?? 0) > 1 || NAME_CONTINUATIONS.has(norm[i + 1]) || tagger.isKnownWord?.(first) !== false)
    return false;
  let alone = 0;
  for (const [key, n] of counts) {
    if (key === first || (!key.includes(' ') && lastCliticVariant(key) === first)) alone += n;
    else if (key !== span && key.startsWith(first + ' ')) return false;
  }
  return alone >= 2;
}

/**
 * A common word inside a person's span that begins a description, not a name's word: one the news text uses in no
 * name («منافس»), or a word of neither the tagger's training text nor of the nisba form of surnames («ساعدت», «لكون»;
 * not «قائد» of «حافظ قائد السبسي», nor «جعفري»).
 */
const isDescriptionWord = (n: string, tagger: Tagger) =>
  isCommon(n, tagger) && (!!tagger.isNonPersonWord?.(n) || (!tagger.isKnownWord?.(n) && !/ي$/.test(n)));

/** A quoted work's title has at most this many words around a name inside it. */
const MAX_TITLE_WORDS = 5;
/**
 * The span `i`..`j` lies inside a quoted title, not at its start, right after the word for a work, a storm or a
 * product: «فيلم "سعيد مثل لازارو"» (the film Happy as Lazzaro) names no person.
 */
function insideCuedTitle(words: readonly string[], norm: readonly string[], i: number, j: number): boolean {
  let q = i - 1;
  while (q >= 0 && i - q <= MAX_TITLE_WORDS && !QUOTE_MARKS.test(words[q])) q--;
  if (q < 1 || q === i - 1 || !QUOTE_MARKS.test(words[q])) return false;
  let c = j;
  while (c < words.length && c - q <= MAX_TITLE_WORDS + 1 && !QUOTE_MARKS.test(words[c])) c++;
  return c < words.length && QUOTE_MARKS.test(words[c]) && cliticVariants(norm[q - 1]).some((v) => MISC_CUES.has(v));
}

/** The heads of armed groups', movements' and electoral alliances' names (`GROUP_HEADS` and «تنظيم», «حركة», «تحالف»,
 * «ائتلاف», «كتلة»: «تنظيم "الدولة الإسلامية"», «تحالف "الفتح"»), which precede a name in quotation marks as a word that
 * precedes organizations does. */
const MOVEMENT_HEADS = new Set([...GROUP_HEADS, ...['تنظيم', 'حركة', 'تحالف', 'ائتلاف', 'كتلة'].map(nerNormalize)]);
/** An organization's name in quotation marks has at most this many words («صحيفة "الحياة اللندنية"»). */
const MAX_QUOTED_ORG_WORDS = 3;
/**
 * Tags as an organization the untagged words in quotation marks right after a word that precedes organizations in the
 * labeled data, also behind «و» (`typeCue`: «قناة "المسيرة"», «صحيفة "سبق"», «شركة "دي لا رو"»), or after the head of
 * an armed group's or a movement's name, also behind a proclitic (`MOVEMENT_HEADS`: «بتنظيم "الدولة الإسلامية"»,
 * «حركة "خمس نجوم"»): Arabic words only, at most `MAX_QUOTED_ORG_WORDS`; not one common word, nor a first word the
 * display reads as a proclitic and a word («شركة "فالف"»), nor a first word that is a stopword. Where the tagger
 * found a name inside the quotation marks and left the rest untagged, the quoted words are the organization's name all
 * the same (the channel «قناة "روسيا اليوم"», not the place «روسيا»; the newspaper «صحيفة "سان فرانسيسكو كرونيكل"»).
 */
function overlayQuotedOrgs(
  words: readonly string[][],
  norm: readonly string[][],
  tags: string[][],
  tagger: Tagger,
): void {
  let bare: Set<string> | undefined;
  /** the article's words that stand somewhere without a quotation mark before them */
  const unquoted = () =>
    (bare ??= new Set(norm.flatMap((n, si) => n.filter((_, i) => i === 0 || !QUOTE_MARKS.test(words[si][i - 1])))));
  for (const [si, t] of tags.entries()) {
    const w = words[si],
      n = norm[si];
    for (let q = 1; q < w.length; q++) {
      if (!QUOTE_MARKS.test(w[q])) continue;
      if (cueTypeOf(n[q - 1], tagger) !== 'ORG' && !listedVariant(n[q - 1], (v) => MOVEMENT_HEADS.has(v))) continue;
      let c = q + 1;
      while (c < w.length && c - q <= MAX_QUOTED_ORG_WORDS + 1 && !QUOTE_MARKS.test(w[c])) c++;
      if (c >= w.length || !QUOTE_MARKS.test(w[c]) || c === q + 1 || c - q > MAX_QUOTED_ORG_WORDS + 1) continue;
      // untagged words, or a name the tagger found inside the marks beside untagged words (not one that goes on past them)
      const inside = t.slice(q + 1, c);
      if (!inside.includes('O') || inside[0].startsWith('I-') || t[c].startsWith('I-')) continue;
      if (n.slice(q + 1, c).some((x) => !ARABIC_LETTERS.test(x))) continue;
      // not a common word alone («مجلة "الطائرة"» would count every plane), nor a word the display would read as a
      // proclitic and a word («شركة "فالف"»)
      if ((c === q + 2 && isCommon(n[q + 1], tagger)) || hasProclitic(n[q + 1], tagger)) continue;
      // nor a phrase that begins with a pronoun or a particle (the movement «حركة "أنا أيضا"», Me Too)
      if (isStopword(n[q + 1])) continue;
      // a definite word alone names the organization only where the article never writes it unquoted («قناة
      // "المسيرة"»; not «مجلة "الطائرة"» beside «الطائرة», the plane)
      if (c === q + 2 && n[q + 1].startsWith('ال') && unquoted().has(n[q + 1])) continue;
      for (let e = q + 1; e < c; e++) t[e] = (e === q + 1 ? 'B-' : 'I-') + 'ORG';
    }
  }
}

/**
 * An organization's name in Latin letters right after a word that precedes organizations, or a head of their names
 * («مؤسسة Which», «قناة ON Sport», «شركة Apple»): the untagged Latin words there, the first capitalized, are its name.
 * Tags in place.
 */
function overlayLatinOrgs(norm: readonly string[][], words: readonly string[][], tags: string[][], tagger: Tagger) {
  for (const [si, w] of words.entries()) {
    const t = tags[si];
    for (let i = 1; i < w.length; i++) {
      if (t[i] !== 'O' || !LATIN_NAME_START.test(w[i])) continue;
      const cue = norm[si][i - 1];
      if (cueTypeOf(cue, tagger) !== 'ORG' && !listedVariant(cue, (v) => LATIN_ORG_HEADS.has(v))) continue;
      let j = i + 1;
      while (j < w.length && j - i < MAX_LATIN_ORG_WORDS && t[j] === 'O' && LATIN_WORD.test(w[j])) j++;
      for (let k = i; k < j; k++) t[k] = (k === i ? 'B-' : 'I-') + 'ORG';
      i = j - 1;
    }
  }
}
/** A name's first word in Latin letters: a capital letter first («Which», «ON») */
const LATIN_NAME_START = /^[A-Z][A-Za-z0-9&'.-]*$/;
/** A word of a name in Latin letters */
const LATIN_WORD = /^[A-Za-z0-9][A-Za-z0-9&'.-]*$/;
/** The most words of an organization's Latin name */
const MAX_LATIN_ORG_WORDS = 4;
/** Heads of organizations' names before a Latin name, beside the type cues: `ORG_NAME_CUES` and a foundation or an
 * institution («مؤسسة», general knowledge) */
const LATIN_ORG_HEADS = new Set([...ORG_NAME_CUES, nerNormalize('مؤسسة')]);

/** The names `COUNTRY_ALIASES` maps other names to (the ISO list's). */
const ISO_COUNTRY_NAMES = new Set(COUNTRY_ALIASES.values());

/** Tags every occurrence of a `PLATFORMS` name, also behind a proclitic («على تويتر», «وفيسبوك»), as an organization. */
function overlayPlatforms(norm: readonly string[][], tags: string[][]): void {
  for (const [si, n] of norm.entries())
    for (let i = 0; i < n.length; i++) {
      if (!PLATFORM_END.test(n[i])) continue;
      for (const v of cliticVariants(n[i])) {
        const len = PLATFORMS.has(v) ? 1 : i + 1 < n.length && PLATFORMS.has(v + ' ' + n[i + 1]) ? 2 : 0;
        if (!len) continue;
        // not inside a longer name («فيسبوك ماسنجر» as tagged stays as tagged)
        if (tags[si][i].startsWith('I-') || tags[si][i + len]?.startsWith('I-')) break;
        for (let k = 0; k < len; k++) tags[si][i + k] = (k ? 'I-' : 'B-') + 'ORG';
        i += len - 1;
        break;
      }
    }
}

/** The word before position `i` (or before its quotation mark) is a nisba adjective right after one of `cues`: «السفينة
 * الإيطالية "فوس تالاسا"», the ship and its flag. */
const isCuedAcrossNisba = (cues: ReadonlySet<string>, norm: readonly string[], i: number) => {
  const k = wordBeforeName(norm, i);
  return k > 0 && NISBA_ADJECTIVE.test(norm[k]) && isCuedBy(cues, norm, k);
};

/** A definite plural nisba (normalized), also behind a proclitic: «الحوثيين», «للحوثيين», «والديمقراطيون». */
const PLURAL_NISBA = /^[وف]?(ال|لل)\S{2,}(يين|يون)$/;

/**
 * A squad list's clubs: one to three words in parentheses right after a person's name, tagged as organizations. In a
 * football story (`football`), where a player's affiliation in parentheses is his club: untagged words of letters that
 * the article writes so after people at least twice («عبدالله المعيوف (الهلال)», «سلمان الفرج (الهلال)»: clubs named
 * by common words, «الهلال», «النصر», «الشباب», which the tagger leaves untagged). In any story: words of letters
 * followed by a country's nisba, whatever the tagger made of them, where the article writes at least
 * `MIN_AFFILIATIONS` such after people («مهدي بنعطية (يوفنتوس الإيطالي)», «غانم سايس (وولفر هامبتون الإنجليزي)»: a
 * list of people with their clubs, or parties, and the clubs' countries). Changes `tags` in place.
 */
function overlayPlayerClubs(
  words: readonly string[][],
  norm: readonly string[][],
  tags: string[][],
  tagger: Tagger,
  football: boolean,
): void {
  const found: [number, number, number][] = [];
  const count = new Map<string, number>();
  const withNisba: [number, number, number][] = [];
  for (const [si, t] of tags.entries()) {
    const w = words[si],
      n = norm[si];
    for (let e = 1; e + 2 < t.length; e++) {
      if (!t[e - 1].endsWith('PERS') || t[e] !== 'O' || w[e] !== '(') continue;
      let c = e + 1;
      while (c < t.length && c - e <= MAX_CLUB_WORDS && w[c] !== ')' && t[c] === 'O' && ARABIC_LETTERS.test(n[c])) c++;
      if (football && c < t.length && w[c] === ')' && c > e + 1) {
        const key = n.slice(e + 1, c).join(' ');
        count.set(key, (count.get(key) ?? 0) + 1);
        found.push([si, e + 1, c]);
      }
      // the words and a country's nisba: «(يوفنتوس الإيطالي)»
      let d = e + 1;
      while (d < t.length && d - e <= MAX_CLUB_WORDS + 1 && w[d] !== ')' && ARABIC_LETTERS.test(n[d])) d++;
      if (
        d < t.length &&
        w[d] === ')' &&
        d > e + 2 &&
        t[d - 1] === 'O' &&
        tagger.isPlaceNisba?.(masculineNisba(n[d - 1]))
      )
        withNisba.push([si, e + 1, d - 1]);
    }
  }
  const clubs = found.filter(([si, b, c]) => (count.get(norm[si].slice(b, c).join(' ')) ?? 0) >= 2);
  if (withNisba.length >= MIN_AFFILIATIONS) clubs.push(...withNisba);
  for (const [si, b, c] of clubs) for (let k = b; k < c; k++) tags[si][k] = (k === b ? 'B-' : 'I-') + 'ORG';
}
/** People with an affiliation and its country's nisba in parentheses after them that make a list of clubs. */
const MIN_AFFILIATIONS = 3;
/** The longest club name read in parentheses after a player's name, in words. */
const MAX_CLUB_WORDS = 3;
/** A normalized word of Arabic letters only. */
const ARABIC_LETTERS = /^[\u0621-\u064A]+$/;

/** Salience weights. */
export const SALIENCE = { mention: 1, earliness: 2, inTitle: 2, inSummary: 0.5 };
/** Spelling variants merge only when their letters without long vowels number at least this («علي» / «عالي» do not). */
const MIN_LOOSE_LETTERS = 4;

/** A Latin letter's name written with ال (normalized: «الاف» of «الأف بي آي»): an acronym takes no article. */
const isLetterNameWithAl = (w: string) => w.startsWith('ال') && isLetterName(w.slice(2));

/** Where a short phrase in parentheses that opens at `i` closes (at most `MAX_ALIAS_WORDS` words), or -1. */
function shortParenEnd(tokens: readonly string[], i: number): number {
  if (tokens[i] !== '(') return -1;
  const close = tokens.indexOf(')', i + 1);
  // a dateline's source credit is no short name: «دبي، الإمارات العربية المتحدة (CNN)—», «القاهرة (رويترز) -»
  if (DASHES.has(tokens[close + 1])) return -1;
  return close >= i + 2 && close - i - 1 <= MAX_ALIAS_WORDS ? close : -1;
}

/** Where a sentence's dateline ends: the «(» of the source credit within its first words («دبي، الإمارات العربية
 * المتحدة (CNN)—»), or -1. The places before it say where the story was filed. */
function datelineEnd(tokens: readonly string[]): number {
  for (let i = 1; i < Math.min(tokens.length, MAX_DATELINE_WORDS); i++)
    if (tokens[i] === '(' && shortParenEnd(tokens, i) < 0 && DASHES.has(tokens[tokens.indexOf(')', i + 1) + 1]))
      return i;
  return -1;
}
const MAX_DATELINE_WORDS = 8;

/**
 * A dateline's names the tagger left out, in place. Its city, when the dateline names the city, then the country (a
 * place the tagger tagged), then the source credit («سيؤول، كوريا الجنوبية (CNN)—»): a place. The source credit
 * («دبي، الإمارات العربية المتحدة (CNN)—», «القاهرة (رويترز) -»), one to three words in parentheses the tagger left
 * untagged: an organization, a news agency or a network, which the gold files count as a mention (and the article
 * may name again: «في تصريحات لـCNN»).
 */
function overlayDatelines(words: readonly string[][], tags: string[][]): void {
  for (const [si, t] of tags.entries()) {
    const w = words[si];
    const open = datelineEnd(w);
    if (open < 0) continue;
    if (
      open >= 3 &&
      t[0] === 'O' &&
      COMMAS.has(w[1]) &&
      t[2] === 'B-LOC' &&
      t.slice(3, open).every((x) => x === 'I-LOC')
    )
      t[0] = 'B-LOC';
    const close = w.indexOf(')', open + 1);
    if (close <= open + 1 || close - open - 1 > MAX_CREDIT_WORDS) continue;
    if (!t.slice(open + 1, close).every((x) => x === 'O')) continue;
    for (let k = open + 1; k < close; k++) t[k] = k === open + 1 ? 'B-ORG' : 'I-ORG';
  }
}
const COMMAS = new Set(['،', ',']);
const MAX_CREDIT_WORDS = 3;

/** The words in parentheses right after position `j`, when they can be a short name: «( كاف )», «( ناسا )»; not an
 * age («( 72 عاما )») or a photo caption («( يمين )»). */
function aliasAfter(
  words: readonly string[],
  norm: readonly string[],
  j: number,
  tagger: Tagger,
  parenthesized: ReadonlyMap<string, number>,
): { norm: string[]; words: string[] } | undefined {
  const close = shortParenEnd(words, j);
  if (close < 0) return undefined;
  const alias = norm.slice(j + 1, close);
  if (alias.some((w) => /\p{N}/u.test(w))) return undefined;
  // a former or later name is another name («هيئة تحرير الشام ( جبهة النصرة سابقا )»), counted on its own
  if (FORMERLY.has(alias[alias.length - 1])) return undefined;
  // a compass word says where a place lies, it does not name it: «اللاذقية ( غرب )», «حماة ( وسط )»
  if (alias.every((w) => COMPASS_WORDS.has(w) || DIRECTIONS.has(w))) return undefined;
  // nor does a place's nisba say which one it is: «النادي الأهلي ( المصري )», «الوداد ( المغربي )»
  if (alias.length === 1 && tagger.isPlaceNisba?.(masculineNisba(alias[0]))) return undefined;
  // common words only («( يمين )») are an alias when the article puts them in parentheses again («( كاف )»)
  if (alias.every((w) => isCommon(w, tagger)) && (parenthesized.get(alias.join(' ')) ?? 0) < 2) return undefined;
  return { norm: alias, words: words.slice(j + 1, close) };
}

/**
 * A gulf's or a strait's head (`WATERWAY_HEADS`, also behind a proclitic) right before a place the tagger tagged, which
 * it left untagged or tagged as a place of its own («بخليج | عدن»), joins that place. Retags in place.
 */
function joinWaterwayHeads(norm: readonly string[][], tags: string[][]): void {
  for (const [si, t] of tags.entries())
    for (let i = 0; i + 1 < t.length; i++) {
      if ((t[i] !== 'O' && t[i] !== 'B-LOC') || t[i + 1] !== 'B-LOC') continue;
      if (!cliticVariants(norm[si][i]).some((v) => WATERWAY_HEADS.has(v))) continue;
      t[i] = 'B-LOC';
      t[i + 1] = 'I-LOC';
    }
}

/**
 * An organization's field that the tagger left out of its name, when the organization's short name follows in
 * parentheses: one untagged word with the preposition ل, and a definite word after it («إتحاد أميركا الجنوبية |
 * لكرة القدم ( كونميبول )», «الجمعية الملكية | لمنع الحوادث ( روسبا )»), joins the name, so that the short name
 * is given right after it (`aliasAfter`). Changes `tags` in place.
 */
function overlayFieldBeforeAlias(
  words: readonly string[][],
  norm: readonly string[][],
  tags: string[][],
  tagger: Tagger,
  parenthesized: ReadonlyMap<string, number>,
): void {
  for (const [si, t] of tags.entries()) {
    const w = words[si],
      n = norm[si];
    for (let j = 1; j < t.length; j++) {
      if (t[j] !== 'O' || !t[j - 1].endsWith('ORG') || !FIELD_PREPOSITION.test(n[j])) continue;
      let end = j + 1;
      if (!aliasAfter(w, n, end, tagger, parenthesized)) {
        if (t[end] !== 'O' || !/^ال\S{2,}/.test(n[end] ?? '')) continue;
        end++;
        if (!aliasAfter(w, n, end, tagger, parenthesized)) continue;
      }
      for (let k = j; k < end; k++) t[k] = 'I-ORG';
    }
  }
}
/** A word with the preposition ل: an organization's field («لكرة», «للطاقة», «لحقوق»). */
const FIELD_PREPOSITION = /^ل\S{2,}/;

/** Longest description kept, in words. */
const MAX_DESCRIPTION_WORDS = 4;

interface Mention {
  /** original words of the mention */
  words: string[];
  /** normalized words */
  norm: string[];
  type: EntityType;
  sentence: number;
  description?: string;
  /** how many title words a quoted name kept («"الشيخ تحيفة"»: 1) */
  quotedTitle?: number;
  /** the name stands in quotation marks, alone («"رايان إير"») */
  quoted?: boolean;
  /** a model's name in quotation marks after the word for a car, a phone, a plane or a model («طراز "تورنيدو"») */
  model?: boolean;
  /** a medium's name: a site's in quotation marks after the word for a website («موقع "توركيش مينيت"»), or an agency's
   * place name after the word for an agency («وكالة أنباء الأناضول») */
  media?: boolean;
  /** a place's use: after a word of place or state («في روسيا», «رئيس فرنسا») */
  placeUse?: boolean;
  /** a one-word place right after another place the tagger tagged («طهران وشيراز»): an item of a list of places */
  listed?: boolean;
  /** the short name given in parentheses right after it («الاتحاد الإفريقي لكرة القدم ( كاف )»): normalized
   * words, and as written */
  alias?: { norm: string[]; words: string[] };
}

/** Dashes, which follow a dateline's credit in parentheses. */
const DASHES = new Set(['-', '–', '—', '―']);
/** An alias in parentheses has at most this many words, no digit, and a word that is not common. */
const MAX_ALIAS_WORDS = 3;

/** A definite word in ي that the news text does not use as an adjective after a noun: a surname's form («الخزري»).
 * Alone, it is counted for the person only where no definite word stands before it («العام الماضي» is no «الماضي»
 * of «محمد الماضي»). */
const isNisbaSurname = (n: string, tagger: Tagger) =>
  /^ال\S{3,}ي$/.test(n) && !!tagger.isAdjectiveWord && !tagger.isAdjectiveWord(n);

/** A word of a nisba's form without ال («جعفري», «مودي», «بيلي»): as a person's surname, the news text also writes
 * it as a common word (the nisba with ال, «الجعفري», makes the bare form common), yet alone in an article that names
 * the person in full it is the person, but after a definite word (where a nisba is an adjective). */
const BARE_NISBA = /^[^ا]\S{2,}ي$/;

const isNisba = (n: string) => /^(و|ف)?(ب|ل|ك)?ال\S{2,}(ي|يه|يين|يون)$/.test(n) || /^لل\S{2,}(ي|يه)$/.test(n);
/** A word that begins with a proclitic's letter and ال yet is a word of its own (a name: «فاليري», which `isNisba`
 * reads as ف + «اليري»). */
const isWholeName = (n: string, tagger: Tagger) => /^[وفبلك]ال/.test(n) && !hasClitic(n, tagger);

/** A word that begins with و ف ب ل ك and has a proclitic to strip (not a word of its own: «بريت», «كاليفورنيا»). */
const hasClitic = (n: string, tagger: Tagger) => !tagger.isWholeWord?.(n);

/** A word that begins with a proclitic letter that is a proclitic («وإسرائيل», «بمصر»; not «بريطانيا»). */
const hasProclitic = (n: string, tagger: Tagger) => /^[وفبلك]/.test(n) && hasClitic(n, tagger);
/**
 * A proclitic: «و» or «ف» by the statistics («وتل أبيب»); a preposition before a word of at least three letters, by
 * the statistics or before a frequent word («بولاية», «بريف», which the statistics call whole words); not «بحر»
 * (sea), whose «حر» is frequent too.
 */
const procliticBefore = (n: string, tagger: Tagger) =>
  (/^[وف]/.test(n) && hasClitic(n, tagger)) ||
  (n.length >= 4 && (hasProclitic(n, tagger) || (/^[وفبل]/.test(n) && !!tagger.isFrequentWord?.(n.slice(1)))));

/** A common word (the tagger's word statistics), also behind a proclitic («كلاعب», «بالأوسكار»). */
function isCommon(n: string, tagger: Tagger): boolean {
  if (!tagger.isCommonWord) return false;
  if (tagger.isCommonWord(n)) return true;
  return (
    hasClitic(n, tagger) &&
    cliticVariants(n)
      .slice(1)
      .some((v) => tagger.isCommonWord!(v) && !isVerbAfterPreposition(n, v, tagger))
  );
}

/** A preposition (ب ل ك) before «و»/«ف» and an imperfect verb («بويري»: ب + و + «يري») is no reading of the word:
 * prepositions come before nouns, and before the conjunction only when it is a word's first letter («بوزير»). */
const isVerbAfterPreposition = (n: string, v: string, tagger: Tagger) =>
  /^[بلك]/.test(n) && v === n.slice(1) && /^[وف][يتن]/.test(v) && !!tagger.isFrequentWord?.(v.slice(1));

/**
 * A word the tagger's statistics call an adjective (a definite word that follows another definite word almost
 * every time it occurs), here right after a definite word or a name: «الحكومة السورية», «محافظة حماة السورية».
 * Such a word is the adjective of the noun or name before it, not a place on its own.
 */
const isAdjectiveAfterNoun = (norm: readonly string[], i: number, tagger: Tagger, afterName = false) =>
  i > 0 &&
  (((afterName ||
    DEFINITE_WORD.test(norm[i - 1]) ||
    // … or after another adjective and a hyphen («الحدود العراقية- السورية», the Iraqi-Syrian border)
    (i > 1 && HYPHEN_MARK.test(norm[i - 1]) && DEFINITE_WORD.test(norm[i - 2]))) &&
    !!tagger.isAdjectiveWord &&
    cliticVariants(norm[i]).some((v) => tagger.isAdjectiveWord!(v))) ||
    isCountryAdjective(norm, i, tagger));
/** A hyphen or a dash between two words (normalized token) */
const HYPHEN_MARK = /^[-–—]$/;
/** A country's name that is also its feminine nisba («السعودية»), right after a definite feminine noun or plural
 * («القنصلية السعودية», «السلطات السعودية»): the adjective, no mention of the country. */
const isCountryAdjective = (norm: readonly string[], i: number, tagger: Tagger) =>
  i > 0 && /^ال\S+(ه|ات)$/.test(norm[i - 1]) && isFeminineNisba(norm[i], tagger);

/** A people, a sect or a tribe (the tagger's group names: «الشيعة», «والأكراد»), or a government or a language
 * named by an adjective («الحكومة العراقية», «للسلطات الصينية», «اللغة العربية»). */
function isGroupOrGovernment(n: readonly string[], tagger: Tagger): boolean {
  const firsts = cliticVariants(n[0]);
  // definite only: a tribe named after its ancestor is also a given name («تميم» of «تميم بن حمد آل ثاني»)
  const group = (f: string) => f.startsWith('ال') && tagger.isGroupName!([f, ...n.slice(1)].join(' '));
  if (tagger.isGroupName && firsts.some(group)) return true;
  return n.length > 1 && firsts.some((f) => ADJECTIVE_ONLY_HEADS.has(f)) && n.slice(1).every(isNisba);
}

/**
 * A masculine plural noun in the construct state, «ممثلو» (of «ممثلون» / «ممثلين») before the name it governs:
 * «ممثلو درو باريمور», «معجبو حديد». Its plural with ين or ون is a common word or one the tagger learned, or the
 * article writes the plural elsewhere, also with a pronoun («معجبيها»). Names in و have no such plural
 * («ماريو», «محمدو»).
 */
function isConstructPlural(n: string, tagger: Tagger, articleWords: () => ReadonlySet<string>): boolean {
  if (n.length < 4 || !n.endsWith('و')) return false;
  const stem = n.slice(0, -1);
  if (['ين', 'ون'].some((s) => isCommon(stem + s, tagger) || !!tagger.isKnownWord?.(stem + s))) return true;
  for (const w of articleWords())
    if (w !== n && w.startsWith(stem) && /^(ون|ين|ي(ه|ها|هم|هن|كم|نا))$/.test(w.slice(stem.length))) return true;
  return false;
}

/**
 * A people named without ال after a noun, as an adjective («دبلوماسيين روس», «قراصنة روس»): a word whose definite
 * form is a group name (the tagger's `isGroupName`: «الروس») and that the tagger did not learn (tribes named after
 * an ancestor are given names: «سعيد»), after an untagged plural noun that is neither a title nor a word that
 * precedes people («وقال روس» is Wilbur Ross).
 */
function isPeopleAfterNoun(
  norm: readonly string[],
  i: number,
  tags: readonly string[] | undefined,
  tagger: Tagger,
): boolean {
  if (i === 0 || norm[i].startsWith('ال') || !tagger.isGroupName?.('ال' + norm[i])) return false;
  // a tribe named after its ancestor is also a given name («سعيد», «عيسى»): not a word the tagger learned
  if (tagger.isKnownWord?.(norm[i]) !== false) return false;
  const prev = norm[i - 1];
  // a plural noun: «مواطنين», «دبلوماسيون», «خبراء» (not a verb: «استدعى نوير» is Manuel Neuer, «النوير» a
  // people of South Sudan; nor a noun in ة, mostly singular: «قصيدة عبيد» is a poem of Obeid's)
  return (
    (!tags || tags[i - 1] === 'O') &&
    /^[\u0621-\u064A]{2,}(ين|ون|اء)$/.test(prev) &&
    !isTitle(prev) &&
    tagger.typeCue?.(cueKey(prev)) !== 'PERS'
  );
}

/** An indefinite accusative noun: a common word ending in ا whose form without it is common too («موسما»). */
const isAccusative = (n: string, tagger: Tagger) =>
  n.length > 3 && n.endsWith('ا') && isCommon(n, tagger) && isCommon(n.slice(0, -1), tagger);

/**
 * A common noun with a possessive pronoun («أبحاثه», «إفلاسه», «حكومتها»): the noun without the pronoun is a common
 * word. Not a word written with ة («أبو غزالة»: normalized, ة is ه), nor a stem under four letters («براهم»).
 */
function isPossessed(word: string, n: string, tagger: Tagger): boolean {
  const m = /^(.{4,}?)(ه|ها|هم|هما|هن)$/.exec(n);
  if (!m || /[ةۃ][\u064B-\u065F]*$/.test(word)) return false;
  const stem = m[1].endsWith('ت') ? m[1].slice(0, -1) + 'ه' : m[1];
  return isCommon(m[1], tagger) || (stem !== m[1] && isCommon(stem, tagger));
}

/** Drops `k` leading letters (skipping marks) from an original-text word. */
function dropLetters(word: string, k: number): string {
  let i = 0;
  while (k > 0 && i < word.length) {
    i++;
    while (i < word.length && /[\u064B-\u065F\u0670\u0640]/.test(word[i])) i++;
    k--;
  }
  return word.slice(i);
}

/**
 * An original-text word cut to its clitic-free normalized form `bare`: «وروسيا» → «روسيا»; a لل that stood
 * for ل + ال gets its ال back («للقدس», «وللقدس» → «القدس»), as the normalized form has it.
 */
function toBare(word: string, normWord: string, bare: string): string {
  const out = dropLetters(word, normWord.length - bare.length);
  return bare.startsWith('ال') && nerNormalize(out).startsWith('لل') ? 'ا' + dropLetters(out, 1) : out;
}

/** The description before token `start`: a title head followed by offices/nisba adjectives. */
function descriptionBefore(words: string[], norm: string[], start: number): string | undefined {
  let j = start - 1;
  while (j >= 0 && start - j <= MAX_DESCRIPTION_WORDS && (isNisba(norm[j]) || TITLE_CONTINUATIONS.has(norm[j]))) j--;
  for (let k = j; k >= 0 && start - k <= MAX_DESCRIPTION_WORDS; k--) {
    const stem = cliticVariants(norm[k]).map((v) => v.replace(/^ال/, ''));
    if (stem.some((s) => TITLE_HEADS.has(s))) {
      const out = words.slice(k, start);
      // «بالرئيس» → «الرئيس», «والرئيس» → «الرئيس»
      const first = cliticVariants(norm[k]);
      out[0] = toBare(out[0], norm[k], first[first.length - 1]);
      return out.join(' ');
    }
    if (!(isNisba(norm[k]) || TITLE_CONTINUATIONS.has(norm[k]))) break;
  }
  return undefined;
}

/** Latin letters by their Arabic names, as acronyms are written («بي بي سي»), normalized; not «في», «أو»,
 * «إن», which are also words (in, or, that). */
const LETTER_NAMES = new Set(
  Object.values(LATIN_LETTER_NAMES)
    .map(nerNormalize)
    .filter((w) => !['في', 'او', 'ان'].includes(w)),
);

/** The sentence index of mentions in the title. */
export const TITLE_SENTENCE = -1;

/** A definite word (normalized) whose word without ال precedes places («جزيره» of «الجزيره») and stands in the
 * article as written (`articleWords`): the article's place named again by its kind («the island»). */
function isPlaceWordAgain(w: string, tagger: Tagger, articleWords: () => ReadonlySet<string>): boolean {
  if (!w.startsWith('ال') || w.length <= 4) return false;
  const bare = w.slice(2);
  return tagger.typeCue?.(bare) === 'LOC' && articleWords().has(bare);
}

/** Whether a word has a letter (`/\p{L}/u`), the common case, an Arabic letter first, read without the regex. */
const hasLetter = (w: string): boolean => {
  const c = w.charCodeAt(0);
  return (c >= 0x621 && c <= 0x64a) || /\p{L}/u.test(w);
};

/**
 * Mentions in the title (when given; sentence TITLE_SENTENCE) and the sentences, tagged as one document; with
 * the normalized words of the title (first, when given) and of every sentence.
 */
function mentionsOf(
  sentences: Sentence[],
  tagger: Tagger,
  title = '',
): {
  mentions: Mention[];
  norm: string[][];
  words: string[][];
  titled: boolean;
  football: boolean;
  /** the words («si:i») of the places and bodies named after a dignitary, which count for no name */
  namedAfter: Set<string>;
} {
  const out: Mention[] = [];
  const namedAfterWords = new Set<string>();
  const titleWords = tokenTexts(title);
  if (titleWords.length)
    sentences = [{ index: TITLE_SENTENCE, text: title, paragraph: -1, start: 0, end: 0 }, ...sentences];
  const allWords = titleWords.length
    ? [titleWords, ...sentences.slice(1).map((s) => tokenTexts(s.text))]
    : sentences.map((s) => tokenTexts(s.text));
  const allNorm = allWords.map((ws) => ws.map(nerNormalize));
  let wordSet: Set<string> | undefined;
  const articleWords = () => (wordSet ??= new Set(allNorm.flat().flatMap(cliticVariants)));
  let bareSet: Set<string> | undefined;
  /** the article's words as written (normalized) */
  const bareWords = () => (bareSet ??= new Set(allNorm.flat()));
  // the short phrases the article puts in parentheses, with how often
  const parenthesized = new Map<string, number>();
  for (const n of allNorm)
    for (let i = 0; i < n.length; i++) {
      const close = shortParenEnd(n, i);
      if (close < 0) continue;
      const k = n.slice(i + 1, close).join(' ');
      parenthesized.set(k, (parenthesized.get(k) ?? 0) + 1);
    }
  // the whole article at once when the tagger has document-level features
  let allTags = tagger.tagDocument ? tagger.tagDocument(allWords) : allWords.map((w) => tagger.tag(w));
  // multi-word organization names the tagger missed or cut («مكتب التحقيقات الفيدرالي») are kept whole
  if (tagger.isOrgPhrase && tagger.startsOrgPhrase)
    allTags = overlayPhrases(allNorm, allTags, {
      has: (k) => tagger.isOrgPhrase!(k),
      starts: (w) => tagger.startsOrgPhrase!(w),
    });
  // places named with a compass word first, the tagger's place inside them giving way («جنوب أفريقيا»)
  if (tagger.isCompassPlace)
    allTags = overlayPhrases(
      allNorm,
      allTags,
      { has: (k) => tagger.isCompassPlace!(k), starts: (w) => COMPASS_WORDS.has(w) },
      'LOC',
    );
  // the tagger's word statistics, as the two overlays below read them
  const wordStats: NewsNameStats | undefined =
    tagger.isKnownWord && tagger.isFrequentWord && tagger.isCommonWord
      ? {
          typeCue: (k) => tagger.typeCue?.(k),
          newsType: (k) => tagger.newsType?.(k),
          isKnownWord: (w) => tagger.isKnownWord!(w),
          isFrequentWord: (w) => tagger.isFrequentWord!(w),
          isCommonWord: (w) => tagger.isCommonWord!(w),
          isAdjectiveWord: (w) => !!tagger.isAdjectiveWord?.(w),
          isWholeWord: (w) => !!tagger.isWholeWord?.(w),
        }
      : undefined;
  // an organization's foreign name right after an organization cue («شركة عربسات»)
  if (wordStats && tagger.typeCue) overlayCuedOrgs(allNorm, allTags, wordStats, cliticVariants);
  // places, organizations and people the news text names after the words before them, left untagged by the tagger
  if (wordStats && tagger.newsType && tagger.isAdjectiveWord)
    overlayNewsNames(
      allWords,
      allNorm,
      allTags,
      // … and the people the tagger itself tags alone often enough in the news text («نيمار», «فيدرر»)
      { ...wordStats, newsType: (k) => wordStats.newsType(k) ?? (tagger.isNewsPerson?.(k) ? 'PERS' : undefined) },
      cliticVariants,
      // «آل» (a family) normalizes to «ال»
      (w) => GROUP_HEADS.has(w) || FACILITY_CUES.has(w) || orgHead(w) !== undefined || w === 'ال',
    );
  // two-word places and organizations of the news text whose first word is a plain noun («دير الزور»)
  if (tagger.newsPair) overlayNewsPairs(allNorm, allTags, (k) => tagger.newsPair!(k), cliticVariants);
  // an armed group named by its head and a name the tagger took for MISC («جيش الإسلام»)
  overlayGroupNames(allNorm, allTags);
  // armed groups and movements named since the tagger's training text («داعش», «هيئة تحرير الشام»)
  overlayListedOrgs(allNorm, allTags, NEW_GROUPS);
  // social networks and messaging apps («على انستغرام»)
  overlayPlatforms(allNorm, allTags);
  // organizations the article names twice by a head and definite words («بنك الإسكان»)
  allTags = overlayRepeatedOrgs(allWords, allNorm, allTags, (w) => !!tagger.isPlaceNisba?.(w));
  // an organization named by its head, a place and an adjective («قوات سوريا الديمقراطية»)
  overlayPlaceOrgs(allNorm, allTags);
  // … and a province's or a city's council or court («مجلس محافظة الأنبار»)
  overlayUnitCouncils(allNorm, allTags);
  // a country's army, police or intelligence («المخابرات الروسية»)
  if (tagger.isPlaceNisba)
    overlayNationalForces(
      allNorm,
      allTags,
      (w) => !!tagger.isPlaceNisba!(w),
      (k) => !!tagger.isCountry?.(k),
    );
  // … and an organization named by plain words, with its country's nisba («وزارة الخارجية الأمريكية»)
  if (tagger.isPlaceNisba) extendPlainOrgsWithNisba(allNorm, allTags, (w) => !!tagger.isPlaceNisba!(w));
  // a country's name in a list of places the tagger left out («السعودية والإمارات والكويت»)
  if (tagger.isCountry) overlayListedCountries(allNorm, allTags, (k) => tagger.isCountry!(k));
  // an organization's name that goes on after «و» («حزب العدالة والتنمية»), written so twice
  joinCoordinatedOrgWords(allNorm, allTags);
  // a person the tagger missed, described right after a comma by a title («بوزيد، رئيس تحرير صحيفة برنيق»)
  overlayApposedPeople(allNorm, allTags, tagger);
  // an organization's name in quotation marks right after a word that precedes organizations («قناة "المسيرة"»)
  overlayQuotedOrgs(allWords, allNorm, allTags, tagger);
  // … and in Latin letters («مؤسسة Which»)
  overlayLatinOrgs(allNorm, allWords, allTags, tagger);
  // a United Nations agency («منظمة الأمم المتحدة للطفولة»)
  extendUnAgencies(allNorm, allTags);
  // a place's name the tagger split in two («مدينة بحر دار»)
  joinSplitPlaces(allNorm, allTags, tagger);
  // a dateline's city before its country («سيؤول، كوريا الجنوبية (CNN)»), and its source credit
  overlayDatelines(allWords, allTags);
  // a family name in «آل» continues a person's name («تركي آل الشيخ»)
  joinFamilyNames(allWords, allNorm, allTags, tagger);
  // a nationality right before another person's name is that person's, not the end of the name before it
  if (tagger.isPlaceNisba) cutNisbaBeforePerson(allNorm, allTags, (w) => !!tagger.isPlaceNisba!(w));
  // whether the article names a place without a definite word after it (once per name)
  const aloneNames = new Map<string, boolean>();
  const placeAlone = (name: string[]) => {
    const k = name.join(' ');
    let v = aloneNames.get(k);
    if (v === undefined) aloneNames.set(k, (v = occursAlone(allNorm, name)));
    return v;
  };
  /** the words (without a proclitic) at the tags `at` picks, read once from the tags as they stand at first use */
  const wordsAt = (at: (t: readonly string[], k: number) => boolean) => {
    let set: Set<string> | undefined;
    return () => {
      if (set) return set;
      set = new Set();
      for (const [si, t] of allTags.entries())
        for (let k = 0; k < t.length; k++) if (at(t, k)) set.add(lastCliticVariant(allNorm[si][k]));
      return set;
    };
  };
  // the last words of the person spans of two words or more (surnames)
  const personEnds = wordsAt((t, k) => k > 0 && t[k] === 'I-PERS' && t[k + 1] !== 'I-PERS');
  // the organizations the article tags as one word
  const orgsAlone = wordsAt((t, k) => t[k] === 'B-ORG' && t[k + 1] !== 'I-ORG');
  // how often the tagger names each person span (its words as a key), once per article
  let personCountMap: Map<string, number> | undefined;
  const personCounts = () => {
    if (personCountMap) return personCountMap;
    personCountMap = new Map();
    for (const [si, t] of allTags.entries())
      for (let k = 0; k < t.length; k++) {
        if (t[k] !== 'B-PERS') continue;
        let e = k + 1;
        while (e < t.length && t[e] === 'I-PERS') e++;
        const key = allNorm[si].slice(k, e).join(' ');
        personCountMap.set(key, (personCountMap.get(key) ?? 0) + 1);
      }
    return personCountMap;
  };
  // national teams («منتخب المغرب», «المنتخب التونسي»): a place the tagger knows or the article tags, or a country
  // («المنتخب البلجيكي»: «بلجيكا» is no word of the tagger's training text)
  const tagged = new Set(allNorm.flatMap((n, si) => n.filter((_, i) => allTags[si][i].endsWith('LOC'))));
  allTags = overlayNationalTeams(
    allNorm,
    allTags,
    (w) => tagged.has(w) || !!tagger.isKnownWord?.(w) || !!tagger.isCountry?.(w),
  );
  // a football story: it names a national team, or at least two football words
  const nWords = allNorm.reduce((c, n) => c + n.filter(hasLetter).length, 0);
  const football =
    allTags.some((t, si) => t.some((x, i) => x === 'B-ORG' && /منتخب$/.test(allNorm[si][i]))) ||
    allNorm.reduce((c, n) => c + n.filter(isFootballWord).length, 0) >= Math.max(2, nWords / FOOTBALL_WORDS_PER);
  // a squad list's clubs: the words in parentheses after players' names («سلمان الفرج (الهلال)» in a football story,
  // «مهدي بنعطية (يوفنتوس الإيطالي)» in any)
  overlayPlayerClubs(allWords, allNorm, allTags, tagger, football);
  // an organization's field the tagger left out before its short name («الاتحاد الإفريقي | لكرة القدم ( كاف )»)
  overlayFieldBeforeAlias(allWords, allNorm, allTags, tagger, parenthesized);
  // a gulf or a strait and the place it is named after are one place («بخليج عدن», «مضيق تايوان»)
  joinWaterwayHeads(allNorm, allTags);
  joinHyphenatedNames(
    sentences.map((s) => s.text),
    allWords,
    allNorm,
    allTags,
    tagger,
  );
  // a theophoric given name written as one word right before a person's name the tagger began after it («عبدربه |
  // منصور هادي»)
  joinServantNames(allNorm, allTags);
  // … and a compound given name in «الدين» or «الإسلام» («فخر | الدين بن يوسف», «سيف الإسلام» typed MISC)
  joinCompoundGivenNames(allNorm, allTags);
  // a name of three words or more shortened by its first word(s) («سان جرمان» of «باريس سان جرمان»)
  tagShortenedNames(allNorm, allTags, tagger);
  // … and written with a space before a particle («مون جاي إن،»)
  joinParticleEnds(allNorm, allTags);
  // … and never ends at «بن» («مئير بن | شابات»: the name goes on)
  joinNamesAfterBin(allNorm, allTags);
  // an organization's head alone glued to a person after it («المنظمة | فيليب لاليو»)
  splitHeadBeforePerson(allNorm, allTags);
  for (const [si, s] of sentences.entries()) {
    const words = allWords[si];
    const tags = allTags[si];
    if (tags.every((t) => t === 'O')) continue;
    const norm = allNorm[si];
    const dateline = datelineEnd(words);
    let i = 0;
    while (i < tags.length) {
      if (tags[i] === 'O' || !tags[i].includes('-')) {
        i++;
        continue;
      }
      let type = tags[i].slice(2) as EntityType;
      let j = i + 1;
      while (j < tags.length && tags[j] === 'I-' + type) j++;
      /** gives the span i..j another type, its tags too */
      const retype = (to: EntityType) => {
        type = to;
        for (let k = i; k < j; k++) tags[k] = (k === i ? 'B-' : 'I-') + type;
      };
      // a dignitary a place or a body is named after is no person of the story («مدينة الملك عبدالله الرياضية»,
      // «مركز الملك سلمان للإغاثة», «جامعة الملك سعود»): a title between the name and the word for the place. The
      // words from that word on are kept as a name that is not shown (MISC), so that they count for no person of the
      // article either (the king the article names in his own right)
      const namedAfter = type === 'PERS' ? namedAfterStart(norm, i) : -1;
      if (namedAfter >= 0 && tags.slice(namedAfter, i).every((t) => t === 'O')) {
        for (let k = namedAfter; k < j; k++) {
          tags[k] = (k === namedAfter ? 'B-' : 'I-') + 'MISC';
          namedAfterWords.add(`${si}:${k}`);
        }
        i = j;
        continue;
      }
      // the imperative «قم ب…» (do …) of a how-to is no city of Qom («ثم قم باختيار فتح في مسنجر»)
      if (type === 'LOC' && j === i + 1 && isImperativeDo(norm, i, tagger)) {
        tags[i] = 'O';
        i = j;
        continue;
      }
      // a preposition and a common word right before a place is no place of its own («بريف دمشق», in the countryside
      // of Damascus: the word statistics call «بريف» whole, as «بريف» outnumbers «ريف» in the news text)
      if (
        type === 'LOC' &&
        j === i + 1 &&
        tags[j] === 'B-LOC' &&
        /^[بل]/.test(norm[i]) &&
        procliticBefore(norm[i], tagger) &&
        !!tagger.isCommonWord?.(norm[i].slice(1))
      ) {
        tags[i] = 'O';
        i = j;
        continue;
      }
      // a country's name is no person («كوستا ريكا», which the list writes «كوستاريكا»)
      if (type === 'PERS' && isCountryName(norm.slice(i, j), tagger)) retype('LOC');
      // a «person» right after a word that precedes organizations or places is one («شركة إيفانكا ترامب ماركس»)
      const before = wordBeforeName(norm, i);
      const cue = before >= 0 && type === 'PERS' ? tagger.typeCue?.(cueKey(norm[before])) : undefined;
      if (cue && cue !== 'PERS') retype(cue);
      // a «person» named right after the word for a film, a song, a prize… (also behind a quotation mark) is that
      // work's title: «فيلم "أفينجرز"», «أغنية ديسباسيتو», «جائزة غولدن غلوب»
      if (type === 'PERS' && (isCuedBy(MISC_CUES, norm, i) || insideCuedTitle(words, norm, i, j))) retype('MISC');
      // a name quoted whole right after the word for a website is the site's, an organization, at every mention
      const media =
        (i > 0 && QUOTE_MARKS.test(norm[i - 1]) && QUOTE_MARKS.test(words[j] ?? '') && isCuedBy(SITE_CUES, norm, i)) ||
        // … as is a place named right after the word for an agency (or after it and «أنباء»), no country: the agency's
        (type === 'LOC' && isAgencyName(norm, i) && !isCountryName(norm.slice(i, j), tagger));
      // a name in quotation marks right after the word for a car, a phone or a plane is the model's («سيارة "إي كيو
      // سي"»), whatever the tagger typed; the maker stands unquoted («هاتف غوغل»)
      let model = false;
      if (i > 0 && QUOTE_MARKS.test(norm[i - 1]) && isCuedBy(MODEL_CUES, norm, i)) {
        if (type !== 'MISC') retype('MISC');
        model = true;
      }
      // a ship's name right after the word for a ship («السفينة ديتشوتي», «سفينة "أكواريوس"»), also after its flag's
      // nisba («السفينة الإيطالية "فوس تالاسا"»); not a country
      if (
        type !== 'MISC' &&
        (isCuedBy(SHIP_CUES, norm, i) || isCuedAcrossNisba(SHIP_CUES, norm, i)) &&
        !isCountryName(norm.slice(i, j), tagger)
      )
        retype('MISC');
      // a hurricane's name is no organization either («إعصار "ماكونو"»): the storm's (kept unshown)
      if (type === 'ORG' && isCuedBy(HURRICANE_CUES, norm, i)) retype('MISC');
      // «الجزيرة» in a story about an island is the island: a one-word definite «organization» that is a word which
      // precedes places with ال, where the article also writes that word without it («جزيرة سقطرى» … «الجزيرة»), and
      // no word that precedes organizations stands before it («قناة الجزيرة»), refers back to the place
      if (type === 'ORG' && j - i === 1 && isPlaceWordAgain(lastCliticVariant(norm[i]), tagger, articleWords))
        if (!(before >= 0 && tagger.typeCue?.(cueKey(norm[before])) === 'ORG')) retype('MISC');
      // a storm's name after the word for it and an adjective («العاصفة المدارية كريس»)
      if (
        type === 'PERS' &&
        i > 1 &&
        NISBA_ADJECTIVE.test(norm[i - 1]) &&
        cliticVariants(norm[i - 2]).some((v) => STORM_CUES.has(v))
      )
        retype('MISC');
      if ((type === 'PERS' || type === 'MISC') && isCuedBy(APP_CUES, norm, i)) retype('ORG');
      // a name joined by a hyphen to a number is a model's, an exercise's or a mission's («إس-300», «فوستوك-2018»,
      // «تيانقونغ-1»): MISC, whatever the tagger typed
      if (type !== 'MISC' && words[j] === '-' && /^\d/.test(words[j + 1] ?? '')) retype('MISC');
      // a «person» whose name begins with the word for a kind of organization or an armed group is one («فيلق
      // الرحمن», «حركة أحرار الشام»: «الرحمن» of «عبد الرحمن» made it a person)
      if (type === 'PERS' && j - i > 1 && (orgHead(norm[i]) !== undefined || GROUP_HEADS.has(norm[i]))) retype('ORG');
      // a person a facility is named after: a «person» of two words or more, or after a title, right after the
      // facility's word («مطار الملك عبدالعزيز», «ملعب سانتياغو برنابيو»); one word alone may be a town's name,
      // as stadiums and airports are named after towns too («ملعب إيكاترينبرغ»)
      if (
        type === 'PERS' &&
        ((j - i > 1 && isCuedBy(FACILITY_CUES, norm, i)) ||
          (i > 1 && isTitle(norm[i - 1]) && isCuedBy(FACILITY_CUES, norm, i - 1)))
      )
        retype('MISC');
      // a beauty queen's title, «ملكة جمال إسرائيل» (Miss Israel): «جمال» is beauty there, not the given name
      if (type === 'PERS' && norm[i] === 'جمال' && i > 0 && cliticVariants(norm[i - 1]).some((v) => PAGEANT.has(v)))
        retype('MISC');
      // an organization named with its place, the place word bare (no proclitic): one organization («فوغ
      // إيطاليا», «ريال مدريد», «أياكس أمستردام»); «حزب الله وإسرائيل», «الأزهر بمصر» are two names, and so is a
      // definite organization before its object («اتهم الكرملين واشنطن»), or one that ends with a definite word before
      // a bare place («منظمة حظر الأسلحة الكيميائية | سوريا»; «وكالة الأنباء السعودية» is one)
      if (
        type === 'ORG' &&
        !/^ال/.test(norm[i]) &&
        !(DEFINITE_WORD.test(norm[j - 1]) && !DEFINITE_WORD.test(norm[j] ?? '')) &&
        tags[j] === 'B-LOC' &&
        !hasProclitic(norm[j], tagger) &&
        // nor the word for a kind of place before its name («بجزيرة سينتوسا», the island typed an organization)
        !(j - i === 1 && tagger.typeCue?.(lastCliticVariant(norm[i])) === 'LOC')
      ) {
        j++;
        while (j < tags.length && tags[j] === 'I-LOC') j++;
      }
      // a surname the tagger cut off: one word right after a person's span («سيلفستر | ستالون», «رجب طيب |
      // اردوغان»); two full names side by side are two people listed («كريس سمولينغ دوايت جايل»), and two people
      // are otherwise joined by و («بوش وبلير»; also before a name that looks whole: «دميرتاش وفيغن يوكسداغ»), unless
      // the word in و is whole and the article never writes it without the و («سيرينا | وليامز», «هارفي | واينستين»);
      // nor a common word the tagger took for a person of its own («عن عبد الرحمن | قوله», quoted as saying)
      if (
        type === 'PERS' &&
        tags[j] === 'B-PERS' &&
        tags[j + 1] !== 'I-PERS' &&
        (!/^[وف]/.test(norm[j]) || !bareWords().has(norm[j].slice(1))) &&
        !hasProclitic(norm[j], tagger) &&
        !isCommon(norm[j], tagger)
      )
        j++;
      // a given name the tagger cut off: one word right before a person's span of several words («أندريس | مانويل
      // لوبيز أوبرادور»); not a title, nor another person's surname («مستشار ترامب | لاري كودلو»)
      else if (
        type === 'PERS' &&
        j === i + 1 &&
        tags[j] === 'B-PERS' &&
        tags[j + 1] === 'I-PERS' &&
        !isTitle(norm[i]) &&
        !personEnds().has(lastCliticVariant(norm[i])) &&
        !/^[وف]/.test(norm[j]) &&
        !hasProclitic(norm[j], tagger)
      )
        while (j === i + 1 || tags[j] === 'I-PERS') j++;
      // two organizations tagged as one, joined by «و» before the head of the second's name («للأمم المتحدة | واللجنة
      // الدولية للصليب الأحمر»); a name's own «و» joins plain words («حزب العدالة والتنمية», «منظمة الأغذية والزراعة»)
      if (type === 'ORG')
        for (let k = i + 1; k < j; k++) {
          const rest = norm[k].replace(/^و(?=ال)/, '');
          if (rest !== norm[k] && isOrgHeadAlone(rest)) {
            tags[k] = 'B-ORG';
            j = k;
            break;
          }
        }
      // «روسيا والصين» tagged as one place: two names joined by the conjunction و (a known name after it)
      if (type === 'LOC' || type === 'PERS') {
        for (let k = i + 1; k < j; k++) {
          if (norm[k].startsWith('و') && tagger.knownBase?.(words[k])) {
            tags[k] = 'B-' + type;
            j = k;
            break;
          }
        }
      }
      // two people tagged as one across a definite title of rank («شقيق هاري الأمير وليام»): the title begins the
      // second; not a title inside a name («عبد الملك الحوثي», «تركي آل الشيخ»)
      if (type === 'PERS')
        for (let k = i + 1; k < j - 1; k++)
          if (RANK_TITLES.has(norm[k]) && !NAME_PARTICLES_BEFORE_TITLE.has(norm[k - 1])) {
            tags[k] = 'B-PERS';
            j = k;
            break;
          }
      // two people side by side tagged as one («ترامب تيريزا ماي»): a span the article names once, whose first part
      // ends another person's name in the article and whose rest is a full name the article names on its own, or
      // whose first word is a surname the article names alone («تيلرسون مارغريت بيترلين»)
      if (type === 'PERS' && j - i >= 3) {
        let k = twoPeopleSplit(norm, i, j, personCounts(), personEnds());
        if (k < 0 && isSurnameBeforePerson(norm, i, j, personCounts(), tagger)) k = i + 1;
        if (k > 0) {
          tags[k] = 'B-PERS';
          j = k;
        }
      }
      // in a football story, a place that plays is a team: «فاز المنتخب الفرنسي على كرواتيا», «تعادل البرتغال»
      // (also at a club cue: «لاعبي سويسرا», «فريق نيجيريا»; the name's type is still the vote of its mentions)
      if (type === 'LOC' && football && (isMatchCue(norm, i) || isClubWordBefore(norm, i))) retype('ORG');
      let a = i;
      // a person's name quoted whole with a title is a role or a nickname, written as it is: the title is part
      // of it («دور "الشيخ تحيفة"», tagged «تحيفة»)
      let t = i;
      while (type === 'PERS' && t > 0 && i - t < 2 && isTitle(norm[t - 1])) t--;
      const quoted = t > 0 && QUOTE_MARKS.test(words[t - 1]) && j < words.length && QUOTE_MARKS.test(words[j]);
      const quotedTitle = quoted ? i - t : 0;
      if (quoted) a = t;
      // otherwise a title the tagger put inside a person's span belongs to the description
      if (type === 'PERS' && !quoted) {
        while (
          a < j - 1 &&
          (isTitle(norm[a]) || (isNisba(norm[a]) && !isWholeName(norm[a], tagger)) || TITLE_CONTINUATIONS.has(norm[a]))
        )
          a++;
      }
      // a person's name does not start with a common word («حذو ترامب»), a construct plural («ممثلو درو
      // باريمور») or a feminine noun the news text never uses in names («لتغريدة نيمار»), nor end with a common
      // word behind a preposition and ال («بورتمان بالأوسكار», «صلاح للانفراد»); it may end with a bare one (a
      // surname: «عبد الحميد قياس», «جون كلون»);
      // no name ends with an indefinite accusative («صلاح موسما», «ميشيل تاريخا»)
      let b = j;
      if (type === 'PERS') {
        while (
          b - a > 1 &&
          ((isCommon(norm[a], tagger) && !isGivenNameOfSurname(norm, a, b, personCounts)) ||
            isConstructPlural(norm[a], tagger, articleWords) ||
            CLAUSE_START.test(words[a]) ||
            isWrittenPreposition(words[a]) ||
            KINSHIP.has(lastCliticVariant(norm[a])) ||
            isFeminineNoun(norm[a], tagger) ||
            isVerbBeforeName(norm, a, b, tagger, personCounts) ||
            isVerbBeforeSurname(norm, a, b, tagger, personCounts) ||
            isNegatedVerb(norm, a) ||
            isPlaceBeforeName(norm, a, b, tagger, tagged) ||
            // … nor an organization the article names on its own («لنابولي كارلو أنشيلوتي»: Napoli's coach)
            (b - a >= 3 && orgsAlone().has(lastCliticVariant(norm[a]))))
        )
          a++;
        while (b - a > 1 && isCommonBehindPrepositionAl(norm[b - 1], tagger)) b--;
        // nor with a preposition and a word glued after a person named by the word before it («راد بماي»)
        if (isPrepositionAfterName(norm, a, b, tagger, personCounts)) b--;
        // nor with a word of kinship, which describes the person by the next one («ميغان خطيبة الأمير هاري»)
        while (b - a > 1 && KINSHIP.has(norm[b - 1])) b--;
        // nor go on into a description of another person the article names («موسى مصطفى منافس السيسي»: a common
        // word, then a person's name the article tags on its own)
        for (let k = a + 1; k < b - 1; k++)
          if (isDescriptionWord(norm[k], tagger) && personCounts().has(norm.slice(k + 1, b).join(' '))) {
            b = k;
            break;
          }
        // nor go on past a preposition written with its ى (or «أمام») after a person the article tags on its own: a full
        // name, or one word tagged alone twice or ending another person's name («رفاق محمد صلاح على إي سواتيني»,
        // «لمنافسة صلاح على لقب», «بحصول ريتشارد على تعويض»; Egypt's «محمد على», Muhammad Ali, stays)
        for (let k = a + 1; k < b; k++) {
          if (!isWrittenPreposition(words[k])) continue;
          const before = norm.slice(a, k).join(' ');
          const alone = personCounts().get(before) ?? 0;
          if (k - a > 1 ? alone >= 1 : alone >= 2 || personEnds().has(before)) b = k;
          break;
        }
        // nor with the day it is dated by («قال ستيف منوشين الخميس», «صباح الخميس»), nor a particle that begins the
        // next clause («محمد صلاح لكن»), nor a noun with a possessive pronoun («يوشينوري أوسومي أبحاثه»)
        // nor with a clause's pronoun or particle inside it («هل صلاح هو صلاح»: the name ends before it)
        const inner = norm.slice(a + 1, b).findIndex((w) => INNER_CLAUSE_WORDS.has(w));
        if (inner >= 0) b = a + 1 + inner;
        while (
          b - a > 1 &&
          (WEEKDAYS.has(norm[b - 1]) ||
            (CLAUSE_WORDS.has(norm[b - 1]) && !isNameSyllable(norm, b - 1)) ||
            isOrdinalAfterName(norm, b - 1))
        )
          b--;
        while (b - a > 1 && isPossessed(words[b - 1], norm[b - 1], tagger)) b--;
        // nor with a number («سجل صلاح 28 هدفا»: a person's name has no digits)
        while (b - a > 1 && /\p{N}/u.test(words[b - 1])) b--;
      }
      // nor does a place's or an organization's name end with the day it is dated by («مجلس الشيوخ الأرجنتيني الخميس»)
      while (type !== 'PERS' && b - a > 1 && WEEKDAYS.has(norm[b - 1])) b--;
      while (b - a > 1 && isAccusative(norm[b - 1], tagger)) b--;
      // nor with an adverb of time or addition («الاتحاد الأوروبي حينذاك», «فيسبوك أيضا»)
      while (b - a > 1 && NAME_END_ADVERBS.has(norm[b - 1])) b--;
      // a place's name does not start with the word for an administrative unit behind a proclitic («بولاية
      // ميشيغان»: in the state of Michigan); without one it may be part of the name («مدينة نصر»)
      while (
        type === 'LOC' &&
        b - a > 1 &&
        (cliticVariants(norm[a]).some((v) => v !== norm[a] && ADMIN_UNIT_WORDS.has(v)) ||
          // also a short word, which `cliticVariants` leaves whole («بحي»)
          (/^[وف]?[بلك]./.test(norm[a]) && LOCAL_UNIT_WORDS.has(norm[a].replace(/^[وف]?[بلك]/, ''))))
      )
        a++;
      // a place's name ends before the nationality adjective that follows a bare word, when the article also names
      // the place without it («تل رفعت | السورية»; «أمريكا اللاتينية», «المملكة العربية السعودية», «كوريا
      // الشمالية» keep theirs: never named without it, a definite word before it, or no place's adjective)
      if (
        type === 'LOC' &&
        b - a > 1 &&
        isPlaceAdjective(norm[b - 1], tagger) &&
        !/^ال/.test(lastCliticVariant(norm[b - 2])) &&
        placeAlone(norm.slice(a, b - 1))
      )
        b--;
      // an acronym in letter names whose first letters the tagger left out («لبي بي سي» tagged «بي سي»)
      let lead: { word: string; norm: string } | undefined;
      if (LETTER_NAMES.has(norm[a]))
        for (let k = a - 1; k >= 0 && tags[k] === 'O'; k--) {
          const bare = LETTER_NAMES.has(norm[k]) ? norm[k] : /^[وفبلك]/.test(norm[k]) ? norm[k].slice(1) : '';
          if (!LETTER_NAMES.has(bare)) break;
          a = k;
          lead = bare === norm[k] ? undefined : { word: dropLetters(words[k], 1), norm: bare };
          if (bare !== norm[k]) break; // a proclitic begins the name
        }
      // a common word alone is no name («دولار», «الفيروس»), nor a month in a date («أبريل/نيسان»), nor a place's
      // adjective after its noun («الحكومة السورية»), nor a people or a sect («الأكراد»), nor a government or a
      // language named by an adjective («الحكومة العراقية», «اللغة العربية»)
      const notAName =
        (b - a === 1 &&
          (isCommon(norm[a], tagger) ||
            isDate(words, norm, a) ||
            // a time of day before a weekday: «صباح الثلاثاء» («صباح» is also a given name)
            isTimeOfDay(norm, a) ||
            // a head alone: «منظمة», «المنظمة», «اللجنة», «البابا»
            (type === 'ORG' && isOrgHeadAlone(norm[a])) ||
            isTitle(norm[a]) ||
            (type === 'LOC' && isAdjectiveAfterNoun(norm, a, tagger, a > 0 && tags[a - 1] !== 'O')) ||
            // a colour after a definite noun is its adjective: «العلامة الزرقاء» (blue), not the city of Zarqa
            (type === 'LOC' && a > 0 && DEFINITE_WORD.test(norm[a - 1]) && COLOURS.has(lastCliticVariant(norm[a]))) ||
            isPeopleAfterNoun(norm, a, tags, tagger) ||
            // the noun a number counts: «1.3 مليون باوند», «500 ألف باوند» (pounds), «مليون بيزو»
            isCountedNoun(norm, a))) ||
        // a definite plural nisba is a group of people, no person («الحوثيين», «الديمقراطيون»)
        (type === 'PERS' && b - a === 1 && PLURAL_NISBA.test(norm[a])) ||
        // … nor the second word of a compound given name alone («حراس الدين», the Guardians of Religion, tagged «الدين»)
        (type === 'PERS' && b - a === 1 && COMPOUND_NAME_ENDS.has(lastCliticVariant(norm[a]))) ||
        (type === 'LOC' && isTournamentPlace(norm, a)) ||
        isGroupOrGovernment(norm.slice(a, b), tagger) ||
        // an organization's head with common indefinite adjectives is a description: «منظمة إرهابية», «شركة
        // أمريكية» (not «منظمة قسط»: a name that is a common noun)
        (type === 'ORG' &&
          b - a > 1 &&
          orgHead(norm[a]) !== undefined &&
          norm.slice(a + 1, b).every((w) => !/^ال/.test(w) && /\S{2}(ي|يه)$/.test(w) && isCommon(w, tagger))) ||
        // «تنظيم» is also the verbal noun, regulating, before an indefinite common word («تنظيم استخدام الطائرات»;
        // not «تنظيم داعش», whose word is a name)
        (type === 'ORG' &&
          b - a > 1 &&
          cliticVariants(norm[a]).includes('تنظيم') &&
          !norm[a + 1].startsWith('ال') &&
          isCommon(norm[a + 1], tagger)) ||
        namesProduct(norm.slice(a, b));
      if (!notAName) {
        const mw = words.slice(a, b),
          mn = norm.slice(a, b);
        if (lead) [mw[0], mn[0]] = [lead.word, lead.norm];
        out.push({
          words: mw,
          norm: mn,
          type,
          sentence: s.index,
          description: type === 'PERS' ? descriptionBefore(words, norm, a) : undefined,
          alias:
            b === j && type !== 'PERS'
              ? (aliasAfter(words, norm, j, tagger, parenthesized) ??
                // after a place's nisba the tagger left out: «بنك الاحتياطي | الأسترالي (البنك المركزي)»
                (type === 'ORG' && tags[j] === 'O' && tagger.isPlaceNisba?.(masculineNisba(norm[j] ?? ''))
                  ? aliasAfter(words, norm, j + 1, tagger, parenthesized)
                  : undefined))
              : undefined,
          quotedTitle: a === t ? quotedTitle : 0,
          quoted: a > 0 && b < words.length && QUOTE_MARKS.test(words[a - 1]) && QUOTE_MARKS.test(words[b]),
          model: model || undefined,
          media: media || undefined,
          placeUse: type === 'LOC' && ((a > 0 && PLACE_USE_WORDS.has(lastCliticVariant(norm[a - 1]))) || b <= dateline),
          listed: (type === 'LOC' && b - a === 1 && a > 0 && tags[a - 1].endsWith('-LOC')) || undefined,
        });
      }
      i = j;
    }
  }
  // a quoted title stays only while the article names the person no other way: «دور "الشيخ تحيفة"», but «يدعى
  // "السيد جيل"» of «جين جيل» is that person with a title
  for (const m of out) {
    if (!m.quotedTitle) continue;
    const rest = m.norm.slice(m.quotedTitle).join(' ');
    const named = out.some(
      (o) =>
        o.type === 'PERS' && o.norm.length > 1 && !isTitle(o.norm[0]) && (' ' + o.norm.join(' ')).endsWith(' ' + rest),
    );
    if (named) {
      m.description = m.words.slice(0, m.quotedTitle).join(' ');
      m.words = m.words.slice(m.quotedTitle);
      m.norm = m.norm.slice(m.quotedTitle);
    }
  }
  trimGluedWords(out, tagger);
  return {
    mentions: out.filter((m) => m.norm.join('').replace(/[^\p{L}]/gu, '').length >= 2),
    norm: allNorm,
    words: allWords,
    titled: titleWords.length > 0,
    football,
    namedAfter: namedAfterWords,
  };
}

/**
 * An armed group or a movement named by its head (`GROUP_HEADS`, also behind a proclitic) and a name the tagger took
 * for MISC — a religion, an event («جيش الإسلام»: «الإسلام» alone is MISC) — or for a place («فيلق القدس», the Quds
 * Force; «جيش ميانمار»): the head and the name are one organization. Not a person's name after the head: the
 * person's other mentions would stay apart («جماعة بوكو حرام» beside «بوكو حرام»). Retags in place.
 */
function overlayGroupNames(norm: readonly string[][], tags: string[][]): void {
  for (const [si, n] of norm.entries()) {
    const t = tags[si];
    for (let i = 0; i + 1 < n.length; i++) {
      const type = t[i + 1] === 'B-MISC' ? 'MISC' : t[i + 1] === 'B-LOC' ? 'LOC' : '';
      if (t[i] !== 'O' || !type || !cliticVariants(n[i]).some((v) => GROUP_HEADS.has(v))) continue;
      t[i] = 'B-ORG';
      for (let k = i + 1; k < n.length && (k === i + 1 || t[k] === 'I-' + type); k++) t[k] = 'I-ORG';
    }
  }
}

/**
 * A person the tagger left untagged whom the article describes in apposition, a comma and a title right after the
 * name («يشار إلى أن بوزيد، رئيس تحرير صحيفة برنيق», «لينين، قائد الثورة»): one word of at least three letters, no
 * common word and no word of the tagger's training text, that the article writes at least twice (also behind a
 * proclitic). Tags it B-PERS in place.
 */
function overlayApposedPeople(norm: readonly string[][], tags: string[][], tagger: Tagger): void {
  let uses: Map<string, number> | undefined;
  const count = (w: string) => {
    if (!uses) {
      uses = new Map();
      for (const x of norm.flat()) for (const v of new Set(cliticVariants(x))) uses.set(v, (uses.get(v) ?? 0) + 1);
    }
    return uses.get(w) ?? 0;
  };
  for (const [si, n] of norm.entries())
    for (let i = 0; i + 2 < n.length; i++) {
      if (tags[si][i] !== 'O' || (n[i + 1] !== '،' && n[i + 1] !== ',') || !isTitle(n[i + 2])) continue;
      const w = n[i];
      if (!/^\p{Script=Arabic}{3,}$/u.test(w) || isTitle(w)) continue;
      if (cliticVariants(w).some((v) => isCommon(v, tagger) || !!tagger.isKnownWord?.(v))) continue;
      if (count(w) >= 2) tags[si][i] = 'B-PERS';
    }
}

/**
 * A person's name written with a hyphen, «كيم جونغ-أون», «مون جاي-إن», «جان-كلود»: the tokenizer splits it at the
 * hyphen and the tagger tags the parts apart («كيم جونغ» | «أون بالرئيس مون جاي»). The two words are one again when
 * a person's name ends before the hyphen and the word after it never stands in the article without a hyphen beside
 * it, or is a particle («إن» of «جاي-إن»); «ترامب-كيم» (a summit of two people) stays two names, as «كيم» stands
 * alone. A name the tagger ran on past the joined word starts anew after it. The same hyphenated name elsewhere in
 * the article is that person's too, whatever the tagger made of its parts there. Rewrites the sentences' words,
 * normalized words and tags in place.
 */
function joinHyphenatedNames(
  texts: readonly string[],
  words: string[][],
  norm: string[][],
  tags: string[][],
  tagger: Tagger,
): void {
  // the words that stand without a hyphen beside them, with the word right before them there (null: several words)
  const alone = new Map<string, string | null>();
  for (const n of norm)
    n.forEach((w, i) => {
      if (n[i - 1] === '-' || n[i + 1] === '-') return;
      const before = n[i - 1] ?? '';
      const seen = alone.get(w);
      if (seen === undefined) alone.set(w, before);
      else if (seen !== null && seen !== before) alone.set(w, null);
    });
  /** the word stands alone in the article, other than after the same word as before the hyphen (the name written with
   * a space there: «كيم جونغ أون» beside «كيم جونغ-أون») */
  const standsAlone = (w: string, prev: string) => alone.has(w) && alone.get(w) !== prev;
  const joined = new Set<string>();
  /** joins the words on either side of the hyphen at `i` of sentence `si` into one word tagged `tag` */
  const join = (si: number, i: number, tag: string) => {
    const w = words[si],
      n = norm[si];
    w.splice(i - 1, 3, w[i - 1] + '-' + w[i + 1]);
    n.splice(i - 1, 3, n[i - 1] + '-' + n[i + 1]);
    tags[si].splice(i - 1, 3, tag);
  };
  norm.forEach((n, si) => {
    const w = words[si],
      t = tags[si];
    for (let i = n.length - 2; i >= 1; i--) {
      if (n[i] !== '-' || !t[i - 1].endsWith('PERS')) continue;
      // a particle after the hyphen («مون جاي-إن»: «إن» also stands alone as the particle) names no other person and
      // begins no clause written without spaces, so it is the name's too
      const particle = isStopword(n[i + 1]);
      if (standsAlone(n[i + 1], n[i - 1]) && !particle) continue;
      if (!/^\p{L}+$/u.test(n[i - 1]) || !/^\p{L}+$/u.test(n[i + 1])) continue;
      // a hyphen, not a dash between clauses («ديفيد ميللس - البالغ من العمر»): written without spaces, and the
      // word after it no definite or common word (but a particle)
      if (!texts[si].includes(w[i - 1] + '-' + w[i + 1]) || /^ال/.test(n[i + 1])) continue;
      if (isCommon(n[i + 1], tagger) && !particle) continue;
      const rightTagged = t[i + 1] !== 'O';
      joined.add(n[i - 1] + '-' + n[i + 1]);
      join(si, i, t[i - 1]);
      if (rightTagged && t[i] === 'I-PERS') t[i] = 'B-PERS';
    }
  });
  // the same hyphenated name elsewhere in the article, whatever the tagger made of its parts there («ووجهت غرابار |
  // كيتاروفيتش» beside «كوليندا غرابار-كيتاروفيتش»), is that person's, also with a space on one side of the hyphen
  // («تشارلز- باركس» beside «كارا تشارلز-باركس»)
  if (!joined.size) return;
  norm.forEach((n, si) => {
    const w = words[si],
      t = tags[si];
    const written = (i: number) => ['-', '- ', ' -'].some((h) => texts[si].includes(w[i - 1] + h + w[i + 1]));
    for (let i = n.length - 2; i >= 1; i--) {
      if (n[i] !== '-' || !joined.has(n[i - 1] + '-' + n[i + 1]) || !written(i)) continue;
      join(si, i, t[i - 1] === 'I-PERS' ? 'I-PERS' : 'B-PERS');
      // a name the tagger ran on past the joined word starts anew after it
      if (t[i]?.startsWith('I-')) t[i] = 'B-' + t[i].slice(2);
    }
  });
}

/**
 * A club's, a company's or a place's name of three words or more shortened by its first word(s) elsewhere in the
 * article («سان جرمان» of «باريس سان جرمان»): the last two words or more of such a name the article tags, written
 * untagged, are that name when they are a foreign name's words (below). Tags in place.
 */
function tagShortenedNames(norm: readonly string[][], tags: string[][], tagger: Tagger): void {
  const tails = new Map<string, string>();
  for (const [si, t] of tags.entries())
    for (let i = 0; i < t.length; i++) {
      if (!(t[i] === 'B-ORG' || t[i] === 'B-LOC')) continue;
      const type = t[i].slice(2);
      let j = i + 1;
      while (j < t.length && t[j] === 'I-' + type) j++;
      for (let k = j - 2; k > i; k--) {
        const tail = norm[si].slice(k, j);
        // a foreign name's words: no definite word, no stopword, no common word («حماية الشعب» of «وحدات حماية الشعب»,
        // «حقوق الإنسان» of «مجلس حقوق الإنسان», «لكرة القدم» of «الاتحاد الدولي لكرة القدم» are plain words)
        if (tail.some((w) => DEFINITE_WORD.test(w) || isStopword(w) || !hasLetter(w) || isCommon(w, tagger))) break;
        const key = tail.join(' ');
        if (!tails.has(key)) tails.set(key, type);
      }
      i = j - 1;
    }
  if (!tails.size) return;
  for (const [si, n] of norm.entries()) {
    const t = tags[si];
    for (let i = 0; i + 1 < n.length; i++) {
      if (t[i] !== 'O') continue;
      for (let len = Math.min(MAX_SHORTENED, n.length - i); len >= 2; len--) {
        if (t.slice(i, i + len).some((x) => x !== 'O')) continue;
        const rest = n.slice(i + 1, i + len);
        const type = cliticVariants(n[i])
          .map((v) => tails.get([v, ...rest].join(' ')))
          .find((x) => x !== undefined);
        if (!type) continue;
        for (let k = i; k < i + len; k++) t[k] = (k === i ? 'B-' : 'I-') + type;
        i += len - 1;
        break;
      }
    }
  }
}
/** The most words a shortened name (`tagShortenedNames`) is looked up with */
const MAX_SHORTENED = 4;

/**
 * A theophoric given name written as one word («عبدربه», «عبدالله», «عبدالرحمن»: «عبد» and a name of God) is always a
 * person's, so an untagged one right before a person's name the tagger found begins that name («عبدربه منصور هادي»,
 * tagged «منصور هادي»). Tags in place.
 */
function joinServantNames(norm: readonly string[][], tags: string[][]): void {
  for (const [si, n] of norm.entries())
    for (let i = 0; i + 1 < n.length; i++)
      if (tags[si][i] === 'O' && tags[si][i + 1] === 'B-PERS' && SERVANT_NAME.test(n[i])) {
        tags[si][i] = 'B-PERS';
        tags[si][i + 1] = 'I-PERS';
      }
}
/**
 * A compound given name in «الدين» or «الإسلام» (`COMPOUND_GIVEN_NAMES`: «فخر الدين», «سيف الإسلام») is a person's
 * name, or begins one, where the tagger left its first word out: it began the person at «الدين» («فخر | الدين بن
 * يوسف»), typed «الإسلام» alone MISC (the religion), or left the pair untagged, before a person or alone («وخير
 * الدين»). Not «صلاح الدين» untagged and alone, which also names an Iraqi province; not a first word of another name;
 * not after the head of an organization's name or the word for a building («كتائب عز الدين القسام»).
 * Rewrites the tags in place (a person right after the pair is joined to it later, as adjacent person spans are).
 */
function joinCompoundGivenNames(norm: readonly string[][], tags: string[][]): void {
  for (const [si, n] of norm.entries()) {
    const t = tags[si];
    for (let i = 1; i < n.length; i++) {
      if (t[i - 1] !== 'O' || !COMPOUND_NAME_ENDS.has(n[i])) continue;
      const name = n[i - 1].replace(/^[وف](?=...)/, '') + ' ' + n[i];
      if (!COMPOUND_GIVEN_NAMES.has(name)) continue;
      // a body or a building named after the person («كتائب عز الدين القسام», «مسجد نور الدين»)
      if (i >= 2 && (isOrgHeadAlone(n[i - 2]) || cliticVariants(n[i - 2]).some((v) => FACILITY_CUES.has(v)))) continue;
      const next = t[i + 1] ?? 'O';
      const misc = t[i] === 'B-MISC' && next !== 'I-MISC';
      const beforePerson = t[i] === 'O' && next === 'B-PERS';
      const alone = t[i] === 'O' && !next.startsWith('I-') && name !== PROVINCE_NAME;
      if (t[i] !== 'B-PERS' && !misc && !beforePerson && !alone) continue;
      t[i - 1] = 'B-PERS';
      t[i] = 'I-PERS';
    }
  }
}
/** The second words of `COMPOUND_GIVEN_NAMES` («الدين», «الاسلام»): never a person's name alone. */
const COMPOUND_NAME_ENDS = new Set([...COMPOUND_GIVEN_NAMES].map((k) => k.split(' ')[1]));
/** «صلاح الدين» (normalized), Saladin and an Iraqi province: untagged and alone, either. */
const PROVINCE_NAME = 'صلاح الدين';

/** «عبد» glued to «ال…» or «رب…» (normalized), also behind «و»/«ف» */
const SERVANT_NAME = /^[وف]?عبد(ال\S{2,}|رب\S+)$/;

/**
 * «إن» right after a person's name and before a punctuation mark or the sentence's end is the name's last syllable
 * («مون جاي إن، عن»: Moon Jae-in written with a space): the particle «إن» is never a clause's last word, as a noun or a
 * verb follows it. Extends the person's tags over it, in place.
 */
function joinParticleEnds(norm: readonly string[][], tags: string[][]): void {
  for (const [si, n] of norm.entries())
    for (let i = 1; i < n.length; i++)
      if (isNameSyllable(n, i) && tags[si][i] === 'O' && tags[si][i - 1].endsWith('PERS')) tags[si][i] = 'I-PERS';
}
/**
 * A person's name never ends at «بن» or «بنت» (son, daughter of): the word after it, untagged, is the name's next
 * part («مئير بن | شابات», «زين العابدين بن | علي»; the tagger leaves out a last word that is also a common noun,
 * «شابات», young women). Not «ابن», also the noun «son» before a description («ديفيد ابن الكاتب زيندل»). Extends the
 * person's tags in place.
 */
function joinNamesAfterBin(norm: readonly string[][], tags: string[][]): void {
  for (const [si, n] of norm.entries()) {
    const t = tags[si];
    for (let i = 1; i + 1 < n.length; i++)
      if (t[i].endsWith('PERS') && BIN_WORDS.has(n[i]) && t[i + 1] === 'O' && /^\p{L}{2,}$/u.test(n[i + 1]))
        t[i + 1] = 'I-PERS';
  }
}
/**
 * An organization's head alone, definite, glued by the tagger to a person's name after it («لدى المنظمة | فيليب
 * لاليو», France's ambassador to the organization): a span of three words or more whose other words have no ال and
 * whose last word the article writes again elsewhere («وأضاف لاليو») is the head, then the person. Retags in place.
 */
function splitHeadBeforePerson(norm: readonly string[][], tags: string[][]): void {
  /** how often each word stands in the article (counted at the first candidate) */
  let uses: Map<string, number> | undefined;
  const count = (w: string) => {
    if (!uses) {
      uses = new Map();
      for (const n of norm) for (const x of n) uses.set(x, (uses.get(x) ?? 0) + 1);
    }
    return uses.get(w) ?? 0;
  };
  for (const [si, t] of tags.entries()) {
    const n = norm[si];
    for (let i = 0; i < t.length; i++) {
      if (t[i] !== 'B-ORG' || !n[i].startsWith('ال') || !isOrgHeadAlone(n[i])) continue;
      let j = i + 1;
      while (j < t.length && t[j] === 'I-ORG') j++;
      if (j - i < 3 || n.slice(i + 1, j).some((w) => w.startsWith('ال')) || count(n[j - 1]) < 2) continue;
      t[i] = 'O';
      t[i + 1] = 'B-PERS';
      for (let k = i + 2; k < j; k++) t[k] = 'I-PERS';
    }
  }
}
/** «بن», «بنت» (normalized): inside a name, never its last word. */
const BIN_WORDS = new Set(['بن', 'بنت']);
/** The word at `i` is «إن» before a mark that ends a clause («،», «.», «؟»…; `CLAUSE_END_MARK`) or at the sentence's end. */
const isNameSyllable = (n: readonly string[], i: number) =>
  n[i] === PARTICLE_SYLLABLE && (i + 1 === n.length || CLAUSE_END_MARK.test(n[i + 1]));

/**
 * A person's name with a family name in «آل» («تركي آل الشيخ», «محمد بن زايد آل نهيان»): «آل» and the word after it
 * continue the person's name before them, or a given name the tagger left untagged (a word that is neither common
 * nor a title). «آل سعود» alone is a dynasty, no person. Rewrites the tags in place.
 */
function joinFamilyNames(words: string[][], norm: string[][], tags: string[][], tagger: Tagger): void {
  norm.forEach((n, si) => {
    const t = tags[si];
    for (let i = 1; i + 1 < n.length; i++) {
      if (n[i] !== 'ال' || !/^[\u0622\u0623]ل$/.test(words[si][i]) || !/^\p{L}{2,}$/u.test(n[i + 1])) continue;
      if (t[i] !== 'O' && !t[i].endsWith('PERS')) continue;
      if (t[i + 1] !== 'O' && !t[i + 1].endsWith('PERS')) continue;
      const given = (w: string) => /^\p{L}{2,}$/u.test(w) && !/^ال/.test(w) && !isCommon(w, tagger) && !isTitle(w);
      // the person's name goes on through the family name, or begins with the given name right before it
      if (t[i - 1] === 'O' && given(n[i - 1])) t[i - 1] = 'B-PERS';
      else if (!t[i - 1].endsWith('PERS')) continue;
      t[i] = 'I-PERS';
      t[i + 1] = 'I-PERS';
    }
  });
}

/** Ordinal numbers (general knowledge, normalized, masculine and feminine): first to tenth */
const ORDINALS = new Set(
  [
    ...['أول', 'ثاني', 'ثالث', 'رابع', 'خامس', 'سادس', 'سابع', 'ثامن', 'تاسع', 'عاشر'],
    ...['أولى', 'ثانية', 'ثالثة', 'رابعة', 'خامسة', 'سادسة', 'سابعة', 'ثامنة', 'تاسعة', 'عاشرة'],
  ].map(nerNormalize),
);
/** The word at `k` is an ordinal glued after a name («وأصبح ديشامب ثاني شخص»), not a family's name after «آل»
 * («تميم بن حمد آل ثاني») */
const isOrdinalAfterName = (norm: readonly string[], k: number) => ORDINALS.has(norm[k]) && norm[k - 1] !== 'ال';
/** «إن» (normalized), a particle and the last syllable of some names («مون جاي إن») */
const PARTICLE_SYLLABLE = 'ان';
/** Marks that end a clause: comma, full stop, semicolon, question and exclamation marks, a closing bracket (not a colon:
 * «وقال كينيث إن: "…"», said that: a quotation follows) */
const CLAUSE_END_MARK = /^[،,.;؛؟?!)\]]+$/;
/** An imperfect verb, also in the future or negated («يستبدل», «سيلتقي», «ستعود», «لايعكس»), normalized. */
const GLUED_VERB = /^(?:س|لا|لن|لم)?[يتن][\u0621-\u064A]{2,}$/;
/** The ending of an imperfect verb in the dual or the plural («ينتظران», «يعارضون»). */
const DUAL_OR_PLURAL_END = /(ان|ون)$/;

/**
 * A person is named alone by the last word of the full name: when a person's name of three or more words has an
 * inner word (the second or later) that the tagger finds alone at least twice and a last word it never finds
 * alone, that last word was glued on by the tagger and the name ends at the inner word: «محمد صلاح موسمه» beside
 * «صلاح» ×8 is «محمد صلاح» («واصل محمد صلاح موسمه الاستثنائي»), as is «محمد صلاح على».
 */
function trimGluedWords(mentions: Mention[], tagger: Tagger): void {
  const alone = new Map<string, number>();
  for (const m of mentions)
    if (m.type === 'PERS' && m.norm.length === 1) {
      const k = lastCliticVariant(m.norm[0]);
      alone.set(k, (alone.get(k) ?? 0) + 1);
    }
  for (const m of mentions) {
    const n = m.norm.length;
    // a person the article names alone at least twice, with a verb glued after the name («ترامب سيلتقي», «ماكرون
    // يلمحان»): the mention is the person's word. The verb is a common word or no person's in the news text, or
    // in the dual or the plural, which no surname ends as («هاري ينتظران», of Harry and Meghan; «إليزابيث يعارضون»)
    if (
      m.type === 'PERS' &&
      n === 2 &&
      (alone.get(m.norm[0]) ?? 0) >= 2 &&
      !alone.has(m.norm[1]) &&
      GLUED_VERB.test(m.norm[1]) &&
      (isCommon(m.norm[1], tagger) || !!tagger.isNonPersonWord?.(m.norm[1]) || DUAL_OR_PLURAL_END.test(m.norm[1]))
    ) {
      m.words = m.words.slice(0, 1);
      m.norm = m.norm.slice(0, 1);
      continue;
    }
    if (m.type !== 'PERS' || n < 3 || alone.has(m.norm[n - 1])) continue;
    for (let i = n - 1; i >= 2; i--) {
      if ((alone.get(m.norm[i - 1]) ?? 0) < 2) continue;
      m.words = m.words.slice(0, i);
      m.norm = m.norm.slice(0, i);
      break;
    }
  }
}

interface Group {
  key: string[];
  mentions: Mention[];
  /** display form per mention (clitic-stripped original words) */
  surfaces: string[];
  /** the key each mention was first grouped under (merges keep it) */
  keys: string[];
}

export function keyEntities(sentences: Sentence[], tagger: Tagger, ctx: EntityContext = {}): Entity[] {
  const { mentions, norm, words, titled, football, namedAfter } = mentionsOf(sentences, tagger, ctx.title);
  // 1. clitics: a mention whose first word minus a proclitic is a form seen on its own takes that form;
  //    clitic + ال (وال، بال، لل…) is always stripped to ال.
  const seen = new Set(mentions.map((m) => m.norm.join(' ')));
  // the surnames of the people named by two words or more («وفروم» is «فروم» of «كريس فروم»)
  const surnames = new Set(
    mentions.filter((m) => m.type === 'PERS' && m.norm.length > 1).map((m) => m.norm[m.norm.length - 1]),
  );
  const groups = new Map<string, Group>();
  for (const m of mentions) {
    const variants = cliticVariants(m.norm[0]);
    const rest = m.norm.slice(1);
    let first = m.norm[0];
    const base = tagger.knownBase?.(m.words[0]);
    const strippable = hasClitic(m.norm[0], tagger);
    // لل before a word that begins with ل is no ل + ال when the tagger knows that word («لليونيل» → «ليونيل»)
    const candidates = base && !variants.includes(base) ? [...variants.slice(1), base] : variants.slice(1);
    for (const v of candidates) {
      // a Latin letter's name begins no name unless the next word is one too («وإف بي آي»; «وجيه» is Wajih)
      if (isLetterName(v) && !(rest.length > 0 && isLetterName(rest[0]))) continue;
      // «بويري» is no ب + «ويري» (and he sees)
      if (isVerbAfterPreposition(m.norm[0], v, tagger)) continue;
      // the document shows the bare form; or the statistics say the first letters are a proclitic (a known word
      // after it; or the conjunction و before a name of several words: «وشيردان شاكيري»; names in W seen in the
      // news text are whole words: «ويليام», «وارن»)
      if (
        seen.has([v, ...rest].join(' ')) ||
        // a proclitic before the surname of a person the article names in full («وفروم», «لأزارو»)
        (rest.length === 0 && v.length >= 3 && surnames.has(v)) ||
        // an organization head behind a proclitic («لحزب العمال الكردستاني», «لوكالة الفضاء الأمريكية»)
        (rest.length > 0 && orgHead(m.norm[0]) === v) ||
        // a proclitic before a country's name («لإسرائيل», «بمصر»: the statistics call «لإسرائيل» a word of its own,
        // as «عاصمة لإسرائيل» is frequent)
        (rest.length === 0 && !!tagger.isCountry?.(v) && !tagger.isCountry(m.norm[0])) ||
        // … or before a name the news text knows («بسوسة», «لأوبر», «وترامب»), unless the word
        // is one of the tagger's training text («كابل», Kabul, is no «ك» + «آبل»)
        (rest.length === 0 &&
          !!tagger.newsType?.(v) &&
          !tagger.newsType(m.norm[0]) &&
          !tagger.isKnownWord?.(m.norm[0])) ||
        // … or before a one-word organization the tagger's training text knows, when it does not know the whole word
        // («لرويترز», «قال لرويترز»: the statistics call it a word of its own, the news text writing it so that often);
        // not a word of three letters («بايك» is no ب + «ايك»)
        (rest.length === 0 &&
          m.type === 'ORG' &&
          v.length >= 4 &&
          !!tagger.isKnownWord?.(v) &&
          !tagger.isKnownWord?.(m.norm[0])) ||
        // … or «و» before a one-word place listed right after another place («طهران وشيراز»: the statistics call
        // «وشيراز» a word of its own, the news text writing it so more often than «شيراز»), unless the whole word is a
        // name the tagger's training text or the news text knows («لندن واشنطن»)
        (rest.length === 0 &&
          !!m.listed &&
          m.norm[0].startsWith('و') &&
          v === m.norm[0].slice(1) &&
          v.length >= 3 &&
          !isCommon(v, tagger) &&
          !tagger.newsType?.(m.norm[0]) &&
          !tagger.isKnownWord?.(m.norm[0])) ||
        // a word that precedes organizations in the labeled data, heading an organization's name («لنادي ليفربول»)
        (rest.length > 0 && v.length >= 4 && m.type === 'ORG' && tagger.typeCue?.(v) === 'ORG') ||
        (strippable &&
          ((v.startsWith('ال') && v.length > 3 && v !== m.norm[0]) ||
            v === base ||
            // one proclitic (not ك, which rarely comes before a name) before a word the news text uses often
            // («وإنستغرام» → «إنستغرام», «بأغويرو» → «أغويرو»)
            (v.length >= 3 &&
              v === m.norm[0].slice(1) &&
              /^[وفبل]/.test(m.norm[0]) &&
              !!tagger.isWholeWord &&
              !!tagger.isFrequentWord?.(v)) ||
            (tagger.isWholeWord &&
              rest.length > 0 &&
              v.length >= 3 &&
              !v.startsWith('ال') &&
              v === m.norm[0].slice(1) &&
              m.norm[0].startsWith('و'))))
      )
        first = v;
    }
    // an acronym in Latin letters' names takes no ال («الأف بي آي» is «أف بي آي»)
    if (first === m.norm[0] && isLetterNameWithAl(first) && rest.length > 0 && isLetterName(rest[0]))
      first = first.slice(2);
    // … and is that person, whatever type the tagger gave it
    if (first !== m.norm[0] && rest.length === 0 && surnames.has(first)) m.type = 'PERS';
    const key = [first, ...rest];
    const words = [toBare(m.words[0], m.norm[0], first), ...m.words.slice(1)];
    const k = key.join(' ');
    let g = groups.get(k);
    if (!g) groups.set(k, (g = { key, mentions: [], surfaces: [], keys: [] }));
    g.mentions.push(m);
    g.surfaces.push(words.join(' '));
    g.keys.push(k);
  }
  // 2. a shorter name inside a longer one of the same type is the same entity (بوتين ⊂ فلاديمير بوتين);
  //    when the longer one only adds common words («صلاح فقط» ⊃ «صلاح»), the shorter name is the name
  // (a tie goes to the type the news text's cued names give the name: «وأوساكا اليابانية» typed an organization and
  // «مدينتا أوساكا وطوكيو» a place make Osaka a place)
  const typeOf = (g: Group) =>
    vote(
      g.mentions.map((m) => m.type),
      tagger.newsType?.(g.key.join(' ')),
    );
  const merge = (from: Group, into: Group) => {
    into.mentions.push(...from.mentions);
    into.surfaces.push(...from.surfaces);
    into.keys.push(...from.keys);
    groups.delete(from.key.join(' '));
  };
  /** two names of one entity: the one with fewer mentions joins the other (ties: `a` joins `b`) */
  const mergeSmaller = (a: Group, b: Group) => (a.mentions.length > b.mentions.length ? merge(b, a) : merge(a, b));
  // spelling variants of one name: the same letters but for long vowels and spaces («سيغولين روايال» /
  // «سيغولين رويال», «عبد العاطي» / «عبدالعاطي»), the more frequent spelling is the name
  const loose = new Map<string, Group>();
  for (const g of [...groups.values()].sort((a, b) => b.mentions.length - a.mentions.length)) {
    const t = typeOf(g);
    const lk = looseKey(g.key, t);
    if (lk.length < MIN_LOOSE_LETTERS) continue;
    const k = t + ':' + lk;
    const into = loose.get(k);
    if (into) merge(g, into);
    else loose.set(k, g);
  }
  // a name whose first word is cut short is the full name («مان سيتي» of «مانشستر سيتي», «مان يونايتد»): an
  // organization or a place of two or more words, the same words after a first word of at least three letters that
  // begins the other's
  for (const g of [...groups.values()]) {
    if (g.key.length < 2 || g.key[0].length < 3 || groups.get(g.key.join(' ')) !== g) continue;
    const t = typeOf(g);
    if (t !== 'ORG' && t !== 'LOC') continue;
    const rest = g.key.slice(1).join(' ');
    const full = [...groups.values()].find(
      (h) =>
        h !== g &&
        h.key.length === g.key.length &&
        h.key[0].length > g.key[0].length &&
        h.key[0].startsWith(g.key[0]) &&
        h.key.slice(1).join(' ') === rest &&
        typeOf(h) === t,
    );
    if (full) mergeSmaller(g, full);
  }
  // an organization's short name cut from its full name: every word of the short name, of at least three letters,
  // begins the full name's word at its place, one at least cut by three letters or more («سبيس إكس» of «سبيسن
  // إكسبلوريشن تكنولوجيز»; an ending is no cut: «الاتحاد الجهوي» is not «الاتحاد الجهوية», and a definite word is
  // never cut); the tagger types many foreign companies as people, so a «person» so cut is the organization too
  for (const g of [...groups.values()]) {
    if (g.key.length < 2 || groups.get(g.key.join(' ')) !== g || g.key.some((w) => w.length < 3)) continue;
    const t = typeOf(g);
    if (t !== 'ORG' && t !== 'PERS') continue;
    const full = [...groups.values()].find(
      (h) =>
        h !== g &&
        h.key.length >= g.key.length &&
        typeOf(h) === 'ORG' &&
        g.key.every((w, k) => h.key[k] === w || (h.key[k].startsWith(w) && !w.startsWith('ال'))) &&
        g.key.some((w, k) => h.key[k].length >= w.length + 3),
    );
    if (!full) continue;
    for (const m of g.mentions) m.type = 'ORG';
    merge(g, full);
  }
  // a place's or an organization's one-word name written with and without ال, each at least twice, is one name
  // («أرسنال» / «الأرسنال», «مرسيدس» / «المرسيدس»): two chips otherwise; a form seen once joins nothing, so no
  // plain word becomes a key name by it
  for (const g of [...groups.values()]) {
    if (g.key.length !== 1 || groups.get(g.key[0]) !== g || g.mentions.length < 2) continue;
    const t = typeOf(g);
    const h = groups.get('ال' + g.key[0]);
    if (!h || h === g || h.mentions.length < 2 || (t !== 'LOC' && t !== 'ORG') || typeOf(h) !== t) continue;
    mergeSmaller(h, g);
  }
  for (const h of [...groups.values()].sort((a, b) => b.key.length - a.key.length)) {
    if (h.key.length < 2) continue;
    const t = typeOf(h);
    const core = [...groups.values()].find(
      (g) =>
        g !== h &&
        g.key.length < h.key.length &&
        typeOf(g) === t &&
        onlyCommonAround(h.key, g.key, (w) => isCommon(w, tagger)),
    );
    if (core) merge(h, core);
  }
  const byLength = [...groups.values()].sort((a, b) => a.key.length - b.key.length);
  // each group's key with a foreign g written one way, computed once
  const gKeys = new Map<Group, string[]>();
  const keyG = (x: Group) => {
    let k = gKeys.get(x);
    if (!k) gKeys.set(x, (k = x.key.map(foreignG)));
    return k;
  };
  for (const g of byLength) {
    const t = typeOf(g);
    const containers = [...groups.values()].filter(
      (h) =>
        h !== g &&
        h.key.length > g.key.length &&
        typeOf(h) === t &&
        (containsRun(h.key, g.key) ||
          (t === 'ORG' && containsRunAfterProclitic(h.key, g.key)) ||
          // a foreign g written ج in one and غ in the other («جونغ أون» of «كيم جونج أون»), as the spellings merge
          (t === 'PERS' && containsRun(keyG(h), keyG(g)))) &&
        // a part of a place is another place («جنوب السودان», «كوريا الشمالية», «إفريقيا الوسطى»), unless the
        // shorter name is no place of its own, only the longer one's first word («الغوطة» of «الغوطة الشرقية»)
        !(t === 'LOC' && h.key.some((w) => DIRECTIONS.has(w)) && !isShortPlaceName(g.key, h.key, tagger)) &&
        // an organization's agency for something is another organization («منظمة الأمم المتحدة للطفولة»)
        !(t === 'ORG' && isAgencyOf(h.key, g.key)),
    );
    if (!containers.length) continue;
    containers.sort((a, b) => b.mentions.length - a.mentions.length || b.key.length - a.key.length);
    merge(g, containers[0]);
  }
  /** the one name of `type` in the article of two words or more whose key `fits`, or undefined (none, or several) */
  const onlyNamed = (type: EntityType, fits: (key: readonly string[]) => boolean): Group | undefined => {
    const named = [...groups.values()].filter((h) => h.key.length > 1 && fits(h.key) && typeOf(h) === type);
    return named.length === 1 ? named[0] : undefined;
  };
  const onlyPerson = (fits: (key: readonly string[]) => boolean) => onlyNamed('PERS', fits);
  // a person named without a middle name is that person: the first and last words of one person's longer name
  // («محمد زمار» of «محمد حيدر زمار», «محمد سلمان» of «محمد بن سلمان»), when one person of the article has them
  for (const g of [...groups.values()]) {
    if (g.key.length !== 2 || groups.get(g.key.join(' ')) !== g || typeOf(g) !== 'PERS') continue;
    const person = onlyPerson((k) => k.length > 2 && k[0] === g.key[0] && k[k.length - 1] === g.key[1]);
    if (person) merge(g, person);
  }
  // a place named without the word in the middle of its longer name is that place («البحر المتوسط» of «البحر الأبيض
  // المتوسط»), when one place of the article has its first and last words; not organizations, whose middle word names
  // another body («الاستخبارات العسكرية الروسية» is not all of «الاستخبارات الروسية»)
  for (const g of [...groups.values()]) {
    if (g.key.length !== 2 || groups.get(g.key.join(' ')) !== g || typeOf(g) !== 'LOC') continue;
    const place = onlyNamed('LOC', (k) => k.length === 3 && k[0] === g.key[0] && k[2] === g.key[1]);
    if (place) merge(g, place);
  }
  // a person's surname alone spelled another way is that person: the same letters but for long vowels («إيميري» of
  // «أوناي إيمري», «سكريبل» of «سيرغي سكريبال», «بينيت» of «جيمي بينت»), when one person of the article has it and
  // the word has five letters or more, three without long vowels («موسى» is not «ميسي», «زايد» not «زيد»)
  for (const g of [...groups.values()]) {
    if (g.key.length !== 1 || g.key[0].length < 5 || groups.get(g.key[0]) !== g || typeOf(g) !== 'PERS') continue;
    const lk = looseKey(g.key, 'PERS');
    if (lk.length < 3) continue;
    const person = onlyPerson((k) => looseKey(k.slice(-1), 'PERS') === lk);
    if (person) merge(g, person);
  }
  // a person's surname alone is that person whatever type the tagger gave it: «ترافولتا» of «جون ترافولتا», «أوساكا»
  // of «ناعومي أوساكا» (when one person of the article has that surname, and the word is none the tagger learned:
  // «إسرائيل» of a «جمال إسرائيل» the tagger made of «ملكة جمال إسرائيل» stays a place, as «الصدر» of «مدينة الصدر»;
  // nor a definite word: «الراوي» of «جبران الراوي», a role)
  for (const g of [...groups.values()]) {
    if (g.key.length !== 1 || typeOf(g) === 'PERS' || isCommon(g.key[0], tagger)) continue;
    if (!tagger.isKnownWord || tagger.isKnownWord(g.key[0]) || g.key[0].startsWith('ال')) continue;
    const person = onlyPerson((k) => k[k.length - 1] === g.key[0]);
    if (!person) continue;
    for (const m of g.mentions) m.type = 'PERS';
    merge(g, person);
  }
  // one national team named two ways: «منتخب المغرب» and «المنتخب المغربي»
  const teams = [...groups.values()].filter((g) => g.key.length === 2 && /^(ال)?منتخب$/.test(g.key[0]));
  for (const g of teams) {
    if (!groups.has(g.key.join(' ')) || typeOf(g) !== 'ORG') continue;
    const other = teams.find(
      (h) => h !== g && groups.has(h.key.join(' ')) && sameTeam(g.key, h.key) && typeOf(h) === 'ORG',
    );
    if (other) mergeSmaller(g, other);
  }
  /** the normalized words of a mention's sentence (`norm` holds the title first, when there is one) */
  const wordsOf = (si: number): readonly string[] => norm[titled ? si + 1 : si] ?? [];
  /** a sentence about a match: a football word, a word of a goal or of a team's match, or a national team («منتخب», not
   * «الرئيس المنتخب», elected) */
  const playSentence = (si: number) =>
    wordsOf(si).some((w, k, n) => isPlayWord(w) || (/منتخب/.test(w) && !(k > 0 && isTitle(n[k - 1]))));
  /** a sentence about hosting a tournament or bidding for it */
  const hostingSentence = (si: number) => wordsOf(si).some((w) => HOSTING_WORDS.has(lastCliticVariant(w)));
  /** how many of a country's mentions stand for its team: in a sentence about a match, not about hosting, and not
   * as a place (after «في», «رئيس»…, or behind ب: «بروسيا») */
  const inPlay = (g: Group) => {
    const name = g.key[0];
    const placeUse = (m: Mention) =>
      m.placeUse || (m.norm[0].endsWith(name) && m.norm[0].slice(0, -name.length).includes('ب'));
    return g.mentions.filter((m) => playSentence(m.sentence) && !hostingSentence(m.sentence) && !placeUse(m)).length;
  };
  /** a sentence about football: a football word or a national team in it */
  const footballSentence = (si: number) => wordsOf(si).some((w) => /منتخب/.test(w) || isFootballWord(w));
  // in a football story, a country whose national team the article names is that team when at least half of its
  // mentions stand in sentences about football («إيران» beside «المنتخب الإيراني»: «ووقعت إيران في المجموعة الثانية»),
  // also when the tagger already typed the country a team («بلجيكا» beside «المنتخب البلجيكي»: one chip)
  if (football)
    for (const team of teams) {
      if (!groups.has(team.key.join(' ')) || typeOf(team) !== 'ORG') continue;
      const places = team.key[0] === 'منتخب' ? [team.key[1]] : nisbaPlaces(team.key[1]);
      for (const p of places) {
        const g = groups.get(p);
        if (!g || g === team || (typeOf(g) !== 'LOC' && typeOf(g) !== 'ORG') || !tagger.isCountry?.(p)) continue;
        if (g.mentions.filter((m) => footballSentence(m.sentence)).length * 2 < g.mentions.length) continue;
        for (const m of g.mentions) m.type = 'ORG';
        merge(g, team);
      }
    }
  // in a football story, a country more than half of whose mentions stand for its team is that team, its national
  // team named or not: «وتصدرت البرتغال المجموعة», «تقدمت صربيا بهدف»
  if (football)
    for (const g of groups.values()) {
      if (typeOf(g) !== 'LOC' || !isCountryName(g.key, tagger)) continue;
      if (inPlay(g) * 2 <= g.mentions.length) continue;
      for (const m of g.mentions) m.type = 'ORG';
    }
  // in a football story, a one-word «place» that the news text names as an organization (its cued names) and that is
  // no country is a club («رحل إلى ليفربول ثم إلى تشلسي»)
  if (football)
    for (const g of groups.values()) {
      if (g.key.length !== 1 || typeOf(g) !== 'LOC' || isCountryName(g.key, tagger)) continue;
      if (tagger.newsType?.(g.key[0]) !== 'ORG') continue;
      for (const m of g.mentions) m.type = 'ORG';
    }
  // in a football story, a team's nickname is the team the article names («الديوك» of «فرنسا», «الريدز» of
  // «ليفربول»): the nickname's mentions join it, and its untagged occurrences count for it (`extraForms`, below)
  const nicknamesOf = new Map<Group, string[]>();
  if (football) {
    // the group of a team's name, also under the word for a club it was first named with («نادي ريال مدريد»)
    const holding = (k: string) =>
      groups.get(k) ?? groups.get('نادي ' + k) ?? groups.get('فريق ' + k) ?? groups.get('النادي ' + k);
    const teamOf = (nick: string) =>
      (TEAM_NICKNAMES.get(nick) ?? [])
        .map(holding)
        // the team, not the country it plays for («المغرب» as a place keeps its count)
        .filter((g): g is Group => !!g && typeOf(g) === 'ORG')
        .sort((a, b) => b.mentions.length - a.mentions.length)[0];
    for (const [nick] of TEAM_NICKNAMES) {
      const team = teamOf(nick);
      if (!team) continue;
      nicknamesOf.set(team, [...(nicknamesOf.get(team) ?? []), nick]);
      const g = groups.get(nick);
      if (g && g !== team) {
        for (const m of g.mentions) m.type = 'ORG';
        merge(g, team);
      }
    }
  }
  // an organization named with a generic word before a name the article gives the organization alone:
  // «النادي الأهلي» is «الأهلي» (merged into «الأهلي المصري» above), «حركة حماس» is «حماس»
  for (const h of [...groups.values()]) {
    if (h.key.length < 2 || typeOf(h) !== 'ORG' || !groups.has(h.key.join(' '))) continue;
    const rest = h.key.slice(1);
    const into = [...groups.values()].find(
      (g) =>
        g !== h &&
        typeOf(g) === 'ORG' &&
        g.mentions.length >= h.mentions.length &&
        g.keys.some((k) => k === rest.join(' ')),
    );
    if (into) merge(h, into);
  }
  // … and the name the tagger took for MISC where the article writes it without the head: «منظمة سرايا الأشتر» and
  // «المعروفة بسرايا الأشتر», one armed group («هيئة تحرير الشام» and «تحرير الشام»)
  for (const h of [...groups.values()]) {
    if (h.key.length < 3 || orgHead(h.key[0]) === undefined || typeOf(h) !== 'ORG') continue;
    if (!groups.has(h.key.join(' '))) continue;
    const g = groups.get(h.key.slice(1).join(' '));
    if (!g || g === h || typeOf(g) !== 'MISC') continue;
    for (const m of g.mentions) m.type = 'ORG';
    merge(g, h);
  }
  // a force named with two adjectives is the force named with its head and the last one: «الجيش الوطني الليبي» and
  // «الجيش الليبي», «الحرس الثوري الإيراني» and «الحرس الإيراني»
  for (const h of [...groups.values()]) {
    if (h.key.length !== 2 || !/^ال/.test(h.key[0]) || !FORCE_HEADS.has(h.key[0].slice(2)) || typeOf(h) !== 'ORG')
      continue;
    if (!groups.has(h.key.join(' '))) continue;
    const into = [...groups.values()].find(
      (g) => g !== h && g.key.length === 3 && g.key[0] === h.key[0] && g.key[2] === h.key[1] && typeOf(g) === 'ORG',
    );
    if (into) mergeSmaller(h, into);
  }
  // a short name given in parentheses after a name is that name («( كاف )» after «الاتحاد الإفريقي لكرة القدم»)
  const aliases = new Map<Group, Map<string, string>>();
  for (const g of [...groups.values()]) {
    if (!groups.has(g.key.join(' '))) continue;
    for (const m of g.mentions) {
      if (!m.alias) continue;
      const k = m.alias.norm.join(' ');
      const list = aliases.get(g) ?? new Map<string, string>();
      if (!list.has(k)) aliases.set(g, list.set(k, m.alias.words.join(' ')));
      // … also with ال when it is one word without («( فيفا )», then «الفيفا»)
      const definite = m.alias.norm.length === 1 && !k.startsWith('ال') && hasLetter(k) ? 'ال' + k : '';
      if (definite && !list.has(definite)) list.set(definite, 'ال' + m.alias.words[0]);
      for (const f of definite ? [k, definite] : [k]) {
        const h = groups.get(f);
        if (!h || h === g) continue;
        // the short name is the named one's: its type too («وكالة الشرطة الأوروبية ( يوروبول )», then «يوروبول»
        // alone, which the tagger types otherwise)
        const t = typeOf(g);
        for (const x of h.mentions) x.type = t;
        merge(h, g);
      }
    }
  }
  // one place or organization named by one word in both spellings of a foreign g («جوجل» and «غوغل», «الكونجرس» and
  // «الكونغرس»): one entity, named by the spelling used most (people's surnames: `gVariant` below)
  for (const g of [...groups.values()]) {
    if (!groups.has(g.key.join(' ')) || g.key.length !== 1 || !/[جغ]/.test(g.key[0])) continue;
    const h = groups.get(swapForeignG(g.key[0]));
    if (h && h !== g && typeOf(h) === typeOf(g) && typeOf(g) !== 'PERS') mergeSmaller(g, h);
  }
  // one country by its two names («بريطانيا» and «المملكة المتحدة», «أميركا» and «الولايات المتحدة»:
  // `COUNTRY_ALIASES`): one place, the form used most its name
  const countries = new Map<string, Group>();
  for (const g of [...groups.values()].sort((a, b) => b.mentions.length - a.mentions.length)) {
    const k = g.key.join(' ');
    const iso = COUNTRY_ALIASES.get(k) ?? (ISO_COUNTRY_NAMES.has(k) ? k : undefined);
    if (!iso || groups.get(k) !== g || typeOf(g) !== 'LOC') continue;
    const into = countries.get(iso);
    if (into) merge(g, into);
    else countries.set(iso, g);
  }
  // … and by a state's title and nisbas the tagger tagged as a place («الجمهورية العربية السورية» is «سوريا»)
  for (const g of [...groups.values()]) {
    if (g.key.length < 2 || !STATE_TITLES.has(g.key[0]) || typeOf(g) !== 'LOC' || !groups.has(g.key.join(' ')))
      continue;
    const into = g.key
      .slice(1)
      .flatMap((w) => nisbaPlaces(masculineNisba(w)))
      .map((k) => groups.get(k))
      .find((c) => c && c !== g && typeOf(c) === 'LOC' && !!tagger.isCountry?.(c.key.join(' ')));
    if (into) merge(g, into);
  }
  // 3. entities, salience
  const summary = new Set(ctx.summary ?? []);
  const n = Math.max(1, sentences.length);
  // a person is also named by the surname alone («كالين» of «إبراهيم كالين»; «كو» of «سباستيان كو», a surname of two
  // letters that is no stopword and no frequent or common word), unless another name has that word
  // too («كاري» of «كاري فيشر» beside «أحببنا كاري»); a surname that is a common word counts alone only right
  // after a word that precedes people («قال النسور», «قالت ماي»; the tagger's type cues), or, in ال…ي and no
  // adjective, or in …ي without ال (`BARE_NISBA`: «جعفري» of «محمد علي جعفري»), anywhere but after a definite word
  // («الخزري» of «وهبي الخزري», not «العام الماضي»: the news text writes such surnames with and without ال, as it
  // does nouns, so the word statistics call them common)
  const wordUse = new Map<string, number>();
  for (const g of groups.values()) for (const w of new Set(g.key)) wordUse.set(w, (wordUse.get(w) ?? 0) + 1);
  // each group's voted type, once (a name may occur 100,000 times; the occurrence tests below ask at each one)
  const votes = new Map<Group, EntityType>();
  const votedType = (g: Group) => votes.get(g) ?? votes.set(g, typeOf(g)).get(g)!;
  const surname = (g: Group): string[] => {
    const w = g.key[g.key.length - 1];
    return g.key.length > 1 &&
      (w.length > 2 || (w.length === 2 && !isStopword(w) && !tagger.isFrequentWord?.(w) && !isCommon(w, tagger))) &&
      wordUse.get(w) === 1 &&
      (!isCommon(w, tagger) || isNisbaSurname(w, tagger) || !!tagger.typeCue) &&
      votedType(g) === 'PERS'
      ? [w]
      : [];
  };
  // an organization named by its head and a definite word is also named by that beginning of its name alone («صندوق
  // النقد» of «صندوق النقد الدولي», «منظمة الصحة» of «منظمة الصحة العالمية»), unless another name of the article
  // begins so too
  const orgStarts = new Map<string, number>();
  for (const g of groups.values())
    for (let k = 2; k < g.key.length; k++) {
      const p = g.key.slice(0, k).join(' ');
      orgStarts.set(p, (orgStarts.get(p) ?? 0) + 1);
    }
  const orgPrefixes = (g: Group): string[] => {
    if (g.key.length < 3 || votedType(g) !== 'ORG' || !isOrgHeadAlone(g.key[0])) return [];
    if (!DEFINITE_WORD.test(g.key[1])) return [];
    const out: string[] = [];
    for (let k = 2; k < g.key.length; k++) {
      const p = g.key.slice(0, k).join(' ');
      if (orgStarts.get(p) === 1 && !groups.has(p)) out.push(p);
    }
    return out;
  };
  // in a football story, a club named by two words is also named by either word alone («بايرن» of «بايرن ميونيخ»,
  // «سيتي» of «مانشستر سيتي», «نايكي» of «شركة نايكي»), when no other name of the article has that word and it is no
  // common word, no head of an organization's name and no word that precedes names («منتخب», «نادي»)
  const clubWordAlone = (g: Group): string[] => {
    if (!football || g.key.length !== 2 || votedType(g) !== 'ORG') return [];
    /** a club's own word: no ال, no common word, no head of an organization's name, no word that precedes names */
    const clubWord = (w: string) =>
      !(w.startsWith('ال') || isCommon(w, tagger) || isOrgHeadAlone(w) || tagger.typeCue?.(cueKey(w)));
    const ok = (w: string) => wordUse.get(w) === 1 && w.length >= 4 && clubWord(w);
    // … and by either word with ال («الريال», «البايرن», «اليونايتد»), when that word is no common word («حركة خمس
    // نجوم» is no «الخمس»), no place and no cue, and no other name of the article is that form
    const definite = (w: string) =>
      w.length >= 3 &&
      clubWord(w) &&
      !wordUse.has('ال' + w) &&
      tagger.newsType?.(w) !== 'LOC' &&
      !tagger.isCountry?.(w);
    return [...g.key.filter(ok), ...g.key.filter(definite).map((w) => 'ال' + w)];
  };
  // an organization named by the head of a kind of organization and a definite name is also named by that name
  // alone («منظمة العفو الدولية» … «العفو الدولية», «وزارة الخارجية الأمريكية» … «الخارجية الأمريكية»), unless another
  // name of the article is that name; not where the head's name is a field (`FIELD_HEADS`: «جامعة الدول العربية», but
  // «الدول العربية» alone are the Arab states), nor a name that begins indefinite («حركة فتح الله» of «حركة فتح الله
  // غولن»: «فتح الله» alone is the man)
  const withoutHead = (g: Group): string[] => {
    if (g.key.length < 3 || !g.key[1].startsWith('ال') || votedType(g) !== 'ORG') return [];
    const head = orgHead(g.key[0]);
    if (head === undefined || FIELD_HEADS.has(head)) return [];
    const rest = g.key.slice(1).join(' ');
    return groups.has(rest) ? [] : [rest];
  };
  // a ministry («وزارة الخارجية», «وزارة الداخلية المصرية») is also named by its definite word alone where that word is
  // a subject, after a feminine verb («وأضافت الخارجية», «أعلنت الداخلية»), or after «باسم» («المتحدث باسم
  // الخارجية»), when no other ministry of the article has that word and no other name is it (`isMinistryWordAlone`)
  const ministryWords = new Map<string, number>();
  for (const g of groups.values())
    if (g.key[0] === MINISTRY && g.key.length >= 2) ministryWords.set(g.key[1], (ministryWords.get(g.key[1]) ?? 0) + 1);
  const ministryWord = (g: Group): string[] => {
    if (g.key[0] !== MINISTRY || g.key.length > 3 || votedType(g) !== 'ORG') return [];
    const w = g.key[1];
    if (!w?.startsWith('ال') || ministryWords.get(w) !== 1 || groups.has(w)) return [];
    return g.key.length === 2 || NISBA_ADJECTIVE.test(g.key[2]) ? [w] : [];
  };
  // a country is also named by a state's title and its feminine nisba («المملكة المغربية» of «المغرب», «المملكة
  // السعودية»; the nisba alone after a definite feminine noun is an adjective, above)
  const stateForms = (g: Group): string[] =>
    g.key.length === 1 && votedType(g) === 'LOC' && tagger.isCountry?.(g.key[0]) ? stateNames(g.key[0]) : [];
  /** a spelling that is no other name's, no common word and no word of the tagger's training text */
  const freeSpelling = (v: string) => !wordUse.has(v) && !isCommon(v, tagger) && !tagger.isKnownWord?.(v);
  // … also with a foreign g written the other way («فينجر» of «أرسين فينغر», «جريفيث» of «مارتن غريفيث»), when that
  // spelling is no word of the tagger's training text, no frequent or common word and no other name's
  const gVariant = (w: string): string[] => {
    if (!/[جغ]/.test(w)) return [];
    const v = swapForeignG(w);
    return freeSpelling(v) && !tagger.isFrequentWord?.(v) ? [v] : [];
  };
  // … and with a foreign ch written the other way («منوتشين» of «ستيفن منوشين», «ميلتشان» of «أرنون ميلشان»), when that
  // spelling is no word of the tagger's training text, no common word, no other name's and no word the news text uses
  // as no person's name (it may be frequent: the news text's usual spelling of the same name)
  const chVariant = (w: string): string[] => {
    if (!/ش/.test(w)) return [];
    const v = /تش/.test(w) ? w.replace(/تش/g, 'ش') : w.replace(/ش/g, 'تش');
    return freeSpelling(v) && !tagger.isNonPersonWord?.(v) ? [v] : [];
  };
  // … and by a surname of two words in «الله» («الحمد الله» of «رامي الحمد الله», «عطا الله»; not «عبد الله», a given
  // name), unless another name of the article ends so too
  const pairEnds = new Map<string, number>();
  for (const g of groups.values())
    if (g.key.length >= 2) {
      const pair = g.key.slice(-2).join(' ');
      pairEnds.set(pair, (pairEnds.get(pair) ?? 0) + 1);
    }
  const compoundSurname = (g: Group): string[] => {
    const n = g.key.length;
    if (n < 3 || g.key[n - 1] !== 'الله' || g.key[n - 2] === 'عبد' || isStopword(g.key[n - 2])) return [];
    const pair = g.key.slice(-2).join(' ');
    return votedType(g) === 'PERS' && pairEnds.get(pair) === 1 && !groups.has(pair) ? [pair] : [];
  };
  const extraForms = (g: Group) => [
    ...surname(g).flatMap((w) => [w, ...gVariant(w), ...chVariant(w)]),
    ...compoundSurname(g),
    ...withoutHead(g),
    ...ministryWord(g),
    ...stateForms(g),
    ...(aliases.get(g)?.keys() ?? []),
    ...(nicknamesOf.get(g) ?? []),
    ...clubWordAlone(g),
  ];
  // a group the tagger calls a place at most of its mentions (once per group: a name may occur 100,000 times)
  const placeVotes = new Map<Group, boolean>();
  const mostlyPlace = (g: Group) => {
    let v = placeVotes.get(g);
    if (v === undefined)
      placeVotes.set(g, (v = g.mentions.filter((m) => m.type === 'LOC').length * 2 > g.mentions.length));
    return v;
  };
  /** a word that precedes places or organizations (the tagger's type cues) */
  const isPlaceOrOrgCue = (w: string) => {
    const c = tagger.typeCue?.(cueKey(w));
    return c === 'LOC' || c === 'ORG';
  };
  const { occurrences, inHeadline, cues, forms, clubs, substances } = textCounts(
    [...groups.values()],
    norm,
    titled,
    extraForms,
    // the labeled corpora's cues, else the words before organizations named like people (`ORG_CUE_WORDS`), as
    // written and behind one proclitic (the cue key would read «وكالة» as و + ك + «الة»)
    (w) =>
      tagger.typeCue?.(cueKey(w)) ??
      (ORG_CUE_WORDS.has(w) || (w.length > 3 && /^[وفبلك]/.test(w) && ORG_CUE_WORDS.has(w.slice(1)))
        ? 'ORG'
        : undefined),
    // a one-word form that is a month in a date, a people after a plural noun («دبلوماسيين روس»), a place in a
    // tournament's name, a place's adjective after a definite word, or a common word that is a person's surname
    // where it reads as the word (above), is no occurrence
    (g, n, i, si) =>
      isDate(n, n, i) ||
      // a ministry's word alone, only as a subject (above)
      (g.key[0] === MINISTRY && lastCliticVariant(n[i]) === g.key[1] && !isMinistryWordAlone(n, i)) ||
      isImperativeDo(n, i, tagger) ||
      // a preposition written with its ى is no «علي» («السيطرة على» of «زين العابدين بن علي»), nor «أمام» an «إمام»
      isWrittenPreposition(words[si][i]) ||
      // a person's definite surname right after a word that precedes places or organizations names what is named
      // after the family («مدينة الصدر» beside «مقتدى الصدر»), not the person
      (i > 0 && surname(g)[0] === n[i] && n[i].startsWith('ال') && isPlaceOrOrgCue(n[i - 1])) ||
      isPeopleAfterNoun(n, i, undefined, tagger) ||
      (mostlyPlace(g) && (isTournamentPlace(n, i) || isAdjectiveAfterNoun(n, i, tagger))) ||
      (isCommon(n[i], tagger) &&
        surname(g)[0] === n[i] &&
        (isNisbaSurname(n[i], tagger) || BARE_NISBA.test(n[i])
          ? i > 0 && DEFINITE_WORD.test(n[i - 1])
          : !(i > 0 && tagger.typeCue?.(cueKey(n[i - 1])) === 'PERS'))),
    // in a football story, a place named as a club: «نادي روما», «روما الإيطالي»
    football ? (n, i, end) => isClubCue(n, i, end, tagger) : undefined,
    // a drug's, a bacterium's, a cancer's name: «عقار سيبونيمود», «سرطان البروستاتا»
    (g, n, i) => isCuedBy(SUBSTANCE_CUES_BY_TYPE[votedType(g)] ?? DISEASE_CUES, n, i),
    namedAfter,
    orgPrefixes,
  );
  const entities: Entity[] = [];
  const site = siteNameForms(ctx.siteNames ?? []);
  for (const g of groups.values()) {
    if (isSiteName(g.key, site)) continue;
    // a facility the tagger learned as MISC is a place («البيت الأبيض»); a «person» after words that precede
    // organizations or places, never after one that precedes people, is one of those
    const voted = typeOf(g);
    const keyStr = g.key.join(' ');
    const misc = voted === 'MISC' ? tagger.miscType?.(phraseKey([phraseHead(g.key[0]), ...g.key.slice(1)])) : undefined;
    // (a person whose name begins with a person's name of the news text keeps the tagger's type: «إنه نادي محمد صلاح
    // لكرة القدم», a quote, made «محمد صلاح» ×27 a club; so does a one-word name the news text names as a person,
    // unless such words stand before half its occurrences or more: «فريق ترامب», Trump's team, made «ترامب» ×4 an
    // organization)
    const namedPerson =
      voted === 'PERS' &&
      tagger.newsType?.(g.key[0]) === 'PERS' &&
      (g.key.length > 1 || (cues.get(g) ?? []).length * 2 < (occurrences.get(g) ?? 0));
    let type = misc ?? (namedPerson ? voted : typeFromCues(voted, cues.get(g) ?? []));
    // a name the article gives as a model's («مقاتلات من طراز "تورنيدو"») is the model's at its other mentions too
    // («طائرات تورنيدو», «لتورنيدو»), whatever the tagger typed there
    if (g.mentions.some((m) => m.model)) type = 'MISC';
    // a name the article gives as a website's («موقع "توركيش مينيت"») or an agency's is the medium's, an organization
    // («وأشار "توركيش مينيت"»), whatever the tagger typed
    else if (g.mentions.some((m) => m.media)) type = 'ORG';
    // a «person» that the news text names only as a place or an organization, by the words written before it
    // («العاصمة بيونغ يانغ», «شركة سبيس إكس»), unless the article gives it a title or a word that precedes people
    if (
      type === 'PERS' &&
      tagger.newsType &&
      !(cues.get(g) ?? []).includes('PERS') &&
      !g.mentions.some((m) => m.description)
    ) {
      const t = tagger.newsType(keyStr);
      if (t && t !== 'PERS') type = t;
    }
    // in a football story, a place the article names as a club at least once is that club («روما»); not a
    // country, whose name stands for the country and for its team
    if (type === 'LOC' && clubs.has(g) && !tagger.isCountry?.(keyStr)) type = 'ORG';
    // … and a place the article names as a team (after a match verb: «أمام إيسلندا», «فاز … على نيجيريا»; not in a
    // sentence about hosting or bidding): a country that it never names as a place (`placeUse`: «في روسيا», «رئيس
    // فرنسا», a dateline) is its team; a city or a region that it names as a team at least as often as a place is the
    // club («ليفربول أمام روما» ×2 beside «قادما من روما»: a club's transfers also read as places)
    if (football && type === 'LOC') {
      const asTeam = g.mentions.filter((m) => m.type === 'ORG' && !hostingSentence(m.sentence)).length;
      const asPlace = g.mentions.filter((m) => m.placeUse).length;
      if (asTeam > 0 && (tagger.isCountry?.(keyStr) ? asPlace === 0 : asTeam >= asPlace)) type = 'ORG';
    }
    const counts = new Map<string, number>();
    for (const m of g.mentions) {
      const s = m.words.join(' ');
      counts.set(s, (counts.get(s) ?? 0) + 1);
    }
    const variants = [...counts].sort((a, b) => b[1] - a[1]).map(([s]) => s);
    // a person by the full name (فلاديمير بوتين, not بوتين); a place or an organization by the form the text
    // uses most (البنك المركزي ×6, not البنك المركزي إيجابا ×1)
    const fullKey = type === 'PERS' ? fullNameKey(g, forms.get(g)) : keyStr;
    const fullSurfaces = type === 'PERS' ? g.surfaces.filter((_, i) => g.keys[i] === fullKey) : [];
    const name = fullSurfaces.length
      ? mostFrequent(fullSurfaces)
      : mostUsedForm(
          g,
          withoutNicknames(forms.get(g)),
          aliases.get(g),
          (w) => isCommon(w, tagger),
          (w) => isPlaceAdjective(w, tagger),
        );
    const descriptions = g.mentions.map((m) => m.description).filter((d): d is string => !!d);
    // the article says it is a person: a title beside it, or a word before it that precedes people
    const saidPerson = descriptions.length > 0 || (cues.get(g) ?? []).includes('PERS');
    if (type === 'PERS' && isNonPerson(g, tagger, saidPerson)) continue;
    // a one-word «person» the article writes only in quotation marks, with no title and no word that precedes
    // people, is the name of a thing: a film, a missile, a papyrus, an animal, a brand («"علوش"», «"بوك"», «"هاريس"»,
    // «"روميو"», «"أتاري"»); Arabic news quotes those, and people far less often. So is a «person» of several words
    // that the article names nowhere else, not even by a part of the name outside the quotation marks («"هالو توب"»,
    // an ice cream; «"مي تو"», MeToo; «"غاريث ساوثغيت"», a metro station; not «"ليدي غاغا"» … «غاغا»)
    if (
      type === 'PERS' &&
      !saidPerson &&
      (g.key.length === 1 || (occurrences.get(g) ?? 0) <= g.mentions.length) &&
      g.mentions.every((m) => m.quoted)
    )
      continue;
    // a drug, a hormone, a bacterium or a cancer: named once at least right after the word for it («عقار
    // سيبونيمود» and four times alone), and never with a title or after a word that precedes people
    if (substances.has(g) && !saidPerson) continue;
    // a place's masculine nisba alone is a nationality adjective, no person («العداء الكيني»); a surname of this
    // form joined its person's full name above («أبو بكر البغدادي»). Places keep theirs: «شمال الأطلسي»
    if (type === 'PERS' && g.key.length === 1 && tagger.isPlaceNisba?.(g.key[0])) continue;
    // a country's feminine adjective, when the article writes the country in ا: «وسائل إعلام سورية» beside
    // «سوريا», «شركة تركية» beside «تركيا» (where the article writes the country «سورية», it stays)
    if (type === 'LOC' && isFeminineOfPlace(g.key, groups, votedType)) continue;
    // a word that precedes places, alone with ال, is the place the article spoke of: «المدينة» (the city), not Medina;
    // alone without ال it is no name at all, a place or an organization («بولاية تكساس» tagged as two places,
    // «بجزيرة سينتوسا» as an organization and a place)
    if (
      g.key.length === 1 &&
      ((type === 'LOC' && /^ال../.test(keyStr) && tagger.typeCue?.(keyStr.slice(2)) === 'LOC') ||
        ((type === 'LOC' || type === 'ORG') &&
          cliticVariants(keyStr).some((v) => !v.startsWith('ال') && tagger.typeCue?.(cueKey(v)) === 'LOC')))
    )
      continue;
    // a definite word alone that neither the tagger's training text nor the news text knows as a frequent word, and
    // that is no nisba (the form of surnames with ال: «السيستاني»), is a noun, no person («الديناصور», «المومياء»,
    // «الهيموجلوبين»), unless the article gives it a title or a person cue
    if (
      type === 'PERS' &&
      g.key.length === 1 &&
      // written with ال, not a foreign name in «إل…», «أل…» («إليانور»)
      g.surfaces.every((w) => w.startsWith('ال')) &&
      !/ي$/.test(g.key[0]) &&
      !saidPerson &&
      tagger.isKnownWord?.(g.key[0]) === false &&
      tagger.isFrequentWord?.(g.key[0]) === false
    )
      continue;
    const first = Math.max(0, Math.min(...g.mentions.map((m) => m.sentence)));
    const inTitle = inHeadline.has(g);
    const count = Math.max(occurrences.get(g) ?? 0, 1);
    const score =
      SALIENCE.mention * count +
      SALIENCE.earliness * (1 - first / n) +
      (inTitle ? SALIENCE.inTitle : 0) +
      SALIENCE.inSummary * g.mentions.filter((m) => summary.has(m.sentence)).length;
    const e: Entity = { name, type, count, variants, score: Math.round(score * 100) / 100 };
    if (inTitle || count >= 2) e.key = true;
    if (descriptions.length) e.description = mostFrequent(descriptions);
    entities.push(e);
  }
  return entities.sort((a, b) => b.score! - a.score! || b.count - a.count);
}

/**
 * A one-word place that is the first word of a two-word place ending in a compass adjective and no place of its own:
 * no word of the tagger's training text, no country and no name the news text gives on its own («الغوطة» of «الغوطة
 * الشرقية»; not «كوريا» of «كوريا الشمالية», «القدس» of «القدس الشرقية»).
 */
function isShortPlaceName(short: readonly string[], long: readonly string[], tagger: Tagger): boolean {
  if (short.length !== 1 || long.length !== 2 || long[0] !== short[0] || !DIRECTIONS.has(long[1])) return false;
  const w = short[0];
  return !tagger.isKnownWord?.(w) && !tagger.isCountry?.(w) && !tagger.newsType?.(w);
}

/** `short`, a definite name, occurs inside `long` after its first word, its ال written لل there («الصليب الأحمر» in
 * «اللجنة الدولية للصليب الأحمر»). */
function containsRunAfterProclitic(long: readonly string[], short: readonly string[]): boolean {
  outer: for (let i = 1; i + short.length <= long.length; i++) {
    if (!/^لل/.test(long[i]) || !/^ال/.test(short[0]) || !cliticVariants(long[i]).includes(short[0])) continue;
    for (let j = 1; j < short.length; j++) if (long[i + j] !== short[j]) continue outer;
    return true;
  }
  return false;
}

/** Do the words `name` occur in the text (`norm`, by sentence) without a definite word right after them (which may
 * be the adjective, or another: «أمريكا الشمالية» is no «أمريكا» of «أمريكا اللاتينية»)? */
function occursAlone(norm: readonly string[][], name: readonly string[]): boolean {
  for (const n of norm)
    for (let i = 0; i + name.length <= n.length; i++)
      if (
        name.every((w, k) => cliticVariants(n[i + k]).includes(w)) &&
        !/^ال/.test(lastCliticVariant(n[i + name.length] ?? ''))
      )
        return true;
  return false;
}

/** A place's nationality adjective, masculine or feminine («الإيطالي», «السورية»: the tagger's place nisbas). */
const isPlaceAdjective = (n: string, tagger: Tagger) => !!tagger.isPlaceNisba?.(n) || isFeminineNisba(n, tagger);
/** The feminine form of a place's nisba (normalized: «السوريه» of «السوري»). */
const isFeminineNisba = (n: string, tagger: Tagger) => /^ال..+يه$/.test(n) && !!tagger.isPlaceNisba?.(n.slice(0, -1));

/** A one-word place in يه whose form in يا is a place of the article too (normalized: «سوريه» beside «سوريا»). */
function isFeminineOfPlace(
  key: readonly string[],
  groups: ReadonlyMap<string, Group>,
  typeOf: (g: Group) => EntityType,
): boolean {
  if (key.length !== 1 || !/..يه$/.test(key[0])) return false;
  const other = groups.get(key[0].slice(0, -1) + 'ا');
  return !!other && typeOf(other) === 'LOC';
}

/**
 * A one-word «person» that the news text uses as no person's name («فيسبوك», «تويتر», «بيونغيانغ»: the tagger calls
 * many foreign words people) is no name to show, unless the article itself says it is a person: a title beside it
 * (a description) or a word before it that precedes people («قالت حديد»).
 */
function isNonPerson(g: Group, tagger: Tagger, saidPerson: boolean): boolean {
  return g.key.length === 1 && !saidPerson && !!tagger.isNonPersonWord?.(g.key[0]);
}

/**
 * The key a person is shown by: the group's longest key, unless a leading run of it of at least two words is a
 * key the text uses on its own at least twice and at least twice as often as the whole — then the rest was a
 * word the tagger glued on: «محمد صلاح» ×12 of «محمد صلاح يتوج» ×1 (a headline's verb), «محمد صلاح على».
 */
function fullNameKey(g: Group, forms: Map<string, number> | undefined): string {
  const keyStr = g.key.join(' ');
  const whole = forms?.get(keyStr) ?? 0;
  let best = keyStr;
  for (const k of new Set(g.keys)) {
    const w = k.split(' ');
    if (w.length < 2 || w.length >= g.key.length || g.key.slice(0, w.length).join(' ') !== k) continue;
    const alone = forms?.get(k) ?? 0;
    if (alone >= 2 && alone >= 2 * whole && (best === keyStr || w.length > best.split(' ').length)) best = k;
  }
  return best;
}

/** The type most mentions have; a tie goes to `tie` when it is one of the tied types, else to the first mention's. */
function vote(types: EntityType[], tie?: string): EntityType {
  const c = new Map<EntityType, number>();
  for (const t of types) c.set(t, (c.get(t) ?? 0) + 1);
  const sorted = [...c].sort((a, b) => b[1] - a[1]);
  if (tie && sorted.length > 1 && sorted[0][1] === sorted[1][1]) {
    const t = sorted.find(([k, n]) => k === tie && n === sorted[0][1]);
    if (t) return t[0];
  }
  return sorted[0][0];
}

/**
 * A place's or an organization's display form: the form of the group that occurs most often in the text
 * (`counts`: occurrences per normalized form), written as the tagger's mentions wrote it (an alias as written in
 * its parentheses); a form that begins or ends with a common word (or is one: «كاف») comes after the others
 * («مراسل بي بي سي»); ties go to the form tagged most often, then to the longer one.
 */
/** A group's forms without its nicknames, which never name it on display («ليفربول», not «الريدز»). */
function withoutNicknames(forms: Map<string, number> | undefined): Map<string, number> | undefined {
  if (!forms) return forms;
  const out = new Map([...forms].filter(([k]) => !TEAM_NICKNAMES.has(k)));
  return out.size ? out : forms;
}

function mostUsedForm(
  g: Group,
  counts: Map<string, number> | undefined,
  aliases: Map<string, string> | undefined,
  common: (w: string) => boolean,
  placeAdjective: (w: string) => boolean,
): string {
  const written = new Map<string, string[]>();
  g.keys.forEach((k, i) => {
    const list = written.get(k);
    if (list) list.push(g.surfaces[i]);
    else written.set(k, [g.surfaces[i]]);
  });
  for (const [k, w] of aliases ?? []) if (!written.has(k)) written.set(k, [w]);
  const n = (k: string) => counts?.get(k) ?? 0;
  // a form that begins or ends with a common word, or begins with a club's word before a form of the group («نادي
  // ليفربول» beside «ليفربول»), names the group only when no other form does
  const edge = (k: string) => {
    const w = k.split(' ');
    const last = w[w.length - 1];
    return common(w[0]) ||
      (common(last) && !(w.length > 1 && placeAdjective(last))) ||
      (w.length > 1 && CLUB_HEADS.has(w[0]) && written.has(w.slice(1).join(' ')))
      ? 1
      : 0;
  };
  const best = [...written.keys()].sort(
    (a, b) =>
      edge(a) - edge(b) || n(b) - n(a) || written.get(b)!.length - written.get(a)!.length || b.length - a.length,
  )[0];
  return mostFrequent(written.get(best)!);
}

/** The words for a club or a team before its name (normalized): no word of the name («نادي دي سي يونايتد» is
 * «دي سي يونايتد») */
const CLUB_HEADS = new Set(['نادي', 'النادي', 'فريق', 'الفريق']);

function mostFrequent(xs: string[]): string {
  const c = new Map<string, number>();
  for (const x of xs) c.set(x, (c.get(x) ?? 0) + 1);
  return [...c].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)[0][0];
}

/** A word with a foreign g written one way (غ as ج). */
const foreignG = (w: string) => w.replace(/غ/g, 'ج');

/**
 * A name's letters without spaces and without long vowels after its first letter (ا و ي; ة and ه as one); a
 * person's name also without the article ال of its later words, and with غ and ج as one letter: «منى المذبوح» /
 * «منى مذبوح», «حازم عبدالعظيم» / «حازم عبد العظيم», «أنغيلا ميركل» / «انجيلا ميركل» (not places: «رام الله» /
 * «الرملة»).
 */
function looseKey(words: string[], type: EntityType): string {
  const w = (
    type === 'PERS'
      ? words
          .flatMap((x) => x.replace(/^(عبد|ابو)ال/, '$1 ال').split(' '))
          .map((x, i) => (i ? x.replace(/^ال(?=..)/, '') : x))
          // a foreign g written ج or غ («أنغيلا ميركل» / «انجيلا ميركل»)
          .map(foreignG)
      : words
  ).join('');
  return (
    w[0] +
    w
      .slice(1)
      .replace(/[اويى-]/g, '')
      .replace(/ة/g, 'ه')
  );
}

/** Whether `short` occurs as a contiguous run of words in `long` with only common words around it. */
function onlyCommonAround(long: string[], short: string[], common: (w: string) => boolean): boolean {
  outer: for (let i = 0; i + short.length <= long.length; i++) {
    for (let j = 0; j < short.length; j++) if (long[i + j] !== short[j]) continue outer;
    return long.every((w, k) => (k >= i && k < i + short.length) || common(w));
  }
  return false;
}

/**
 * How often each group's names occur in the text (`norm`: the title first when `titled`, then the sentences),
 * tagged or not; which occur in the title; and the cue types of the words before them. A name is every form a
 * mention of the group took (and the `extra` forms), its first word also behind a proclitic; at each word the
 * longest form wins, so a run inside a longer name («ترامب» of «إيفانكا ترامب») counts for the longer name only.
 */
function textCounts(
  groups: Group[],
  norm: readonly string[][],
  titled: boolean,
  extra: (g: Group) => string[],
  /** the type the word before a name (normalized) says */
  cue?: (normWord: string) => CueType | undefined,
  /** `si`: the sentence's index in `norm` */
  notAName: (g: Group, n: readonly string[], i: number, si: number) => boolean = () => false,
  clubCue?: (n: readonly string[], i: number, end: number) => boolean,
  substanceCue?: (g: Group, n: readonly string[], i: number) => boolean,
  /** words («si:i») that are no occurrence of any name */
  skip?: ReadonlySet<string>,
  /** the beginnings of a group's name that count for it where no definite word follows (another body's adjective) */
  prefixes?: (g: Group) => string[],
): {
  occurrences: Map<Group, number>;
  inHeadline: Set<Group>;
  cues: Map<Group, CueType[]>;
  forms: Map<Group, Map<string, number>>;
  /** the groups with an occurrence that `clubCue` marks */
  clubs: Set<Group>;
  /** the groups with an occurrence that `substanceCue` marks */
  substances: Set<Group>;
} {
  const byFirst = new Map<string, { form: string[]; group: Group; open?: boolean }[]>();
  const add = (k: string, group: Group, open?: boolean) => {
    const form = k.split(' ');
    let list = byFirst.get(form[0]);
    if (!list) byFirst.set(form[0], (list = []));
    list.push({ form, group, open });
  };
  for (const g of groups) {
    const ks = new Set([g.key.join(' '), ...g.keys, ...extra(g)]);
    for (const k of ks) add(k, g);
    for (const k of prefixes?.(g) ?? []) if (!ks.has(k)) add(k, g, true);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.form.length - a.form.length);
  const occurrences = new Map<Group, number>();
  const inHeadline = new Set<Group>();
  const cues = new Map<Group, CueType[]>();
  const forms = new Map<Group, Map<string, number>>();
  const clubs = new Set<Group>();
  const substances = new Set<Group>();
  for (const [si, n] of norm.entries()) {
    let last: { group: Group; end: number } | undefined;
    for (let i = 0; i < n.length; i++) {
      if (skip?.size && skip.has(`${si}:${i}`)) continue;
      let best: { form: string[]; group: Group } | undefined;
      const w = n[i];
      // a proclitic also before a short word («لبي بي سي»)
      const variants = w.length === 3 && 'وفبلك'.includes(w[0]) ? [w, w.slice(1)] : cliticVariants(w);
      // لل is also ل before a word in ل («للندن», «للجنة»)
      const ll = w[0] === 'و' || w[0] === 'ف' ? 1 : 0;
      if (w[ll] === 'ل' && w[ll + 1] === 'ل' && w.length >= ll + 3) variants.push(w.slice(ll + 1));
      // an acronym in Latin letters' names with ال («الأف بي آي»)
      if (isLetterNameWithAl(w)) variants.push(w.slice(2));
      for (const v of variants) {
        const hit = byFirst
          .get(v)
          ?.find(
            (c) =>
              c.form.every((w, k) => k === 0 || n[i + k] === w) &&
              !(c.open && DEFINITE_WORD.test(n[i + c.form.length] ?? '')),
          );
        if (hit && (!best || hit.form.length > best.form.length)) best = hit;
      }
      if (!best || (best.form.length === 1 && notAName(best.group, n, i, si))) continue;
      // a name's short form in parentheses right after it is the same mention («حركة المقاومة الإسلامية ( حماس )»)
      const restated = last?.group === best.group && last.end === i - 1 && n[i - 1] === '(';
      last = { group: best.group, end: i + best.form.length };
      if (!restated) occurrences.set(best.group, (occurrences.get(best.group) ?? 0) + 1);
      let f = forms.get(best.group);
      if (!f) forms.set(best.group, (f = new Map()));
      const fk = best.form.join(' ');
      f.set(fk, (f.get(fk) ?? 0) + 1);
      if (titled && si === 0) inHeadline.add(best.group);
      if (clubCue?.(n, i, i + best.form.length)) clubs.add(best.group);
      if (substanceCue?.(best.group, n, i)) substances.add(best.group);
      // the word before the name, also before its opening quotation mark («وكالة "فارس"»)
      const before = i > 1 && QUOTE_MARKS.test(n[i - 1]) ? i - 2 : i - 1;
      const c = before >= 0 ? cue?.(n[before]) : undefined;
      if (c) {
        const list = cues.get(best.group);
        if (list) list.push(c);
        else cues.set(best.group, [c]);
      }
      i += best.form.length - 1;
    }
  }
  return { occurrences, inHeadline, cues, forms, clubs, substances };
}
