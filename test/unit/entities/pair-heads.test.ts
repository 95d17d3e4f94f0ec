/**
 * The tagger hashes each pair feature on from the state its first word left (pairHeads, kept per word form, and
 * pairHashes): a second writing of pairFeatures' templates. Both must give the same hashes for every token, so
 * that they cannot drift apart: checked on the sample article and odd tokens with the shipped model's views, and
 * on the first 3,000 ANERcorp training sentences when the shared data is there.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readConll } from '../../../scripts/lib/anercorp';
import { decodeModel, type NerModelFile } from '../../../src/core/entities/linear-tagger';
import {
  HashSink,
  PAD_VIEWS,
  PAIR_HEADS,
  pairFeatures,
  pairHashes,
  pairHeads,
  viewOf,
  type TokenView,
} from '../../../src/core/entities/features';

const ANERCORP = resolve(
  process.env.KHULASA_DATA ?? resolve(import.meta.dirname, '../../../../shared/data'),
  'anercorp/train.txt',
);

/** Per token: [pairFeatures through a HashSink, pairHashes from the heads], both sorted. */
function bothWays(v: TokenView[]): [number[], number[]][] {
  const all = [PAD_VIEWS.start, PAD_VIEWS.end, ...v];
  const heads = new Int32Array(all.length * PAIR_HEADS);
  all.forEach((x, j) => pairHeads(x, heads, j * PAIR_HEADS));
  // heads offset of token j (the padding before the first and after the last token)
  const at = (j: number) => (j < 0 ? 0 : j >= v.length ? PAIR_HEADS : (j + 2) * PAIR_HEADS);
  const out = new Uint32Array(32);
  return v.map((_, i) => {
    const ref: number[] = [];
    pairFeatures(v, i, new HashSink((h) => ref.push(h)));
    const n = pairHashes(v, i, heads, at(i - 2), at(i - 1), at(i), at(i + 1), out);
    return [ref.sort(), Array.from(out.subarray(0, n)).sort()];
  });
}

describe('pair features hashed from their first word (pairHeads, pairHashes)', async () => {
  const file = (await import('../../../src/core/entities/model/ner-model.json')).default as unknown as NerModelFile;
  const model = decodeModel(file);
  const view = (t: string) => viewOf(t, model.known, model.segHas, model.cluster);

  it('give pairFeatures’ hashes for every token of the sample article and of odd tokens', () => {
    const text = readFileSync(new URL('../../fixtures/sample-article.txt', import.meta.url), 'utf8');
    const sents = text
      .split(/[.؟!\n]+/)
      .map((s) => s.split(/\s+/).filter(Boolean))
      .filter((s) => s.length);
    // triggers, a nisba after a title, unknown words, clitics, Latin, digits, punctuation, one- and two-token sentences
    sents.push(
      'وقال الرئيس الروسي فلاديمير بوتين إن 2024 و Gazprom « لروسيا » ب ي'.split(' '),
      'الوزير الفرنسي والسفيرة الامريكيه زوركستانيه قرطبوسيلي وزير'.split(' '),
      ['بوتين'],
      ['ال', 'Constructor'],
      [''],
    );
    let tokens = 0,
      unknown = 0;
    for (const known of [model.known, () => true, (w: string) => w.length % 2 === 0]) {
      for (const s of sents) {
        const v = s.map((t) => viewOf(t, known, model.segHas, model.cluster));
        for (const [ref, fast] of bothWays(v)) {
          expect(fast).toEqual(ref);
          tokens++;
        }
        unknown += v.filter((x) => !x.k && x.sh === 'A').length;
      }
    }
    expect(tokens).toBeGreaterThan(1000);
    expect(unknown).toBeGreaterThan(100);
    expect(view('الروسي').c).toBe('ال');
  });

  it.skipIf(!existsSync(ANERCORP))('give pairFeatures’ hashes for every token of 3,000 ANERcorp sentences', () => {
    const sents = readConll(ANERCORP)
      .slice(0, 3000)
      .map((s) => s.tokens);
    let tokens = 0,
      differ = 0;
    for (const s of sents) {
      for (const [ref, fast] of bothWays(s.map(view))) {
        if (ref.join() !== fast.join()) differ++;
        tokens++;
      }
    }
    expect(tokens).toBeGreaterThan(50000);
    expect(differ).toBe(0);
  });
});
