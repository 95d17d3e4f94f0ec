/**
 * ROUGE-N and ROUGE-L (F1, precision, recall) over normalized word tokens, as used by the EASC
 * evaluation: both sides normalized (see normalizeArabic), punctuation dropped, the candidate
 * optionally truncated to a word limit, scores averaged over the references.
 * ROUGE-L is the LCS of the whole token sequences (like rouge-score's `rougeL`).
 */
import { words } from '../text';

export interface Prf {
  p: number;
  r: number;
  f: number;
}

export interface RougeScores {
  rouge1: Prf;
  rouge2: Prf;
  rougeL: Prf;
}

function prf(overlap: number, candTotal: number, refTotal: number): Prf {
  const p = candTotal ? overlap / candTotal : 0;
  const r = refTotal ? overlap / refTotal : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

/** Counts of the token n-grams (words joined by a space). */
export function ngramCounts(tokens: string[], n: number): Map<string, number> {
  const m = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const key = tokens.slice(i, i + n).join(' ');
    m.set(key, (m.get(key) ?? 0) + 1);
  }
  return m;
}

/** ROUGE-N with clipped n-gram counts. */
export function rougeN(cand: string[], ref: string[], n: number): Prf {
  const c = ngramCounts(cand, n);
  const r = ngramCounts(ref, n);
  let overlap = 0;
  for (const [k, v] of c) overlap += Math.min(v, r.get(k) ?? 0);
  return prf(overlap, Math.max(0, cand.length - n + 1), Math.max(0, ref.length - n + 1));
}

/** Length of the longest common subsequence (two-row dynamic programme). */
export function lcsLength(a: string[], b: string[]): number {
  if (!a.length || !b.length) return 0;
  let prev = new Array<number>(b.length + 1).fill(0);
  let cur = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      cur[j] = a[i - 1] === b[j - 1] ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}

export function rougeL(cand: string[], ref: string[]): Prf {
  return prf(lcsLength(cand, ref), cand.length, ref.length);
}

/** Tokens used for ROUGE: normalized words and numbers, punctuation dropped. */
export function rougeTokens(text: string): string[] {
  return words(text);
}

/** Mean token count of the references: the word limit the candidate is truncated to. */
export function meanReferenceLength(refs: string[]): number {
  if (!refs.length) return 0;
  return Math.round(refs.reduce((s, r) => s + rougeTokens(r).length, 0) / refs.length);
}

/**
 * Scores one candidate against several references: each score averaged over the references.
 * `limit`: truncate the candidate to this many tokens (default: mean reference length; 0 = none).
 */
export function rouge(candidate: string, references: string[], limit?: number): RougeScores {
  const refs = references.map(rougeTokens);
  const max = limit ?? meanReferenceLength(references);
  let cand = rougeTokens(candidate);
  if (max > 0) cand = cand.slice(0, max);
  const avg = (f: (ref: string[]) => Prf): Prf => {
    const all = refs.map(f);
    const k = Math.max(1, all.length);
    return {
      p: all.reduce((s, x) => s + x.p, 0) / k,
      r: all.reduce((s, x) => s + x.r, 0) / k,
      f: all.reduce((s, x) => s + x.f, 0) / k,
    };
  };
  return {
    rouge1: avg((r) => rougeN(cand, r, 1)),
    rouge2: avg((r) => rougeN(cand, r, 2)),
    rougeL: avg((r) => rougeL(cand, r)),
  };
}
