import type { CueType } from './type-cues';

/** A named-entity tagger: BIO tags over PERS, LOC, ORG, MISC for a sentence of tokens. */
export interface Tagger {
  tag(tokens: string[]): string[];
  /**
   * Optional: tags all sentences of one document at once (document-level features). When present, it is
   * what the evaluation scores; `tagDocument([s])[0]` equals `tag(s)`.
   */
  tagDocument?(sentences: string[][]): string[][];
  /**
   * Optional: the token's normalized form without proclitics (و ف ب ل ك; لل → ال) when the tagger's
   * vocabulary knows that form (وبكين → بكين, والصين → الصين), else undefined.
   */
  knownBase?(token: string): string | undefined;
  /** Optional: a normalized word (nerNormalize) that begins with و ف ب ل ك yet has no proclitic to strip («بريت», «كاليفورنيا»). */
  isWholeWord?(normWord: string): boolean;
  /** Optional: a normalized word that is (almost) never part of a person's, place's or organization's name («دولار», «فقط»). */
  isCommonWord?(normWord: string): boolean;
  /** Optional: a normalized word of the tagger's training text (its vocabulary). */
  isKnownWord?(normWord: string): boolean;
  /** Optional: a normalized definite word that (almost) always follows another definite word: an adjective («السوريه»). */
  isAdjectiveWord?(normWord: string): boolean;
  /** Optional: a normalized word the news text uses often (name-stats.ts frequentWords): a word of the language. */
  isFrequentWord?(normWord: string): boolean;
  /** Optional: a normalized word the tagger tags as a person of one word, or as a person's surname, often enough in the
   * news text, where it also leaves it out («نيمار», «سكريبال»: name-stats.ts newsPeople). */
  isNewsPerson?(normWord: string): boolean;
  /** Optional: a normalized word the news text uses as no person's name («فيسبوك», «بيونغيانغ»: name-stats.ts nonPersonWords). */
  isNonPersonWord?(normWord: string): boolean;
  /** Optional: the name of a people, a sect or a tribe (normalized words joined by a space: «الشيعه», «العرب»). */
  isGroupName?(key: string): boolean;
  /** Optional: a multi-word organization name (phraseKey of normalized words) that the display keeps whole. */
  isOrgPhrase?(key: string): boolean;
  /** Optional, with isOrgPhrase: a normalized word that begins such a name. */
  startsOrgPhrase?(normWord: string): boolean;
  /** Optional: a place named with a compass word first (phraseKey of normalized words: «جنوب افريقيا»). */
  isCompassPlace?(key: string): boolean;
  /** Optional: a normalized masculine nisba of a place («الايطالي», «الانجليزي»: name-stats.ts placeNisbas). */
  isPlaceNisba?(normWord: string): boolean;
  /** Optional: a country's name (normalized words joined by a space: «مصر», «المملكه المتحده»). */
  isCountry?(key: string): boolean;
  /** Optional: a place's or an organization's name (phraseKey) that the tagger learned as MISC («البيت الابيض»). */
  miscType?(key: string): CueType | undefined;
  /** Optional: the type the news text gives a name (normalized words joined by a space) by the words before it. */
  newsType?(key: string): CueType | undefined;
  /** Optional: the type of a two-word place or organization the news text names after type cues whose first word is
   * a plain noun («دير الزور», «باب المندب»; normalized words joined by a space). */
  newsPair?(key: string): CueType | undefined;
  /** Optional: the type of name the word (cueKey of a normalized word) comes before in the training data. */
  typeCue?(key: string): CueType | undefined;
}
