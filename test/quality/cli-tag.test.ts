/** `khulasa tag` on the whole ANERcorp test split prints exactly the tags `npm run eval:ner` scores. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadTagger } from '../../src/core/entities/load-tagger';
import { runCli } from '../support/run-cli';
import { sharedData } from './data';

const ANER_TEST = sharedData('anercorp/test.txt');

describe.skipIf(!ANER_TEST)('khulasa tag on ANERcorp test', () => {
  it('prints exactly the tags `npm run eval:ner` scores', async () => {
    const text = readFileSync(ANER_TEST!, 'utf8');
    const sentences = text
      .split(/\n\s*\n/)
      .map((b) =>
        b
          .split('\n')
          .map((l) => l.trim().split(/\s+/)[0])
          .filter(Boolean),
      )
      .filter((s) => s.length);
    const tagger = await loadTagger();
    const expected = tagger.tagDocument ? tagger.tagDocument(sentences) : sentences.map((s) => tagger.tag(s));
    const r = runCli(['tag'], text);
    expect(r.code).toBe(0);
    const printed = r.out.split(/\n\n/).map((b) =>
      b
        .split('\n')
        .filter(Boolean)
        .map((l) => l.split(' ')[1]),
    );
    expect(printed).toEqual(expected);
  }, 60_000);
});
