/**
 * Article title, site, date and reading times. All page text is rendered as text, each string in its own
 * bidi isolate with unpaired controls dropped (bidi.ts), so it cannot reorder the popup's own text.
 */
import type { Strings } from '../../ui/strings';
import { balanceBidi } from '../bidi';

/** Words per minute of an average adult reader of Arabic prose. */
export const READING_WPM = 180;
export const minutes = (words: number) => Math.max(1, Math.round(words / READING_WPM));

export function Header(props: {
  title: string;
  site?: string;
  date?: string;
  byline?: string;
  articleWords: number;
  summaryWords: number;
  t: Strings;
  lang: string;
}) {
  const { t } = props;
  let date = '';
  if (props.date) {
    const d = new Date(props.date);
    date = Number.isNaN(d.getTime())
      ? ''
      : d.toLocaleDateString(props.lang === 'ar' ? 'ar' : 'en', { year: 'numeric', month: 'long', day: 'numeric' });
  }
  const meta = [props.site && balanceBidi(props.site), date].filter(Boolean) as string[];
  return (
    <header class="article">
      <h1 data-testid="title" dir="auto">
        {balanceBidi(props.title)}
      </h1>
      {meta.length > 0 && (
        <p class="meta" data-testid="meta">
          {meta.map((m, i) => (
            <>
              {i > 0 && ' · '}
              <bdi>{m}</bdi>
            </>
          ))}
        </p>
      )}
      {props.byline && (
        <p class="meta" dir="auto">
          {balanceBidi(props.byline)}
        </p>
      )}
      <p class="meta reading" data-testid="reading-time">
        {t.readingTime(minutes(props.articleWords), minutes(props.summaryWords))}
      </p>
    </header>
  );
}
