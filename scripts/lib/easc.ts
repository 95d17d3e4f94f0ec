/** EASC development corpus: loader and evaluation harness (see ../shared/data/README.md). Node only. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { splitSentences, wordCount, tokenize, isStopword } from '../../src/core/text';
import type { Sentence } from '../../src/core/types';
import { meanReferenceLength, ngramCounts, rouge, rougeN, rougeTokens } from '../../src/core/summarize/rouge';
import { articleFromPlainText } from '../../src/core/plain-text';
import type { ArticleText } from '../../src/core/types';
import { mulberry32 } from './random';
export { mulberry32 };

export interface EascDoc {
  id: string;
  /** paragraphs separated by \n, as in the corpus */
  article: string;
  /** the five human extractive summaries */
  summaries: string[];
}

/** Project root (this file lives in scripts/lib). */
export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DEFAULT_EASC_PATH = resolve(PROJECT_ROOT, '..', 'shared', 'data', 'easc', 'easc-dev.jsonl');

export function eascAvailable(path = DEFAULT_EASC_PATH): boolean {
  return existsSync(path);
}

export function loadEasc(path = DEFAULT_EASC_PATH): EascDoc[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((line) => {
      const o = JSON.parse(line) as {
        article: string;
        summaries: Record<string, string> | string[];
        topic_dir?: string;
        article_file?: string;
      };
      const summaries = Array.isArray(o.summaries) ? o.summaries : Object.values(o.summaries);
      return { id: `${o.topic_dir ?? ''}/${o.article_file ?? ''}`, article: o.article, summaries };
    });
}

// ---- evaluation harness (shared by scripts/eval-summary.ts, scripts/train-summary.ts and test/quality) ----

/**
 * The article as every system sees it: the corpus text read the way `khulasa summarize FILE.txt`
 * reads a file (articleFromPlainText: a headline-like first line becomes the title), and its sentences.
 */
export function eascArticle(doc: EascDoc): { article: ArticleText; sentences: Sentence[] } {
  const article = articleFromPlainText(doc.article);
  return { article, sentences: splitSentences(article.text) };
}

export interface SystemResult {
  name: string;
  rouge1: number;
  rouge2: number;
  rougeL: number;
}

/**
 * A system: the article (as eascArticle reads it), its sentences and the word budget → chosen
 * sentence indices (into `sentences` = splitSentences(article.text), the split every system shares).
 */
export type System = (article: ArticleText, budget: number, sentences: Sentence[], refs: string[]) => number[];

/** The word budget of a document: mean reference word count (same count as the CLI's --words). */
export function eascBudget(doc: EascDoc): number {
  return Math.round(doc.summaries.reduce((s, r) => s + wordCount(r), 0) / doc.summaries.length);
}

/** Whole sentences in the given priority order until the word budget is reached. */
export function fillBudget(sentences: Sentence[], priority: number[], budget: number): number[] {
  const out: number[] = [];
  let words = 0;
  for (const i of priority) {
    if (words >= budget) break;
    out.push(i);
    words += wordCount(sentences[i].text);
  }
  return out.sort((a, b) => a - b);
}

export const lead: System = (_t, budget, sents) =>
  fillBudget(
    sents,
    sents.map((_, i) => i),
    budget,
  );

export function randomSystem(seed = 42): System {
  const rnd = mulberry32(seed);
  return (_t, budget, sents) => {
    const idx = sents.map((_, i) => i);
    for (let i = idx.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [idx[i], idx[j]] = [idx[j], idx[i]];
    }
    return fillBudget(sents, idx, budget);
  };
}

/**
 * Plain TextRank (Mihalcea & Tarau 2004): similarity = shared normalized content words /
 * (log|Si| + log|Sj|), PageRank with d = 0.85 on the full graph, no position, no stemming.
 */
export const textRank: System = (_t, budget, sents) => {
  const toks = sents.map((s) =>
    tokenize(s.text)
      .filter((t) => t.kind !== 'punct' && !isStopword(t.norm))
      .map((t) => t.norm),
  );
  const sets = toks.map((t) => new Set(t));
  const n = sents.length;
  const w: number[][] = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      if (toks[i].length < 2 || toks[j].length < 2) continue;
      let common = 0;
      for (const x of sets[i]) if (sets[j].has(x)) common++;
      const v = common / (Math.log(toks[i].length) + Math.log(toks[j].length));
      w[i][j] = w[j][i] = v;
    }
  const out = w.map((row) => row.reduce((a, b) => a + b, 0));
  let pr = new Array<number>(n).fill(1 / Math.max(1, n));
  for (let it = 0; it < 50; it++) {
    const next = new Array<number>(n).fill((1 - 0.85) / n);
    for (let j = 0; j < n; j++) {
      if (!out[j]) continue;
      for (let i = 0; i < n; i++) if (w[j][i]) next[i] += (0.85 * pr[j] * w[j][i]) / out[j];
    }
    pr = next;
  }
  const order = pr.map((_, i) => i).sort((a, b) => pr[b] - pr[a] || a - b);
  return fillBudget(sents, order, budget);
};

/** Greedy oracle: adds the sentence that most improves mean ROUGE-2 recall-ish F1, for reference only. */
export const oracle: System = (_t, budget, sents, refs) => {
  const refToks = refs.map(rougeTokens);
  const limit = meanReferenceLength(refs);
  const score = (idx: number[]) => {
    const c = rougeTokens(
      idx
        .sort((a, b) => a - b)
        .map((i) => sents[i].text)
        .join(' '),
    ).slice(0, limit);
    return refToks.reduce((s, r) => s + rougeN(c, r, 2).f, 0);
  };
  const chosen: number[] = [];
  let best = 0;
  let words = 0;
  while (words < budget) {
    let pick = -1;
    for (let i = 0; i < sents.length; i++) {
      if (chosen.includes(i)) continue;
      const s = score([...chosen, i]);
      if (s > best) {
        best = s;
        pick = i;
      }
    }
    if (pick < 0) break;
    chosen.push(pick);
    words += wordCount(sents[pick].text);
  }
  return chosen.sort((a, b) => a - b);
};

export interface EvalOptions {
  /** Khulasa: sentence indices into splitSentences(article.text) (what analyze() returns) */
  khulasa: (article: ArticleText, budget: number, doc: EascDoc) => number[];
  withOracle?: boolean;
  /** only score these systems (names); default all */
  only?: string[];
}

/** Mean ROUGE F1 of one system over the documents. */
export function scoreSystem(
  docs: EascDoc[],
  system: System | ((a: ArticleText, b: number, s: Sentence[], r: string[], d: EascDoc) => number[]),
): SystemResult & { perDoc: number[] } {
  let r1 = 0,
    r2 = 0,
    rl = 0;
  const perDoc: number[] = [];
  for (const d of docs) {
    const { article, sentences: sents } = eascArticle(d);
    const budget = eascBudget(d);
    const picked = system(article, budget, sents, d.summaries, d);
    const cand = picked.map((i) => sents[i].text).join(' ');
    const s = rouge(cand, d.summaries);
    r1 += s.rouge1.f;
    r2 += s.rouge2.f;
    rl += s.rougeL.f;
    perDoc.push(s.rouge2.f);
  }
  const n = Math.max(1, docs.length);
  return { name: '', rouge1: r1 / n, rouge2: r2 / n, rougeL: rl / n, perDoc };
}

export function evaluateSystems(docs: EascDoc[], opts: EvalOptions): SystemResult[] {
  const systems: [string, Parameters<typeof scoreSystem>[1]][] = [
    ['Khulasa', (a: ArticleText, b: number, _s: Sentence[], _r: string[], d: EascDoc) => opts.khulasa(a, b, d)],
    ['Lead', lead],
    ['TextRank', textRank],
    ['Random', randomSystem(42)],
  ];
  if (opts.withOracle) systems.push(['Oracle', oracle]);
  return systems
    .filter(([name]) => !opts.only || opts.only.includes(name))
    .map(([name, sys]) => {
      const { rouge1, rouge2, rougeL } = scoreSystem(docs, sys);
      return { name, rouge1, rouge2, rougeL };
    });
}

// ---- fast scoring (scripts/train-summary.ts runs every fold scorer on EASC) ----

/** A document prepared once for many candidate selections. */
export interface PreparedDoc {
  doc: EascDoc;
  article: ArticleText;
  sentences: Sentence[];
  sentenceTokens: string[][];
  budget: number;
  limit: number;
  refs: { uni: Map<string, number>; bi: Map<string, number>; n: number }[];
}

export function prepareDoc(doc: EascDoc): PreparedDoc {
  const { article, sentences } = eascArticle(doc);
  return {
    doc,
    article,
    sentences,
    sentenceTokens: sentences.map((s) => rougeTokens(s.text)),
    budget: eascBudget(doc),
    limit: meanReferenceLength(doc.summaries),
    refs: doc.summaries.map((r) => {
      const t = rougeTokens(r);
      return { uni: ngramCounts(t, 1), bi: ngramCounts(t, 2), n: t.length };
    }),
  };
}

/** Mean ROUGE-1 and ROUGE-2 F1 of a selection (same definition as `rouge`, faster). */
export function quickRouge(p: PreparedDoc, picked: number[]): { r1: number; r2: number } {
  const cand = ([] as string[]).concat(...picked.map((i) => p.sentenceTokens[i])).slice(0, p.limit);
  const cu = ngramCounts(cand, 1),
    cb = ngramCounts(cand, 2);
  let r1 = 0,
    r2 = 0;
  const f = (o: number, c: number, r: number) => (o && c && r ? (2 * o) / (c + r) : 0);
  for (const ref of p.refs) {
    let o1 = 0,
      o2 = 0;
    for (const [k, v] of cu) o1 += Math.min(v, ref.uni.get(k) ?? 0);
    for (const [k, v] of cb) o2 += Math.min(v, ref.bi.get(k) ?? 0);
    r1 += f(o1, cand.length, ref.n);
    r2 += f(o2, Math.max(0, cand.length - 1), Math.max(0, ref.n - 1));
  }
  return { r1: r1 / p.refs.length, r2: r2 / p.refs.length };
}

// ---- pick rates: which sentences the human summarizers picked (scripts/eval-summary-agreement.ts) ----

/** A reference «contains» a sentence cut short when it has at least this share of its words as a prefix. */
export const LABEL_PREFIX_SHARE = 0.8;
/**
 * EASC references cut long sentences at about 255 characters: a sentence longer than that counts as
 * picked when the reference has a prefix of it of at least this many normalized characters.
 */
export const LABEL_TRUNCATED_CHARS = 150;
export const LABEL_LONG_CHARS = 255;

/** A prefix matched with spaces removed (see pickRates) counts only from this many characters on. */
export const LABEL_GLUED_MIN_CHARS = 15;

/** Longest prefix of `words` (in words) that `has` accepts; accepted prefixes are monotone, so bisect. */
function longestPrefix(words: string[], has: (m: number) => boolean): number {
  let lo = 0,
    hi = words.length;
  while (lo < hi) {
    const m = (lo + hi + 1) >> 1;
    if (has(m)) lo = m;
    else hi = m - 1;
  }
  return lo;
}

/**
 * Pick rate of each article sentence: the share of the references that contain it, after
 * normalization (rougeTokens on both sides). A reference that contains
 * only a prefix of the sentence counts when the prefix has ≥ LABEL_PREFIX_SHARE of its words, or,
 * for a sentence over LABEL_LONG_CHARS characters, ≥ LABEL_TRUNCATED_CHARS normalized characters
 * (the corpus's truncation).
 * EASC references delete the article's line breaks, gluing the words on either side together
 * («هيئةالاتصالات»): a prefix is found on word boundaries, or with all spaces removed when it has at
 * least LABEL_GLUED_MIN_CHARS characters (short prefixes could match inside other words).
 */
export function pickRates(sentences: Sentence[], references: string[], weights?: number[]): number[] {
  const refs = references.map((r) => rougeTokens(r));
  const spaced = refs.map((t) => ` ${t.join(' ')} `);
  const glued = refs.map((t) => t.join(''));
  const wr = weights ?? references.map(() => 1 / references.length);
  return sentences.map((s) => {
    const w = rougeTokens(s.text);
    if (!w.length) return 0;
    let k = 0;
    for (let ri = 0; ri < refs.length; ri++) {
      const onWords = longestPrefix(w, (m) => spaced[ri].includes(` ${w.slice(0, m).join(' ')} `));
      const g = longestPrefix(w, (m) => glued[ri].includes(w.slice(0, m).join('')));
      const noSpaces = w.slice(0, g).join('').length >= LABEL_GLUED_MIN_CHARS ? g : 0;
      const lo = Math.max(onWords, noSpaces);
      const prefixChars = w.slice(0, lo).join(' ').length;
      if (
        lo === w.length ||
        lo >= LABEL_PREFIX_SHARE * w.length ||
        (s.text.length > LABEL_LONG_CHARS && prefixChars >= LABEL_TRUNCATED_CHARS)
      )
        k += wr[ri];
    }
    return k;
  });
}
