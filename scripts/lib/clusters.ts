/**
 * Word clusters from unlabeled text for the NER tagger (Node only, training time).
 *
 * Divisive (bisecting) spherical 2-means over distributional context vectors: every word type seen at
 * least `minCount` times gets a vector of its left/right neighbours (±1, ±2; the `contexts` most
 * frequent keys plus an "other" bucket, sqrt counts, L2-normalised); the set is split recursively in two
 * (seeded, deterministic) down to `depth` levels, so each word gets a binary path whose prefixes are
 * coarse-to-fine clusters (the role of Brown-cluster paths). Keys are clitic-stripped stems
 * (clusterKey), so «وروسيا», «لروسيا», «روسيا» share one cluster.
 *
 * Corpus: ANERcorp TRAIN tokens (never test), EASC article text, the project's test-page bodies and,
 * with `news`, the 6.7 M words of unlabeled news text (ANT corpus, 2015–2018).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { clusterKey } from '../../src/core/entities/features';
import { mulberry32 as prng } from './random';

/** Splits raw text into ANERcorp-like tokens: letter/digit runs, single punctuation marks. */
export function rawTokens(text: string): string[][] {
  const out: string[][] = [];
  for (const line of text.split(/\n+/)) {
    for (const sent of line.split(/(?<=[.!?؟])\s+/)) {
      const toks = sent.match(/[\p{L}\p{M}\p{N}\u0640]+|[^\s\p{L}\p{M}\p{N}]/gu);
      if (toks && toks.length) out.push(toks);
    }
  }
  return out;
}

/** The unlabeled news text (news-text/ant-news.txt.xz, one paragraph a line), decompressed with xz. */
export function readNewsText(dataDir: string): string {
  const path = join(dataDir, 'news-text', 'ant-news.txt.xz');
  if (!existsSync(path)) throw new Error(`news text not found: ${path}`);
  return execFileSync('xz', ['-dc', path], { maxBuffer: 1 << 30, encoding: 'utf8' });
}

/** Unlabeled sentences: EASC articles + test-page bodies (when present). */
export function unlabeledSentences(dataDir: string, projectRoot: string): string[][] {
  const out: string[][] = [];
  const easc = join(dataDir, 'easc', 'easc-dev.jsonl');
  if (existsSync(easc)) {
    for (const line of readFileSync(easc, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      out.push(...rawTokens((JSON.parse(line) as { article: string }).article));
    }
  }
  const pages = join(projectRoot, 'test', 'test-pages');
  if (existsSync(pages)) {
    for (const d of readdirSync(pages).sort()) {
      const f = join(pages, d, 'expected-body.txt');
      if (existsSync(f)) out.push(...rawTokens(readFileSync(f, 'utf8')));
    }
  }
  return out;
}

export interface ClusterOptions {
  minCount: number;
  contexts: number;
  depth: number;
  iters: number;
  seed: number;
}

/** key → binary path ('0101…', at most `depth` bits). */
export function buildClusters(sentences: string[][], opt: Partial<ClusterOptions> = {}): Map<string, string> {
  const { minCount = 2, contexts = 800, depth = 12, iters = 10, seed = 7 } = opt;
  const keyed = sentences.map((s) => s.map(clusterKey));
  const counts = new Map<string, number>();
  for (const s of keyed) for (const k of s) counts.set(k, (counts.get(k) ?? 0) + 1);
  const byFreq = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const ctxIndex = new Map<string, number>();
  for (const [k] of byFreq.slice(0, contexts)) ctxIndex.set(k, ctxIndex.size);
  const C = contexts + 3; // + other, <s>, </s>
  const OTHER = contexts,
    BOS = contexts + 1,
    EOS = contexts + 2;
  const words = byFreq.filter(([, c]) => c >= minCount).map(([k]) => k);
  const wIndex = new Map<string, number>(words.map((w, i) => [w, i]));
  const offsets = [-2, -1, 1, 2];
  const vecs: Map<number, number>[] = words.map(() => new Map());
  for (const s of keyed) {
    for (let i = 0; i < s.length; i++) {
      const wi = wIndex.get(s[i]);
      if (wi === undefined) continue;
      const v = vecs[wi];
      offsets.forEach((o, oi) => {
        const j = i + o;
        const c = j < 0 ? BOS : j >= s.length ? EOS : (ctxIndex.get(s[j]) ?? OTHER);
        const d = oi * C + c;
        v.set(d, (v.get(d) ?? 0) + (Math.abs(o) === 1 ? 1 : 0.5));
      });
    }
  }
  // sparse, sqrt-scaled, L2-normalised
  const idx: Int32Array[] = [],
    val: Float64Array[] = [];
  for (const v of vecs) {
    const e = [...v].sort((a, b) => a[0] - b[0]);
    const x = Float64Array.from(e, ([, c]) => Math.sqrt(c));
    let n = 0;
    for (const y of x) n += y * y;
    n = Math.sqrt(n) || 1;
    for (let i = 0; i < x.length; i++) x[i] /= n;
    idx.push(Int32Array.from(e, ([d]) => d));
    val.push(x);
  }
  const D = offsets.length * C;
  const rnd = prng(seed);
  const paths = new Array<string>(words.length).fill('');
  const dot = (i: number, c: Float64Array) => {
    let s = 0;
    const ix = idx[i],
      vx = val[i];
    for (let k = 0; k < ix.length; k++) s += vx[k] * c[ix[k]];
    return s;
  };
  const split = (members: number[], level: number) => {
    if (level >= depth || members.length < 2) return;
    const c0 = new Float64Array(D),
      c1 = new Float64Array(D);
    const a = members[Math.floor(rnd() * members.length)];
    let b = members[Math.floor(rnd() * members.length)];
    if (b === a) b = members[(members.indexOf(a) + 1) % members.length];
    for (let k = 0; k < idx[a].length; k++) c0[idx[a][k]] = val[a][k];
    for (let k = 0; k < idx[b].length; k++) c1[idx[b][k]] = val[b][k];
    let side = new Uint8Array(members.length);
    for (let it = 0; it < iters; it++) {
      const next = new Uint8Array(members.length);
      let changed = 0,
        n1 = 0;
      members.forEach((m, k) => {
        next[k] = dot(m, c1) > dot(m, c0) ? 1 : 0;
        if (next[k] !== side[k]) changed++;
        n1 += next[k];
      });
      side = next;
      if (n1 === 0 || n1 === members.length) {
        // degenerate: split by frequency order
        members.forEach((_, k) => (side[k] = k % 2));
        break;
      }
      c0.fill(0);
      c1.fill(0);
      members.forEach((m, k) => {
        const c = side[k] ? c1 : c0;
        for (let q = 0; q < idx[m].length; q++) c[idx[m][q]] += val[m][q];
      });
      for (const c of [c0, c1]) {
        let n = 0;
        for (const y of c) n += y * y;
        n = Math.sqrt(n) || 1;
        for (let q = 0; q < D; q++) c[q] /= n;
      }
      if (it > 0 && changed === 0) break;
    }
    const l: number[] = [],
      r: number[] = [];
    members.forEach((m, k) => {
      paths[m] += side[k] ? '1' : '0';
      (side[k] ? r : l).push(m);
    });
    split(l, level + 1);
    split(r, level + 1);
  };
  split(
    words.map((_, i) => i),
    0,
  );
  return new Map(words.map((w, i) => [w, paths[i]]));
}
