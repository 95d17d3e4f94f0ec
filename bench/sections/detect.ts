/**
 * 1. Page-load cost of the content script's detector, in Chromium: every page is loaded from the bench
 * server, the detector bundle is injected, and detectPage(document) is timed with performance.now().
 * - cold: the first call in a freshly loaded page (as at page load: nothing compiled yet), median over loads;
 * - warm: median of repeated calls in one page after warm-up.
 * Plus the same detector on linkedom (Node), for comparison.
 */
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { detectPage } from '../../src/core/detect/detect-page';
import { parseHtmlDocument as parseDocument } from '../../src/cli/parse-html';
import { benchPages } from '../lib/corpus';
import { localOnly, servePages } from '../lib/browser';
import { stats, timeSync } from '../lib/stats';
import type { Report } from '../lib/report';

export const DETECT_BUDGET_MS = 2;
/** Content-script cost at load on a huge non-Arabic page (issue 17, item 3). */
export const HUGE_PAGE_BUDGET_MS = 20;

/** Huge non-Arabic pages, generated here: the page-load scan must be bounded by nodes, not characters. */
export const HUGE_PAGES: Record<string, string> = {
  '/huge/200k-elements.html': `<!doctype html><html lang="en"><head><title>Plain page</title></head><body>${'<div><span></span></div>'.repeat(100_000)}<p>The end.</p></body></html>`,
  '/huge/1m-comments.html': `<!doctype html><html lang="en"><head><title>Plain page</title></head><body><p>Start.</p>${'<!---->'.repeat(1_000_000)}<p>The end.</p></body></html>`,
};

/**
 * Rows: detectPage(document) — all the content script does at load — on each huge page, first call after
 * a fresh load (median over loads, as at page load), in Chromium.
 */
async function benchHugePages(report: Report, browser: Browser, bundle: string, quick: boolean): Promise<void> {
  const { server, baseUrl } = await servePages(HUGE_PAGES);
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  await localOnly(page, baseUrl);
  const loads = quick ? 2 : 5;
  try {
    for (const path of Object.keys(HUGE_PAGES)) {
      const cold: number[] = [];
      let note = '';
      for (let l = 0; l < loads; l++) {
        await page.goto(baseUrl + path, { waitUntil: 'load' });
        await page.addScriptTag({ content: bundle });
        const r = await page.evaluate(() => {
          const kb = (
            globalThis as unknown as {
              __khulasaBench: { detectPage: (d: Document) => { isArabic: boolean; signals: { nodes: number } } };
            }
          ).__khulasaBench;
          const t0 = performance.now();
          const d = kb.detectPage(document);
          return {
            ms: performance.now() - t0,
            nodes: d.signals.nodes,
            arabic: d.isArabic,
            all: document.getElementsByTagName('*').length + document.body.childNodes.length,
          };
        });
        cold.push(r.ms);
        note = `${r.arabic ? 'ar' : 'not ar'}, ${r.nodes} nodes visited of ${r.all}`;
      }
      const c = stats(cold);
      report.budget(
        {
          section: '1 detect',
          case: `content script at load, ${path.replace('/huge/', '').replace('.html', '')} (Chromium, 1st call)`,
          median: c.median,
          min: c.min,
          max: c.max,
          unit: 'ms',
          runs: c.runs,
          note,
        },
        HUGE_PAGE_BUDGET_MS,
      );
    }
  } finally {
    await ctx.close();
    server.close();
  }
}

export async function benchDetect(report: Report, browser: Browser, bundle: string, quick: boolean): Promise<void> {
  const pages = benchPages();
  const { server, baseUrl } = await servePages();
  const loads = quick ? 2 : 4,
    warmup = quick ? 5 : 10,
    runs = quick ? 15 : 40;
  const perPage: Record<string, unknown>[] = [];
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  await localOnly(page, baseUrl);
  let isolated = true;
  const allWarm: number[] = [],
    allCold: number[] = [],
    allNode: number[] = [];
  try {
    for (const p of pages) {
      const cold: number[] = [];
      let warm: number[] = [];
      let verdict = '';
      for (let l = 0; l < loads; l++) {
        await page.goto(baseUrl + p.path, { waitUntil: 'load' });
        await page.addScriptTag({ content: bundle });
        const r = await page.evaluate(
          ({ warmup, runs, all }) => {
            const kb = (
              globalThis as unknown as {
                __khulasaBench: {
                  detectPage: (d: Document) => { isArabic: boolean; isArticle: boolean; signals: { elements: number } };
                };
              }
            ).__khulasaBench;
            let t0 = performance.now();
            const d = kb.detectPage(document);
            const first = performance.now() - t0;
            const samples: number[] = [];
            if (all) {
              for (let i = 0; i < warmup + runs; i++) {
                t0 = performance.now();
                kb.detectPage(document);
                if (i >= warmup) samples.push(performance.now() - t0);
              }
            }
            return {
              first,
              samples,
              isolated: crossOriginIsolated,
              verdict: `${d.isArabic ? 'ar' : '-'}${d.isArticle ? '/article' : ''}`,
              elements: d.signals.elements,
            };
          },
          { warmup, runs, all: l === loads - 1 },
        );
        isolated &&= r.isolated;
        cold.push(r.first);
        if (r.samples.length) warm = r.samples;
        verdict = `${r.verdict} (${r.elements} el)`;
      }
      // linkedom (Node): parse once, time the detector
      const doc = parseDocument(readFileSync(p.file, 'utf8'), 'https://example.com/news/1');
      const node = timeSync(() => detectPage(doc), { warmup, runs });
      const c = stats(cold),
        w = stats(warm);
      allWarm.push(w.median);
      allCold.push(c.median);
      allNode.push(node.median);
      report.budget(
        {
          section: '1 detect',
          case: `${p.name} (Chromium)`,
          median: w.median,
          min: w.min,
          max: w.max,
          unit: 'ms',
          runs: w.runs,
          note: verdict,
        },
        DETECT_BUDGET_MS,
      );
      perPage.push({
        page: p.name,
        kind: p.kind,
        bytes: readFileSync(p.file).length,
        detection: verdict,
        chromiumWarm: w,
        chromiumCold: c,
        linkedom: node,
      });
    }
    const wAll = stats(allWarm),
      cAll = stats(allCold),
      nAll = stats(allNode);
    report.budget(
      {
        section: '1 detect',
        case: `all ${pages.length} pages: per-page warm medians (Chromium)`,
        median: wAll.median,
        min: wAll.min,
        max: wAll.max,
        unit: 'ms',
      },
      DETECT_BUDGET_MS,
    );
    report.budget(
      {
        section: '1 detect',
        case: `all ${pages.length} pages: 1st call after load, per-page medians (Chromium)`,
        median: cAll.median,
        min: cAll.min,
        max: cAll.max,
        unit: 'ms',
      },
      DETECT_BUDGET_MS,
    );
    report.info({
      section: '1 detect',
      case: `all ${pages.length} pages: per-page medians (linkedom, Node)`,
      median: nAll.median,
      min: nAll.min,
      max: nAll.max,
      unit: 'ms',
    });
    const ratios = allNode.map((n, i) => n / allWarm[i]);
    const r = stats(ratios);
    report.info({
      section: '1 detect',
      case: 'linkedom / Chromium warm, per page',
      median: r.median,
      min: r.min,
      max: r.max,
      unit: '×',
    });
    report.extra.detect = {
      timerResolution: isolated ? 'crossOriginIsolated (5 µs)' : 'coarse (100 µs)',
      loads,
      warmup,
      runs,
      pages: perPage,
    };
  } finally {
    await ctx.close();
    server.close();
  }
  await benchHugePages(report, browser, bundle, quick);
}
