/**
 * Cost of page-load detection: median ms of detectPage per page under linkedom (Node), on the real pages
 * (../shared/data/pages) and the test pages. The content script runs detectPage on the live DOM in the
 * browser; a Chromium measurement belongs with the browser tests.
 *
 *   npx tsx scripts/bench-detect.ts [DIR ...] [--runs N]
 */
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHtmlDocument as parseDocument } from '../src/cli/parse-html';
import { detectPage } from '../src/core/detect/detect-page';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const ri = args.indexOf('--runs');
const RUNS = ri >= 0 ? Number(args.splice(ri, 2)[1]) : 31;
const dirs = args.length ? args.map((a) => resolve(a)) : [resolve(ROOT, '../shared/data/pages'), resolve(ROOT, 'test/test-pages')];

function htmlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).sort().flatMap((e) => {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) return htmlFiles(p);
    return e.endsWith('.html') ? [p] : [];
  });
}
const median = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return s[s.length >> 1]; };

for (const dir of dirs) {
  const files = htmlFiles(dir);
  if (!files.length) { console.log(`(no pages in ${dir})`); continue; }
  console.log(`\n== ${dir}  (median of ${RUNS} runs after 5 warm-up runs)`);
  const medians: number[] = [];
  for (const f of files) {
    const html = readFileSync(f, 'utf8');
    const doc = parseDocument(html);
    for (let i = 0; i < 5; i++) detectPage(doc);
    const ts: number[] = [];
    for (let i = 0; i < RUNS; i++) { const t = performance.now(); detectPage(doc); ts.push(performance.now() - t); }
    const m = median(ts); medians.push(m);
    const d = detectPage(doc);
    console.log(`${relative(dir, f).padEnd(52)} ${(html.length / 1024).toFixed(0).padStart(5)} KB  ${String(d.signals.elements).padStart(5)} el  median ${m.toFixed(3)} ms  max ${Math.max(...ts).toFixed(3)} ms`);
  }
  console.log(`pages: ${files.length}; median of page medians ${median(medians).toFixed(3)} ms; worst page median ${Math.max(...medians).toFixed(3)} ms`);
}
