import { describe, expect, it } from 'vitest';
import { typeCues } from '../../../scripts/lib/name-stats';
import { keyEntities } from '../../../src/core/entities/key-entities';
import type { Tagger } from '../../../src/core/entities/tagger';
import { cueKey, overlayCuedOrgs, typeFromCues } from '../../../src/core/entities/type-cues';
import { cliticVariants } from '../../../src/core/entities/phrases';
import { nerNormalize } from '../../../src/core/entities/features';
import { splitSentences } from '../../../src/core/text';
import { stubTagger } from './stub-tagger';

describe('a name’s type from the words before it', () => {
  it('learns the words that announce one type from labeled sentences', () => {
    const s = (text: string, tags: string) => ({ tokens: text.split(' '), tags: tags.split(' ') });
    const labeled = [
      ...Array.from({ length: 19 }, () => s('وقعت شركة سامسونج عقدا', 'O O B-ORG O')),
      s('قالت شركة تويوتا', 'O O B-PERS'), // 19 of 20 after «شركة» are organizations: 95%
      ...Array.from({ length: 12 }, () => s('زار مدينة حلب', 'O O B-LOC')), // too few names after «مدينة»
    ];
    const cues = typeCues(labeled);
    expect([...cues]).toEqual([['شركه', 'ORG']]);
  });

  it('makes a «person» after organization cues an organization, unless a person cue precedes it too', () => {
    expect(typeFromCues('PERS', ['ORG'])).toBe('ORG');
    expect(typeFromCues('PERS', ['LOC', 'LOC', 'ORG'])).toBe('LOC');
    expect(typeFromCues('PERS', ['ORG', 'PERS'])).toBe('PERS');
    expect(typeFromCues('LOC', ['ORG'])).toBe('LOC');
    expect(typeFromCues('PERS', [])).toBe('PERS');
    expect(cueKey('وللشركه')).toBe('الشركه');
    expect(cueKey('بالمدينه')).toBe('المدينه');
  });

  it('retypes a company the tagger calls a person (real sentences of a JawharaFM article)', () => {
    const text = 'أمضت تونس إتفاقية مع شركة أوتلسات، ستمكن من بث قنوات تونسية.\nوقال الوزير إن أوتلسات ستبث القنوات.';
    const tagger: Tagger = {
      ...stubTagger([['أوتلسات', 'PERS']]),
      typeCue: (k) => (k === 'شركه' ? 'ORG' : k === 'الرييس' ? 'PERS' : undefined),
    };
    expect(keyEntities(splitSentences(text), tagger).map((e) => [e.name, e.type])).toEqual([['أوتلسات', 'ORG']]);
  });

  it('types the one mention after an organization cue, so a company named after a person stays apart from her (BBC Arabic, 2018)', () => {
    const text =
      'حصلت إيفانكا ترامب على ترخيص من السلطات الصينية.\nوتشمل المنتجات المسجلة من جانب شركة إيفانكا ترامب ماركس إل إل سي المنسوجات.\nوقالت إيفانكا ترامب إنها لم تخالف القانون.';
    const tagger: Tagger = {
      ...stubTagger([
        ['إيفانكا ترامب ماركس إل إل سي', 'PERS'],
        ['إيفانكا ترامب', 'PERS'],
      ]),
      typeCue: (k) => (k === 'شركه' ? 'ORG' : undefined),
    };
    expect(keyEntities(splitSentences(text), tagger).map((e) => [e.name, e.type, e.count])).toEqual([
      ['إيفانكا ترامب', 'PERS', 2],
      ['إيفانكا ترامب ماركس إل إل سي', 'ORG', 1],
    ]);
  });

  describe('an organization the tagger missed, found by the cue before it', () => {
    // the news text's frequent words: verbs and nouns of the language
    const frequent = new Set(['ترغب', 'بعثه', 'دفاع', 'الرمايه', 'بعث', 'باقه', 'قنوات', 'عن']);
    const stats = {
      typeCue: (k: string) =>
        k === 'شركه' || k === 'اعضاء' || k === 'نادي' || k === 'فريق' ? ('ORG' as const) : undefined,
      isKnownWord: (w: string) => w === 'ترامب',
      isFrequentWord: (w: string) => frequent.has(w),
      isCommonWord: (w: string) => w === 'في',
      isWholeWord: (w: string) => w === 'والت',
    };
    const tag = (text: string) => {
      const norm = [text.split(' ').map(nerNormalize)];
      const tags = [norm[0].map(() => 'O')];
      overlayCuedOrgs(norm, tags, stats, cliticVariants);
      return tags[0].join(' ');
    };

    it('tags the rare foreign words right after an organization cue', () => {
      expect(tag('اتفاقية مع شركة عربسات لبعث باقة')).toBe('O O O B-ORG O O');
      expect(tag('أعلنت شركة والت ديزني عن')).toBe('O O B-ORG I-ORG O');
    });

    it('leaves frequent words, words of the training text, definite words and possessed nouns alone', () => {
      expect(tag('قالت شركة ترغب في')).toBe('O O O O');
      expect(tag('انتقد فريق دفاع ترامب')).toBe('O O O O');
      expect(tag('رئيس نادي الرماية')).toBe('O O O');
      expect(tag('سحب أعضاء بعثتها')).toBe('O O O');
    });

    it('makes the name key when the headline names it too (a JawharaFM article)', () => {
      const text = 'تونس تمضي اتفاقيات مع أوتلسات وعربسات\nووقعت اتفاقية أخرى مع شركة عربسات لبعث باقة قنوات.';
      const tagger: Tagger = { ...stubTagger([['أوتلسات', 'ORG']]), ...stats };
      const ents = keyEntities(splitSentences(text), tagger).filter((e) => e.key);
      expect(ents.map((e) => [e.name, e.type])).toEqual(expect.arrayContaining([['عربسات', 'ORG']]));
    });
  });
});
