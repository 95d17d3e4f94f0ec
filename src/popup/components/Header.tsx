/** Article title, site, date and reading times. All page text is rendered as text. */
import type { Strings } from '../../ui/strings';

/** Words per minute of an average adult reader of Arabic prose. */
export const READING_WPM = 180;
export const minutes = (words: number) => Math.max(1, Math.round(words / READING_WPM));

export function Header(props: { title: string; site?: string; date?: string; byline?: string; articleWords: number; summaryWords: number; t: Strings; lang: string }) {
  const { t } = props;
  let date = '';
  if (props.date) {
    const d = new Date(props.date);
    date = Number.isNaN(d.getTime()) ? '' : d.toLocaleDateString(props.lang === 'ar' ? 'ar' : 'en', { year: 'numeric', month: 'long', day: 'numeric' });
  }
  const meta = [props.site, date].filter(Boolean).join(' · ');
  return (
    <header class="article">
      <h1 data-testid="title" dir="auto">{props.title}</h1>
      {meta && <p class="meta" dir="auto">{meta}</p>}
      {props.byline && <p class="meta" dir="auto">{props.byline}</p>}
      <p class="meta reading" data-testid="reading-time">{t.readingTime(minutes(props.articleWords), minutes(props.summaryWords))}</p>
    </header>
  );
}
