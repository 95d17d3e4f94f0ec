/** Short / medium / long: a radio group; changing it re-ranks instantly (no re-extraction). */
import { LENGTH_PRESETS, type LengthPreset } from '../../core/length-presets';
import type { Strings } from '../../ui/strings';

export function LengthControl(props: { value: LengthPreset; onChange: (p: LengthPreset) => void; t: Strings }) {
  const { t } = props;
  return (
    <div class="length" role="radiogroup" aria-label={t.length}>
      {LENGTH_PRESETS.map((p) => (
        <button
          type="button"
          role="radio"
          aria-checked={props.value === p}
          class={props.value === p ? 'on' : ''}
          data-length={p}
          onClick={() => props.onChange(p)}
        >
          {t[p]}
        </button>
      ))}
    </div>
  );
}
