/**
 * From token tags to key entities: merge mentions across clitics and name variants,
 * vote on the type, rank by salience.
 */
import type { Entity, EntityType, Sentence } from '../types';
import { normalizeArabic, stripPrefix, tokenize } from '../text';
import type { Tagger } from './tagger';

export interface EntityContext {
  title?: string;
  /** indices of the summary sentences */
  summary?: number[];
}

interface Mention { surface: string; key: string; type: EntityType; sentence: number }

/** The matching key of a mention: normalized, clitics stripped from each word's front. */
function mentionKey(surface: string): string {
  return normalizeArabic(surface).split(/\s+/).map((w, i) => (i === 0 ? stripPrefix(w) : w)).join(' ');
}

export function mentionsOf(sentences: Sentence[], tagger: Tagger): Mention[] {
  const out: Mention[] = [];
  for (const s of sentences) {
    const toks = tokenize(s.text).map((t) => t.text);
    const tags = tagger.tag(toks);
    let cur: { words: string[]; type: EntityType } | null = null;
    const flush = () => {
      if (cur) {
        const surface = cur.words.join(' ');
        out.push({ surface, key: mentionKey(surface), type: cur.type, sentence: s.index });
      }
      cur = null;
    };
    tags.forEach((tag, i) => {
      if (tag.startsWith('B-') || (tag.startsWith('I-') && (!cur || cur.type !== tag.slice(2)))) {
        flush();
        cur = { words: [toks[i]], type: tag.slice(2) as EntityType };
      } else if (tag.startsWith('I-') && cur) {
        cur.words.push(toks[i]);
      } else flush();
    });
    flush();
  }
  return out;
}

export function keyEntities(sentences: Sentence[], tagger: Tagger, ctx: EntityContext = {}): Entity[] {
  const mentions = mentionsOf(sentences, tagger);
  const groups = new Map<string, Mention[]>();
  for (const m of mentions) groups.set(m.key, [...(groups.get(m.key) ?? []), m]);
  // merge a one-word key into a longer key that ends or starts with it (بوتين → فلاديمير بوتين)
  const keys = [...groups.keys()].sort((a, b) => b.split(' ').length - a.split(' ').length);
  for (const k of keys) {
    if (k.includes(' ')) continue;
    const full = keys.find((f) => f !== k && f.split(' ').includes(k) && groups.has(f));
    if (full) {
      groups.set(full, [...groups.get(full)!, ...groups.get(k)!]);
      groups.delete(k);
    }
  }
  const titleNorm = normalizeArabic(ctx.title ?? '');
  const summary = new Set(ctx.summary ?? []);
  const n = Math.max(1, sentences.length);
  const entities: Entity[] = [];
  for (const [key, ms] of groups) {
    const votes = new Map<EntityType, number>();
    const surfaces = new Map<string, number>();
    for (const m of ms) {
      votes.set(m.type, (votes.get(m.type) ?? 0) + 1);
      surfaces.set(m.surface, (surfaces.get(m.surface) ?? 0) + 1);
    }
    const type = [...votes].sort((a, b) => b[1] - a[1])[0][0];
    const variants = [...surfaces].sort((a, b) => b[1] - a[1]).map(([s]) => s);
    const name = key.split(' ').length > 1 ? variants.find((v) => mentionKey(v) === key) ?? variants[0] : stripDisplayPrefix(variants);
    const first = Math.min(...ms.map((m) => m.sentence));
    const score = ms.length + 2 * (1 - first / n) + (titleNorm.includes(key) ? 2 : 0) + ms.filter((m) => summary.has(m.sentence)).length * 0.5;
    entities.push({ name, type, count: ms.length, variants, score });
  }
  return entities.sort((a, b) => b.score! - a.score! || b.count - a.count);
}

/** For a one-word entity, prefer a surface form without a clitic (روسيا over وروسيا). */
function stripDisplayPrefix(variants: string[]): string {
  const bare = variants.find((v) => mentionKey(v) === normalizeArabic(v));
  return bare ?? variants[0];
}
