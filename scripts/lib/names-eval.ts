/**
 * Scoring of the key names a reader sees (issue #19), shared by `npm run eval:names` and the names
 * quality test. Runs the product's own pipeline exactly as the popup and the CLI do:
 *  - a saved page: parse (parse5 + linkedom, as the CLI) → detect → extract → analyze (analyzeDocument);
 *  - a BBC article: its headline and text as the CLI's .txt input (articleFromPlainText → analyze);
 * then takes the names the popup displays (displayedEntities: up to MAX_PER_TYPE per type, rank order).
 *
 * A displayed name is right when, after normalization (diacritics and tatweel removed, أإآٱ→ا, ى→ي, ة→ه),
 * it equals a variant of a gold entity of the same type that no earlier displayed name matched (two chips
 * for one entity: the second is wrong). Precision is over all displayed names; key recall over the gold
 * PERS/LOC/ORG entities marked `key`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/core/analyze';
import { analyzeDocument } from '../../src/core/analyze';
import { displayedEntities } from '../../src/core/entities/display';
import type { Tagger } from '../../src/core/entities/tagger';
import { articleFromPlainText } from '../../src/core/plain-text';
import type { Entity, EntityType } from '../../src/core/types';
import { parseHtmlDocument } from '../../src/cli/parse-html';

export interface GoldEntity {
  type: EntityType;
  key: boolean;
  variants: string[];
}

/** One document of a gold set: how to run the pipeline on it, and its gold names. */
export interface NamesDoc {
  id: string;
  gold: GoldEntity[];
  run: (tagger: Tagger) => Entity[];
}

export interface DocResult {
  id: string;
  shown: { name: string; type: EntityType; right: boolean }[];
  missedKeys: GoldEntity[];
  keys: number;
}

export interface SetResult {
  name: string;
  docs: DocResult[];
  shown: number;
  right: number;
  keys: number;
  keysFound: number;
  precision: number;
  keyRecall: number;
}

/** The matching normalization. */
export function goldNormalize(s: string): string {
  return s
    .replace(/[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Scores one document's displayed names against its gold. */
export function scoreDoc(id: string, entities: readonly Entity[], gold: readonly GoldEntity[]): DocResult {
  const matched = new Set<number>();
  const shown: DocResult['shown'] = [];
  for (const list of displayedEntities(entities).values()) {
    for (const e of list) {
      const n = goldNormalize(e.name);
      const gi = gold.findIndex(
        (g, i) => !matched.has(i) && g.type === e.type && g.variants.some((v) => goldNormalize(v) === n),
      );
      if (gi >= 0) matched.add(gi);
      shown.push({ name: e.name, type: e.type, right: gi >= 0 });
    }
  }
  const keyIdx = gold.map((g, i) => [g, i] as const).filter(([g]) => g.key && g.type !== 'MISC');
  return { id, shown, keys: keyIdx.length, missedKeys: keyIdx.filter(([, i]) => !matched.has(i)).map(([g]) => g) };
}

export function scoreSet(name: string, docs: readonly NamesDoc[], tagger: Tagger): SetResult {
  const results = docs.map((d) => scoreDoc(d.id, d.run(tagger), d.gold));
  const shown = results.reduce((a, r) => a + r.shown.length, 0);
  const right = results.reduce((a, r) => a + r.shown.filter((s) => s.right).length, 0);
  const keys = results.reduce((a, r) => a + r.keys, 0);
  const keysFound = keys - results.reduce((a, r) => a + r.missedKeys.length, 0);
  return {
    name,
    docs: results,
    shown,
    right,
    keys,
    keysFound,
    precision: shown ? right / shown : 1,
    keyRecall: keys ? keysFound / keys : 1,
  };
}

type GoldFile = Record<string, GoldEntity[] | string>;
const goldEntries = (f: GoldFile) => Object.entries(f).filter((e): e is [string, GoldEntity[]] => e[0] !== '_doc');

/** The 10 real article pages of web-pages/real with entities-gold.json. */
export function realPages(data: string): NamesDoc[] {
  const dir = join(data, 'web-pages', 'real');
  const gold = JSON.parse(readFileSync(join(dir, 'entities-gold.json'), 'utf8')) as GoldFile;
  return goldEntries(gold).map(([slug, g]) => {
    const html = readFileSync(join(dir, slug + '.html'), 'utf8');
    const { url } = JSON.parse(readFileSync(join(dir, slug + '.json'), 'utf8')) as { url?: string };
    return {
      id: slug,
      gold: g,
      run: (tagger) => analyzeDocument(parseHtmlDocument(html, url), url, { tagger }).analysis?.entities ?? [],
    };
  });
}

/** The BBC Arabic dev articles with entities-gold-dev.json: headline and text as a .txt input. */
export function bbcArticles(data: string): NamesDoc[] {
  const dir = join(data, 'bbc-arabic');
  const gold = JSON.parse(readFileSync(join(dir, 'entities-gold-dev.json'), 'utf8')) as GoldFile;
  const want = new Map(goldEntries(gold));
  const out: NamesDoc[] = [];
  for (const line of readFileSync(join(dir, 'bbc-arabic-dev.jsonl'), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const a = JSON.parse(line) as { id: string; title: string; article: string };
    const g = want.get(a.id);
    if (!g) continue;
    const raw = a.title + '\n' + a.article;
    out.push({ id: a.id, gold: g, run: (tagger) => analyze(articleFromPlainText(raw), { tagger }).entities });
  }
  return out;
}

/** Both gold sets, when the data is there. */
export function goldSets(data: string): { name: string; docs: NamesDoc[] }[] | undefined {
  if (
    !existsSync(join(data, 'web-pages', 'real', 'entities-gold.json')) ||
    !existsSync(join(data, 'bbc-arabic', 'entities-gold-dev.json'))
  )
    return undefined;
  return [
    { name: 'web-pages/real (10 pages)', docs: realPages(data) },
    { name: 'bbc-arabic dev (20 articles)', docs: bbcArticles(data) },
  ];
}
