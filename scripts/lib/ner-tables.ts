/** Every hand-made word table of the NER tagger and key entities, by name: what scripts/check-ner-lists.ts checks. */
import { TRIGGER_TABLE } from '../../src/core/entities/features';
import * as WORDS from '../../src/core/entities/name-words';
import { COMPASS_WORDS, FORCE_HEADS } from '../../src/core/entities/phrases';
import { PERSON_TRIGGERS, PLACES } from '../../src/core/entities/rule-tagger';
import * as LISTS from './ner-lists';

export const HAND_MADE_TABLES: [string, readonly string[]][] = [
  ...Object.entries(LISTS).filter((e): e is [string, string[]] => Array.isArray(e[1]) && typeof e[1][0] === 'string'),
  ...TRIGGER_TABLE.map(([cls, words]): [string, string[]] => [`TRIGGER_TABLE ${cls}`, words]),
  // every word table of the key-names display (src/core/entities/name-words.ts)
  ...Object.entries(WORDS)
    .filter((e): e is [string, Set<string>] => e[1] instanceof Set)
    .map(([name, words]): [string, string[]] => [name, [...words]]),
  ['phrases COMPASS_WORDS', [...COMPASS_WORDS]],
  ['phrases FORCE_HEADS', [...FORCE_HEADS]],
  ['COUNTRY_ALIASES', [...new Set([...WORDS.COUNTRY_ALIASES].flat())]],
  ['TEAM_NICKNAMES', [...new Set([...WORDS.TEAM_NICKNAMES].flatMap(([nick, teams]) => [nick, ...teams]))]],
  ['rule-tagger PERSON_TRIGGERS', [...PERSON_TRIGGERS]],
  ['rule-tagger PLACES', [...PLACES]],
];
