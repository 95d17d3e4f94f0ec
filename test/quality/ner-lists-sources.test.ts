/**
 * Every entry of the hand-made NER tables (scripts/lib/ner-tables.ts: the training lists and the shipped title and
 * trigger words) is attested in a corpus other than the ANERcorp test split (issue #19: no hand-made list may take
 * words from a test split). Runs `scripts/check-ner-lists.ts`, which exits non-zero and names the entries without a
 * source.
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_DIR, sharedData } from './data';

const have = sharedData('anercorp/test.txt') && sharedData('news-text/ant-news.txt.xz');
const root = resolve(import.meta.dirname, '../..');

describe.skipIf(!have)('hand-made NER tables', () => {
  it('every entry is attested outside the ANERcorp test split', { timeout: 180_000 }, () => {
    let out = '';
    try {
      out = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/check-ner-lists.ts', '--data', DATA_DIR], {
        cwd: root,
        encoding: 'utf8',
      });
    } catch (e) {
      out = String((e as { stdout?: string }).stdout ?? e);
    }
    expect(out).toMatch(/\n0 entries without a source outside the ANERcorp test split/);
  });
});
