/** The bench's one table and its JSON. */
export type Verdict = 'pass' | 'FAIL' | 'info';

export interface Row {
  section: string;
  case: string;
  median: number;
  min?: number;
  max?: number;
  unit: string;
  /** e.g. "≤ 2 ms"; empty when the row is information only */
  budget?: string;
  verdict: Verdict;
  runs?: number;
  note?: string;
}

export class Report {
  rows: Row[] = [];
  extra: Record<string, unknown> = {};

  add(row: Row): Row {
    this.rows.push(row);
    return row;
  }

  /** A row with a budget `median ≤ limit`. */
  budget(r: Omit<Row, 'verdict' | 'budget'>, limit: number, budgetText?: string): Row {
    return this.add({
      ...r,
      budget: budgetText ?? `≤ ${limit} ${r.unit}`,
      verdict: r.median <= limit ? 'pass' : 'FAIL',
    });
  }

  info(r: Omit<Row, 'verdict'>): Row {
    return this.add({ ...r, verdict: 'info' });
  }

  table(): string {
    const fmt = (x: number | undefined, unit: string) => {
      if (x === undefined || !Number.isFinite(x)) return '';
      const a = Math.abs(x);
      const s =
        a >= 1000 ? x.toFixed(0) : a >= 100 ? x.toFixed(1) : a >= 1 ? x.toFixed(2) : a === 0 ? '0' : x.toFixed(3);
      return unit ? `${s} ${unit}` : s;
    };
    const head = ['section', 'case', 'median', 'min', 'max', 'budget', 'verdict'];
    const body = this.rows.map((r) => [
      r.section,
      r.case,
      fmt(r.median, r.unit),
      fmt(r.min, r.unit),
      fmt(r.max, r.unit),
      r.budget ?? '',
      r.verdict,
    ]);
    const w = head.map((h, i) => Math.max(h.length, ...body.map((b) => [...b[i]].length)));
    const line = (cells: string[]) => cells.map((c, i) => c + ' '.repeat(w[i] - [...c].length)).join(' | ');
    return [line(head), w.map((n) => '-'.repeat(n)).join('-|-'), ...body.map(line)].join('\n');
  }
}
