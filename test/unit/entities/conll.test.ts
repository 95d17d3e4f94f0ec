import { describe, expect, it } from 'vitest';
import { chunks, conllScore } from '../../../src/core/entities/conll';

describe('CoNLL chunks', () => {
  it('reads B/I chunks, a stray I- starts a chunk, a type change ends one', () => {
    expect(chunks(['B-PERS', 'I-PERS', 'O', 'I-LOC', 'I-LOC', 'B-ORG', 'I-PERS'])).toEqual([
      { type: 'PERS', start: 0, end: 2 },
      { type: 'LOC', start: 3, end: 5 },
      { type: 'ORG', start: 5, end: 6 },
      { type: 'PERS', start: 6, end: 7 },
    ]);
    expect(chunks(['B-LOC', 'B-LOC'])).toHaveLength(2);
  });
});

describe('CoNLL exact-match score', () => {
  it('counts only exact type+span matches', () => {
    const s = conllScore([
      { gold: ['B-PERS', 'I-PERS', 'O', 'B-LOC'], pred: ['B-PERS', 'O', 'O', 'B-LOC'] },
      { gold: ['B-ORG', 'O'], pred: ['B-ORG', 'B-MISC'] },
    ]);
    expect(s.perType.PERS).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    expect(s.perType.LOC).toMatchObject({ tp: 1, fp: 0, fn: 0, f1: 1 });
    expect(s.perType.ORG).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(s.perType.MISC).toMatchObject({ tp: 0, fp: 1, fn: 0, precision: 0 });
    expect(s.micro).toMatchObject({ tp: 2, fp: 2, fn: 1 });
    expect(s.micro.precision).toBeCloseTo(0.5);
    expect(s.micro.recall).toBeCloseTo(2 / 3);
    expect(s.micro.f1).toBeCloseTo(4 / 7);
  });

  it('perfect and empty predictions', () => {
    expect(conllScore([{ gold: ['B-LOC', 'I-LOC'], pred: ['B-LOC', 'I-LOC'] }]).micro.f1).toBe(1);
    const none = conllScore([{ gold: ['B-LOC'], pred: ['O'] }]);
    expect(none.micro).toMatchObject({ tp: 0, fn: 1, f1: 0 });
  });

  it('rejects misaligned sentences', () => {
    expect(() => conllScore([{ gold: ['O'], pred: [] }])).toThrow();
  });
});
