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
