/**
 * BBC Arabic dev (../shared/data/bbc-arabic/bbc-arabic-dev.jsonl): loader and the standfirst evaluation.
 * Node only.
 *
 * Each article is read the way `khulasa summarize FILE.txt --words N` reads a file holding the headline on its first
 * line and the article below it (articleFromPlainText: a headline-like first line becomes the title). N is the word
 * count of the editors' standfirst; the candidate is truncated to the standfirst's token count and scored against
 * it (ROUGE-1/2/L F1 after normalization, src/core/summarize/rouge.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { splitSentences, wordCount } from '../../src/core/text';
import { articleFromPlainText } from '../../src/core/plain-text';
import { rouge, rougeTokens } from '../../src/core/summarize/rouge';
import type { ArticleText, Sentence } from '../../src/core/types';
import { PROJECT_ROOT, fillBudget, textRank } from './easc';

export const DEFAULT_BBC_PATH = resolve(PROJECT_ROOT, '..', 'shared', 'data', 'bbc-arabic', 'bbc-arabic-dev.jsonl');

export interface BbcDoc {
  id: string;
  category: string;
  /** the headline */
  title: string;
  /** the editors' standfirst (1–2 sentences) */
  summary: string;
  /** paragraphs separated by \n */
  article: string;
}

export function bbcAvailable(path = DEFAULT_BBC_PATH): boolean {
  return existsSync(path);
}

export function loadBbc(path = DEFAULT_BBC_PATH): BbcDoc[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((line) => {
      const o = JSON.parse(line) as BbcDoc;
      return { id: o.id, category: o.category, title: o.title, summary: o.summary, article: o.article };
    });
}

/** The file the CLI would be given: the headline on the first line, the article below. */
export function bbcFileText(doc: BbcDoc): string {
  return `${doc.title}\n${doc.article}`;
}

/** The article as every system sees it (as the CLI reads bbcFileText), and its sentences. */
export function bbcArticle(doc: BbcDoc): { article: ArticleText; sentences: Sentence[] } {
  const article = articleFromPlainText(bbcFileText(doc));
  return { article, sentences: splitSentences(article.text) };
}

/** The word budget: the standfirst's word count (what `--words N` gets). */
export function bbcBudget(doc: BbcDoc): number {
  return wordCount(doc.summary);
}

export interface Scores {
  r1: number;
  r2: number;
  rl: number;
}

/** ROUGE F1 of a candidate text against the standfirst, truncated to the standfirst's token count. */
export function scoreAgainstStandfirst(candidate: string, doc: BbcDoc): Scores {
  const s = rouge(candidate, [doc.summary], rougeTokens(doc.summary).length);
  return { r1: s.rouge1.f, r2: s.rouge2.f, rl: s.rougeL.f };
}

/** A baseline: the article, its sentences and the budget → sentence indices. */
export type BbcSystem = (article: ArticleText, sentences: Sentence[], budget: number, doc: BbcDoc) => number[];

export const BBC_BASELINES: Record<string, BbcSystem> = {
  /** the first sentences until the budget */
  Lead: (_a, s, budget) =>
    fillBudget(
      s,
      s.map((_, i) => i),
      budget,
    ),
  /** the first sentence alone */
  'Lead-1': (_a, s) => (s.length ? [0] : []),
  /** plain TextRank (scripts/lib/easc.ts) */
  TextRank: (a, s, budget) => textRank(a, budget, s, []),
  /** the best single sentence by ROUGE-2 against the standfirst: an upper bound for a one-sentence pick */
  'Oracle-1': (_a, s, _b, doc) => {
    let best = -1,
      bestV = -1;
    s.forEach((x, i) => {
      const v = scoreAgainstStandfirst(x.text, doc).r2;
      if (v > bestV) {
        bestV = v;
        best = i;
      }
    });
    return best < 0 ? [] : [best];
  },
};

/** Per-document scores of a selection function; mean over documents with `meanScores`. */
export function scoreBbc(docs: BbcDoc[], pick: (doc: BbcDoc) => string): Scores[] {
  return docs.map((d) => scoreAgainstStandfirst(pick(d), d));
}

export function meanScores(xs: Scores[]): Scores {
  const n = Math.max(1, xs.length);
  return {
    r1: xs.reduce((a, x) => a + x.r1, 0) / n,
    r2: xs.reduce((a, x) => a + x.r2, 0) / n,
    rl: xs.reduce((a, x) => a + x.rl, 0) / n,
  };
}

/** The baseline's text for a document. */
export function baselineText(name: string, doc: BbcDoc): string {
  const { article, sentences } = bbcArticle(doc);
  return BBC_BASELINES[name](article, sentences, bbcBudget(doc), doc)
    .map((i) => sentences[i].text)
    .join(' ');
}
