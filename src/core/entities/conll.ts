/**
 * Entity-level exact-match scoring (CoNLL-2003 conlleval semantics) over BIO tags.
 * A chunk starts at B-X, or at I-X that does not continue an X chunk; it ends before the next tag
 * that is not I-X. A predicted chunk counts only if its type, start and end all match a gold chunk.
 */

export const NER_TYPES = ['PERS', 'LOC', 'ORG', 'MISC'] as const;

export interface Chunk {
  type: string;
  start: number;
  /** exclusive */
  end: number;
}

export function chunks(tags: string[]): Chunk[] {
  const out: Chunk[] = [];
  let cur: Chunk | null = null;
  tags.forEach((tag, i) => {
    const prefix = tag.slice(0, 2);
    const type = tag.length > 2 ? tag.slice(2) : '';
    const continues = cur !== null && prefix === 'I-' && cur.type === type;
    if (continues) {
      cur!.end = i + 1;
      return;
    }
    if (cur) out.push(cur);
    cur = prefix === 'B-' || prefix === 'I-' ? { type, start: i, end: i + 1 } : null;
  });
  if (cur) out.push(cur);
  return out;
}

export interface PRF {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface ConllScore {
  perType: Record<string, PRF>;
  /** micro average over NER_TYPES */
  micro: PRF;
  sentences: number;
  tokens: number;
}

function prf(tp: number, fp: number, fn: number): PRF {
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp, fp, fn, precision, recall, f1 };
}

/** Incremental scorer: add (gold, predicted) sentences, then read `score()`. */
export class ConllScorer {
  private counts = new Map<string, { tp: number; fp: number; fn: number }>();
  private nSent = 0;
  private nTok = 0;

  add(gold: string[], pred: string[]): void {
    if (gold.length !== pred.length)
      throw new Error(`tag count mismatch: gold ${gold.length}, predicted ${pred.length}`);
    this.nSent++;
    this.nTok += gold.length;
    const g = chunks(gold),
      p = chunks(pred);
    const key = (c: Chunk) => `${c.type}:${c.start}:${c.end}`;
    const goldKeys = new Set(g.map(key));
    const get = (t: string) => {
      let c = this.counts.get(t);
      if (!c) this.counts.set(t, (c = { tp: 0, fp: 0, fn: 0 }));
      return c;
    };
    const matched = new Set<string>();
    for (const c of p) {
      if (goldKeys.has(key(c))) {
        get(c.type).tp++;
        matched.add(key(c));
      } else get(c.type).fp++;
    }
    for (const c of g) if (!matched.has(key(c))) get(c.type).fn++;
  }

  score(): ConllScore {
    const perType: Record<string, PRF> = {};
    let tp = 0,
      fp = 0,
      fn = 0;
    for (const t of NER_TYPES) {
      const c = this.counts.get(t) ?? { tp: 0, fp: 0, fn: 0 };
      perType[t] = prf(c.tp, c.fp, c.fn);
      tp += c.tp;
      fp += c.fp;
      fn += c.fn;
    }
    return { perType, micro: prf(tp, fp, fn), sentences: this.nSent, tokens: this.nTok };
  }
}

export function conllScore(pairs: Iterable<{ gold: string[]; pred: string[] }>): ConllScore {
  const s = new ConllScorer();
  for (const { gold, pred } of pairs) s.add(gold, pred);
  return s.score();
}

/** A fixed-width table of a score (percentages), for CLIs. */
export function formatScore(s: ConllScore): string {
  const pct = (x: number) => (100 * x).toFixed(2).padStart(7);
  const lines = ['type      precision  recall      F1    gold    pred'];
  const row = (name: string, r: PRF) =>
    `${name.padEnd(8)} ${pct(r.precision)}  ${pct(r.recall)} ${pct(r.f1)}  ${String(r.tp + r.fn).padStart(6)}  ${String(r.tp + r.fp).padStart(6)}`;
  for (const t of NER_TYPES) lines.push(row(t, s.perType[t]));
  lines.push(row('micro', s.micro));
  return lines.join('\n');
}
