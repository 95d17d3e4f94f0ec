/**
 * `npm run bench`: Khulasa's benchmarks and budgets, one table, comparisons measured in the same run.
 * Writes bench/results.json. Budgets are reported here (pass/FAIL), never asserted by timed tests.
 *
 *   npm run bench                 # builds dist/ first when it is missing or older than src/
 *   npm run bench -- --build      # always rebuild dist/;  --no-build: never
 *   npm run bench -- --quick      # fewer runs (a smoke test of the bench itself)
 *   npm run bench -- --only 1,3   # some sections (1 detect, 2 extract, 3 analyze, 4 popup+6 memory, 5 sizes, 7 ner)
 *   npm run bench -- --out FILE   # JSON elsewhere
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Report } from './lib/report';
import { ROOT } from './lib/corpus';
import { browserBundle, launchPlain } from './lib/browser';
import { stats } from './lib/stats';
import { benchDetect } from './sections/detect';
import { benchExtract } from './sections/extract';
import { benchAnalyze, benchTagger } from './sections/analyze';
import { benchPopup } from './sections/popup';
import { benchNer } from './sections/ner';
import { DIST, KB, PAGE_LOAD_BUDGET, POPUP_GZIP_BUDGET, bundles, distScripts, sizeOf, total } from './sections/sizes';

const args = process.argv.slice(2);
const flag = (f: string) => args.includes(f);
const value = (f: string) => {
  const i = args.indexOf(f);
  return i >= 0 ? args[i + 1] : undefined;
};
const quick = flag('--quick');
const only = value('--only')?.split(',').map(Number);
const want = (n: number) => !only || only.includes(n);
const out = value('--out') ?? join(ROOT, 'bench/results.json');

function newestMtime(dir: string): number {
  let m = 0;
  for (const f of readdirSync(dir)) {
    const p = join(dir, f);
    const s = statSync(p);
    m = Math.max(m, s.isDirectory() ? newestMtime(p) : s.mtimeMs);
  }
  return m;
}

function ensureBuild(): string {
  const manifest = join(DIST, 'manifest.json');
  const stale = !existsSync(manifest) || newestMtime(join(ROOT, 'src')) > statSync(manifest).mtimeMs;
  if (flag('--no-build'))
    return stale ? 'not rebuilt (--no-build); dist/ is older than src/' : 'not rebuilt (--no-build)';
  if (!flag('--build') && !stale) return 'dist/ up to date, not rebuilt';
  const t0 = performance.now();
  execFileSync('npx', ['vite', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  return `rebuilt by the bench (vite build, ${((performance.now() - t0) / 1000).toFixed(1)} s)`;
}

async function main() {
  const started = performance.now();
  const report = new Report();
  const build = ensureBuild();
  console.error(`bench: ${build}`);
  const section = async (name: string, f: () => Promise<void> | void) => {
    const t0 = performance.now();
    console.error(`bench: ${name} …`);
    try {
      await f();
    } catch (e) {
      report.add({
        section: name,
        case: `ERROR: ${String(e).split('\n')[0].slice(0, 120)}`,
        median: NaN,
        unit: '',
        verdict: 'FAIL',
      });
      console.error(e);
    }
    console.error(`bench: ${name} done in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  };

  if (want(1) || want(2)) {
    const bundle = await browserBundle();
    const browser = await launchPlain();
    try {
      if (want(1)) await section('1 detect', () => benchDetect(report, browser, bundle, quick));
      if (want(2)) await section('2 extract', () => benchExtract(report, browser, bundle, quick));
    } finally {
      await browser.close();
    }
  }
  if (want(3)) await section('3 analyze', () => benchAnalyze(report, quick));
  const ner = await benchTagger();
  report.extra.nerModel = ner.name;
  if (want(4)) await section('4 popup', () => benchPopup(report, quick, ner.trained));
  if (want(5)) await section('5 sizes', () => benchSizes(report, quick));
  if (want(7)) await section('7 ner', () => benchNer(report, ner.tagger, quick));
  // table order: by section number (popup's memory rows are section 6)
  report.rows = report.rows
    .map((r, i) => [r, i] as const)
    .sort((a, b) => a[0].section.localeCompare(b[0].section) || a[1] - b[1])
    .map(([r]) => r);

  const table = report.table();
  console.log(table);
  const fails = report.rows.filter((r) => r.verdict === 'FAIL');
  console.log(
    fails.length
      ? `\n${fails.length} over budget: ${fails.map((r) => `${r.section} ${r.case.trim()}`).join('; ')}`
      : '\nall budgets met',
  );
  const json = {
    date: new Date().toISOString(),
    commit: (() => {
      try {
        return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT }).toString().trim();
      } catch {
        return '';
      }
    })(),
    machine: {
      cpus: cpus().length,
      cpu: cpus()[0]?.model,
      memGB: Math.round(totalmem() / 2 ** 30),
      node: process.version,
    },
    build,
    quick,
    seconds: Math.round((performance.now() - started) / 100) / 10,
    rows: report.rows,
    details: report.extra,
  };
  writeFileSync(out, JSON.stringify(json, null, 1) + '\n');
  console.log(`\nwrote ${out.replace(ROOT + '/', '')} (${json.seconds} s)`);
}

function benchSizes(report: Report, quick: boolean): void {
  const b = bundles();
  const row = (label: string, files: string[], budget?: { limit: number; gzip: boolean; text: string }) => {
    const t = total(files);
    const r = {
      section: '5 sizes',
      case: `${label} (${files.length} file${files.length === 1 ? '' : 's'}) raw / gzip ${(t.gzip / KB).toFixed(1)} KB`,
      median: t.raw / KB,
      unit: 'KB',
    };
    if (!budget) return report.info(r);
    if (budget.gzip)
      return report.add({
        ...r,
        case: `${label} (${files.length} files) gzip; raw ${(t.raw / KB).toFixed(1)} KB`,
        median: t.gzip / KB,
        budget: budget.text,
        verdict: t.gzip <= budget.limit ? 'pass' : 'FAIL',
      });
    return report.add({ ...r, budget: budget.text, verdict: t.raw <= budget.limit ? 'pass' : 'FAIL' });
  };
  row('content script (every page load)', b.content, { limit: PAGE_LOAD_BUDGET, gzip: false, text: '≤ 15 KB min.' });
  // The content script reports only pages it judges Arabic articles (for the badge): only those wake the background.
  row('Arabic-article page load incl. waking the background', [...b.content, ...b.background], {
    limit: PAGE_LOAD_BUDGET,
    gzip: false,
    text: '≤ 15 KB min.',
  });
  row('background service worker', b.background);
  row('popup JS, excl. model', b.popup.files, { limit: POPUP_GZIP_BUDGET, gzip: true, text: '≤ 60 KB gzip' });
  row('options JS', b.options.files);
  row('NER model chunk', b.model);
  const listed = new Set([...b.content, ...b.background, ...b.popup.files, ...b.options.files, ...b.model]);
  const others = distScripts().filter((f) => !listed.has(f));
  if (others.length) row('other .js in dist/', others);
  // the NER model's load time in a fresh Node process
  const loads: number[] = [],
    imports: number[] = [];
  for (let i = 0; i < (quick ? 1 : 3); i++) {
    const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'bench/lib/model-load.ts')], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    if (r.status !== 0)
      throw new Error(`NER model load failed: ${(/\w*Error: [^\n]*/.exec(r.stderr)?.[0] ?? r.stderr).slice(0, 120)}`);
    const j = JSON.parse(r.stdout.trim().split('\n').pop()!) as { importModule: number; loadTagger: number };
    loads.push(j.loadTagger);
    imports.push(j.importModule);
  }
  const l = stats(loads);
  report.info({
    section: '5 sizes',
    case: 'NER model: first await loadTagger(), fresh Node process',
    median: l.median,
    min: l.min,
    max: l.max,
    unit: 'ms',
    runs: l.runs,
  });
  report.extra.sizes = {
    gzipLevel: 9,
    files: distScripts().map(sizeOf),
    groups: b,
    modelLoadMs: loads,
    loadTaggerModuleImportMs: imports,
  };
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
