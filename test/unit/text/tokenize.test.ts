import { describe, expect, it } from 'vitest';
import { tokenize, tokenTexts, words, wordCount } from '../../../src/core/text';

describe('tokenize', () => {
  it('splits Arabic mixed with Latin and numbers, offsets into the original', () => {
    const text = 'مايكروسوفت (بالإنجليزية: Microsoft) باعت 3.5 مليون نسخة عام ٢٠٠٧م، بنسبة 12%.';
    const toks = tokenize(text);
    for (const t of toks) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(toks.filter((t) => t.kind === 'word').map((t) => t.text)).toEqual([
      'مايكروسوفت',
      'بالإنجليزية',
      'Microsoft',
      'باعت',
      'مليون',
      'نسخة',
      'عام',
      'م',
      'بنسبة',
    ]);
    expect(toks.filter((t) => t.kind === 'number').map((t) => t.norm)).toEqual(['3.5', '2007', '12%']);
    expect(toks.find((t) => t.text === 'Microsoft')!.norm).toBe('microsoft');
  });
  it('keeps diacritics and tatweel inside the word, normalizes them away in norm', () => {
    const [t] = tokenize('الـمُـدُن');
    expect(t.text).toBe('الـمُـدُن');
    expect(t.norm).toBe('المدن');
  });
  it('a dotted acronym in letter names reads as its spaced form: the dots inside it are no tokens', () => {
    const text = 'وقالت شبكة سي.إن.إن وإف.بي.آي. ثم قال د.محمد';
    const toks = tokenize(text);
    for (const t of toks) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(toks.map((t) => t.text)).toEqual([
      'وقالت',
      'شبكة',
      'سي',
      'إن',
      'إن',
      'وإف',
      'بي',
      'آي',
      '.',
      'ثم',
      'قال',
      'د',
      '.',
      'محمد',
    ]);
    expect(tokenTexts(text)).toEqual(toks.map((t) => t.text));
  });
  it('words and wordCount', () => {
    expect(words('قال الرئيسُ: «نعم»!')).toEqual(['قال', 'الرييس', 'نعم']);
    expect(wordCount('قال الرئيس: «نعم»! في 2024')).toBe(5);
    expect(wordCount('')).toBe(0);
  });
});
