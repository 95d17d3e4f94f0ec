/**
 * analyze() on huge input (issue 9): 10 MB of article text, 150,000 sentences, 150,000 mentions of one name.
 * The contract: it never throws, and its work is bounded — it analyses at most a bounded prefix
 * (≤ MAX_SENTENCES sentences, ending before MAX_ANALYZED_CHARS), whatever it is given. The assertions are
 * on that work (sentence counts and spans reported by the child), not on wall time; each case runs in a
 * child process so that an unbounded run cannot hang the suite — the child is killed after GUARD_MS and
 * the case fails as "did not finish".
 *
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ANALYZE_LIMITS } from '../../../src/core/analyze';

const ROOT = join(import.meta.dirname, '../../..');
const CHILD = join(import.meta.dirname, 'analyze-child.ts');
/** analyze() reads at most ANALYZE_LIMITS.maxChars; a sentence needs a letter and a break: at most half as many sentences. */
const MAX_ANALYZED_CHARS = ANALYZE_LIMITS.maxChars;
const MAX_SENTENCES = ANALYZE_LIMITS.maxChars / 2;
/** Safety net only: a bounded analysis takes a few seconds even on a loaded CI machine. */
const GUARD_MS = 20_000;

interface ChildResult {
  ok: boolean;
  error?: string;
  chars?: number;
  sentences?: number;
  maxSentence?: number;
  lastEnd?: number;
  summary?: number;
  entities?: number;
  mentions?: number;
  substrings?: boolean;
  truncated?: boolean;
}

function runCase(name: string): Promise<ChildResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, name], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '',
      err = '';
    child.stdout.on('data', (d) => {
      out += d;
    });
    child.stderr.on('data', (d) => {
      err += d;
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), GUARD_MS);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (signal === 'SIGKILL')
        return resolve({ ok: false, error: `did not finish within ${GUARD_MS} ms: unbounded work` });
      try {
        resolve(JSON.parse(out) as ChildResult);
      } catch {
        resolve({ ok: false, error: `exit ${code}: ${err.slice(0, 300)}` });
      }
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
  expect(r.truncated).toBe(r.chars! > MAX_ANALYZED_CHARS);
}

describe('analyze() on huge input: never throws, bounded work', () => {
  // Were bugs (reported in issue 9; fixed in 2ddbd6a by ANALYZE_LIMITS.maxChars): 10 MB of article text took
  // ~41 s of CPU (80,818 sentences); 150,000 sentences threw RangeError from scaleMax()'s Math.max(0, ...xs)
  // in src/core/summarize/summarize.ts; 150,000 mentions of one name never finished (O(m²) array copies in
  // src/core/entities/key-entities.ts). The cap bounds all three; the last two remain latent for callers of
  // rankSentences()/keyEntities() without analyze() (see the issue-9 report).
  it(
    '10 MB of article text',
    async () => {
      expectBounded(await runCase('article-10mb'));
    },
    GUARD_MS + 10_000,
  );

  it(
    '150,000 short sentences (1 MB)',
    async () => {
      expectBounded(await runCase('sentences-150k'));
    },
    GUARD_MS + 10_000,
  );

  it(
    'one name mentioned 150,000 times (1 MB)',
    async () => {
      expectBounded(await runCase('mentions-150k'));
    },
    GUARD_MS + 10_000,
  );
});
