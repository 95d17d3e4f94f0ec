/**
 * 2. Extraction: Khulasa's extractArticle vs plain `new Readability(doc).parse()` on the same documents,
 * interleaved run by run, each on a freshly parsed document (parsing is not timed; extractArticle clones
 * the document itself, and that clone is part of its cost). In Chromium (DOMParser, as in the popup) and
 * in Node (parse5 + linkedom via src/cli/parse-html.ts).
 */
import { readFileSync } from 'node:fs';
import { Readability } from '@mozilla/readability';
import type { Browser } from 'playwright-core';
import { extractArticle } from '../../src/core/extract/extract-article';
import { parseHtmlDocument as parseDocument } from '../../src/cli/parse-html';
import { benchPages } from '../lib/corpus';
import { stats, timePair } from '../lib/stats';
import type { Report } from '../lib/report';

export const EXTRACT_RATIO_BUDGET = 1.3;

export async function benchExtract(report: Report, browser: Browser, bundle: string, quick: boolean): Promise<void> {
  // the pages whose text would be extracted: every Arabic page (the popup only extracts on request, and
  // non-Arabic pages are not offered), plus the not-Arabic ones in Node for the wider sample
  const pages = benchPages();
  const warmup = quick ? 1 : 3,
    runs = quick ? 3 : 11;
  const url = 'https://example.com/news/2024/05/15/article';
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  await page.setContent('<!doctype html><title>bench</title>');
  await page.addScriptTag({ content: bundle });
  const per: Record<string, unknown>[] = [];
  const sums = { chrome: [0, 0], node: [0, 0] };
  const chromeRatios: number[] = [],
    nodeRatios: number[] = [];
  try {
    for (const p of pages) {
      const html = readFileSync(p.file, 'utf8');
      const c = await page.evaluate(
        ({ html, warmup, runs }) => {
          const kb = (
            globalThis as unknown as {
              __khulasaBench: {
                extractArticle: (d: Document, u?: string) => unknown;
                Readability: new (d: Document) => { parse(): unknown };
              };
            }
          ).__khulasaBench;
          const a: number[] = [],
            b: number[] = [];
          for (let i = 0; i < warmup + runs; i++) {
            const order = i % 2 ? ['r', 'k'] : ['k', 'r'];
            for (const o of order) {
              const doc = new DOMParser().parseFromString(html, 'text/html');
              const t0 = performance.now();
              if (o === 'k') kb.extractArticle(doc, 'https://example.com/news/2024/05/15/article');
              else new kb.Readability(doc).parse();
              const dt = performance.now() - t0;
              if (i >= warmup) (o === 'k' ? a : b).push(dt);
            }
          }
          return { a, b };
        },
        { html, warmup, runs },
      );
      const ck = stats(c.a),
        cr = stats(c.b);
      const n = timePair(
        (d: Document) => extractArticle(d, url),
        (d: Document) => new Readability(d).parse(),
        { warmup, runs, setup: () => parseDocument(html, url) },
      );
      sums.chrome[0] += ck.median;
      sums.chrome[1] += cr.median;
      sums.node[0] += n.a.median;
      sums.node[1] += n.b.median;
      chromeRatios.push(ck.median / cr.median);
      nodeRatios.push(n.a.median / n.b.median);
      per.push({
        page: p.name,
        chromium: { khulasa: ck, readability: cr },
        linkedom: { khulasa: n.a, readability: n.b, ratio: n.ratio },
      });
    }
    const cs = stats(chromeRatios),
      ns = stats(nodeRatios);
    report.budget(
      {
        section: '2 extract',
        case: `total time, ${pages.length} pages: extract / Readability (Chromium)`,
        median: sums.chrome[0] / sums.chrome[1],
        unit: '×',
        note: `${sums.chrome[0].toFixed(1)} vs ${sums.chrome[1].toFixed(1)} ms`,
      },
      EXTRACT_RATIO_BUDGET,
      `≤ ${EXTRACT_RATIO_BUDGET}×`,
    );
    report.info({
      section: '2 extract',
      case: `per-page ratio across ${pages.length} pages (Chromium)`,
      median: cs.median,
      min: cs.min,
      max: cs.max,
      unit: '×',
    });
    report.budget(
      {
        section: '2 extract',
        case: `total time, ${pages.length} pages: extract / Readability (linkedom)`,
        median: sums.node[0] / sums.node[1],
        unit: '×',
        note: `${sums.node[0].toFixed(1)} vs ${sums.node[1].toFixed(1)} ms`,
      },
      EXTRACT_RATIO_BUDGET,
      `≤ ${EXTRACT_RATIO_BUDGET}×`,
    );
    report.info({
      section: '2 extract',
      case: `per-page ratio across ${pages.length} pages (linkedom)`,
      median: ns.median,
      min: ns.min,
      max: ns.max,
      unit: '×',
    });
    report.extra.extract = { warmup, runs, pages: per };
  } finally {
    await ctx.close();
  }
}
