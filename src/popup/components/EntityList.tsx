/** Key entities grouped by type, most salient first; a click highlights their mentions in the page. */
import type { Entity, EntityType } from '../../core/types';
import { displayedEntities } from '../../core/entities/display';
import type { Strings } from '../../ui/strings';
import { balanceBidi } from '../bidi';

export const TYPE_ORDER: { type: EntityType; label: keyof Strings }[] = [
  { type: 'PERS', label: 'people' },
  { type: 'LOC', label: 'places' },
  { type: 'ORG', label: 'organizations' },
];

/** `ner` says which tagger found the entities: the trained model, or the rule fallback if it failed to load. */
export function EntityList(props: {
  entities: Entity[];
  active: string | null;
  onPick: (e: Entity) => void;
  t: Strings;
  ner: 'model' | 'rules' | null;
}) {
  const { t } = props;
  const shown = displayedEntities(props.entities);
  return (
    <div class="entities" data-testid="entities" data-ner={props.ner ?? undefined}>
      {TYPE_ORDER.map(({ type, label }) => {
        const list = shown.get(type);
        if (!list) return null;
        return (
          <section class={`group ${type.toLowerCase()}`} aria-label={t[label] as string}>
            <h3>{t[label] as string}</h3>
            <ul dir="rtl">
              {list.map((e) => (
                <li key={e.name}>
                  <button
                    type="button"
                    class="chip"
                    aria-pressed={props.active === e.name}
                    data-entity={e.name}
                    title={
                      e.description ? `${balanceBidi(e.description)} · ${t.mentions(e.count)}` : t.mentions(e.count)
                    }
                    onClick={() => props.onPick(e)}
                  >
                    <bdi class="name">{balanceBidi(e.name)}</bdi>
                    <span class="count" aria-label={t.mentions(e.count)}>
                      {e.count}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
