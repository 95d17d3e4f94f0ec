/**
 * 4. Popup time-to-summary and 6. memory, in Chromium with dist/ loaded (test/e2e/harness.ts).
 * - time-to-summary: from navigating a new popup page for the article's tab to [data-testid=state-ready]
 *   in the DOM. Measured in Node (goto start → element attached) and, in the page, as performance.now()
 *   at the first mutation that adds state-ready (a MutationObserver installed before any popup script).
 * - popup heap: Runtime.getHeapUsage on the popup page after analysing a 5,000-word article, after GC.
 * - service worker: its heap after GC (CDP on the worker target) before and after summarizing 50
 *   different article pages in a row through the popup, sampled every 10.
 */
import { performance } from 'node:perf_hooks';
import type { Page } from 'playwright-core';
import { DIST, launch, openPopup, popupUrl, tabIdOf, type Harness } from '../../test/e2e/harness';
import { articlePage, buildArticle } from '../lib/corpus';
import { attachTarget } from '../lib/browser';
import { stats } from '../lib/stats';
import { bundles } from './sizes';
import type { Report } from '../lib/report';

export const POPUP_BUDGET_MS = 250;
const KB = 1024;

/** Records, in the popup page, when state-ready (or another final state) first appears. */
const READY_PROBE = `(() => {
  const mark = () => {
    const el = document.querySelector('[data-testid^="state-"]:not([data-testid="state-loading"])');
    if (el && !window.__benchReady) window.__benchReady = { t: performance.now(), state: el.getAttribute('data-testid') };
  };
  new MutationObserver(mark).observe(document, { childList: true, subtree: true });
})();`;

async function timedPopup(
  h: Harness,
  tabId: number,
): Promise<{ node: number; page: number | null; state: string; popup: Page }> {
  const popup = await h.context.newPage();
  await popup.setViewportSize({ width: 420, height: 640 });
  await popup.addInitScript(READY_PROBE);
  const t0 = performance.now();
  await popup.goto(popupUrl(h, tabId));
  await popup
    .locator('[data-testid^="state-"]:not([data-testid="state-loading"])')
    .first()
    .waitFor({ state: 'attached', timeout: 30_000 });
  const node = performance.now() - t0;
  const r = await popup.evaluate(
    () => (window as unknown as { __benchReady?: { t: number; state: string } }).__benchReady ?? null,
  );
  return {
    node,
    page: r?.t ?? null,
    state: r?.state ?? (await popup.locator('[data-testid^="state-"]').first().getAttribute('data-testid')) ?? '?',
    popup,
  };
}

export async function benchPopup(report: Report, quick: boolean, nerModelLoads = true): Promise<void> {
  const tg = nerModelLoads ? '' : ' [NER model does not load: popup used its rule-tagger fallback]';
  const long = buildArticle(5000);
  const many = Array.from({ length: 50 }, (_, i) => buildArticle(600 + 40 * (i % 10), 7 * i + 3));
  const pages: Record<string, string> = { '/bench-5000.html': articlePage(long) };
  many.forEach((a, i) => {
    pages[`/bench-${i}.html`] = articlePage(a);
  });
  const h = await launch({ pages, dist: DIST }); // the production build (no test hooks)
  try {
    // ---- 4. time to summary --------------------------------------------------------------------
    const tab = await h.context.newPage();
    await tab.goto(h.baseUrl + '/arabic-article.html');
    const tabId = await tabIdOf(h, tab);
    const warmup = 2,
      runs = quick ? 4 : 10;
    const node: number[] = [],
      inPage: number[] = [];
    const states = new Set<string>();
    for (let i = 0; i < warmup + runs; i++) {
      const r = await timedPopup(h, tabId);
      states.add(r.state);
      if (i >= warmup) {
        node.push(r.node);
        if (r.page !== null) inPage.push(r.page);
      }
      await r.popup.close();
    }
    const n = stats(node),
      p = stats(inPage);
    const okState = states.size === 1 && states.has('state-ready');
    report.budget(
      {
        section: '4 popup',
        case: `time to summary, sample article (page clock)${okState ? '' : ' — states ' + [...states].join(',')}${tg}`,
        median: p.median,
        min: p.min,
        max: p.max,
        unit: 'ms',
        runs: p.runs,
      },
      POPUP_BUDGET_MS,
    );
    report.info({
      section: '4 popup',
      case: 'time to summary, sample article (Node: goto → ready)',
      median: n.median,
      min: n.min,
      max: n.max,
      unit: 'ms',
      runs: n.runs,
    });
    report.extra.popup = { warmup, runs, states: [...states], node, inPage };
    await tab.close();

    // ---- 5. the NER model chunk's import in an extension page (fetch + parse + evaluate; no decode) ----
    const model = bundles().model[0];
    if (model) {
      const imp: number[] = [];
      for (let i = 0; i < (quick ? 2 : 5); i++) {
        const p = await h.context.newPage();
        await p.goto(`chrome-extension://${h.extensionId}/src/options/index.html`);
        imp.push(
          await p.evaluate(async (src) => {
            const t0 = performance.now();
            await import(src);
            return performance.now() - t0;
          }, '/' + model),
        );
        await p.close();
      }
      const is = stats(imp);
      report.info({
        section: '5 sizes',
        case: 'NER model chunk: import() in a fresh extension page (Chromium)',
        median: is.median,
        min: is.min,
        max: is.max,
        unit: 'ms',
        runs: is.runs,
      });
    }

    // ---- 6a. popup heap after a 5,000-word article -----------------------------------------------
    const longTab = await h.context.newPage();
    await longTab.goto(h.baseUrl + '/bench-5000.html');
    const longId = await tabIdOf(h, longTab);
    const heaps: number[] = [],
      heapsBefore: number[] = [],
      times: number[] = [];
    for (let i = 0; i < (quick ? 1 : 3); i++) {
      const r = await timedPopup(h, longId);
      const cdp = await h.context.newCDPSession(r.popup);
      heapsBefore.push(((await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize);
      await cdp.send('HeapProfiler.collectGarbage');
      heaps.push(((await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize);
      times.push(r.page ?? r.node);
      states.add(r.state);
      await cdp.detach();
      await r.popup.close();
    }
    const hs = stats(heaps.map((x) => x / KB / KB)),
      hb = stats(heapsBefore.map((x) => x / KB / KB)),
      ts = stats(times);
    report.info({
      section: '6 memory',
      case: `popup JS heap after ${long.words}-word article, after GC`,
      median: hs.median,
      min: hs.min,
      max: hs.max,
      unit: 'MB',
    });
    report.info({
      section: '6 memory',
      case: '  same, before GC',
      median: hb.median,
      min: hb.min,
      max: hb.max,
      unit: 'MB',
    });
    report.info({
      section: '6 memory',
      case: `  time to summary, ${long.words}-word article`,
      median: ts.median,
      min: ts.min,
      max: ts.max,
      unit: 'ms',
    });
    await longTab.close();

    // ---- 6b. service worker retained heap over 50 summaries ---------------------------------------
    const probe = await h.context.newPage();
    const cdp = await h.context.newCDPSession(probe);
    const sw = await attachTarget(cdp, 'service_worker', h.extensionId);
    const swHeap = async () => {
      await sw('HeapProfiler.collectGarbage');
      await sw('HeapProfiler.collectGarbage');
      return ((await sw('Runtime.getHeapUsage')) as { usedSize: number }).usedSize;
    };
    const work = await h.context.newPage();
    const summarizeOne = async (i: number) => {
      await work.goto(h.baseUrl + `/bench-${i}.html`);
      const id = await tabIdOf(h, work);
      const popup = await openPopup(h, id);
      await popup.getByTestId('state-ready').waitFor({ timeout: 30_000 });
      await popup.close();
    };
    await summarizeOne(49); // warm-up: worker code paths and caches touched once
    const samples: { after: number; heap: number }[] = [{ after: 0, heap: await swHeap() }];
    for (let i = 0; i < 50; i++) {
      await summarizeOne(i);
      if ((i + 1) % 10 === 0) samples.push({ after: i + 1, heap: await swHeap() });
    }
    // trend: least-squares slope over the samples after the first 10 pages (a one-time step while the
    // worker's lazily compiled code paths settle is not a leak); growth: first to last sample
    const tail = samples.filter((s) => s.after >= 10);
    const xs = tail.map((s) => s.after),
      ys = tail.map((s) => s.heap / KB);
    const mx = xs.reduce((a, b) => a + b) / xs.length,
      my = ys.reduce((a, b) => a + b) / ys.length;
    const slope = xs.reduce((a, x, i) => a + (x - mx) * (ys[i] - my), 0) / xs.reduce((a, x) => a + (x - mx) ** 2, 0);
    const growth = (samples[samples.length - 1].heap - samples[0].heap) / KB;
    const growthTail = ys[ys.length - 1] - ys[0];
    const hy = stats(samples.map((s) => s.heap / KB));
    report.info({
      section: '6 memory',
      case: 'service worker heap after GC, sampled after 0,10,…,50 summaries',
      median: hy.median,
      min: hy.min,
      max: hy.max,
      unit: 'KB',
    });
    report.add({
      section: '6 memory',
      case: 'service worker: heap after 50 − before the 1st',
      median: growth,
      unit: 'KB',
      budget: '≤ 256 KB',
      verdict: growth <= 256 ? 'pass' : 'FAIL',
    });
    report.add({
      section: '6 memory',
      case: 'service worker: heap after 50 − after 10',
      median: growthTail,
      unit: 'KB',
      budget: '≤ 64 KB',
      verdict: growthTail <= 64 ? 'pass' : 'FAIL',
    });
    report.add({
      section: '6 memory',
      case: 'service worker trend, pages 10–50 (least-squares slope)',
      median: slope,
      unit: 'KB/page',
      budget: '≤ 1 KB/page',
      verdict: slope <= 1 ? 'pass' : 'FAIL',
    });
    report.extra.memory = {
      popupHeapAfterGcBytes: heaps,
      popupHeapBeforeGcBytes: heapsBefore,
      longArticleWords: long.words,
      serviceWorker: samples,
      slopeKBPerPage: slope,
      growthKB: growth,
      growthAfter10KB: growthTail,
    };
    await cdp.detach();
    await probe.close();
    await work.close();
  } finally {
    await h.close();
  }
}
