import { describe, expect, it } from 'vitest';
import { cuedCounts, cuedNames, CUED_NAME, pairNames, typeCues } from '../../../scripts/lib/name-stats';
import { keyEntities } from '../../../src/core/entities/key-entities';
import type { Tagger } from '../../../src/core/entities/tagger';
import {
  cueKey,
  overlayCuedOrgs,
  overlayNewsNames,
  overlayNewsPairs,
  typeFromCues,
  type NewsNameStats,
} from '../../../src/core/entities/type-cues';
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
    expect(cueKey('وبالمدينه')).toBe('المدينه');
    // «وكالة» is no و + ك + «الة»: ال before a single letter is no article
    expect(cueKey('وكاله')).toBe('كاله');
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

describe('places and organizations of the news text, named after type cues', () => {
  const s = (text: string, tags: string) => ({ tokens: text.split(' '), tags: tags.split(' ') });
  // «محافظة» and «شركة» come before names most of the time; «نحو» before a place now and then, mostly before numbers
  const labeled = [
    ...Array.from({ length: 20 }, () => s('في محافظة حلب', 'O O B-LOC')),
    ...Array.from({ length: 20 }, () => s('مع شركة سامسونج', 'O O B-ORG')),
    ...Array.from({ length: 20 }, () => s('تقدموا نحو دمشق', 'O O B-LOC')),
    ...Array.from({ length: 180 }, () => s('نحو مليون شخص', 'O O O')),
  ];
  const cues = typeCues(labeled);
  const news = (text: string, times: number) => Array.from({ length: times }, () => text.split(' '));

  it('keeps the cues that mostly come before a name, and the names after them five times or more', () => {
    expect([...cues].sort()).toEqual([
      ['شركه', 'ORG'],
      ['محافظه', 'LOC'],
      ['نحو', 'LOC'],
    ]);
    const names = cuedNames(
      [
        ...news('قصفت الطائرات محافظة إدلب', 5),
        ...news('في إدلب و حلب', 20),
        ...news('أعلنت شركة أوبر', 5),
        ...news('أعلنت شركة زين', 4), // four times: too few
        ...news('وصلوا نحو مليون', 40), // «نحو» is no cue of names
      ],
      labeled,
      cues,
    );
    expect([...names].sort()).toEqual([
      ['ادلب', 'LOC'],
      ['اوبر', 'ORG'],
    ]);
  });

  it('takes a person after titles, not after verbs of saying alone', () => {
    const withPeople = [
      ...labeled,
      ...Array.from({ length: 20 }, () => s('وقال الرئيس بوتين', 'O O B-PERS')),
      ...Array.from({ length: 20 }, () => s('وقال بوتين', 'O B-PERS')),
    ];
    const names = cuedNames(
      [...news('استقبل الرئيس ماكرون', 5), ...news('وقال مسؤول إن', 20)],
      withPeople,
      typeCues(withPeople),
    );
    expect([...names]).toEqual([['ماكرون', 'PERS']]);
  });

  it('reads no national team’s nickname as a place', () => {
    const teamLabeled = [...labeled, ...Array.from({ length: 20 }, () => s('فاز منتخب مصر', 'O O B-LOC'))];
    const names = cuedNames(news('فاز منتخب الفراعنة', 10), teamLabeled, typeCues(teamLabeled));
    expect([...names]).toEqual([]);
  });

  it('leaves nouns that take ال and the first words of longer names', () => {
    const names = cuedNames(
      [
        ...news('أقيمت في محافظة آمنة', 5), // «منطقة آمنة»: an adjective, written with ال too
        ...news('المنطقة الآمنة', 10),
        ...news('محافظة دير الزور', 6), // «دير» begins «دير الزور»
        ...news('محافظة تطاوين', 6),
      ],
      labeled,
      cues,
    );
    // «دير الزور» is a name of two words; «دير» alone is none
    expect([...names]).toEqual([
      ['دير الزور', 'LOC'],
      ['تطاوين', 'LOC'],
    ]);
  });

  it('takes two-word names whose first word is a plain noun, when they are a unit and no phrase of the language', () => {
    const corpus = [
      ...news('قصفت محافظة دير الزور', 5),
      ...news('زار الدير القديم', 10), // «دير» takes ال: `cuedNames` leaves «دير الزور» out
      ...news('محافظة الغوطة الشرقية', 5), // a compass adjective is part of a name
      ...news('محافظة الجولان المحتل', 5), // another adjective is not
      ...news('محافظة إدلب حيث', 5), // «حيث» follows «إدلب» now and then: no unit
      ...news('في إدلب', 50),
      ...news('حيث يقيم', 50),
      ...news('محافظة ريو دي جانيرو', 5), // «ريو دي» begins a longer name
      ...news('محافظة العاصمة بغداد', 5), // «العاصمة» is a type cue: the name is «بغداد»
      ...news('الزعيم العاصمة', 30),
    ];
    const withCapital = [...labeled, ...Array.from({ length: 20 }, () => s('في العاصمة بغداد', 'O O B-LOC'))];
    const pairCues = typeCues(withCapital);
    const adjectives = new Set(['الشرقيه', 'المحتل']);
    const pairs = pairNames(
      cuedCounts(corpus, withCapital, pairCues, CUED_NAME),
      pairCues,
      {
        isCommon: () => false,
        isAdjective: (w) => adjectives.has(w),
        isWhole: () => false,
        isPlaceNisba: () => false,
        isStopword: () => false,
      },
      new Set(),
    );
    expect([...pairs].sort()).toEqual([
      ['الغوطه الشرقيه', 'LOC'],
      ['دير الزور', 'LOC'],
    ]);
    expect(cuedNames(corpus, withCapital, pairCues).has('دير الزور')).toBe(false);
  });

  it('tags a two-word name of the news text where the tagger left both words out, behind a proclitic too', () => {
    const pair = (k: string) => (k === 'الغوطه الشرقيه' ? ('LOC' as const) : undefined);
    const run = (text: string, given?: string) => {
      const words = text.split(' ');
      const tags = [given ? given.split(' ') : words.map(() => 'O')];
      overlayNewsPairs([words.map(nerNormalize)], tags, pair, cliticVariants);
      return tags[0].join(' ');
    };
    expect(run('قصفت الطائرات الغوطة الشرقية')).toBe('O O B-LOC I-LOC');
    expect(run('وصلوا بالغوطة الشرقية أمس')).toBe('O B-LOC I-LOC O');
    // the tagger's own name stays
    expect(run('قصفت الطائرات الغوطة الشرقية', 'O O B-LOC O')).toBe('O O B-LOC O');
  });

  describe('an untagged name of the news text', () => {
    const known = new Set(['قوات', 'ملعب', 'في']);
    const stats = {
      typeCue: (k: string) => (k === 'محافظه' ? ('LOC' as const) : undefined),
      newsType: (k: string) =>
        ['ادلب', 'دوما', 'سوسه', 'ملعبه', 'الحديده'].includes(k) ? ('LOC' as const) : undefined,
      isKnownWord: (w: string) => known.has(w),
      isFrequentWord: () => false,
      isCommonWord: () => false,
      isAdjectiveWord: () => false,
      isWholeWord: () => false,
    };
    const tag = (text: string, wordStats: NewsNameStats = stats, namesNoPerson?: (w: string) => boolean) => {
      const words = [text.split(' ')];
      const tags = [words[0].map(() => 'O')];
      overlayNewsNames(words, [words[0].map(nerNormalize)], tags, wordStats, cliticVariants, namesNoPerson);
      return tags[0].join(' ');
    };

    it('is tagged, behind a proclitic too', () => {
      expect(tag('تقدمت قوات إلى إدلب')).toBe('O O O B-LOC');
      expect(tag('وصل بسوسة')).toBe('O B-LOC');
      expect(tag('معركة في الحديدة')).toBe('O O B-LOC');
    });

    it('is a person too, but not after the head of a group’s name or an untagged name, nor a definite nisba', () => {
      const people = {
        ...stats,
        newsType: (k: string) => (k === 'ماكرون' || k === 'الحوثي' || k === 'بورقيبه' ? ('PERS' as const) : undefined),
        isKnownWord: (w: string) => known.has(w) || w === 'ميليشيات' || w === 'مع',
      };
      const tagPeople = (text: string) => tag(text, people, (w) => w === 'ميليشيات');
      expect(tagPeople('التقى ترامب مع ماكرون')).toBe('O O O B-PERS');
      expect(tagPeople('قصفت ميليشيات الحوثي')).toBe('O O O');
      expect(tagPeople('مستشفى فطومة بورقيبة')).toBe('O O O');
      expect(tagPeople('مع الحوثي')).toBe('O O');
    });

    it('is no adverb with tanween nor a noun with a possessive pronoun', () => {
      expect(tag('يبقى دوماً في')).toBe('O O O');
      expect(tag('لعب خارج ملعبه')).toBe('O O O');
    });
  });

  it('gives a «person» of the tagger the news text’s type, unless the article says it is a person', () => {
    const text = 'قالت بيونغ يانغ إنها ستواصل التجارب.\nوأجرت بيونغ يانغ تجربة جديدة.';
    const tagger: Tagger = {
      ...stubTagger([['بيونغ يانغ', 'PERS']]),
      newsType: (k) => (k === 'بيونغ يانغ' ? 'LOC' : undefined),
      typeCue: (k) => (k === 'قال' ? 'PERS' : undefined),
    };
    const types = (t: string) => keyEntities(splitSentences(t), tagger).map((e) => [e.name, e.type]);
    expect(types(text.replace('قالت', 'أعلنت'))).toEqual([['بيونغ يانغ', 'LOC']]);
    expect(types(text.replace('قالت', 'قال'))).toEqual([['بيونغ يانغ', 'PERS']]);
  });

  it('shows a name of the news text without its proclitic', () => {
    const text = 'وصل الوفد بسوسة أمس.\nوعقد اجتماعا بسوسة.';
    const tagger: Tagger = {
      ...stubTagger([
        ['بسوسة', 'LOC'],
        ['سوسة', 'LOC'],
      ]),
      newsType: (k) => (k === 'سوسه' ? 'LOC' : undefined),
    };
    expect(keyEntities(splitSentences(text), tagger).map((e) => [e.name, e.count])).toEqual([['سوسة', 2]]);
  });

  it('keeps a word of the training text whole though a name of the news text follows its first letter', () => {
    // «كابل» (Kabul) is no «ك» + «آبل» (Apple)
    const text = 'هبطت الطائرة في كابل أمس.\nوغادر الوزير كابل.';
    const tagger: Tagger = {
      ...stubTagger([['كابل', 'LOC']]),
      newsType: (k) => (k === 'ابل' ? 'ORG' : undefined),
      isKnownWord: (w) => w === 'كابل',
    };
    expect(keyEntities(splitSentences(text), tagger).map((e) => [e.name, e.count])).toEqual([['كابل', 2]]);
  });
});
