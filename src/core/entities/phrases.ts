/**
 * Organization names of several words, kept whole in the names a reader sees: «مكتب التحقيقات الفيدرالي»,
 * «مجلس الشيوخ الأمريكي», «الجيش الإسرائيلي». The tagger often misses such names, whose words are common nouns
 * and adjectives, or cuts them. The model ships the multi-word names that its training data and name lists give
 * as organizations more often than as anything else (`scripts/lib/name-stats.ts` `orgPhrases`); before the
 * tags become names (`key-entities.ts`), a phrase of that list that no tagged name crosses is tagged as one
 * organization. The tagger's own output (`khulasa tag`, the ANERcorp scores) is left as it is: ANERcorp does
 * not tag armies, parliaments or cabinets (`docs/entities.md`).
 */

/** Longest phrase looked up, in words. */
export const MAX_PHRASE_WORDS = 6;

/** A phrase's first (normalized) word as the model's phrase list stores it: without a proclitic before ال
 * («والمحكمة», «بالمحكمة» → «المحكمة»; «للأمم» → «الأمم»). `phraseHeads` of a word in a text includes it. */
export const phraseHead = (w: string): string => w.replace(/^[وف]?[بلك]?(?=ال)/, '').replace(/^[وف]?لل/, 'ال');

/** The forms a phrase's first (normalized) word may stand for: itself, without و/ف, and a proclitic before ال
 * removed («والمحكمة», «بالمحكمة» → «المحكمة»; «للأمم» → «الأمم»). */
export function phraseHeads(w: string): string[] {
  const out = [w];
  const a = /^[وف]../.test(w) ? w.slice(1) : w;
  if (a !== w) out.push(a);
  if (/^[بلك]ال./.test(a)) out.push(a.slice(1));
  else if (/^لل../.test(a)) out.push('ال' + a.slice(2));
  return out;
}

/** The key of a phrase (normalized words): as the model's phrase list stores it. */
export const phraseKey = (norm: readonly string[]): string => norm.join(' ');

/**
 * Tags as `type` every listed phrase (longest first, left to right) that no tagged name crosses: the tagger's
 * names inside it give way, names that begin before it or end after it stay. Returns new tag arrays.
 */
export function overlayPhrases(
  norm: readonly (readonly string[])[],
  tags: readonly string[][],
  list: { has: (key: string) => boolean; starts: (word: string) => boolean },
  type = 'ORG',
): string[][] {
  return tags.map((t, si) => {
    const n = norm[si];
    const out = t.slice();
    for (let i = 0; i + 1 < n.length; i++) {
      if (out[i].startsWith('I-')) continue;
      const heads = phraseHeads(n[i]).filter(list.starts);
      if (!heads.length) continue;
      found: for (let len = Math.min(MAX_PHRASE_WORDS, n.length - i); len >= 2; len--) {
        if (i + len < n.length && out[i + len].startsWith('I-')) continue;
        const rest = n.slice(i + 1, i + len);
        for (const head of heads) {
          if (!list.has(phraseKey([head, ...rest]))) continue;
          for (let k = 0; k < len; k++) out[i + k] = (k ? 'I-' : 'B-') + type;
          i += len - 1;
          break found;
        }
      }
    }
    return out;
  });
}

/** The words for a national team (normalized): «منتخب فرنسا», «المنتخب التونسي». */
const TEAM_HEADS = new Set(['منتخب', 'المنتخب']);
/** Adjectives after «المنتخب» that name no country: the national, the Olympic team. */
const GENERIC_TEAMS = new Set(['الوطني', 'الاولمبي']);

/**
 * The place forms a nisba adjective may come from (normalized): «التونسي» → تونس, تونسا, تونسيا, التونس…;
 * «الفرنسي» → فرنسا; «الالماني» → المانيا; «السعودي» → السعوديه; «المغربي» → المغرب.
 */
export function nisbaPlaces(nisba: string): string[] {
  const m = /^ال(\S{2,})ي$/.exec(nisba);
  if (!m) return [];
  const y = m[1];
  return [y, y + 'ا', y + 'يا', y + 'يه'].flatMap((p) => [p, 'ال' + p]);
}

/**
 * Tags national teams as organizations, as the gold conventions want them («national teams are ORG»), where the
 * tagger left the head untagged: «منتخب» before a place the tagger found («منتخب المغرب»), «المنتخب» before a
 * nisba adjective of a place the tagger knows or the article names («المنتخب التونسي»; not «المنتخب الوطني»).
 * «الرئيس المنتخب محمد مرسي» (elected) has neither after it. Returns new tag arrays.
 */
export function overlayNationalTeams(
  norm: readonly (readonly string[])[],
  tags: readonly string[][],
  isPlace: (normWord: string) => boolean,
): string[][] {
  return tags.map((t, si) => {
    const n = norm[si];
    const out = t.slice();
    for (let i = 0; i + 1 < n.length; i++) {
      if (out[i] !== 'O') continue;
      const head = phraseHeads(n[i]).find((h) => TEAM_HEADS.has(h));
      if (!head) continue;
      if (head === 'منتخب' && out[i + 1] === 'B-LOC') {
        out[i] = 'B-ORG';
        for (let k = i + 1; k < n.length && (k === i + 1 || out[k] === 'I-LOC'); k++) out[k] = 'I-ORG';
      } else if (
        head === 'المنتخب' &&
        !out[i + 1].startsWith('I-') &&
        !(out[i + 2] ?? '').startsWith('I-') &&
        !GENERIC_TEAMS.has(n[i + 1]) &&
        nisbaPlaces(n[i + 1]).some(isPlace)
      ) {
        out[i] = 'B-ORG';
        out[i + 1] = 'I-ORG';
      }
    }
    return out;
  });
}

/** Whether two national-team names are one team: «منتخب المغرب» and «المنتخب المغربي». */
export function sameTeam(a: readonly string[], b: readonly string[]): boolean {
  const [x, y] = a[0] === 'المنتخب' ? [b, a] : [a, b];
  if (x.length !== 2 || y.length !== 2 || x[0] !== 'منتخب' || y[0] !== 'المنتخب') return false;
  return nisbaPlaces(y[1]).includes(x[1]);
}
