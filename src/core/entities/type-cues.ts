/**
 * A name's type from the words written before it. The tagger reads many foreign company and place names as
 * people («أوتلسات» after «شركة»); the words that precede names in the labeled training data say otherwise.
 * The model ships the words that come right before at least 20 names of ANERcorp train and WikiFANE Gold,
 * at least 90% of them of one type (`scripts/lib/name-stats.ts` `typeCues`): «شركة», «صحيفة», «نادي» before
 * organizations, «مدينة», «منطقة», «جنوب» before places, «الشيخ», «الرئيس», «قال» before people.
 */
import type { EntityType } from '../types';

export type CueType = Exclude<EntityType, 'MISC'>;

/** The lookup form of the word before a name: without و/ف, and without ب/ل/ك before ال (لل → ال). */
export function cueKey(normWord: string): string {
  return normWord
    .replace(/^[وف](?=..)/, '')
    .replace(/^[بلك](?=ال)/, '')
    .replace(/^لل(?=.)/, 'ال');
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
