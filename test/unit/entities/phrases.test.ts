import { describe, expect, it } from 'vitest';
import { nerNormalize } from '../../../src/core/entities/features';
import {
  joinCoordinatedOrgWords,
  nisbaPlaces,
  overlayListedOrgs,
  overlayNationalTeams,
  overlayPhrases,
  overlayRepeatedOrgs,
  phraseHead,
  phraseHeads,
  sameTeam,
} from '../../../src/core/entities/phrases';

const list = new Set([
  'مكتب التحقيقات الفيدرالي',
  'المحكمه العليا',
  'الامم المتحده',
  'مجلس الشيوخ',
  'بن لادن',
  'مجموعه بن لادن',
  'داو جونز',
]);
const run = (text: string, tags: string[]) => {
  const norm = [text.split(' ').map(nerNormalize)];
  const starts = new Set([...list].map((k) => k.split(' ')[0]));
  return overlayPhrases(norm, [tags], { has: (k) => list.has(k), starts: (w) => starts.has(w) })[0];
};

describe('multi-word organization names tagged whole', () => {
  it('tags an untagged or cut phrase as one organization, behind a proclitic too', () => {
    expect(run('وقال مكتب التحقيقات الفيدرالي إن', ['O', 'B-ORG', 'I-ORG', 'O', 'O'])).toEqual([
      'O',
      'B-ORG',
      'I-ORG',
      'I-ORG',
      'O',
    ]);
    expect(run('أمام المحكمة العليا والأمم المتحدة', ['O', 'O', 'B-LOC', 'O', 'O'])).toEqual([
      'O',
      'B-ORG',
      'I-ORG',
      'B-ORG',
      'I-ORG',
    ]);
    expect(run('تقرير للأمم المتحدة', ['O', 'O', 'O'])).toEqual(['O', 'B-ORG', 'I-ORG']);
  });

  it('leaves a phrase that a tagged name crosses', () => {
    // «رئيس مجلس الشيوخ ميتش» tagged as one person: the phrase inside it is not an organization of its own
    const tags = ['B-PERS', 'I-PERS', 'I-PERS', 'I-PERS'];
    expect(run('رئيس مجلس الشيوخ ميتش', tags)).toEqual(tags);
    const right = ['O', 'O', 'B-ORG', 'I-ORG'];
    expect(run('قال مجلس الشيوخ الجديد', ['O', 'B-PERS', 'I-PERS', 'I-PERS'])).toEqual([
      'O',
      'B-PERS',
      'I-PERS',
      'I-PERS',
    ]);
    expect(run('قال نواب مجلس الشيوخ', right)).toEqual(right);
  });

  it('leaves a family name the tagger names exactly as a person, not a company named otherwise', () => {
    // «بن لادن» is also the family's company in the name lists; the tagger's person stays a person
    expect(run('والدة بن لادن قالت', ['B-PERS', 'I-PERS', 'I-PERS', 'O'])).toEqual(['B-PERS', 'I-PERS', 'I-PERS', 'O']);
    expect(run('التقوا بن لادن', ['O', 'B-PERS', 'I-PERS'])).toEqual(['O', 'B-PERS', 'I-PERS']);
    // the company by its head, and the family's name the tagger left untagged, stay organizations
    expect(run('مجموعة بن لادن', ['O', 'B-PERS', 'I-PERS'])).toEqual(['B-ORG', 'I-ORG', 'I-ORG']);
    expect(run('أسهم بن لادن', ['O', 'O', 'O'])).toEqual(['O', 'B-ORG', 'I-ORG']);
    // a company named after no family particle is the company even where the tagger names a person
    expect(run('مؤشر داو جونز', ['O', 'B-PERS', 'I-PERS'])).toEqual(['O', 'B-ORG', 'I-ORG']);
  });

  it('reads a first word behind و/ف and a proclitic before ال', () => {
    expect(phraseHeads('والمحكمه')).toEqual(['والمحكمه', 'المحكمه']);
    expect(phraseHeads('بالمحكمه')).toEqual(['بالمحكمه', 'المحكمه']);
    expect(phraseHeads('للامم')).toEqual(['للامم', 'الامم']);
    expect(phraseHeads('وزاره')).toEqual(['وزاره', 'زاره']);
    // the stored form of a phrase's first word is among the forms a text's word may stand for
    for (const w of ['والمحكمه', 'بالمحكمه', 'للامم', 'وللامم', 'وزاره', 'الامم'])
      expect(phraseHeads(w)).toContain(phraseHead(w));
  });
});

describe('national teams tagged as organizations (real sentences of BBC Arabic football stories, 2018)', () => {
  const places = new Set(['تونس', 'المغرب', 'مصر', 'وطن', 'الوطن']);
  const run = (text: string, tags: string[]) =>
    overlayNationalTeams([text.split(' ').map(nerNormalize)], [tags], (w) => places.has(w))[0];

  it('tags «منتخب» before a tagged place and «المنتخب» before the adjective of a known place', () => {
    expect(run('قاد ميشيل منتخب المغرب إلى النهائيات', ['O', 'B-PERS', 'O', 'B-LOC', 'O', 'O'])).toEqual([
      'O',
      'B-PERS',
      'B-ORG',
      'I-ORG',
      'O',
      'O',
    ]);
    expect(run('وقاد المنتخب التونسي في نهائيات', ['O', 'O', 'O', 'O', 'O'])).toEqual([
      'O',
      'B-ORG',
      'I-ORG',
      'O',
      'O',
    ]);
  });

  it('leaves the generic national team and the elected president alone', () => {
    expect(run('لعب مع المنتخب الوطني', ['O', 'O', 'O', 'O'])).toEqual(['O', 'O', 'O', 'O']);
    expect(run('الرئيس المنتخب محمد مرسي', ['O', 'O', 'B-PERS', 'I-PERS'])).toEqual(['O', 'O', 'B-PERS', 'I-PERS']);
    // an adjective of no place the tagger knows or the article names
    expect(run('وقاد المنتخب الجديد', ['O', 'O', 'O'])).toEqual(['O', 'O', 'O']);
  });

  it('takes «منتخب المغرب» and «المنتخب المغربي» for one team', () => {
    expect(sameTeam(['منتخب', 'المغرب'], ['المنتخب', 'المغربي'])).toBe(true);
    expect(sameTeam(['المنتخب', 'المصري'], ['منتخب', 'مصر'])).toBe(true);
    expect(sameTeam(['منتخب', 'تونس'], ['المنتخب', 'المغربي'])).toBe(false);
  });

  it('derives the irregular nisbas of England and Austria', () => {
    expect(nisbaPlaces('الانجليزي')).toContain('انجلترا');
    expect(nisbaPlaces('الانكليزي')).toContain('انكلترا');
    expect(nisbaPlaces('النمساوي')).toContain('النمسا');
    expect(nisbaPlaces('الفرنسي')).toContain('فرنسا');
    expect(nisbaPlaces('التونسي')).not.toContain('تونسترا');
  });
});

describe('an organization the article names twice by its head and definite words (real sentences of a JawharaFM article)', () => {
  const run = (lines: string[]) => {
    const words = lines.map((l) => l.split(' '));
    return overlayRepeatedOrgs(
      words,
      words.map((w) => w.map(nerNormalize)),
      words.map((w) => w.map(() => 'O')),
    );
  };

  it('tags «بنك الإسكان» written twice, behind a proclitic too', () => {
    const tags = run(['لدراسة الوضعية الحالية لبنك الإسكان وإمكانيات', 'ويعد بنك الاسكان حاليا من أفضل البنوك']);
    expect(tags[0]).toEqual(['O', 'O', 'O', 'B-ORG', 'I-ORG', 'O']);
    expect(tags[1]).toEqual(['O', 'B-ORG', 'I-ORG', 'O', 'O', 'O', 'O']);
  });

  it('leaves the common start of two bodies named for two places («وزارة الدفاع الأمريكية», «… الروسية»); not one body named twice', () => {
    // real sentences of BBC Arabic articles (2018)
    const lines = [
      'وقال في إيجاز صحفي بمقر وزارة الدفاع الأمريكية إن الهجمات شلت البرنامج',
      'وفي الإيجاز الصحفي لوزارة الدفاع الروسية قالت إن الصواريخ أسقطت',
      'صرح مصدر سعودي لوكالة الأنباء السعودية الرسمية بأن المملكة ترفض',
      'وجاء في وكالة الأنباء الرسمية أن المملكة ترفض',
    ];
    const words = lines.map((l) => l.split(' '));
    const nisbas = new Set(['الامريكي', 'الروسي', 'السعودي']);
    const tags = overlayRepeatedOrgs(
      words,
      words.map((w) => w.map(nerNormalize)),
      words.map((w) => w.map(() => 'O')),
      (w) => nisbas.has(w),
    );
    expect(tags[0].every((t) => t === 'O')).toBe(true);
    expect(tags[1].every((t) => t === 'O')).toBe(true);
    // one agency, named once with its country's nisba and once without
    expect(tags[3].slice(2, 4)).toEqual(['B-ORG', 'I-ORG']);
  });

  it('leaves a phrase written once, a plain noun head, and an indefinite adjective alone', () => {
    expect(run(['وقال بنك الإسكان إن'])[0]).toEqual(['O', 'O', 'O', 'O']);
    // «سوق» is also a plain noun: «سوق العمل» is no organization
    expect(run(['تحسن سوق العمل', 'وتراجع سوق العمل'])).toEqual([
      ['O', 'O', 'O'],
      ['O', 'O', 'O'],
    ]);
    // «ألمانية» is indefinite though its normalized form begins with «ال»
    expect(run(['اشترت شركة ألمانية', 'وباعت شركة ألمانية'])).toEqual([
      ['O', 'O', 'O'],
      ['O', 'O', 'O'],
    ]);
  });

  it('tags a definite head, its nisba and a complement in ل before a definite word («المرصد السوري لحقوق الإنسان»)', () => {
    const tags = run([
      'وفق المرصد السوري لحقوق الإنسان ، الذي قال',
      'وقال المرصد السوري لحقوق الإنسان إن الضربات',
      'وأعلن الاتحاد الإنجليزي لكرة القدم قراره',
      'وقال الاتحاد الإنجليزي لكرة القدم إن',
    ]);
    expect(tags[0]).toEqual(['O', 'B-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'O', 'O', 'O']);
    expect(tags[2]).toEqual(['O', 'B-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'O']);
    // without a definite word after it, the word in ل ends nothing («لحقوق» alone)
    expect(run(['قال المرصد السوري لحقوق كثيرة', 'وأكد المرصد السوري لحقوق كثيرة'])[0]).toEqual([
      'O',
      'O',
      'O',
      'O',
      'O',
    ]);
  });

  it('tags a head with one bare noun in the construct state before its definite words («وزارة شؤون المرأة»)', () => {
    const tags = run(['قالت وزارة شؤون المرأة إن', 'وأكدت وزارة شؤون المرأة أن']);
    expect(tags[0]).toEqual(['O', 'B-ORG', 'I-ORG', 'I-ORG', 'O']);
    // a second head that is also a plain noun starts its own name
    const court = run(['قضت محكمة مكتب المحاسبة الوطني', 'وأعلن مكتب المحاسبة الوطني أن', 'وقال مكتب المحاسبة الوطني']);
    expect(court[0]).toEqual(['O', 'O', 'B-ORG', 'I-ORG', 'I-ORG']);
    // a board is a body of the organization after it
    expect(run(['قرر مجلس إدارة النادي', 'وأعلن مجلس إدارة النادي'])[0]).toEqual(['O', 'O', 'O', 'O']);
  });

  it('tags a head that is also a plain noun only with two definite words after it («لجنة الشؤون القضائية»)', () => {
    const tags = run(['صوتت لجنة الشؤون القضائية على', 'وقالت لجنة الشؤون القضائية إن']);
    expect(tags[0]).toEqual(['O', 'B-ORG', 'I-ORG', 'I-ORG', 'O']);
    expect(run(['أعلنت لجنة التحكيم النتائج', 'وقالت لجنة التحكيم إن'])[0]).toEqual(['O', 'O', 'O', 'O']);
  });

  it('tags a definite head with an adjective and a complement in لل («الشركة التونسية للبنك»), not without them', () => {
    const tags = run([
      'لا تهم البنك الوطني الفلاحي والشركة التونسية للبنك معلنا',
      'لمناقشة وضعية الشركة التونسية للبنك على ان',
    ]);
    expect(tags[0]).toEqual(['O', 'O', 'O', 'O', 'O', 'B-ORG', 'I-ORG', 'I-ORG', 'O']);
    expect(tags[1]).toEqual(['O', 'O', 'B-ORG', 'I-ORG', 'I-ORG', 'O', 'O']);
    // a definite head with an adjective alone («الشركة الأم») or a complement alone is a plain noun phrase
    expect(run(['باعت الشركة الأم حصتها', 'وقالت الشركة الأم إن'])[0]).toEqual(['O', 'O', 'O', 'O']);
    expect(run(['أعلنت الشركة التونسية أرباحها', 'وقالت الشركة التونسية إن'])[0]).toEqual(['O', 'O', 'O', 'O']);
    expect(run(['قالت الشركة للصحفيين', 'وأكدت الشركة للصحفيين'])[0]).toEqual(['O', 'O', 'O']);
  });

  it('tags a definite head with an institution’s adjective and a complement in ل («الهيئة العامة للرياضة»)', () => {
    const tags = run([
      'بسيارة مقدمة من الهيئة العامة للرياضة .',
      'رئيس مجلس إدارة الهيئة العامة للرياضة ، على',
      'وقال المجلس الأعلى للقوات المسلحة إن',
      'وأعلن المجلس الأعلى للقوات المسلحة أن',
    ]);
    expect(tags[0]).toEqual(['O', 'O', 'O', 'B-ORG', 'I-ORG', 'I-ORG', 'O']);
    expect(tags[2]).toEqual(['O', 'B-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'O']);
    // without the complement it is a plain noun phrase («الهيئة العامة»), and a plain head needs the adjective
    expect(run(['قالت الهيئة العامة إن', 'وأكدت الهيئة العامة أن'])[0]).toEqual(['O', 'O', 'O', 'O']);
    expect(run(['وقال المجلس المحلي للمدينة إن', 'وأعلن المجلس المحلي للمدينة أن'])[0]).toEqual([
      'O',
      'O',
      'O',
      'O',
      'O',
    ]);
  });

  it('extends an organization the tagger cut short after its head («منظمة حظر | الأسلحة الكيميائية», BBC Arabic)', () => {
    const lines = ['رفضت منظمة حظر الأسلحة الكيميائية مقترحا', 'اجتماع منظمة حظر الأسلحة الكيميائية يوم الأربعاء'];
    const words = lines.map((l) => l.split(' '));
    const cut = [
      ['O', 'B-ORG', 'I-ORG', 'O', 'O', 'O'],
      ['O', 'B-ORG', 'I-ORG', 'O', 'O', 'O', 'O'],
    ];
    const tags = overlayRepeatedOrgs(
      words,
      words.map((w) => w.map(nerNormalize)),
      cut,
    );
    expect(tags[0]).toEqual(['O', 'B-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'O']);
    expect(tags[1]).toEqual(['O', 'B-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'O', 'O']);
    // a person's span stays as it is
    const person = overlayRepeatedOrgs(
      words,
      words.map((w) => w.map(nerNormalize)),
      cut.map((t) => t.map((x) => x.replace('ORG', 'PERS'))),
    );
    expect(person[0]).toEqual(['O', 'B-PERS', 'I-PERS', 'O', 'O', 'O']);
  });
});

describe('armed forces named by a head and a place’s nisba (sentences written after BBC Arabic’s phrasing)', () => {
  it('tags a force’s definite head and a place’s nisba written twice («الشرطة الفرنسية»), not a nisba of no place', () => {
    const lines = [
      'وقالت الشرطة الفرنسية إن المشتبه به',
      'وأكدت الشرطة الفرنسية أنها تبحث',
      'وقالت الشرطة المحلية إن الحادث',
      'وأكدت الشرطة المحلية أنها تحقق',
      'أعلن الحرس الثوري الإيراني أنه',
      'وقال الحرس الثوري الإيراني إن',
    ];
    const words = lines.map((l) => l.split(' '));
    const nisbas = new Set(['الفرنسي', 'الايراني']);
    const tags = overlayRepeatedOrgs(
      words,
      words.map((w) => w.map(nerNormalize)),
      words.map((w) => w.map(() => 'O')),
      (w) => nisbas.has(w),
    );
    expect(tags[0]).toEqual(['O', 'B-ORG', 'I-ORG', 'O', 'O', 'O']);
    expect(tags[2]).toEqual(['O', 'O', 'O', 'O', 'O']);
    // the place's nisba may come second: «الحرس الثوري الإيراني»
    expect(tags[4]).toEqual(['O', 'B-ORG', 'I-ORG', 'I-ORG', 'O']);
    // without the place test, no force is tagged
    const plain = overlayRepeatedOrgs(
      words.slice(0, 2),
      words.slice(0, 2).map((w) => w.map(nerNormalize)),
      words.slice(0, 2).map((w) => w.map(() => 'O')),
    );
    expect(plain[0]).toEqual(['O', 'O', 'O', 'O', 'O', 'O']);
  });
});

describe('an organization’s name that goes on after «و», written so twice', () => {
  const tagOf = (sentences: [string, string[]][]) => {
    const norm = sentences.map(([text]) => text.split(' ').map(nerNormalize));
    const tags = sentences.map(([, t]) => t.slice());
    joinCoordinatedOrgWords(norm, tags);
    return tags;
  };

  it('extends «حزب العدالة» by «والتنمية» when the article writes the longer name twice', () => {
    const tags = tagOf([
      ['فاز حزب العدالة والتنمية بالانتخابات', ['O', 'B-ORG', 'I-ORG', 'O', 'O']],
      ['وقال زعيم حزب العدالة والتنمية إن', ['O', 'O', 'B-ORG', 'I-ORG', 'O', 'O']],
    ]);
    expect(tags).toEqual([
      ['O', 'B-ORG', 'I-ORG', 'I-ORG', 'O'],
      ['O', 'O', 'B-ORG', 'I-ORG', 'I-ORG', 'O'],
    ]);
  });

  it('leaves a name followed once by a word in و + ال, or by a tagged one, as it is', () => {
    const once = [
      ['دعت الأمم المتحدة والمنظمات الإنسانية إلى', ['O', 'B-ORG', 'I-ORG', 'O', 'O', 'O']],
      ['وقالت الأمم المتحدة إن', ['O', 'B-ORG', 'I-ORG', 'O']],
    ] as [string, string[]][];
    expect(tagOf(once)).toEqual(once.map(([, t]) => t));
    const place = [
      ['بين الأمم المتحدة والسودان', ['O', 'B-ORG', 'I-ORG', 'B-LOC']],
      ['بين الأمم المتحدة والسودان', ['O', 'B-ORG', 'I-ORG', 'B-LOC']],
    ] as [string, string[]][];
    expect(tagOf(place)).toEqual(place.map(([, t]) => t));
  });
});

describe('listed organizations the tagger cannot know', () => {
  const names = new Set(
    ['داعش', 'بوكو حرام', 'هيئة تحرير الشام', 'حركة الشباب', 'المرصد السوري', 'المرصد السوري لحقوق الإنسان'].map((k) =>
      k.split(' ').map(nerNormalize).join(' '),
    ),
  );
  const run = (text: string, tags: string[]) => {
    const out = [tags.slice()];
    overlayListedOrgs([text.split(' ').map(nerNormalize)], out, names);
    return out[0];
  };

  it('tags a listed name as one organization, behind a proclitic too', () => {
    expect(run('هجوم لداعش على', ['O', 'O', 'O'])).toEqual(['O', 'B-ORG', 'O']);
    expect(run('جماعة بوكو حرام المتشددة', ['O', 'B-PERS', 'I-PERS', 'O'])).toEqual(['O', 'B-ORG', 'I-ORG', 'O']);
  });

  it('takes the words of an overlapping name from it, not the words outside the listed name', () => {
    // the tagger's place inside the name
    expect(run('مقاتلو هيئة تحرير الشام في', ['O', 'O', 'O', 'B-LOC', 'O'])).toEqual([
      'O',
      'B-ORG',
      'I-ORG',
      'I-ORG',
      'O',
    ]);
    // a verb glued before the name: left untagged, no person of its own
    expect(run('خيرتني بوكو حرام بين', ['B-PERS', 'I-PERS', 'I-PERS', 'O'])).toEqual(['O', 'B-ORG', 'I-ORG', 'O']);
  });

  it('leaves a tagged organization that holds the whole name', () => {
    const tags = ['O', 'B-ORG', 'I-ORG', 'I-ORG'];
    expect(run('مسلحو حركة الشباب المجاهدين', tags)).toEqual(tags);
  });

  it('reads a first word in ال behind لل («للمرصد السوري»)', () => {
    expect(run('وقال مدير للمرصد السوري إن', ['O', 'O', 'O', 'O', 'O'])).toEqual(['O', 'O', 'B-ORG', 'I-ORG', 'O']);
  });

  it('takes the longest listed name', () => {
    expect(run('وقال المرصد السوري لحقوق الإنسان إن', ['O', 'O', 'O', 'O', 'O', 'O'])).toEqual([
      'O',
      'B-ORG',
      'I-ORG',
      'I-ORG',
      'I-ORG',
      'O',
    ]);
  });

  it('needs every word of a listed name', () => {
    expect(run('حركة تحرير السودان', ['B-ORG', 'I-ORG', 'I-ORG'])).toEqual(['B-ORG', 'I-ORG', 'I-ORG']);
    expect(run('بوكو', ['O'])).toEqual(['O']);
  });
});
