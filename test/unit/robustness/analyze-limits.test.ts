/**
 * analyze() on huge input (issue 9): 10 MB of article text, 150,000 sentences, 150,000 mentions of one name.
 * The contract: it never throws, and its work is bounded — it analyses at most a bounded prefix
 * (≤ MAX_SENTENCES sentences, ending before MAX_ANALYZED_CHARS), whatever it is given. The assertions are
 * on that work (sentence counts and spans reported by the child), not on wall time; each case runs in a
 * child process so that an unbounded run cannot hang the suite — the child is killed after GUARD_MS and
 * the case fails as "did not finish".
 *
 * All three fail today (bugs reported in issue 9, see the comments): they are it.fails until fixed.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');
const CHILD = join(import.meta.dirname, 'analyze-child.ts');
/** Proposed caps (an Analysis of a news article has a few hundred sentences; extraction keeps ≤ 12,000 words). */
const MAX_SENTENCES = 20_000;
const MAX_ANALYZED_CHARS = 2_000_000;
/** Safety net only: a bounded analysis of 2 MB takes a few seconds even on a loaded CI machine. */
const GUARD_MS = 12_000;

interface ChildResult {
  ok: boolean; error?: string; chars?: number; sentences?: number; maxSentence?: number; lastEnd?: number;
  summary?: number; entities?: number; mentions?: number; substrings?: boolean;
}

function runCase(name: string): Promise<ChildResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, name], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '', err = '';
    child.stdout.on('data', (d) => { out += d; });
    child.stderr.on('data', (d) => { err += d; });
    const timer = setTimeout(() => child.kill('SIGKILL'), GUARD_MS);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (signal === 'SIGKILL') return resolve({ ok: false, error: `did not finish within ${GUARD_MS} ms: unbounded work` });
      try { resolve(JSON.parse(out) as ChildResult); } catch { resolve({ ok: false, error: `exit ${code}: ${err.slice(0, 300)}` }); }
    });
  });
}

function expectBounded(r: ChildResult): void {
  expect(r.error ?? '').toBe('');
  expect(r.ok).toBe(true);
  expect(r.substrings).toBe(true);
  expect(r.sentences!).toBeGreaterThan(0);
  expect(r.sentences!).toBeLessThanOrEqual(MAX_SENTENCES);
  expect(r.lastEnd!).toBeLessThanOrEqual(MAX_ANALYZED_CHARS);
  expect(r.summary!).toBeLessThanOrEqual(5);
}

describe('analyze() on huge input: never throws, bounded work', () => {
  // BUG (reported): src/core/analyze.ts analyses the whole text, with no cap. 10 MB of article text → 80,818
  // sentences, ~41 s of CPU (measured), in the popup's UI thread. The popup reaches analyze() with unbounded text
  // through selection mode (LIMITS.MAX_HTML_CHARS = 8,000,000 chars of selection) and through
  // paragraphsFallback() in src/core/analyze-page.ts (not capped at LIMITS.maxWords like extractArticle).
  // Fix: cap the analysed text in analyze() (e.g. first 200,000 chars / 5,000 sentences, cut at a sentence
  // end) and report `truncated`.
  it.fails('10 MB of article text', async () => {
    expectBounded(await runCase('article-10mb'));
  }, GUARD_MS + 10_000);

  // BUG (reported): src/core/summarize/summarize.ts scaleMax() does Math.max(0, ...xs): with more than ~125,000
  // sentences the spread overflows the stack → RangeError: Maximum call stack size exceeded, thrown out of
  // analyze() (measured at 200,000 sentences = 1.2 MB of «كلمة. »). Fix: a loop (xs.reduce((m, x) => x > m ? x : m, 0)),
  // and the cap above.
  it.fails('150,000 short sentences (1 MB)', async () => {
    expectBounded(await runCase('sentences-150k'));
  }, GUARD_MS + 10_000);

  // BUG (reported): src/core/entities/key-entities.ts groups mentions with
  // `groups.set(m.key, [...(groups.get(m.key) ?? []), m])` — a full copy per mention, O(m²) for m mentions of
  // one name (measured: 20,000 mentions 2.4 s, 40,000 mentions 19 s), and `Math.min(...ms.map(...))` would
  // throw RangeError past ~125,000 mentions. Fix: push into the existing array; a loop for the minimum.
  it.fails('one name mentioned 150,000 times (1 MB)', async () => {
    expectBounded(await runCase('mentions-150k'));
  }, GUARD_MS + 10_000);
});
