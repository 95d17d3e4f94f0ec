/**
 * Runs analyze() on one huge generated input in a child process (see ./analyze-limits.test.ts) and prints
 * what it produced as JSON: the parent asserts on that work, and kills the child if it does not finish.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../../src/core/analyze';

const SAMPLE = readFileSync(join(import.meta.dirname, '../../fixtures/sample-article.txt'), 'utf8');
const fill = (unit: string, chars: number) => unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);

export const INPUTS: Record<string, () => string> = {
  /** 10 MB of real article text (the bundled sample, repeated) */
  'article-10mb': () => fill(SAMPLE + '\n', 10_000_000),
  /** 10 MB without one stop or line break */
  'no-punctuation-10mb': () => fill('كلمة ', 10_000_000),
  /** 150,000 short sentences (about 1 MB) */
  'sentences-150k': () => 'كلمة. '.repeat(150_000),
  /** one place name mentioned 150,000 times (about 1 MB), in 1,500 sentences */
  'mentions-150k': () => ('زارت ' + 'روسيا '.repeat(100) + 'أمس.\n').repeat(1_500),
};

const name = process.argv[2];
const text = INPUTS[name]();
try {
  const a = analyze({ text }, { length: { sentences: 5 } });
  const maxSentence = a.sentences.reduce((m, s) => Math.max(m, s.end - s.start), 0);
  process.stdout.write(
    JSON.stringify({
      ok: true,
      chars: text.length,
      sentences: a.sentences.length,
      maxSentence,
      lastEnd: a.sentences.at(-1)?.end ?? 0,
      summary: a.summary.length,
      entities: a.entities.length,
      mentions: a.entities.reduce((k, e) => k + e.count, 0),
      substrings: a.sentences.every((s) => text.slice(s.start, s.end) === s.text),
      truncated: a.truncated,
    }),
  );
} catch (e) {
  process.stdout.write(JSON.stringify({ ok: false, error: String(e).slice(0, 300) }));
}
