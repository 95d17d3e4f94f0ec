/**
 * Which names a reader sees: the key names (in the headline or mentioned twice) of people, places and
 * organizations, ranked; the popup's and `khulasa summarize`'s selection, scored by `npm run eval:names`.
 */
import type { Entity, EntityType } from '../types';

/** The entity groups in display order. */
export const DISPLAY_TYPES: readonly EntityType[] = ['PERS', 'LOC', 'ORG'];
/** At most this many names are shown per type. */
export const MAX_PER_TYPE = 8;

/** The displayed names per type, most salient first (entities come ranked from keyEntities). */
export function displayedEntities(entities: readonly Entity[]): Map<EntityType, Entity[]> {
  const out = new Map<EntityType, Entity[]>();
  for (const type of DISPLAY_TYPES) {
    const list = entities.filter((e) => e.type === type && e.key).slice(0, MAX_PER_TYPE);
    if (list.length) out.set(type, list);
  }
  return out;
}
