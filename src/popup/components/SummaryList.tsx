/** The summary: the article's own sentences, in article order. Each one scrolls the page to it. Each <li dir> is a bidi isolate. */
import type { SummarySentence } from '../../core/types';
import { balanceBidi } from '../bidi';

export function SummaryList(props: {
  sentences: SummarySentence[];
  active: number | null;
  onPick: (s: SummarySentence) => void;
  label: string;
  hint: string;
}) {
  return (
    <ol class="summary" dir="rtl" aria-label={props.label} data-testid="summary">
      {props.sentences.map((s) => (
        <li
          key={s.index}
          tabIndex={0}
          role="button"
          title={props.hint}
          aria-pressed={props.active === s.index}
          class={props.active === s.index ? 'active' : ''}
          data-index={s.index}
          dir="auto"
          onClick={() => props.onPick(s)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' || e.key === ' ') {
              e.preventDefault();
              props.onPick(s);
            }
          }}
        >
          {balanceBidi(s.text)}
        </li>
      ))}
    </ol>
  );
}
