/**
 * The tagger's fast path (typed-array weight table, per-word cached weight sums, int8 accumulation) must
 * give exactly the tags of the reference path (feature strings, one lookup per feature, float sums).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  L,
  LinearTagger,
  decodeKeys,
  decodeModel,
  findRow,
  fromBase64,
  sortedIndexOf,
  toBase64,
  type NerModelFile,
} from '../../../src/core/entities/linear-tagger';
import {
  HashSink,
  StringSink,
  hashFeature,
  neighbourFeatures,
  pairFeatures,
  unigramFeatures,
  viewOf,
  type FeatureSink,
} from '../../../src/core/entities/features';

describe('feature templates', () => {
  it('hash as they are written to the hash of the feature string', () => {
    const toks = 'وقال الرئيس الروسي فلاديمير بوتين إن 2024 و Gazprom « لروسيا » ب ي'.split(' ');
    for (const known of [() => true, (w: string) => w.length % 2 === 0]) {
      const v = toks.map((t) =>
        viewOf(t, known, undefined, (k) => (k.length > 3 ? '0110100111010' : k.length > 2 ? '01' : undefined)),
      );
      const both = (write: (k: FeatureSink) => void) => {
        const a: number[] = [],
          b: number[] = [];
        write(new StringSink((f) => a.push(hashFeature(f))));
        write(new HashSink((h) => b.push(h)));
        expect(b).toEqual(a);
        expect(a.length).toBeGreaterThan(0);
      };
      for (let i = 0; i < v.length; i++) {
        both((k) => pairFeatures(v, i, k));
        both((k) => unigramFeatures(v[i], k));
        for (const o of [-2, -1, 1, 2] as const) both((k) => neighbourFeatures(v[i], o, k));
      }
    }
  });

  it('write the feature strings the model was trained on', () => {
    const v = 'قال الرئيس بوتين'.split(' ').map((t) =>
      viewOf(
        t,
        () => true,
        undefined,
        () => '0110',
      ),
    );
    const out: string[] = [];
    pairFeatures(v, 1, new StringSink((f) => out.push(f)));
    expect(out.slice(0, 3)).toEqual(['shc=Aال|A|A', 'ww-1=قال|الرييس', 'ww+1=الرييس|بوتين']);
    expect(out).toContain('k|k-1=true|k+1=true');
    const w = 'الرئيس الروسي بوتين'.split(' ').map((t) => viewOf(t, () => true));
    const out2: string[] = [];
    pairFeatures(w, 2, new StringSink((f) => out2.push(f)));
    expect(out2).toContain('nisba-1|t-2=P-title');
  });
});

describe('decoded weight table', () => {
  it('finds every feature of the shipped model with its int8 weights, and nothing else', async () => {
    const file = (await import('../../../src/core/entities/model/ner-model.json')).default as unknown as NerModelFile;
    const table = decodeModel(file);
    const keys = decodeKeys(fromBase64(file.keys), file.n);
    const w = new Int8Array(fromBase64(file.weights).buffer);
    expect(keys.length).toBeGreaterThan(50000);
    const present = new Set(keys);
    let wrong = 0;
    keys.forEach((h, i) => {
      const r = findRow(table, h);
      if (r < 0 || Array.from(table.q.subarray(r, r + L)).join() !== Array.from(w.subarray(i * L, i * L + L)).join())
        wrong++;
    });
    expect(wrong).toBe(0);
    // hashes that are not features are not found
    let falseHits = 0,
      tried = 0;
    for (let h = 12345; tried < 20000; h = (Math.imul(h, 2654435761) + 7) >>> 0) {
      if (present.has(h)) continue;
      tried++;
      if (findRow(table, h) >= 0) falseHits++;
    }
    expect(falseHits).toBe(0);
  });

  it('base64 round-trips every length and padding', () => {
    for (let n = 0; n < 12; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 97 + n * 31) & 255);
      expect(Array.from(fromBase64(toBase64(bytes)))).toEqual(Array.from(bytes));
    }
  });

  it('sortedIndexOf finds each key of an ascending array and rejects others', () => {
    const a = Uint32Array.from([3, 9, 27, 81, 243, 4294967295]);
    a.forEach((x, i) => expect(sortedIndexOf(a, x)).toBe(i));
    for (const x of [0, 4, 100, 4294967294]) expect(sortedIndexOf(a, x)).toBe(-1);
    expect(sortedIndexOf(new Uint32Array(0), 1)).toBe(-1);
  });
});

describe('word cache of the tagger', () => {
  it('tags as a fresh tagger after its sums buffer grew and after the cache was cleared', async () => {
    const file = (await import('../../../src/core/entities/model/ner-model.json')).default as unknown as NerModelFile;
    const model = decodeModel(file);
    const text = readFileSync(new URL('../../fixtures/sample-article.txt', import.meta.url), 'utf8');
    const doc = text
      .split(/[.؟!\n]+/)
      .map((s) => s.split(/\s+/).filter(Boolean))
      .filter((s) => s.length);
    const used = new LinearTagger(model);
    const first = used.tagDocument(doc);
    expect(first).toEqual(new LinearTagger(model).tagDocument(doc));
    // more distinct word forms than the cache keeps (50,000), in documents of 1,000
    const letters = 'بتثجحخدذرزسشصضطظعغفقكلمنهوي';
    const word = (i: number) => {
      let w = 'ا';
      for (let n = i; n > 0; n = Math.floor(n / letters.length)) w += letters[n % letters.length];
      return w;
    };
    for (let d = 0; d < 51; d++) used.tagDocument([Array.from({ length: 1000 }, (_, i) => word(d * 1000 + i + 1))]);
    expect(used.tagDocument(doc)).toEqual(first);
    expect(used.tagDocument(doc)).toEqual(first);
  });

  it('reads a word named like a property of Object as any other word («constructor»)', async () => {
    const file = (await import('../../../src/core/entities/model/ner-model.json')).default as unknown as NerModelFile;
    const tagger = new LinearTagger(decodeModel(file));
    expect(viewOf('Constructor').t).toBe('');
    expect(tagger.tag(['قال', 'Constructor', 'أمس'])).toHaveLength(3);
    expect(tagger.tag(['__proto__', 'hasOwnProperty'])).toHaveLength(2);
  });
});
