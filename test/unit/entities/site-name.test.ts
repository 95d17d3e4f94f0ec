import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../../src/core/analyze';
import { keyEntities } from '../../../src/core/entities/key-entities';
import { isSiteName, siteNameForms, siteNameFromTitle } from '../../../src/core/entities/site-name';
import { splitSentences } from '../../../src/core/text';
import { parseHtmlDocument } from '../../../src/cli/parse-html';
import { stubTagger } from './stub-tagger';

describe('site names', () => {
  it('reads the site name off a <title> suffix, not a dateline or a long tail', () => {
    expect(siteNameFromTitle('وزير الخارجية يزور عمان - المدينة نيوز')).toBe('المدينة نيوز');
    expect(siteNameFromTitle('Headline of the day | BBC News عربي')).toBe('BBC News عربي');
    expect(siteNameFromTitle('وزير الخارجية يزور عمان')).toBeUndefined();
    expect(siteNameFromTitle('تونس - الحكومة تعلن عن إجراءات جديدة لدعم الفلاحين في الجنوب')).toBeUndefined();
  });

  it('matches a name that is the site name or part of it, and a Latin acronym read by its letter names', () => {
    const forms = siteNameForms(['المدينة نيوز', 'BBC News عربي']);
    expect(isSiteName(['نيوز'], forms)).toBe(true);
    expect(isSiteName(['المدينه', 'نيوز'], forms)).toBe(true);
    expect(isSiteName(['بي', 'بي', 'سي'], forms)).toBe(true);
    expect(isSiteName(['بي', 'سي'], forms)).toBe(true);
    expect(isSiteName(['عمان'], forms)).toBe(false);
    expect(isSiteName(['نيوز', 'عمان'], forms)).toBe(false);
  });

  it('keyEntities never shows the site name', () => {
    const text =
      'قال وزير الخارجية أيمن الصفدي لموقع المدينة نيوز إن عمان ترحب بالاتفاق.\nوأضاف الصفدي في حديث إلى بي بي سي أن عمان مستعدة.';
    const tagger = stubTagger([
      ['الصفدي', 'PERS'],
      ['أيمن الصفدي', 'PERS'],
      ['نيوز', 'LOC'],
      ['عمان', 'LOC'],
      ['بي بي سي', 'ORG'],
    ]);
    const names = (siteNames?: string[]) =>
      keyEntities(splitSentences(text), tagger, { siteNames })
        .map((e) => e.name)
        .sort();
    expect(names()).toEqual(['أيمن الصفدي', 'بي بي سي', 'عمان', 'نيوز'].sort());
    expect(names(['المدينة نيوز', 'BBC News عربي'])).toEqual(['أيمن الصفدي', 'عمان'].sort());
  });

  it('the page pipeline passes og:site_name and the <title> suffix to the entities', () => {
    const para =
      'قال وزير الخارجية أيمن الصفدي لموقع المدينة نيوز إن عمان ترحب بالاتفاق الجديد بين الطرفين وإنها ستعمل على تنفيذه.';
    const html = `<html lang="ar"><head><title>الصفدي يرحب بالاتفاق - المدينة نيوز</title>
      <meta property="og:site_name" content="BBC News عربي"></head>
      <body><article><h1>الصفدي يرحب بالاتفاق</h1>${`<p>${para}</p>`.repeat(4)}</article></body></html>`;
    const tagger = stubTagger([
      ['أيمن الصفدي', 'PERS'],
      ['نيوز', 'LOC'],
      ['عمان', 'LOC'],
    ]);
    const names = analyzeDocument(parseHtmlDocument(html), undefined, { tagger }).analysis!.entities.map((e) => e.name);
    expect(names).toContain('عمان');
    expect(names).not.toContain('نيوز');
  });
});
