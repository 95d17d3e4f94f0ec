/**
 * The word tests asked of every word of an article, written without regular expressions for speed, against the
 * regular expressions (or the list-making functions) that define them: the same answer on every word of a
 * generated set that stresses their edges (proclitics, ال, لل, short words, marks, digits, Latin letters).
 */
import { describe, expect, it } from 'vitest';
import {
  cliticVariants,
  DEFINITE_WORD,
  lastCliticVariant,
  listedVariant,
  mayBeDefinite,
  phraseHeads,
} from '../../../src/core/entities/phrases';
import { cueKey, isArabicLetters } from '../../../src/core/entities/type-cues';

/** Words of 0–7 characters over letters that the tests look at, and a few that they do not. */
function words(): string[] {
  const alphabet = ['و', 'ف', 'ب', 'ل', 'ك', 'ا', 'ل', 'م', 'ه', 'ي', 'ء', 'ً', '1', 'a', '-', 'ٱ'];
  let seed = 12345;
  const rand = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  const out = ['', 'و', 'ال', 'لل', 'وال', 'بال', 'للا', 'والمحكمه', 'للامم', 'وبالحكومه', 'فلل', 'كالعاده'];
  for (let i = 0; i < 20000; i++) {
    const n = Math.floor(rand() * 8);
    let w = '';
    for (let k = 0; k < n; k++) w += alphabet[Math.floor(rand() * alphabet.length)];
    out.push(w);
  }
  return out;
}

/** phraseHeads as first written, with regular expressions. */
function phraseHeadsByRegex(w: string): string[] {
  const out = [w];
  const a = /^[وف]../.test(w) ? w.slice(1) : w;
  if (a !== w) out.push(a);
  if (/^[بلك]ال./.test(a)) out.push(a.slice(1));
  else if (/^لل../.test(a)) out.push('ال' + a.slice(2));
  return out;
}

describe('word tests without regular expressions', () => {
  const ws = words();

  it('lastCliticVariant is the last of cliticVariants', () => {
    for (const w of ws) expect(lastCliticVariant(w), w).toBe(cliticVariants(w).at(-1));
  });

  it('listedVariant is the first of cliticVariants in the list', () => {
    // lists of some generated words: each word's variants are looked up in each
    const lists = [new Set(ws.slice(0, 3000)), new Set(ws.filter((w) => w.startsWith('ال'))), new Set<string>()];
    let found = 0;
    for (const list of lists)
      for (const w of ws) {
        const v = listedVariant(w, (x) => list.has(x));
        expect(v, w).toBe(cliticVariants(w).find((x) => list.has(x)));
        if (v !== undefined && v !== w) found++;
      }
    expect(found).toBeGreaterThan(100);
  });

  it('cueKey reads a word as its regular expressions did', () => {
    const byRegex = (w: string) =>
      w
        .replace(/^[وف](?=..)/, '')
        .replace(/^[بلك](?=ال..)/, '')
        .replace(/^لل(?=.)/, 'ال');
    for (const w of ws) expect(cueKey(w), w).toBe(byRegex(w));
  });

  it('isArabicLetters is /^[\\u0621-\\u064A]{2,}$/', () => {
    for (const w of ws) expect(isArabicLetters(w), w).toBe(/^[\u0621-\u064A]{2,}$/.test(w));
  });

  it('mayBeDefinite holds of every definite word', () => {
    let definite = 0;
    for (const w of ws)
      if (DEFINITE_WORD.test(w)) {
        definite++;
        expect(mayBeDefinite(w), w).toBe(true);
      }
    expect(definite).toBeGreaterThan(20);
    expect(mayBeDefinite('محكمه')).toBe(false);
  });

  it('phraseHeads reads a word as its regular expressions did', () => {
    for (const w of ws) expect(phraseHeads(w), w).toEqual(phraseHeadsByRegex(w));
  });
});
