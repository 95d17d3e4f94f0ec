/**
 * Word statistics the NER model ships for the key-names display (training time, Node only):
 *  - whole words (from the unlabeled news text): words that begin with a proclitic letter (و ف ب ل ك) yet
 *    are words of their own, not proclitic + word: «بريت», «كاليفورنيا», «بطولة», «فورد» (a name that merely
 *    begins with ب must not lose its ب on display);
 *  - common words (from the labeled corpora, and the news text for words they do not judge): frequent words
 *    that are almost never part of a person's, place's or organization's name: «دولار», «فقط», «الفيروس»
 *    (never shown as a name on their own, trimmed off a person's name);
 *  - adjectives (from the news text): definite words that almost always follow another definite word
 *    («السوريه» of «الحكومه السوريه»): never a place on their own after a noun;
 *  - non-person words (from the news text, judged against the labeled corpora): words whose contexts fit no
 *    person's name («فيسبوك», «بيونغيانغ»): never shown as a person on their own;
 *  - group names (from WikiFANE's entity list): peoples, sects and tribes, never shown as names;
 *  - MISC names that are places or organizations (ANERcorp train's MISC in WikiFANE's entity list: «البيت الأبيض»);
 *  - organization phrases (from the labeled corpora and the name lists, and the news text's forces): multi-word
 *    names kept whole;
 *  - type cues (from the labeled corpora): words before names that tell their type («شركة», «مدينة»);
 *  - place nisbas (from the news text and the labeled places): «الايطالي» after «روما» names a club;
 *  - country names (from the ISO list and WikiFANE's nations): never retyped as a club, their proclitic stripped.
 *  - cued names (from the news text, by the labeled corpora's type cues): places, organizations and people of
 *    2015–2018 that the 2003 training text never names («إدلب», «سامسونغ», «بيونغ يانغ», «ماكرون»).
 * None of them reads the ANERcorp test split.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readAnergazet, type TaggedSentence } from './anercorp';
import { nerNormalize } from '../../src/core/entities/features';
import {
  cliticVariants,
  COMPASS_WORDS,
  DEFINITE_WORD,
  FORCE_HEADS,
  NISBA_ADJECTIVE,
  nisbaPlaces,
  phraseHead,
  phraseKey,
} from '../../src/core/entities/phrases';
import { QUOTE_MARKS } from '../../src/core/entities/name-words';
import { cueKey, type CueType } from '../../src/core/entities/type-cues';
import { CLUB_SPELLINGS, CLUBS, COMPANIES, ORGANIZATIONS, PARTIES } from './ner-lists';

/** Proclitic letters (و ف ب ك ل; لل is ل + ال). */
const PROCLITICS = ['و', 'ف', 'ب', 'ك', 'ل'];
const ARABIC = /^[\u0621-\u064A]+$/;

export const WHOLE_WORD = {
  /** a word seen fewer times than this in the news text is not judged (seen once: «ويتني», never «يتني») */
  minCount: 1,
  /** the proclitic rate p(c) is a high quantile of count(c + r) / count(r) over this many most frequent words r … */
  rateWords: 1000,
  /** … this quantile (most frequent words are verbs and particles, which take ب/ك/ل far less often than names) */
  rateQuantile: 0.9,
  /** whole when seen more than `margin` × p(c) × count(r) times */
  margin: 1,
  /**
   * … and, for the conjunction و, only when that excess is no chance: P(X ≥ count(و + r)) below this for X
   * Poisson with mean p(و) × count(r) («وروميلو» 17 against 0.22 × 69 «روميلو» is chance). Only و: the other
   * proclitics' rates, taken from frequent verbs and particles, are far below the rates names take them at, and
   * the test would cut names («كوفي», «فولي», «باري»); it cuts four names of the WikiFANE lists after و, each seen
   * at most 4 times («وليم», «وصفي»).
   */
  conjunctionAlpha: 0.01,
};

/** ln Γ(x) for x > 0 (Lanczos, g = 7). */
function logGamma(x: number): number {
  const c = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
  ];
  const y = x - 1;
  let a = c[0];
  for (let i = 1; i < 9; i++) a += c[i] / (y + i);
  const t = y + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (y + 0.5) * Math.log(t) - t + Math.log(a);
}

/** P(X ≥ n) for X Poisson with mean `mean`: above the mean the terms summed from n up until they vanish, at or
 * below it one minus the terms below n (so that no term that underflows to 0 ends the sum early). */
export function poissonTail(n: number, mean: number): number {
  if (n <= 0) return 1;
  if (mean <= 0) return 0;
  const term = (k: number) => Math.exp(k * Math.log(mean) - mean - logGamma(k + 1));
  let sum = 0;
  if (n <= mean) {
    for (let k = 0; k < n; k++) sum += term(k);
    return Math.max(0, 1 - sum);
  }
  for (let k = n; ; k++) {
    const t = term(k);
    sum += t;
    if (t <= 1e-12 * sum || t === 0) break;
  }
  return Math.min(1, sum);
}

/** How often each word (normalized) stands alone between quotation marks in token sentences («" الغارديان "»). */
export function quotedCounts(sentences: Iterable<string[]>): Map<string, number> {
  const c = new Map<string, number>();
  for (const s of sentences)
    for (let i = 1; i + 1 < s.length; i++) {
      if (!QUOTE_MARKS.test(s[i - 1]) || !QUOTE_MARKS.test(s[i + 1])) continue;
      const w = nerNormalize(s[i]);
      c.set(w, (c.get(w) ?? 0) + 1);
    }
  return c;
}

/** Normalized word counts of token sentences. */
export function wordCounts(sentences: Iterable<string[]>): Map<string, number> {
  const c = new Map<string, number>();
  for (const s of sentences)
    for (const t of s) {
      const w = nerNormalize(t);
      c.set(w, (c.get(w) ?? 0) + 1);
    }
  return c;
}

/**
 * Words of their own among the clitic-initial words c + r of the news text:
 *  - r is ال + at least two letters (وال… بال… لل… كال…): the clitic reading needs r to be a word; c + r is
 *    whole only when r is never seen alone («كاليفورنيا», «بالتيمور»), never when it is («والصين», «للفيروس»);
 *    a shorter r («الة» of «وكالة», «الد» of «والد») is weighed as below;
 *  - لل is also ل before a word that begins with ل («لليونيل», «للبنان»);
 *  - otherwise c + r is whole when it is seen more than `margin` × p(c) × count(r) times (after و, and not by
 *    chance: `conjunctionAlpha`), where p(c), the rate
 *    at which c attaches to a name, is the 90th percentile of count(c + r′) / count(r′) over the most frequent
 *    words r′ (و 0.22, ب 0.11, ل 0.11, ف 0.005, ك 0.003): «فراس» (27 against 0.005 × 928 «راس»), «بريت»,
 *    «فورد», «بوزيد» are whole; «ومصر» (399 against 0.22 × 3,051) and «ولويس» are not;
 *  - و + a one-word name of a place or an organization (`names`: placeWords) is never whole: countries are listed
 *    after و more often than that rate says («وكندا» 231 against 0.22 × 508, «وأستراليا», «وبلجيكا»).
 */
export function wholeWords(
  counts: Map<string, number>,
  names: ReadonlySet<string> = new Set(),
  opt = WHOLE_WORD,
): Set<string> {
  const frequent = [...counts]
    .filter(([w]) => ARABIC.test(w) && w.length >= 3 && !w.startsWith('ال'))
    .sort((a, b) => b[1] - a[1])
    .slice(0, opt.rateWords);
  const rate = new Map<string, number>();
  for (const c of PROCLITICS) {
    const r = frequent.map(([w, n]) => (counts.get(c + w) ?? 0) / n).sort((a, b) => a - b);
    rate.set(c, r[Math.floor(r.length * opt.rateQuantile)]);
  }
  const out = new Set<string>();
  for (const [w, n] of counts) {
    if (n < opt.minCount || w.length < 4 || !ARABIC.test(w)) continue;
    // the readings c + r of w (و/ف first, then ب/ك/ل, and both); whole when none of them explains w
    // (the conjunction's reading is marked: it alone is tested for chance)
    const readings: [number, string, boolean][] = [];
    const c1 = 'وف'.includes(w[0]) ? [w[0]] : [];
    for (const p of [...c1, '']) {
      const rest = w.slice(p.length);
      if (p) readings.push([rate.get(p)!, rest, p === 'و']);
      if ('بكل'.includes(rest[0]) && rest.length >= 4) {
        const q = (p ? rate.get(p)! : 1) * rate.get(rest[0])!;
        // لل is ل + ال, or ل before a word that begins with ل («لليونيل» = ل + «ليونيل»)
        if (rest[0] === 'ل' && rest[1] === 'ل') readings.push([q, 'ا' + rest.slice(1), false]);
        readings.push([q, rest.slice(1), false]);
      }
    }
    if (!readings.length) continue;
    const explained = readings.some(([p, r, conjunction]) => {
      if (r.startsWith('ال') && r.length > 3) return (counts.get(r) ?? 0) > 0;
      const mean = p * (counts.get(r) ?? 0);
      return n <= opt.margin * mean || (conjunction && poissonTail(n, mean) >= opt.conjunctionAlpha);
    });
    // «وكندا», «وأستراليا»: names of places are often listed after و, more often than the rate says
    if (!explained && !(w[0] === 'و' && names.has(w.slice(1)))) out.add(w);
  }
  return out;
}

export const COMMON_WORD = {
  /** seen at least this often in the labeled corpora */
  minCount: 5,
  /** and inside a name at most this share of the time */
  maxNameShare: 0.02,
  /** a definite word ال + x of the news text, seen at least this often, whose bare x is seen at least … */
  minDefinite: 20,
  /** … this share as often, is a common noun (names with ال are rarely written without it: الصين, الترجي) */
  bareShare: 0.3,
  /** a bare word x of the news text, seen at least this often, whose definite ال + x is seen at least … */
  minBare: 10,
  /** … this share as often, is a common noun or adjective, unless a person's name has it («جديد», «موسم») */
  definiteShare: 0.3,
  /** a word of the news text, seen at least `minDefinite` times, that stands alone between quotation marks at least
   * this share of the time is a name (a newspaper's, an agency's, a title: «"الغارديان"», «"فيفا"», «"ناتو"»), never
   * common, whatever the rules above say */
  quotedShare: 0.3,
};

/**
 * Frequent words that are (almost) never inside a PERS/LOC/ORG name in the labeled sentences (ANERcorp
 * train and WikiFANE; on WikiFANE its MISC — products, vehicles, weapons — counts as a name too, on
 * ANERcorp its MISC — currencies, religions, … — does not: the product shows neither kind of word).
 * A country's name (`countries`: `countryNames`) is never common, whatever the news text's counts say: they
 * made «الكاميرون» a definite noun beside David Cameron's bare «كاميرون», «كينيا» the accusative of «كيني»
 * (Kenyan), «مالاوي» a bare word beside the adjective «المالاوي», «أوروغواي» (the bare form of «الأوروغواي») a bare word
 * beside its definite form, and the display dropped those countries. Nor is a word the news text often quotes alone
 * (`quoted`: `quotedCounts`; «"الغارديان"» beside «غارديان» looked like «الفيروس» beside «فيروس»).
 */
export function commonWords(
  labeled: (TaggedSentence & { fane?: boolean })[],
  news: Map<string, number>,
  personWords: ReadonlySet<string> = new Set(),
  countries: ReadonlySet<string> = new Set(),
  opt = COMMON_WORD,
  quoted: ReadonlyMap<string, number> = new Map(),
): Set<string> {
  const total = new Map<string, number>(),
    named = new Map<string, number>();
  for (const s of labeled) {
    s.tokens.forEach((t, i) => {
      const w = nerNormalize(t);
      total.set(w, (total.get(w) ?? 0) + 1);
      const tag = s.tags[i];
      if (tag !== 'O' && (s.fane || !tag.endsWith('MISC'))) named.set(w, (named.get(w) ?? 0) + 1);
    });
  }
  const out = new Set<string>();
  for (const [w, n] of total)
    if (n >= opt.minCount && (named.get(w) ?? 0) <= opt.maxNameShare * n && ARABIC.test(w)) out.add(w);
  // words the labeled corpora do not judge: definite nouns of the news text also used bare («الفيروس» / «فيروس»)
  for (const [w, n] of news) {
    if (
      (total.get(w) ?? 0) >= opt.minCount ||
      n < opt.minDefinite ||
      !w.startsWith('ال') ||
      w.length < 5 ||
      !ARABIC.test(w)
    )
      continue;
    if ((news.get(w.slice(2)) ?? 0) >= opt.bareShare * n) out.add(w);
  }
  // … and bare words the news text also uses with ال («موسم» / «الموسم», «ضيف» / «الضيف»): names take no ال
  // (a name that has one always has it), but many given names are adjectives («جميل», «أمين»), so a word of a
  // person's name in the name lists is never common; with the accusative ending ا («موسما», «تاريخا»)
  const bare = (w: string, n: number) =>
    n >= opt.minBare &&
    w.length >= 3 &&
    !w.startsWith('ال') &&
    ARABIC.test(w) &&
    !personWords.has(w) &&
    (news.get('ال' + w) ?? 0) >= opt.definiteShare * n;
  for (const [w, n] of news) if ((total.get(w) ?? 0) < opt.minCount && bare(w, n)) out.add(w);
  for (const w of [...out]) {
    const acc = w + 'ا';
    if (!/^ال|ا$/.test(w) && news.has(acc) && (total.get(acc) ?? 0) < opt.minCount && !personWords.has(acc))
      out.add(acc);
  }
  for (const [w, q] of quoted) {
    const n = news.get(w) ?? 0;
    if (n >= opt.minDefinite && q >= opt.quotedShare * n) out.delete(w);
  }
  for (const c of countries) {
    out.delete(c);
    // … nor its form without ال, which the news text also writes («أوروغواي»), unless that is the feminine adjective
    // («سعودية», Saudi)
    if (c.startsWith('ال') && !c.includes(' ') && !c.endsWith('يه')) out.delete(c.slice(2));
  }
  return out;
}

/** The words of the person names in the name lists (WikiFANE's person lexicon, ANERgazet's people): given
 * names that are also adjectives or nouns («جميل», «أمين», «نصر») are never common words. */
export function personNameWords(dataDir: string): Set<string> {
  const lexicon = readFileSync(join(dataDir, 'lexicons', 'wikifane_pers.txt'), 'utf8').split('\n');
  const out = new Set<string>();
  for (const name of [...lexicon, ...readAnergazet(join(dataDir, 'anergazet')).PERS])
    for (const w of name.trim().split(/\s+/)) if (ARABIC.test(nerNormalize(w))) out.add(nerNormalize(w));
  return out;
}

export const ADJECTIVE_WORD = {
  /** a definite word of the news text seen at least this often … */
  minCount: 20,
  /** … right after another definite word (the noun it qualifies) at least this share of the time */
  minShare: 0.8,
};

/**
 * Adjectives among the definite words of the news text: words that stand right after another definite word
 * almost every time they occur, as an adjective follows its noun («الحكومه السوريه», «الخارجيه الامريكيه»,
 * «الامم المتحده»). Names with ال stand alone or after a preposition: «السوريه» 0.85 of its 2,417 uses follow a
 * definite word, «السعوديه» 0.49 («المملكه العربيه السعوديه»), «الحديده» 0.00, «الاتحاد» 0.01.
 */
export function adjectiveWords(sentences: Iterable<string[]>, opt = ADJECTIVE_WORD): Set<string> {
  const total = new Map<string, number>(),
    after = new Map<string, number>();
  for (const s of sentences) {
    let prevDefinite = false;
    for (const t of s) {
      const w = nerNormalize(t);
      if (w.startsWith('ال') && w.length >= 5 && ARABIC.test(w)) {
        total.set(w, (total.get(w) ?? 0) + 1);
        if (prevDefinite) after.set(w, (after.get(w) ?? 0) + 1);
      }
      prevDefinite = DEFINITE_WORD.test(w);
    }
  }
  const out = new Set<string>();
  for (const [w, n] of total) if (n >= opt.minCount && (after.get(w) ?? 0) >= opt.minShare * n) out.add(w);
  return out;
}

export const NON_PERSON_WORD = {
  /** a word of the news text seen at least this often is judged by its contexts */
  minCount: 20,
  /** a labeled word (ANERcorp train, WikiFANE Gold) has a type when seen at least this often … */
  minLabel: 3,
  /** … with this share of one type (PERS, LOC, ORG, or O: no name) */
  labelShare: 0.8,
  /** add-α smoothing of the context distributions */
  alpha: 0.01,
  /** a word whose contexts fit a person's name this much (nats per context) worse than another type's */
  margin: -1.2,
};

/**
 * The type of each word of the labeled corpora (ANERcorp train and WikiFANE Gold): PERS, LOC or ORG when it is
 * inside such names, O when it is outside any name, at least `labelShare` of its at least `minLabel` uses.
 */
export function labeledTypes(labeled: TaggedSentence[], opt = NON_PERSON_WORD): Map<string, string> {
  const c = new Map<string, Map<string, number>>();
  for (const s of labeled)
    s.tokens.forEach((t, i) => {
      const type = s.tags[i] === 'O' ? 'O' : s.tags[i].slice(2);
      if (type === 'MISC') return;
      const w = nerNormalize(t);
      const m = c.get(w) ?? new Map<string, number>();
      c.set(w, m.set(type, (m.get(type) ?? 0) + 1));
    });
  const out = new Map<string, string>();
  for (const [w, m] of c) {
    const n = [...m.values()].reduce((a, b) => a + b, 0);
    const [type, k] = [...m].sort((a, b) => b[1] - a[1])[0];
    if (n >= opt.minLabel && k >= opt.labelShare * n && ARABIC.test(w)) out.set(w, type);
  }
  return out;
}

/**
 * One-word names of places and organizations: the words the labeled corpora type LOC or ORG (`types`: labeledTypes) and
 * the one-word ISO country names. A و before one of them is the conjunction however often the news text writes them
 * together («وكندا», «وأستراليا»: wholeWords).
 */
export function placeWords(types: ReadonlyMap<string, string>, dataDir: string): Set<string> {
  const out = new Set([...types].filter(([, t]) => t === 'LOC' || t === 'ORG').map(([w]) => w));
  for (const name of oneWordCountryNames(dataDir)) out.add(name);
  return out;
}

/** «بن», «ابن» (son of), normalized */
const BIN = new Set(['بن', 'ابن']);

export const NEWS_PERSON = {
  /** a word seen at least this often in the news text … */
  minCount: 20,
  /** … that the tagger, run over the news text, tags as a person of one word at least this share of its uses */
  minAloneShare: 0.08,
  /** … or alone or as the last word of a person's name of several words at least this share of its uses (a surname:
   * «سكريبال» of «سيرغي سكريبال», 323 of 749, never alone) */
  minSurnameShare: 0.3,
  /** … unless at least this share of those last words follow «بن»/«ابن» (a place named so: «بن عروس», «بن قردان») */
  maxAfterBinShare: 0.5,
  /** … of at least this many letters, without ال */
  minLetters: 4,
};

/**
 * People of the news text that the tagger tags alone often enough to be sure of but leaves out in many sentences: the
 * words (normalized) that `tagDocument`, run over each paragraph of the news text as one document, tags as a person
 * of one word (B-PERS with no I-PERS after it) at least `minAloneShare` of their uses («نيمار» 82 of 905, «فيدرر» 21 of
 * 117, «مورينيو» 162 of 434), or alone or as the last word of a longer person's name at least `minSurnameShare` of
 * their uses (a surname the news text writes after the given name: «سكريبال», «منوتشين», «ماندزوكيتش»), unless those
 * names are mostly «بن» and the word (a place: «بن عروس»; «عروس», bride, alone). The shipped tagger's own output,
 * no labels: a word it tags as a person in some sentences is a person in the others. `overlayNewsNames`
 * (src/core/entities/type-cues.ts) tags them where the article leaves them untagged, as it does the news text's
 * cued people.
 */
export function newsPeople(
  paragraphs: Iterable<string[][]>,
  tagDocument: (sentences: string[][]) => string[][],
  opt = NEWS_PERSON,
): Set<string> {
  const uses = new Map<string, number>(),
    alone = new Map<string, number>(),
    ends = new Map<string, number>(),
    afterBin = new Map<string, number>();
  const inc = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  for (const sents of paragraphs) {
    if (!sents.length) continue;
    const tags = tagDocument(sents);
    sents.forEach((s, si) =>
      s.forEach((w, i) => {
        const k = nerNormalize(w);
        inc(uses, k);
        const [t, next] = [tags[si][i], tags[si][i + 1]];
        if (t === 'B-PERS' && next !== 'I-PERS') inc(alone, k);
        if (t === 'I-PERS' && next !== 'I-PERS') {
          inc(ends, k);
          if (i > 0 && BIN.has(nerNormalize(s[i - 1]))) inc(afterBin, k);
        }
      }),
    );
  }
  const out = new Set<string>();
  for (const [w, n] of uses) {
    if (n < opt.minCount || w.length < opt.minLetters || w.startsWith('ال')) continue;
    const [a, e] = [alone.get(w) ?? 0, ends.get(w) ?? 0];
    if (a >= opt.minAloneShare * n) out.add(w);
    else if (a + e >= opt.minSurnameShare * n && (afterBin.get(w) ?? 0) < opt.maxAfterBinShare * e) out.add(w);
  }
  return out;
}

export const FREQUENT_WORD = {
  /** a word seen at least this often in the 6.7 M words of news text is a word of the language (14k words) */
  minCount: 50,
};

/**
 * Frequent words of the news text (`counts`: wordCounts), Arabic letters only: verbs, nouns and the names news
 * repeats. A word after an organization cue that is none of these, nor a word the tagger learned, is a foreign
 * name the tagger missed («شركة عربسات», 8 times in the news text; not «شركة ترغب», 163): `type-cues.ts`.
 */
export function frequentWords(counts: ReadonlyMap<string, number>, opt = FREQUENT_WORD): Set<string> {
  return new Set([...counts].filter(([w, n]) => n >= opt.minCount && ARABIC.test(w)).map(([w]) => w));
}

export const PLACE_NISBA = {
  /** a masculine nisba seen in the news text at least this often */
  minCount: 5,
};

/**
 * Masculine nisbas of places («الايطالي», «الاسباني», «الانجليزي», «اللندني»): the words «ال…ي» of the news text
 * (seen at least `minCount` times) that `nisbaPlaces` derives from a one-word place — a word the labeled corpora
 * type LOC (`types`: labeledTypes) or a one-word ISO country name. After a place's name, such a nisba names a club
 * («روما الايطالي»; the city takes the feminine, «روما الايطاليه»): `key-entities.ts`.
 */
export function placeNisbas(
  counts: ReadonlyMap<string, number>,
  types: ReadonlyMap<string, string>,
  dataDir: string,
  opt = PLACE_NISBA,
): Set<string> {
  const places = new Set([...types].filter(([, t]) => t === 'LOC').map(([w]) => w));
  for (const name of oneWordCountryNames(dataDir)) places.add(name);
  const out = new Set<string>();
  for (const [w, n] of counts)
    if (n >= opt.minCount && /^ال\S{2,}ي$/.test(w) && ARABIC.test(w) && nisbaPlaces(w).some((p) => places.has(p)))
      out.add(w);
  return out;
}

/** The ISO country names of one word (`isoCountryNames`), normalized: «مصر», «كندا». */
function oneWordCountryNames(dataDir: string): string[] {
  return isoCountryNames(dataDir)
    .filter((name) => name && !/\s/.test(name))
    .map(nerNormalize)
    .filter((n) => ARABIC.test(n));
}

/** The Arabic country names of `lexicons/iso_countries_ar.tsv` (ISO code → name), trimmed. */
function isoCountryNames(dataDir: string): string[] {
  return readFileSync(join(dataDir, 'lexicons', 'iso_countries_ar.tsv'), 'utf8')
    .split('\n')
    .slice(1) // the header: iso2, name_ar
    .map((l) => (l.split('\t')[1] ?? '').trim());
}

/**
 * Context counts of the news-text words seen at least minCount times (`counts`: wordCounts of the sentences): the
 * word before ('p…') and after ('n…') each occurrence, as `cueKey` (without و/ف, and ب/ل/ك before ال).
 */
export function newsContexts(
  sentences: string[][],
  counts: ReadonlyMap<string, number> = wordCounts(sentences),
  opt = NON_PERSON_WORD,
): Map<string, Map<string, number>> {
  const norm = sentences.map((s) => s.map(nerNormalize));
  const out = new Map<string, Map<string, number>>();
  for (const s of norm)
    for (let i = 0; i < s.length; i++) {
      const w = s[i];
      if ((counts.get(w) ?? 0) < opt.minCount || !ARABIC.test(w)) continue;
      let m = out.get(w);
      if (!m) out.set(w, (m = new Map()));
      const p = 'p' + (i > 0 ? cueKey(s[i - 1]) : '<s>');
      const n = 'n' + (i + 1 < s.length ? cueKey(s[i + 1]) : '</s>');
      m.set(p, (m.get(p) ?? 0) + 1).set(n, (m.get(n) ?? 0) + 1);
    }
  return out;
}

const CONTEXT_TYPES = ['PERS', 'LOC', 'ORG', 'O'];

/**
 * A naive Bayes view of the contexts: the per-type context distributions of the typed words (each word weighs one,
 * whatever its frequency); for a word, the mean log-likelihood of its contexts under the person type minus the
 * best of the others (nats per context; undefined for a word without contexts).
 */
export function typeModel(
  contexts: Map<string, Map<string, number>>,
  types: ReadonlyMap<string, string>,
  opt = NON_PERSON_WORD,
): (w: string) => number | undefined {
  const dist = new Map(CONTEXT_TYPES.map((t) => [t, new Map<string, number>()]));
  const words = new Map(CONTEXT_TYPES.map((t) => [t, 0]));
  const vocab = new Set<string>();
  for (const [w, type] of types) {
    const c = contexts.get(w);
    if (!c) continue;
    const n = [...c.values()].reduce((a, b) => a + b, 0);
    const d = dist.get(type)!;
    for (const [k, v] of c) {
      d.set(k, (d.get(k) ?? 0) + v / n);
      vocab.add(k);
    }
    words.set(type, words.get(type)! + 1);
  }
  const z = new Map(CONTEXT_TYPES.map((t) => [t, words.get(t)! + opt.alpha * vocab.size]));
  return (w) => {
    const c = contexts.get(w);
    if (!c) return undefined;
    const n = [...c.values()].reduce((a, b) => a + b, 0);
    const score = (t: string) => {
      const d = dist.get(t)!,
        zt = z.get(t)!;
      let s = 0;
      for (const [k, v] of c) s += (v / n) * Math.log(((d.get(k) ?? 0) + opt.alpha) / zt);
      return s;
    };
    const pers = score('PERS');
    return pers - Math.max(...CONTEXT_TYPES.filter((t) => t !== 'PERS').map(score));
  };
}

/**
 * Words the news text uses as no person's name: the words of the news text that the labeled corpora do not type,
 * seen at least `minCount` times, whose contexts fit a person's name at least `-margin` nats per context worse
 * than a place's, an organization's or a plain word's (`typeModel`): «فيسبوك», «تويتر», «بيونغيانغ», «داعش». Not a
 * word of a person's name in the name lists (`personWords`): many names are common words («حديد», iron).
 * `npx tsx scripts/check-non-person.ts` cross-validates the margin over the typed words.
 */
export function nonPersonWords(
  types: ReadonlyMap<string, string>,
  contexts: Map<string, Map<string, number>>,
  personWords: ReadonlySet<string>,
  opt = NON_PERSON_WORD,
): Set<string> {
  const margin = typeModel(contexts, types, opt);
  const out = new Set<string>();
  for (const w of contexts.keys()) {
    if (types.has(w) || personWords.has(w)) continue;
    const d = margin(w);
    if (d !== undefined && d < opt.margin) out.add(w);
  }
  return out;
}

/** The rows of WikiFANE's entity list (`lexicons/wikifane_gold_entities.tsv`): normalized words, types, count. */
function wikifaneEntities(dataDir: string): { words: string[]; coarse: string; fine: string; n: number }[] {
  return readFileSync(join(dataDir, 'lexicons', 'wikifane_gold_entities.tsv'), 'utf8')
    .split('\n')
    .slice(1)
    .map((row) => row.split('\t'))
    .filter(([entity, , , n]) => entity && n)
    .map(([entity, coarse, fine, n]) => ({
      words: entity.trim().split(/\s+/).map(nerNormalize),
      coarse,
      fine,
      n: Number(n),
    }));
}

/**
 * Country names («مصر», «المملكه المتحده», «انجلترا»): the ISO country names and the entities WikiFANE Gold labels
 * as a nation (fine type Nation) more often than as anything else, of at least three letters. Normalized keys
 * (words joined by a space), without a proclitic. A country's name in a football story stands for the country and
 * for its team, so the display never retypes it as a club; a proclitic before it is always one («لاسراييل»):
 * `key-entities.ts`.
 */
export function countryNames(dataDir: string): Set<string> {
  const counts = new Map<string, { nation: number; other: number }>();
  for (const { words, fine, n } of wikifaneEntities(dataDir)) {
    const key = words.join(' ');
    const c = counts.get(key) ?? { nation: 0, other: 0 };
    if (fine === 'Nation') c.nation += n;
    else c.other += n;
    counts.set(key, c);
  }
  const out = new Set([...counts].filter(([k, c]) => c.nation > c.other && k.length >= 3).map(([k]) => k));
  const iso = new Set(
    isoCountryNames(dataDir)
      .filter(Boolean)
      .map((name) => name.split(/\s+/).map(nerNormalize).join(' ')),
  );
  for (const k of iso) out.add(k);
  // the entity list also holds names behind a proclitic («لاسرائيل», «للكويت») and names cut as if they had one
  // («يتوانيا» of «ليتوانيا»): not names of their own. An ISO name always stays
  const cut = new Set([...iso].flatMap((k) => cliticVariants(k).filter((v) => v !== k)));
  for (const k of [...out])
    if (!iso.has(k) && (cut.has(k) || cliticVariants(k).some((v) => v !== k && out.has(v)))) out.delete(k);
  return out;
}

/**
 * Names of peoples, sects, tribes and dynasties («العرب», «الشيعة», «الأكراد», «الروس», «قريش»): the entities that
 * WikiFANE Gold labels as a group of people (its fine type PER.Group, coarse O in `lexicons/wikifane_gold_entities.tsv`)
 * more often than as any other type («الإخوان» is an organization there). Neither the gold conventions of the
 * names a reader sees nor ANERcorp's count them as people, places or organizations, but ANERcorp train tags
 * «الشيعة» as an organization 8 times of 11, and the tagger learned it. Normalized keys (words joined by a space).
 */
export function groupNames(dataDir: string): Set<string> {
  const counts = new Map<string, { group: number; other: number }>();
  for (const { words, coarse, fine, n } of wikifaneEntities(dataDir)) {
    const key = words.join(' ');
    const c = counts.get(key) ?? { group: 0, other: 0 };
    if (coarse === 'O' && fine === 'Group') c.group += n;
    else c.other += n;
    counts.set(key, c);
  }
  return new Set([...counts].filter(([, c]) => c.group > c.other).map(([k]) => k));
}

/**
 * Names that ANERcorp train labels MISC but WikiFANE's entity list (`lexicons/wikifane_gold_entities.tsv`) gives as
 * a place or an organization, more often than as anything else: facilities and landmarks such as «البيت الأبيض»
 * (MISC 11 times in ANERcorp train, LOC in WikiFANE), «المسجد الأقصى», «الكعبة». The names gold sets count
 * facilities as places; the tagger learned ANERcorp's MISC. Normalized keys (first word as `phraseHead` stores it).
 */
export function miscNames(anercorpTrain: TaggedSentence[], dataDir: string): Map<string, CueType> {
  const misc = new Set<string>();
  for (const s of anercorpTrain)
    for (let i = 0; i < s.tags.length; i++) {
      if (s.tags[i] !== 'B-MISC') continue;
      let j = i + 1;
      while (j < s.tags.length && s.tags[j] === 'I-MISC') j++;
      const words = s.tokens.slice(i, j).map(nerNormalize);
      misc.add(phraseKey([phraseHead(words[0]), ...words.slice(1)]));
    }
  const types = new Map<string, Map<string, number>>();
  for (const { words, coarse, n } of wikifaneEntities(dataDir)) {
    const key = phraseKey([phraseHead(words[0]), ...words.slice(1)]);
    if (!misc.has(key)) continue;
    const c = types.get(key) ?? new Map<string, number>();
    c.set(coarse, (c.get(coarse) ?? 0) + n);
    types.set(key, c);
  }
  const out = new Map<string, CueType>();
  for (const [key, c] of types) {
    const [type] = [...c].sort((a, b) => b[1] - a[1])[0];
    if (type === 'LOC' || type === 'ORG') out.set(key, type);
  }
  return out;
}

/**
 * Multi-word organization names for `overlayPhrases` (src/core/entities/phrases.ts): every name of two or more
 * Arabic words in the labeled sentences (`labeled`: ANERcorp train and WikiFANE Gold) and in the name lists (ANERgazet; WikiFANE's lexicons by type; the ISO
 * country names; our own lists of clubs, parties, companies and organizations, `ner-lists.ts`), kept when it is an
 * organization more often than any other type (so «الولايات المتحدة», a place more often, is not one, nor the
 * newspaper «الشرق الأوسط» of the companies list, which the labeled data names as the region). Keys are normalized,
 * the first word without a proclitic before ال.
 */
export function orgPhrases(labeled: TaggedSentence[], dataDir: string): Set<string> {
  const own = [...CLUBS, ...CLUB_SPELLINGS, ...PARTIES, ...COMPANIES, ...ORGANIZATIONS].map((n): [string, string] => [
    n,
    'ORG',
  ]);
  return typedPhrases(labeled, dataDir, 'ORG', own);
}

/** The multi-word names (phraseKey) of the labeled corpora and the name lists that are of `type` more often than any other. */
export function typedPhrases(
  labeled: TaggedSentence[],
  dataDir: string,
  want: string,
  extra: readonly [string, string][] = [],
): Set<string> {
  const counts = new Map<string, Map<string, number>>();
  const add = (name: string, type: string) => {
    const words = name.trim().split(/\s+/).map(nerNormalize);
    if (words.length < 2 || !words.every((w) => ARABIC.test(w))) return;
    words[0] = phraseHead(words[0]);
    const key = phraseKey(words);
    const c = counts.get(key) ?? new Map<string, number>();
    c.set(type, (c.get(type) ?? 0) + 1);
    counts.set(key, c);
  };
  for (const s of labeled)
    for (let i = 0; i < s.tags.length; i++) {
      if (!s.tags[i].startsWith('B-')) continue;
      const type = s.tags[i].slice(2);
      let j = i + 1;
      while (j < s.tags.length && s.tags[j] === 'I-' + type) j++;
      add(s.tokens.slice(i, j).join(' '), type);
      i = j - 1;
    }
  const gazet = readAnergazet(join(dataDir, 'anergazet'));
  for (const t of ['LOC', 'ORG', 'PERS'] as const) for (const name of gazet[t]) add(name, t);
  const lines = (f: string) => readFileSync(join(dataDir, 'lexicons', f), 'utf8').split('\n');
  for (const t of ['LOC', 'ORG', 'PERS', 'MISC'])
    for (const l of lines(`wikifane_${t.toLowerCase()}.txt`)) add(l.replace(/^\d+\s+/, ''), t);
  for (const name of isoCountryNames(dataDir)) add(name, 'LOC');
  for (const [name, type] of extra) add(name, type);
  const out = new Set<string>();
  for (const [key, c] of counts) {
    const n0 = c.get(want) ?? 0;
    if (n0 && [...c].every(([t, n]) => t === want || n < n0)) out.add(key);
  }
  return out;
}

export const FORCE_NAME = {
  /** seen at least this often in the news text */
  minCount: 20,
  /** at least this share of its head's uses */
  minShare: 0.05,
};

/**
 * The names of armed forces and alliances in the news text (`FORCE_HEADS` of phrases.ts with ال, then a nisba
 * adjective): the pairs that take at least `minShare` of their head's uses, seen at least `minCount` times, as
 * `phraseKey`s. A fixed name takes many of its head's uses («الحشد الشعبي» 60%, «التحالف العربي» 38%, «الحرس الثوري»
 * 25%); a description few («التحالف العسكري» 2%, «الشرطة المحلية» 1.5%). 10 pairs in the 2015–2018 news text.
 */
export function forceNames(sentences: Iterable<string[]>, opt = FORCE_NAME): Set<string> {
  const heads = new Map<string, number>();
  const pairs = new Map<string, number>();
  for (const s of sentences) {
    for (let i = 0; i < s.length; i++) {
      const h = phraseHead(nerNormalize(s[i]));
      if (!h.startsWith('ال') || !FORCE_HEADS.has(h.slice(2))) continue;
      heads.set(h, (heads.get(h) ?? 0) + 1);
      const next = i + 1 < s.length ? nerNormalize(s[i + 1]) : '';
      if (NISBA_ADJECTIVE.test(next)) {
        const k = phraseKey([h, next]);
        pairs.set(k, (pairs.get(k) ?? 0) + 1);
      }
    }
  }
  const out = new Set<string>();
  for (const [k, n] of pairs) if (n >= opt.minCount && n >= opt.minShare * heads.get(k.split(' ')[0])!) out.add(k);
  return out;
}

/**
 * Places named with a compass word first (`COMPASS_WORDS`): the multi-word names the labeled corpora and the name
 * lists give as places more often than anything else that begin with one («جنوب افريقيا», «جنوب السودان», «شمال
 * سيناء», «جنوب شرق اسيا»). The tagger often tags the place after the compass word alone («أفريقيا»).
 */
export function compassPlaces(labeled: TaggedSentence[], dataDir: string): Set<string> {
  return new Set([...typedPhrases(labeled, dataDir, 'LOC')].filter((k) => COMPASS_WORDS.has(k.split(' ')[0])));
}

export const TYPE_CUE = {
  /** a word that comes right before at least this many PERS/LOC/ORG names of the labeled sentences … */
  minNames: 20,
  /** … at least this share of them of one type */
  minShare: 0.9,
};

/**
 * Words before names, by the type they announce (src/core/entities/type-cues.ts): in the labeled sentences
 * (ANERcorp train and WikiFANE Gold), the words (`cueKey`) right before the start of a PERS/LOC/ORG name that
 * precede at least `minNames` names, at least `minShare` of one type.
 */
export function typeCues(labeled: TaggedSentence[], opt = TYPE_CUE): Map<string, CueType> {
  const counts = new Map<string, Map<CueType, number>>();
  for (const s of labeled)
    for (let i = 1; i < s.tags.length; i++) {
      if (!s.tags[i].startsWith('B-') || s.tags[i - 1] !== 'O') continue;
      const type = s.tags[i].slice(2);
      if (type !== 'PERS' && type !== 'LOC' && type !== 'ORG') continue;
      const key = cueKey(nerNormalize(s.tokens[i - 1]));
      const c = counts.get(key) ?? new Map<CueType, number>();
      c.set(type, (c.get(type) ?? 0) + 1);
      counts.set(key, c);
    }
  const out = new Map<string, CueType>();
  for (const [key, c] of counts) {
    const n = [...c.values()].reduce((a, b) => a + b, 0);
    const [type, m] = [...c].sort((a, b) => b[1] - a[1])[0];
    if (n >= opt.minNames && m >= opt.minShare * n && key.length >= 3) out.set(key, type);
  }
  return out;
}

export const CUED_NAME = {
  /** a type cue (`typeCues`) counts when at least this share of its uses in the labeled sentences come right before
   * a name («مدينة», «شركة»; not «نحو», which comes before numbers far more often than before places) */
  cueNameRate: 0.15,
  /** a name (one or two words) right after such cues at least this many times in the news text … */
  minCued: 5,
  /** … at least this share of them of one type */
  minShare: 0.9,
  /** … each word written with ال (or without it, for a word in ال) less than this share as often: a common noun
   * takes ال and drops it («منطقة آمنة», «المنطقة الآمنة»); a name keeps the one form («إدلب») */
  maxArticleShare: 0.05,
  /** … and, one word, no word after it taking this share of its uses: the first word of a longer name
   * («دير» of «دير الزور», «وست» of «وست هام») */
  maxNextShare: 0.3,
  /** the word for a national team is no place cue here: the labeled corpora type the country after it a place, the
   * display makes «منتخب X» a team, and the news text writes teams' nicknames after it («منتخب الفراعنة», «الديوك») */
  teamCues: ['منتخب'],
};

/** The labeled sentences' type cues that mostly come before a name (`CUED_NAME.cueNameRate`). */
function nameCues(labeled: TaggedSentence[], cues: ReadonlyMap<string, CueType>, rate: number): Map<string, CueType> {
  const uses = new Map<string, number>(),
    named = new Map<string, number>();
  for (const s of labeled)
    for (let i = 0; i + 1 < s.tokens.length; i++) {
      const k = cueKey(nerNormalize(s.tokens[i]));
      if (!cues.has(k)) continue;
      uses.set(k, (uses.get(k) ?? 0) + 1);
      if (/^B-(PERS|LOC|ORG)$/.test(s.tags[i + 1])) named.set(k, (named.get(k) ?? 0) + 1);
    }
  return new Map([...cues].filter(([k]) => (named.get(k) ?? 0) >= rate * (uses.get(k) ?? 0)));
}

/** The counts `cuedNames` and `pairNames` read: every word and word pair of the news text (normalized), the type
 * cues right before each (only the cues that mostly precede names), and how often a title precedes each word. */
export function cuedCounts(
  sentences: string[][],
  labeled: TaggedSentence[],
  cues: ReadonlyMap<string, CueType>,
  opt: typeof CUED_NAME,
) {
  const strong = nameCues(labeled, cues, opt.cueNameRate);
  for (const c of opt.teamCues) strong.delete(nerNormalize(c));
  const counts = new Map<string, number>();
  const cued = new Map<string, Map<CueType, number>>();
  const bump = (k: string, t: CueType) => {
    const c = cued.get(k) ?? new Map<CueType, number>();
    cued.set(k, c.set(t, (c.get(t) ?? 0) + 1));
  };
  // people's cues that are titles, definite nouns («الرئيس», «الشيخ», «الراحل»): not verbs of saying, which come
  // before any subject («قال مسؤول»), nor nisbas («المصري»); a person needs them, the other cues only vote
  const titled = new Map<string, number>();
  const isTitle = (cue: string) => strong.get(cue) === 'PERS' && cue.startsWith('ال') && !cue.endsWith('ي');
  const norm = sentences.map((s) => s.map(nerNormalize));
  for (const s of norm)
    for (let i = 0; i < s.length; i++) {
      counts.set(s[i], (counts.get(s[i]) ?? 0) + 1);
      const pair = i + 1 < s.length ? s[i] + ' ' + s[i + 1] : '';
      if (pair) counts.set(pair, (counts.get(pair) ?? 0) + 1);
      const cue = i > 0 ? cueKey(s[i - 1]) : '';
      const t = strong.get(cue);
      if (!t) continue;
      bump(s[i], t);
      if (pair) bump(pair, t);
      if (isTitle(cue)) titled.set(s[i], (titled.get(s[i]) ?? 0) + 1);
    }
  return { norm, counts, cued, titled };
}

/**
 * Places, organizations and people the news text names (src/core/entities/type-cues.ts `overlayNewsNames`, and the
 * type of a «person» the tagger finds): the words and word pairs of the news text that come right after the labeled
 * corpora's type cues (`typeCues`, those that mostly precede names) at least `minCued` times, at least `minShare`
 * of them cues of one type, whose words keep one form with and without ال, and (one word) that begin no longer name
 * and are no word more frequent without its first letter: «إدلب» (after «محافظة» 242 times), «سامسونغ» (after
 * «شركة»), «بيونغ يانغ», «ليستر سيتي». A person is one word, also after titles at least `minCued` times («الرئيس
 * ماكرون»): the verbs of saying among the cues («قال») only vote. Normalized words joined by a space.
 */
export function cuedNames(
  sentences: string[][],
  labeled: TaggedSentence[],
  cues: ReadonlyMap<string, CueType>,
  opt = CUED_NAME,
  counted = cuedCounts(sentences, labeled, cues, opt),
): Map<string, CueType> {
  const { counts, cued, titled } = counted;
  // per word, the count of the word most often written after it
  const next = new Map<string, number>();
  for (const [k, c] of counts) {
    const sp = k.indexOf(' ');
    if (sp < 0 || !ARABIC.test(k.slice(sp + 1)) || k.length - sp - 1 < 2) continue;
    const w = k.slice(0, sp);
    if (c > (next.get(w) ?? 0)) next.set(w, c);
  }
  const oneForm = (w: string) =>
    (counts.get(w.startsWith('ال') ? w.slice(2) : 'ال' + w) ?? 0) < opt.maxArticleShare * counts.get(w)!;
  const out = new Map<string, CueType>();
  for (const [k, c] of cued) {
    const words = k.split(' ');
    if (!words.every((w) => w.length >= 2 && ARABIC.test(w) && oneForm(w))) continue;
    if (words.length === 1 && (next.get(k) ?? 0) >= opt.maxNextShare * counts.get(k)!) continue;
    // a word more frequent without its first letter is that word behind a proclitic («بمحافظة»)
    if (words.length === 1 && /^[وفبلك]/.test(k) && (counts.get(k.slice(1)) ?? 0) > counts.get(k)!) continue;
    const n = [...c.values()].reduce((a, b) => a + b, 0);
    const [type, m] = [...c].sort((a, b) => b[1] - a[1])[0];
    if (n < opt.minCued || m < opt.minShare * n) continue;
    // a person: one word, written after titles at least `minCued` times
    if (type !== 'PERS' || (words.length === 1 && (titled.get(k) ?? 0) >= opt.minCued)) out.set(k, type);
  }
  return out;
}

export const PAIR_NAME = {
  /** a two-word name is a unit: its second word comes after its first at least this share of the first word's uses,
   * or its first before its second at least this share of the second's («دير الزور», «باب المندب») */
  minUnit: 0.5,
  /** … and begins no longer name: no third word (not a plain, common or adjective word) follows it this often */
  maxNextShare: 0.5,
};

/** What `pairNames` asks of the other word statistics (normalized words). */
export interface PairWordStats {
  isCommon(w: string): boolean;
  isAdjective(w: string): boolean;
  isWhole(w: string): boolean;
  isPlaceNisba(w: string): boolean;
  isStopword(w: string): boolean;
}

/** A definite compass adjective («الشرقية»): part of a place's name («الغوطة الشرقية»), unlike other adjectives. */
const COMPASS_ADJECTIVE = /^ال(شرقي|غربي|شمالي|جنوبي)ه?$|^الوسطي$/;

/**
 * Places and organizations of two words that the news text names after the labeled corpora's type cues, as
 * `cuedNames` finds them, but whose first word is a plain noun with a form with ال of its own («جسر», «دير», «باب»,
 * «الغوطة»), which `cuedNames` leaves out: «دير الزور», «باب المندب», «خان شيخون», «الغوطة الشرقية». Kept when the
 * pair itself keeps one form (ال before the first word less than `maxArticleShare` as often), its words are a unit
 * that begins no longer name (`PAIR_NAME`), and neither word is a word of the language: the first no type cue, word
 * for an administrative unit, common word, adjective, place nisba or stopword («مدينة غزة», «العاصمة بغداد»,
 * «الفرنسية باريس», «على طول»), the second no common word and an adjective only if a compass adjective
 * («الصناعات التحويلية», «الجولان المحتل»), and no word behind a proclitic («بالغوطة»). Only places and
 * organizations; `overlayNewsPairs` (src/core/entities/type-cues.ts) tags them where the tagger left both words out.
 */
export function pairNames(
  counted: ReturnType<typeof cuedCounts>,
  cues: ReadonlyMap<string, CueType>,
  words: PairWordStats,
  adminUnits: ReadonlySet<string>,
  opt = { ...CUED_NAME, ...PAIR_NAME },
): Map<string, CueType> {
  const { norm, counts, cued } = counted;
  const count = (k: string) => counts.get(k) ?? 0;
  const toggled = (w: string) => (w.startsWith('ال') ? w.slice(2) : 'ال' + w);
  const oneForm = (k: string) => count(toggled(k)) < opt.maxArticleShare * count(k);
  // a word behind a proclitic: the rest is more frequent («بالغوطه», «للولايات» as ل + «الولايات»)
  const proclitic = (w: string) =>
    /^[وفبلك]./.test(w) &&
    (count(w.slice(1)) > count(w) || (w.startsWith('لل') && count('ال' + w.slice(2)) > count(w)));
  const candidates = new Map<string, CueType>();
  for (const [k, c] of cued) {
    const sp = k.indexOf(' ');
    if (sp < 0) continue;
    const [w1, w2] = [k.slice(0, sp), k.slice(sp + 1)];
    if (![w1, w2].every((w) => w.length >= 2 && ARABIC.test(w))) continue;
    const n = [...c.values()].reduce((a, b) => a + b, 0);
    const [type, m] = [...c].sort((a, b) => b[1] - a[1])[0];
    if (type === 'PERS' || n < opt.minCued || m < opt.minShare * n) continue;
    if (!oneForm(k) || !oneForm(w2)) continue;
    if (Math.max(count(k) / count(w1), count(k) / count(w2)) < opt.minUnit) continue;
    if (cues.has(cueKey(w1)) || adminUnits.has(w1) || words.isStopword(w1)) continue;
    if (words.isCommon(w1) || words.isAdjective(w1) || words.isPlaceNisba(w1.replace(/ه$/, ''))) continue;
    if (words.isCommon(w2) || (words.isAdjective(w2) && !COMPASS_ADJECTIVE.test(w2))) continue;
    // … nor a second word in و/ف that is no word of its own or whose rest is one («ومينائها»)
    if (proclitic(w1) || proclitic(w2) || (/^[وف]/.test(w2) && (!words.isWhole(w2) || count(w2.slice(1)) > 0)))
      continue;
    candidates.set(k, type);
  }
  // the word most often written after each candidate, among the words that could go on a name
  const next = new Map<string, Map<string, number>>();
  for (const s of norm)
    for (let i = 0; i + 2 < s.length; i++) {
      const k = s[i] + ' ' + s[i + 1];
      if (!candidates.has(k)) continue;
      const w = s[i + 2];
      if (!ARABIC.test(w) || words.isCommon(w) || words.isAdjective(w) || words.isStopword(w)) continue;
      const c = next.get(k) ?? new Map<string, number>();
      next.set(k, c.set(w, (c.get(w) ?? 0) + 1));
    }
  const out = new Map<string, CueType>();
  for (const [k, type] of candidates) {
    const most = Math.max(0, ...(next.get(k)?.values() ?? []));
    if (most < opt.maxNextShare * count(k)) out.set(k, type);
  }
  return out;
}
