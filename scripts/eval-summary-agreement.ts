/**
 * How far above Lead can ANY summarizer get on EASC? Leave-one-reference-out agreement study.
 *
 *   npm run eval:summary:agreement [PATH]      (PATH defaults to ../shared/data/easc/easc-dev.jsonl)
 *
 * For every article and every one of its five human references h, the systems below are scored
 * against h alone (ROUGE F1 after the same normalization as `npm run eval:summary`; word budget and
 * truncation = h's length, the evaluation's rule with one reference), then averaged over the 510 pairs:
 *
 * - Lead, and Khulasa exactly as `khulasa summarize FILE.txt --words N` runs;
 * - Other humans' picks: the article's sentences ordered by the share of the OTHER four references that
 *   contain them (ties by position) — what a perfect model of "which sentences people pick" would know;
 * - Other humans' picks + lead: score = share + α / (1 + position), with α chosen on this very
 *   evaluation (in-sample, so the number is an optimistic upper bound of such a mix);
 * - Another human's summary: each of the other four reference texts itself, truncated the same way.
 *
 * Then the same mix with k = 1, 2, 3, 4 other references: how the best gain over Lead grows with the number of
 * people whose picks are known, and where it tends for k → ∞ (fitted as gain∞ − c / k).
 *
 * For scale, the standard protocol (all five references, as `npm run eval:summary`) is also run for Lead
 * and for the sentences ordered by the five scored references' own picks (in-sample: it sees the answers).
 *
 * If four other people's choices on the very same article do not beat the lead by a margin, no model
 * that predicts people's choices from the text can either: a margin over Lead that only the scored
 * references themselves reveal is not something a general summarizer can learn.
 */
import { resolve } from 'node:path';
import { analyze } from '../src/core/analyze';
import { rouge, type RougeScores } from '../src/core/summarize/rouge';
import { wordCount } from '../src/core/text';
import {
  DEFAULT_EASC_PATH,
  PROJECT_ROOT,
  eascArticle,
  fillBudget,
  lead,
  loadEasc,
  pickRates,
  scoreSystem,
  type System,
} from './lib/easc';

const pathArg = process.argv.slice(2).find((a) => !a.startsWith('--'));
const path = pathArg ? resolve(PROJECT_ROOT, pathArg) : DEFAULT_EASC_PATH;
const docs = loadEasc(path);

/** The lead weights tried for the picks + lead mix. */
const ALPHAS = [0.1, 0.25, 0.5, 1, 2, 4, 8, 16];

/** Sentence indices by score, best first; ties by position. */
const ranked = (scores: number[]): number[] => scores.map((_, i) => i).sort((a, b) => scores[b] - scores[a] || a - b);
/** Picked-share + α · lead, the mix of people's picks with the news lead. */
const mixed = (share: number[], alpha: number): number[] => share.map((x, i) => x + alpha / (1 + i));

type Sum = { r1: number; r2: number; rl: number };
const zero = (): Sum => ({ r1: 0, r2: 0, rl: 0 });
const add = (s: Sum, r: RougeScores) => {
  s.r1 += r.rouge1.f;
  s.r2 += r.rouge2.f;
  s.rl += r.rougeL.f;
};

const leadSum = zero(),
  khulasaSum = zero(),
  picksSum = zero(),
  humanSum = zero();
const mixSums = ALPHAS.map(zero);
let pairs = 0;

for (const d of docs) {
  const { article, sentences } = eascArticle(d);
  const idx = sentences.map((_, i) => i);
  const text = (picked: number[]) => picked.map((i) => sentences[i].text).join(' ');
  for (let h = 0; h < d.summaries.length; h++) {
    const held = [d.summaries[h]];
    const others = d.summaries.filter((_, i) => i !== h);
    const budget = wordCount(d.summaries[h]);
    const score = (candidate: string) => rouge(candidate, held);
    add(leadSum, score(text(fillBudget(sentences, idx, budget))));
    add(
      khulasaSum,
      score(
        analyze(article, { length: { words: budget } })
          .summary.map((s) => s.text)
          .join(' '),
      ),
    );
    const share = pickRates(sentences, others);
    add(picksSum, score(text(fillBudget(sentences, ranked(share), budget))));
    ALPHAS.forEach((alpha, k) =>
      add(mixSums[k], score(text(fillBudget(sentences, ranked(mixed(share, alpha)), budget)))),
    );
    const each = zero();
    for (const o of others) add(each, score(o));
    humanSum.r1 += each.r1 / others.length;
    humanSum.r2 += each.r2 / others.length;
    humanSum.rl += each.rl / others.length;
    pairs++;
  }
}

const bestMix = mixSums.reduce((b, s, k) => (s.r2 > mixSums[b].r2 ? k : b), 0);
const pct = (x: number) => ((100 * x) / pairs).toFixed(2).padStart(7);
const rows: [string, Sum][] = [
  ['Lead', leadSum],
  ['Khulasa', khulasaSum],
  ["Other humans' picks", picksSum],
  [`Other humans' picks + lead (α=${ALPHAS[bestMix]}, in-sample)`, mixSums[bestMix]],
  ["Another human's summary", humanSum],
];
console.log(`EASC: ${docs.length} documents from ${path}`);
console.log(
  `leave-one-reference-out: ${pairs} (article, held-out reference) pairs; each system scored against the held-out`,
);
console.log('reference only, budget and truncation = its length; F1 averaged over the pairs');
console.log('');
const w = Math.max(...rows.map(([n]) => n.length)) + 2;
console.log(`${'system'.padEnd(w)}ROUGE-1 ROUGE-2 ROUGE-L  R-2 − Lead`);
for (const [name, s] of rows) {
  console.log(
    `${name.padEnd(w)}${pct(s.r1)} ${pct(s.r2)} ${pct(s.rl)}  ${((100 * (s.r2 - leadSum.r2)) / pairs).toFixed(2).padStart(7)}`,
  );
}
console.log('');
console.log(`mix α → ROUGE-2: ${ALPHAS.map((a, k) => `${a}: ${pct(mixSums[k].r2).trim()}`).join(', ')}`);

const ownPicks: System = (_a, budget, sents, refs) => {
  const share = pickRates(sents, refs);
  return fillBudget(sents, ranked(share), budget);
};
const inSample = scoreSystem(docs, ownPicks);
const leadStd = scoreSystem(docs, lead);
console.log('');
console.log(
  `standard protocol (all five references): Lead ROUGE-2 ${(100 * leadStd.rouge2).toFixed(2)}; ` +
    `sentences ordered by the five scored references' own picks (in-sample) ${(100 * inSample.rouge2).toFixed(2)}`,
);

// ---- the best picks + lead mix with k other references: k = 1 … 3 here, k = 4 is the main table's mix ----
const subsets = (k: number): number[][] => {
  const out: number[][] = [];
  const rec = (start: number, cur: number[]) => {
    if (cur.length === k) {
      out.push([...cur]);
      return;
    }
    for (let i = start; i < 5; i++) {
      cur.push(i);
      rec(i + 1, cur);
      cur.pop();
    }
  };
  rec(0, []);
  return out;
};
const gains: number[] = [];
for (const k of [1, 2, 3]) {
  let leadK = 0,
    n = 0;
  const mix = ALPHAS.map(() => 0);
  for (const d of docs) {
    const { sentences } = eascArticle(d);
    const idx = sentences.map((_, i) => i);
    const text = (picked: number[]) => picked.map((i) => sentences[i].text).join(' ');
    const budgets = d.summaries.map((r) => wordCount(r));
    const leadR2 = d.summaries.map((r, h) => rouge(text(fillBudget(sentences, idx, budgets[h])), [r]).rouge2.f);
    for (const known of subsets(k)) {
      const share = pickRates(
        sentences,
        known.map((i) => d.summaries[i]),
      );
      const orders = ALPHAS.map((alpha) => ranked(mixed(share, alpha)));
      for (let h = 0; h < 5; h++) {
        if (known.includes(h)) continue;
        leadK += leadR2[h];
        orders.forEach((order, j) => {
          mix[j] += rouge(text(fillBudget(sentences, order, budgets[h])), [d.summaries[h]]).rouge2.f;
        });
        n++;
      }
    }
  }
  gains.push((100 * (Math.max(...mix) - leadK)) / n);
}
gains.push((100 * (mixSums[bestMix].r2 - leadSum.r2)) / pairs);
// least squares fit of gain(k) = gainInf − c / k
const xs = [1, 2, 3, 4].map((k) => 1 / k);
const mx = xs.reduce((a, b) => a + b, 0) / 4,
  my = gains.reduce((a, b) => a + b, 0) / 4;
const slope = xs.reduce((a, x, i) => a + (x - mx) * (gains[i] - my), 0) / xs.reduce((a, x) => a + (x - mx) ** 2, 0);
console.log('');
console.log(
  `best picks + lead mix (α in-sample) with k other references, ROUGE-2 − Lead: ` +
    gains.map((g, i) => `k=${i + 1}: ${g >= 0 ? '+' : ''}${g.toFixed(2)}`).join(', ') +
    `; fitted gain − c/k tends to ${(my - slope * mx).toFixed(2)} for k → ∞`,
);
