/** Timing statistics: medians over repeated runs after warm-up, with min/max. */
import { performance } from 'node:perf_hooks';

export interface Stats {
  median: number;
  min: number;
  max: number;
  runs: number;
}

export function stats(samples: number[]): Stats {
  const s = [...samples].sort((a, b) => a - b);
  const n = s.length;
  const median = n === 0 ? NaN : n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
  return { median, min: s[0] ?? NaN, max: s[n - 1] ?? NaN, runs: n };
}

/**
 * Times `fn` (ms): `warmup` untimed calls, then `runs` timed calls. `setup` runs before each call,
 * untimed (e.g. a fresh document for code that mutates it).
 */
export function timeSync<S>(fn: (s: S) => unknown, opts: { warmup: number; runs: number; setup?: () => S }): Stats {
  const samples: number[] = [];
  for (let i = 0; i < opts.warmup + opts.runs; i++) {
    const input = opts.setup ? opts.setup() : (undefined as S);
    const t0 = performance.now();
    fn(input);
    const dt = performance.now() - t0;
    if (i >= opts.warmup) samples.push(dt);
  }
  return stats(samples);
}

/** Same-run comparison: interleaves A and B run by run so machine noise hits both alike. */
export function timePair<S>(
  a: (s: S) => unknown,
  b: (s: S) => unknown,
  opts: { warmup: number; runs: number; setup?: () => S },
): { a: Stats; b: Stats; ratio: Stats } {
  const as: number[] = [],
    bs: number[] = [],
    rs: number[] = [];
  for (let i = 0; i < opts.warmup + opts.runs; i++) {
    const order = i % 2 === 0 ? [0, 1] : [1, 0];
    const t = [0, 0];
    for (const k of order) {
      const input = opts.setup ? opts.setup() : (undefined as S);
      const t0 = performance.now();
      (k === 0 ? a : b)(input);
      t[k] = performance.now() - t0;
    }
    if (i >= opts.warmup) {
      as.push(t[0]);
      bs.push(t[1]);
      rs.push(t[0] / t[1]);
    }
  }
  return { a: stats(as), b: stats(bs), ratio: stats(rs) };
}

export function round(x: number, digits = 3): number {
  if (!Number.isFinite(x)) return x;
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
