/**
 * The site's own name is never a key name of its article: «نيوز» of «المدينة نيوز», «بي بي سي» of «BBC News عربي».
 * The page gives its name in metadata (og:site_name, JSON-LD publisher: `ExtractedArticle.siteName`) and as the
 * « - SiteName» suffix of its <title>; a Latin acronym in it is written in Arabic text by its letter names
 * (BBC → «بي بي سي», LBCI → «إل بي سي آي»).
 */
import { tokenTexts } from '../text';
import { nerNormalize } from './ner-normalize';
import { LATIN_LETTER_NAMES } from '../text/latin-letters';

/** Separators between a <title>'s headline and the site's name («العنوان - المدينة نيوز», «Headline | Site»). */
const TITLE_SEPARATOR = /\s+[-|–—»·]\s+/;
/** A <title> suffix longer than this (in words) is part of the headline, not a site name. */
const MAX_SUFFIX_WORDS = 4;
/** Capital-letter runs read as acronyms: BBC, LBCI, the FM of JawharaFM. */
const ACRONYM = /[A-Z]{2,6}/g;

/** The site name a page's <title> ends with (« - SiteName»), if it has one. */
export function siteNameFromTitle(docTitle: string | undefined): string | undefined {
  const parts = (docTitle ?? '').trim().split(TITLE_SEPARATOR);
  if (parts.length < 2) return undefined;
  const last = parts[parts.length - 1].trim();
  const words = tokenTexts(last).length;
  return words >= 1 && words <= MAX_SUFFIX_WORDS ? last : undefined;
}

/** The normalized word sequences a site's names are written as in Arabic text (metadata and acronym readings). */
export function siteNameForms(siteNames: readonly string[]): string[][] {
  const out: string[][] = [];
  for (const name of siteNames) {
    const words = tokenTexts(name).map(nerNormalize);
    if (words.length) out.push(words);
    for (const m of name.match(ACRONYM) ?? []) out.push([...m].map((c) => nerNormalize(LATIN_LETTER_NAMES[c])));
  }
  return out;
}

/** Whether a name's normalized words are (a contiguous part of) one of the site's names. */
export function isSiteName(key: readonly string[], forms: readonly string[][]): boolean {
  return forms.some((f) => containsRun(f, key));
}

/** Whether `short` occurs as a contiguous run of words in `long`. */
export function containsRun(long: readonly string[], short: readonly string[]): boolean {
  outer: for (let i = 0; i + short.length <= long.length; i++) {
    for (let j = 0; j < short.length; j++) if (long[i + j] !== short[j]) continue outer;
    return true;
  }
  return false;
}
