import { describe, expect, it } from 'vitest';
import { loadTagger } from '../../../src/core/entities/load-tagger';
import { LABELS, decodeKeys, encodeKeys, fromBase64, toBase64 } from '../../../src/core/entities/linear-tagger';
import { nerNormalize, segmentFull, splitClitic } from '../../../src/core/entities/features';
import { ruleTagger } from '../../../src/core/entities/rule-tagger';

describe('model encoding', () => {
  it('base64 and delta-varint keys round-trip', () => {
    const bytes = Uint8Array.from([0, 1, 2, 250, 255, 128, 7]);
    for (let n = 0; n <= bytes.length; n++) expect(fromBase64(toBase64(bytes.slice(0, n)))).toEqual(bytes.slice(0, n));
    const keys = [0, 5, 127, 128, 70000, 4294967295];
    expect(Array.from(decodeKeys(encodeKeys(keys), keys.length))).toEqual(keys);
  });
});

describe('features', () => {
  it('normalizes and splits clitics (never below a 3-letter stem for one-letter clitics)', () => {
    expect(nerNormalize('أُسامة')).toBe('اسامه');
    expect(splitClitic('والصين')).toEqual(['وال', 'صين']);
    expect(splitClitic('لروسيا')).toEqual(['ل', 'روسيا']);
    expect(splitClitic('وبكين')).toEqual(['و', 'بكين']);
    expect(splitClitic('في')).toEqual(['', 'في']);
  });

  it('segments clitics consistently against a vocabulary (a known remainder wins, the most stripped one)', () => {
    const vocab = new Set(['بكين', 'الصين', 'روسيا', 'قال', 'الرئيس']);
    const has = (w: string) => vocab.has(w);
    expect(segmentFull('بكين', has)).toEqual(['', 'بكين', 'بكين', false]);
    expect(segmentFull('وبكين', has)).toEqual(['و', 'بكين', 'بكين', false]);
    expect(segmentFull('والصين', has)).toEqual(['و', 'الصين', 'صين', true]);
    expect(segmentFull('لروسيا', has)).toEqual(['ل', 'روسيا', 'روسيا', false]);
    expect(segmentFull('وقال', has)).toEqual(['و', 'قال', 'قال', false]);
    expect(segmentFull('للرئيس', has)).toEqual(['ل', 'الرئيس', 'رئيس', true]);
  });
});

describe('loadTagger', () => {
  it('is lazy, cached, and tags BIO over the four types', async () => {
    const t = await loadTagger();
    expect(await loadTagger()).toBe(t);
    const toks = 'أكد الرئيس الروسي فلاديمير بوتين في موسكو أن روسيا والصين'.split(' ');
    const tags = t.tag(toks);
    expect(tags).toHaveLength(toks.length);
    for (const x of tags) expect(LABELS).toContain(x);
    expect(tags.slice(3, 5)).toEqual(['B-PERS', 'I-PERS']);
    expect(tags[6]).toBe('B-LOC');
    expect(t.tag([])).toEqual([]);
  });

  it('is deterministic', async () => {
    const t = await loadTagger();
    const toks = 'وقال وزير الخارجية سيرغي لافروف إن الأمم المتحدة'.split(' ');
    expect(t.tag(toks)).toEqual(t.tag(toks));
  });

  it('knows a country the list writes with ال also without it where the news text does, not a given name or a common word', async () => {
    const t = await loadTagger();
    // the ISO list's «الأوروغواي»: the news writes «أوروغواي»
    expect(t.isCountry?.(nerNormalize('الأوروغواي'))).toBe(true);
    expect(t.isCountry?.(nerNormalize('أوروغواي'))).toBe(true);
    // «الهند» and «المغرب» are countries; «هند» (a given name) and «مغرب» (sunset) are not
    expect(t.isCountry?.(nerNormalize('الهند'))).toBe(true);
    expect(t.isCountry?.(nerNormalize('هند'))).toBe(false);
    expect(t.isCountry?.(nerNormalize('مغرب'))).toBe(false);
    // «سعودية» is the feminine adjective, a common word, though the news text writes it often
    expect(t.isCountry?.(nerNormalize('سعودية'))).toBe(false);
    // a phrase is looked up as written
    expect(t.isCountry?.(nerNormalize('مصر'))).toBe(true);
  });

  it('keeps the rule tagger as a fallback', () => {
    expect(ruleTagger.tag(['في', 'موسكو'])).toEqual(['O', 'B-LOC']);
  });
});
