import { describe, expect, it } from 'vitest';
import { tokenize, tokenTexts, words, wordCount, wordNorms } from '../../../src/core/text';

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
    // for the tagger, a one-letter title's abbreviation keeps its dot before a word, as its training text has it
    expect(tokenTexts(text)).toEqual([...toks.slice(0, -3).map((t) => t.text), 'د.', 'محمد']);
  });
  it('keeps the dot of «د.» and «م.» before a word for the tagger, and no other', () => {
    expect(tokenTexts('وعلق د.فخري الفقي، وقالت د. سحر نصر')).toEqual([
      'وعلق',
      'د.',
      'فخري',
      'الفقي',
      '،',
      'وقالت',
      'د.',
      'سحر',
      'نصر',
    ]);
    expect(tokenTexts('قابلت م. أحمد في عام 2007 م.')).toEqual(['قابلت', 'م.', 'أحمد', 'في', 'عام', '2007', 'م', '.']);
    expect(tokenTexts('وصل ب. ثم عاد')).toEqual(['وصل', 'ب', '.', 'ثم', 'عاد']);
  });
  it('words and wordCount', () => {
    expect(words('قال الرئيسُ: «نعم»!')).toEqual(['قال', 'الرييس', 'نعم']);
    expect(wordCount('قال الرئيس: «نعم»! في 2024')).toBe(5);
    expect(wordCount('')).toBe(0);
  });
  it('wordNorms and wordCount read the word and number tokens of tokenize (random mixed text)', () => {
    const pieces = [
      'قال',
      'الرئيسُ',
      'ـ',
      '\u064B',
      'Gazprom',
      "O'Neil",
      'l’ONU',
      '3.5',
      '٣٫٥',
      '1,000',
      '50%',
      '.',
      '،',
      '«',
      '»',
      ' ',
      '\n',
      '\u200C',
      '\u200D',
      '😀',
      '\uD800',
      'Σ',
      'سي.إن.إن',
      'د.',
      '-',
      "'",
      '’',
      '/',
      ':',
      '_',
      '\u00A0',
    ];
    let seed = 11;
    const rand = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    for (let k = 0; k < 3000; k++) {
      let t = '';
      for (let i = 0, n = k % 25; i < n; i++) t += pieces[Math.floor(rand() * pieces.length)];
      const toks = tokenize(t).filter((x) => x.kind !== 'punct');
      expect(wordNorms(t)).toEqual(toks.map((x) => x.norm));
      expect(wordCount(t)).toBe(toks.length);
    }
  });
});
