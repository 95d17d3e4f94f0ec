/** Shared types of the Khulasa core. Pure data: safe to send through extension messages as JSON. */

export type EntityType = 'PERS' | 'LOC' | 'ORG' | 'MISC';

/** A sentence of the article, always the article's original text (never normalized). */
export interface Sentence {
  index: number;
  text: string;
  /** index of the paragraph (line of the input text) the sentence belongs to */
  paragraph: number;
  /** character offsets of `text` inside the analysed article text */
  start: number;
  end: number;
}

export interface SummarySentence {
  index: number;
  text: string;
}

export interface Entity {
  /** display name: the fullest original-text form seen */
  name: string;
  type: EntityType;
  /** number of mentions in the article */
  count: number;
  /** original surface forms seen (with clitics), most frequent first */
  variants: string[];
  /** a title or description seen next to the name, e.g. «الرئيس الروسي» */
  description?: string;
  /** a key name: in the headline or mentioned at least twice */
  key?: boolean;
  /** salience score used for ranking (higher is more important) */
  score?: number;
}

/** How long a summary should be. Default: about a quarter of the article, 3–7 sentences. */
export type SummaryLength = { sentences: number } | { words: number } | { ratio: number };

export interface ArticleText {
  title?: string;
  /** body text: paragraphs separated by newlines */
  text: string;
  /** the site's own names (og:site_name, the <title> suffix): never shown as key names */
  siteNames?: string[];
}
