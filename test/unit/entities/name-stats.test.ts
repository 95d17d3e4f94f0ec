import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import {
  adjectiveWords,
  commonWords,
  COMMON_WORD,
  quotedCounts,
  wordCounts,
  countryNames,
  forceNames,
  groupNames,
  miscNames,
  newsPeople,
  NEWS_PERSON,
  orgPhrases,
  poissonTail,
  wholeWords,
} from '../../../scripts/lib/name-stats';

/** A data folder in a fresh temporary directory with these files (paths relative to it, folders made as needed). */
function dataDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'khulasa-data-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

/** 1,000 distinct frequent words, each seen 100 times, and each seen after every given proclitic so many times. */
function frequentWordCounts(after: Record<string, number>): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i < 1000; i++) {
    const w =
      'كلم' +
      String.fromCharCode(0x0628 + (i % 20)) +
      String.fromCharCode(0x0628 + (Math.floor(i / 20) % 20)) +
      'ت'.repeat(Math.floor(i / 400));
    counts.set(w, 100);
    for (const [c, n] of Object.entries(after)) counts.set(c + w, n);
  }
  return counts;
}

describe('word statistics for the key-names display', () => {
  it('tells a name that begins with a proclitic letter from proclitic + word', () => {
    // 1,000 frequent words, each seen 100 times and with و/ب before it 20 / 10 times: p(و) = 0.2, p(ب) = 0.1
    const counts = frequentWordCounts({ و: 20, ب: 10 });
    counts.set('بريت', 24).set('ريت', 4); // 24 ≫ 0.1 × 4: a word of its own
    counts.set('ومصر', 399).set('مصر', 3051); // 399 < 0.2 × 3,051: و + مصر
    counts.set('كاليفورنيا', 316); // اليفورنيا never seen alone
    counts.set('والصين', 385).set('الصين', 2258);
    // «اله» (normalized «الة») is too short to be ال + a word: و + ك + «الة» is weighed by the rates, and «وكاله» is a word of its own
    counts.set('وكاله', 900).set('اله', 300);
    const whole = wholeWords(counts);
    expect(['بريت', 'كاليفورنيا', 'وكاله'].filter((w) => whole.has(w))).toEqual(['بريت', 'كاليفورنيا', 'وكاله']);
    expect(['ومصر', 'والصين'].filter((w) => whole.has(w))).toEqual([]);
    // a place's name listed after و more often than the rate says («وكندا» 231 > 0.2 × 508) is و + the place when
    // the labeled corpora or the country names have the place
    counts.set('وكندا', 231).set('كندا', 508);
    expect(wholeWords(counts).has('وكندا')).toBe(true);
    expect(wholeWords(counts, new Set(['كندا'])).has('وكندا')).toBe(false);
    expect(wholeWords(counts, new Set(['كندا'])).has('بريت')).toBe(true);
  });

  it('takes a word seen after و about as often as the rate says for و + word, even a little more often', () => {
    const counts = frequentWordCounts({ و: 20, ب: 10, ل: 10 });
    // 17 against 0.2 × 69 = 13.8 is chance (P ≈ 0.22); 60 against 13.8 is not
    counts.set('روميلو', 69).set('وروميلو', 17).set('وليد', 60).set('ليد', 69);
    // after ب the point comparison stands: 12 > 0.1 × 100
    counts.set('باري', 12).set('اري', 100);
    // لل is ل + ال, or ل before a word that begins with ل
    counts.set('لليونيل', 6).set('ليونيل', 552).set('لليفربول', 127).set('ليفربول', 2000);
    const whole = wholeWords(counts);
    expect(['وروميلو', 'وليد', 'باري', 'لليونيل', 'لليفربول'].filter((w) => whole.has(w))).toEqual(['وليد', 'باري']);
  });

  it('poissonTail', () => {
    expect(poissonTail(0, 3)).toBe(1);
    expect(poissonTail(1, 2)).toBeCloseTo(1 - Math.exp(-2), 10);
    expect(poissonTail(3, 0.45)).toBeCloseTo(1 - Math.exp(-0.45) * (1 + 0.45 + 0.45 ** 2 / 2), 10);
    expect(poissonTail(2000, 1500)).toBeLessThan(1e-30);
    expect(poissonTail(1400, 1500)).toBeGreaterThan(0.99);
    // far below a large mean the tail is 1, though each term underflows
    expect(poissonTail(5, 2000)).toBe(1);
    expect(poissonTail(4, 1.65)).toBeCloseTo(1 - Math.exp(-1.65) * (1 + 1.65 + 1.65 ** 2 / 2 + 1.65 ** 3 / 6), 10);
  });

  it('finds words that are almost never inside a name', () => {
    const s = (text: string, tags: string) => ({ tokens: text.split(' '), tags: tags.split(' ') });
    const labeled = Array.from({ length: 5 }, () =>
      s('دفع مليون دولار إلى فلاديمير بوتين', 'O O B-MISC O B-PERS I-PERS'),
    );
    const common = commonWords(
      labeled,
      new Map([
        ['الفيروس', 100],
        ['فيروس', 80],
        ['الصين', 2258],
        ['صين', 3],
      ]),
    );
    expect(common.has('دولار')).toBe(true); // ANERcorp's MISC (currencies) is not a name for the display
    expect(common.has('بوتين')).toBe(false);
    expect(common.has('الفيروس')).toBe(true);
    expect(common.has('الصين')).toBe(false);
  });

  it('finds bare common nouns by their definite use in the news text, never a word of a person’s name', () => {
    const news = new Map([
      ['موسم', 120],
      ['الموسم', 900],
      ['موسما', 40],
      ['جميل', 200], // a given name and an adjective: «الجميل» is common, yet «جميل» is a name's word
      ['الجميل', 300],
      ['ترامب', 5000],
      ['الترامب', 0],
    ]);
    const common = commonWords([], news, new Set(['جميل']));
    expect(['موسم', 'موسما', 'جميل', 'ترامب'].filter((w) => common.has(w))).toEqual(['موسم', 'موسما']);
  });

  it('never makes a country’s name a common word, whatever the news text’s counts', () => {
    const news = new Map([
      ['الكاميرون', 400], // Cameroon, beside David Cameron's bare name
      ['كاميرون', 300],
      ['مالاوي', 40], // Malawi, beside the adjective «المالاوي»
      ['المالاوي', 30],
      ['كيني', 50], // Kenyan: common, and «كينيا» would be its accusative
      ['الكيني', 60],
      ['كينيا', 500],
      ['الموسم', 900],
      ['موسم', 120],
      ['اوروغواي', 100], // the bare form of «الأوروغواي»
      ['الاوروغواي', 300],
      ['سعوديه', 100], // the feminine adjective, bare form of «السعودية»
      ['السعوديه', 3000],
    ]);
    const without = commonWords([], news);
    expect(['الكاميرون', 'مالاوي', 'كينيا', 'موسم'].filter((w) => without.has(w))).toEqual([
      'الكاميرون',
      'مالاوي',
      'كينيا',
      'موسم',
    ]);
    expect(['اوروغواي', 'سعوديه'].filter((w) => without.has(w))).toEqual(['اوروغواي', 'سعوديه']);
    const common = commonWords(
      [],
      news,
      new Set(),
      new Set(['الكاميرون', 'مالاوي', 'كينيا', 'الاوروغواي', 'السعوديه']),
    );
    expect(['الكاميرون', 'مالاوي', 'كينيا', 'كيني', 'موسم', 'اوروغواي', 'سعوديه'].filter((w) => common.has(w))).toEqual(
      ['كيني', 'موسم', 'سعوديه'],
    );
  });

  it('never makes a word the news text often quotes alone a common word («"الغارديان"», a newspaper)', () => {
    // counts of the ANT news text: «الغارديان» 83 times, 58 of them alone in quotation marks; «غارديان» 85 times
    const sents = [
      ...Array.from({ length: 58 }, () => 'قالت صحيفة " الغارديان " إن'.split(' ')),
      ...Array.from({ length: 25 }, () => 'وقالت الغارديان إن'.split(' ')),
      ...Array.from({ length: 85 }, () => 'صحيفة غارديان البريطانية'.split(' ')),
      ...Array.from({ length: 40 }, () => 'انتشر الفيروس في " المدينة "'.split(' ')),
      ...Array.from({ length: 40 }, () => 'ينتشر فيروس جديد'.split(' ')),
    ];
    const news = wordCounts(sents);
    const quoted = quotedCounts(sents);
    expect(quoted.get('الغارديان')).toBe(58);
    expect(quoted.get('الفيروس')).toBeUndefined();
    expect(commonWords([], news).has('الغارديان')).toBe(true);
    const common = commonWords([], news, new Set(), new Set(), COMMON_WORD, quoted);
    expect(['الغارديان', 'الفيروس'].filter((w) => common.has(w))).toEqual(['الفيروس']);
  });

  it('finds the people the tagger tags alone often enough in the news text, and surnames, not places named «بن …»', () => {
    // a tagger that tags «نيمار» alone after «النجم» (and never elsewhere), «سيرغي سكريبال» as a name (and never
    // «سكريبال» alone), «بن عروس» as a name (a place the tagger takes for a person)
    const tagDocument = (sents: string[][]) =>
      sents.map((s) =>
        s.map((w, i) =>
          w === 'نيمار' && s[i - 1] === 'النجم'
            ? 'B-PERS'
            : (w === 'سكريبال' && s[i - 1] === 'سيرغي') || (w === 'عروس' && s[i - 1] === 'بن')
              ? 'I-PERS'
              : w === 'سيرغي' || w === 'بن'
                ? 'B-PERS'
                : 'O',
        ),
      );
    const paragraphs = [
      ...Array.from({ length: 3 }, () => [['قال', 'النجم', 'نيمار', 'إنه', 'سعيد']]),
      ...Array.from({ length: 27 }, () => [['وسجل', 'نيمار', 'هدفا']]),
      ...Array.from({ length: 12 }, () => [['وقال', 'سيرغي', 'سكريبال', 'إنه', 'بخير']]),
      ...Array.from({ length: 18 }, () => [['تسميم', 'سكريبال', 'في', 'بريطانيا']]),
      ...Array.from({ length: 30 }, () => [['في', 'ولاية', 'بن', 'عروس']]),
    ];
    // «نيمار» alone 3 times of 30 (10%); «سكريبال» the last word of a name 12 times of 30 (40%); «عروس» always after
    // «بن»; «سيرغي», «بن» only the first words of names
    expect([...newsPeople(paragraphs, tagDocument)].sort()).toEqual(['سكريبال', 'نيمار']);
    // under the shares: not kept
    const strict = { ...NEWS_PERSON, minAloneShare: 0.2, minSurnameShare: 0.5 };
    expect([...newsPeople(paragraphs, tagDocument, strict)]).toEqual([]);
    // without the «بن» test, the place's word is kept
    expect(newsPeople(paragraphs, tagDocument, { ...NEWS_PERSON, maxAfterBinShare: 1.1 }).has('عروس')).toBe(true);
  });

  it('finds adjectives: definite words that almost always follow another definite word', () => {
    const sents = [
      ...Array.from({ length: 17 }, () => 'قالت الحكومة السورية إن'.split(' ')),
      ...Array.from({ length: 3 }, () => 'وصل إلى السورية'.split(' ')),
      ...Array.from({ length: 10 }, () => 'زار المملكة العربية السعودية'.split(' ')),
      ...Array.from({ length: 10 }, () => 'زار السعودية أمس'.split(' ')),
    ];
    const adj = adjectiveWords(sents);
    expect(adj.has('السوريه')).toBe(true); // 17 of 20 after a definite word
    expect(adj.has('السعوديه')).toBe(false); // 10 of 20
  });

  it('reads country names from the ISO list and WikiFANE’s nations, none cut as if behind a proclitic', () => {
    const dir = dataDir({
      'lexicons/wikifane_gold_entities.tsv': [
        'entity\tcoarse\tfine\tcount',
        'مصر\tLOC\tNation\t318',
        'لاسرائيل\tLOC\tNation\t2', // behind a proclitic
        'يتوانيا\tLOC\tNation\t1', // «ليتوانيا» cut as if its ل were one
        'كوسوفو\tLOC\tNation\t5',
      ].join('\n'),
      'lexicons/iso_countries_ar.tsv': ['iso2\tname_ar', 'EG\tمصر', 'IL\tإسرائيل', 'LT\tليتوانيا'].join('\n'),
    });
    // normalized, and without the file's header row
    expect([...countryNames(dir)].sort()).toEqual(['اسراييل', 'كوسوفو', 'ليتوانيا', 'مصر'].sort());
  });

  it('reads group names and MISC places from the WikiFANE entity list', () => {
    const dir = dataDir({
      'lexicons/wikifane_gold_entities.tsv': [
        'entity\tcoarse\tfine\tcount',
        'الشيعة\tO\tGroup\t7',
        'الشيعة\tMISC\tBook\t1',
        'الاخوان\tORG\tNon-Governmental\t10',
        'البيت الابيض\tLOC\tBuilding-Grounds\t1',
        'نوبل\tPERS\tScientist\t21',
      ].join('\n'),
    });
    expect([...groupNames(dir)]).toEqual(['الشيعه']);
    const s = (text: string, tags: string) => ({ tokens: text.split(' '), tags: tags.split(' ') });
    const train = [s('وقال البيت الأبيض إن', 'O B-MISC I-MISC O'), s('جائزة نوبل للسلام', 'B-MISC I-MISC O')];
    expect([...miscNames(train, dir)]).toEqual([['البيت الابيض', 'LOC']]);
  });

  it('takes the organization phrases of our own lists unless the labeled data names them otherwise more often', () => {
    const empty = [
      ...['Loc', 'Org', 'Pers'].map((t) => `anergazet/Aligned${t}Gazetteer.txt`),
      ...['loc', 'org', 'pers', 'misc'].map((t) => `lexicons/wikifane_${t}.txt`),
      'lexicons/iso_countries_ar.tsv',
    ];
    const dir = dataDir(Object.fromEntries(empty.map((f) => [f, ''])));
    const s = (text: string, tags: string) => ({ tokens: text.split(' '), tags: tags.split(' ') });
    // the companies list has the newspaper «الشرق الأوسط»; the labeled data names the region twice
    const train = [s('في الشرق الأوسط', 'O B-LOC I-LOC'), s('أزمة الشرق الأوسط', 'O B-LOC I-LOC')];
    const phrases = orgPhrases(train, dir);
    expect(phrases.has('باريس سان جيرمان')).toBe(true); // CLUBS
    expect(phrases.has('باريس سان جرمان')).toBe(true); // CLUB_SPELLINGS
    expect(phrases.has('حزب العداله والتنميه')).toBe(true); // PARTIES
    expect(phrases.has('الشرق الاوسط')).toBe(false);
  });

  it('finds the names of forces in the news text: a head and a nisba that take a share of the head’s uses', () => {
    const sentences: string[][] = [];
    const add = (text: string, n: number) => {
      for (let i = 0; i < n; i++) sentences.push(text.split(' '));
    };
    // «التحالف العربي» 30 of «التحالف»'s 130 uses; «التحالف العسكري» 25 of them, less than 5% of the head in all
    add('وقال التحالف العربي إن', 30);
    add('بين التحالف العسكري وغيره', 2);
    add('ان التحالف مستمر', 98);
    // «الحرس الثوري» 10 times only; «الشرطة المحلية» 25 of 1,000 uses of «الشرطة»
    add('وقال الحرس الثوري إن', 10);
    add('وقالت الشرطة المحلية إن', 25);
    add('وقالت الشرطة إن', 975);
    expect([...forceNames(sentences)]).toEqual(['التحالف العربي']);
    // behind a proclitic, «للتحالف» is «التحالف»
    add('دعما للتحالف العربي', 10);
    expect([...forceNames(sentences, { minCount: 20, minShare: 0.05 })]).toEqual(['التحالف العربي']);
    expect([...forceNames(sentences, { minCount: 5, minShare: 0.05 })].sort()).toEqual([
      'التحالف العربي',
      'الحرس الثوري',
    ]);
  });
});
