/** Readers for ANERcorp (CoNLL-style `token TAG` lines) and the ANERgazet gazetteers. Node only. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface TaggedSentence {
  tokens: string[];
  tags: string[];
}

/**
 * One `token TAG` per line, blank line between sentences. The token is the FIRST column and the tag the
 * LAST one (a handful of corpus lines have a stray middle field), exactly what `khulasa tag` uses.
 */
export function readConll(path: string): TaggedSentence[] {
  const out: TaggedSentence[] = [];
  let cur: TaggedSentence = { tokens: [], tags: [] };
  for (const raw of readFileSync(path, 'utf8').split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) {
      if (cur.tokens.length) out.push(cur);
      cur = { tokens: [], tags: [] };
      continue;
    }
    const f = line.split(/\s+/);
    cur.tokens.push(f[0]);
    cur.tags.push(f.length > 1 ? f[f.length - 1] : 'O');
  }
  if (cur.tokens.length) out.push(cur);
  return out;
}

/** Repairs BIO: an I-X that does not continue an X chunk becomes B-X. */
export function repairBio(tags: string[]): string[] {
  return tags.map((t, i) => {
    if (!t.startsWith('I-')) return t;
    const prev = i > 0 ? tags[i - 1] : 'O';
    return prev.slice(2) === t.slice(2) && prev !== 'O' ? t : 'B-' + t.slice(2);
  });
}

export interface Gazetteers {
  LOC: string[];
  ORG: string[];
  PERS: string[];
}

/** ANERgazet: one entry a line; `====` / `****` lines are section markers (skipped). */
export function readAnergazet(dir: string): Gazetteers {
  const read = (f: string) =>
    readFileSync(join(dir, f), 'utf8')
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter((l) => l && !/^[=*-]+$/.test(l));
  return {
    LOC: read('AlignedLocGazetteer.txt'),
    ORG: read('AlignedOrgGazetteer.txt'),
    PERS: read('AlignedPersGazetteer.txt'),
  };
}
