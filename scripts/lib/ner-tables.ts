/** Every hand-made word table of the NER tagger and key entities, by name: what scripts/check-ner-lists.ts checks. */
import { TRIGGER_TABLE } from '../../src/core/entities/features';
import {
  APP_CUES,
  CHEMICAL_CUES,
  FACILITY_CUES,
  PAGEANT,
  PLATFORMS,
  PRODUCT_CUES,
  PRODUCT_NAMES,
  STORM_CUES,
  SUBSTANCE_CUES,
  TITLE_CONTINUATIONS,
  TITLE_HEADS,
  WORK_CUES,
} from '../../src/core/entities/key-entities';
import { PERSON_TRIGGERS, PLACES } from '../../src/core/entities/rule-tagger';
import * as LISTS from './ner-lists';

export const HAND_MADE_TABLES: [string, readonly string[]][] = [
  ...Object.entries(LISTS).filter((e): e is [string, string[]] => Array.isArray(e[1]) && typeof e[1][0] === 'string'),
  ...TRIGGER_TABLE.map(([cls, words]): [string, string[]] => [`TRIGGER_TABLE ${cls}`, words]),
  ['TITLE_HEADS', [...TITLE_HEADS]],
  ['TITLE_CONTINUATIONS', [...TITLE_CONTINUATIONS]],
  ['WORK_CUES', [...WORK_CUES]],
  ['APP_CUES', [...APP_CUES]],
  ['STORM_CUES', [...STORM_CUES]],
  ['PAGEANT', [...PAGEANT]],
  ['SUBSTANCE_CUES', [...SUBSTANCE_CUES]],
  ['CHEMICAL_CUES', [...CHEMICAL_CUES]],
  ['FACILITY_CUES', [...FACILITY_CUES]],
  ['PLATFORMS', [...PLATFORMS]],
  ['PRODUCT_CUES', [...PRODUCT_CUES]],
  ['PRODUCT_NAMES', [...PRODUCT_NAMES]],
  ['rule-tagger PERSON_TRIGGERS', [...PERSON_TRIGGERS]],
  ['rule-tagger PLACES', [...PLACES]],
];
