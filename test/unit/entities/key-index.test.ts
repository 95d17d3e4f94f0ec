import { describe, expect, it } from 'vitest';
import { KeyIndex } from '../../../src/core/entities/linear-tagger';

describe('KeyIndex (the model word tables)', () => {
  // keys that share their top bits (one probe run), the key 0, the largest key, and random ones
  let seed = 7;
  const rand = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
  const keys = [0, 0xffffffff, 0x80000000, 0x80000001, 0x80000002, 1, 2, 3];
  for (let i = 0; i < 5000; i++) keys.push(rand());
  const absent: number[] = [];
  for (let i = 0; i < 5000; i++) absent.push(rand());

  it('finds every key with its value and no other key', () => {
    const index = new KeyIndex(keys.length);
    keys.forEach((k, i) => index.set(k, i % 60000));
    const values = new Map<number, number>();
    keys.forEach((k, i) => values.has(k) || values.set(k, i % 60000));
    for (const [k, v] of values) expect(index.get(k)).toBe(v);
    for (const k of absent) expect(index.has(k)).toBe(values.has(k));
  });

  it('keeps the first value of a key set twice, the key 0 too', () => {
    const index = new KeyIndex(4);
    index.set(5, 1);
    index.set(5, 2);
    index.set(0, 3);
    index.set(0, 4);
    expect(index.get(5)).toBe(1);
    expect(index.get(0)).toBe(3);
    expect(index.get(6)).toBe(-1);
  });

  it('of(keys) is a set of them', () => {
    const set = KeyIndex.of(Uint32Array.from([10, 20, 30]));
    expect([10, 20, 30, 40].map((k) => set.has(k))).toEqual([true, true, true, false]);
    expect(new KeyIndex(0).has(1)).toBe(false);
  });
});
