/**
 * Page evaluation: detection verdicts and extraction quality, ours vs raw Readability, in one run.
 *
 *   npm run eval:pages [-- --verbose] [DIR ...]
 *
 * Default: every real page of ../shared/data (web-pages/real, web-pages/home, pages/arabic-articles,
 * pages/not-arabic), then test/test-pages (ours, regression only — reported apart, never evidence).
 * One loader reads all three layouts:
 * - labelled pages (`web-pages/*`): `<slug>.html` + `<slug>.json` {lang, is_article, with, without},
 *   articles with `<slug>.body.txt`;
 * - the older real pages (`pages/arabic-articles|not-arabic`): label by folder, `.body.txt`,
 *   `.meta.json`, `.snippets.json`;
 * - test-pages: `<name>/source.html`, `expected.json`, `expected-body.txt`.
 * HTML is decoded from bytes as the CLI does it (src/cli/read-input.ts: BOM, <meta charset>, UTF-8) and
 * parsed as the CLI does (src/cli/parse-html.ts). Ours = `extractWithFallback`, what the popup and the
 * CLI summarize. Exit code 1 when the bar fails (`barFailures`).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Readability } from '@mozilla/readability';
import { decodeHtml } from '../src/cli/read-input';
import { parseHtmlDocument as parseDocument } from '../src/cli/parse-html';
import { detectPage, type Detection } from '../src/core/detect/detect-page';
import { extractWithFallback, pageVerdict, type PageVerdict } from '../src/core/analyze-page';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const DATA = process.env.KHULASA_DATA ?? resolve(ROOT, '../shared/data');
/** The real-page directories of ../shared/data, in report order. */
export const REAL_DIRS = ['web-pages/real', 'web-pages/home', 'pages/arabic-articles', 'pages/not-arabic'];
export const TEST_PAGES = resolve(ROOT, 'test/test-pages');

/** The bar of issue 18, on real Arabic articles. */
export const BAR = { minMeanF1: 0.95, maxBelowRaw: 0.02 };

export interface PageCase {
  name: string;
  /** directory group for the totals: web-pages/real, web-pages/home, pages/…, test-pages */
  group: string;
  html: string;
  url?: string;
  /** language of the page as labelled ('ar', 'fa', 'en' …; '' when only "not Arabic" is known) */
  lang: string;
  expectArabic: boolean;
  /** an Arabic news article (the detector's "yes") */
  expectArticle: boolean;
  /** an article in any language (labelled pages only) */
  anyArticle: boolean;
  body?: string;
  withSnippets?: string[];
  withoutSnippets?: string[];
}

export interface PRF {
  precision: number;
  recall: number;
  f1: number;
}

/** Tokens for scoring: words of letters/digits, Arabic orthography normalized lightly. */
export function tokens(text: string): string[] {
  return text
    .replace(/[\u064B-\u0652\u0640]/g, '')
    .replace(/[أإآ]/g, 'ا')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Token-level (bag of words) precision/recall/F1, as in the trafilatura / article-extraction benchmarks. */
export function tokenPRF(got: string, want: string): PRF {
  const g = tokens(got),
    w = tokens(want);
  const counts = new Map<string, number>();
  for (const t of w) counts.set(t, (counts.get(t) ?? 0) + 1);
  let hit = 0;
  for (const t of g) {
    const c = counts.get(t) ?? 0;
    if (c > 0) {
      hit++;
      counts.set(t, c - 1);
    }
  }
  const precision = g.length ? hit / g.length : 0,
    recall = w.length ? hit / w.length : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

/** Snippet presence on whitespace-normalized text. */
export function hasSnippet(text: string, snippet: string): boolean {
  const n = (s: string) => s.replace(/\s+/g, ' ').trim();
  return n(text).includes(n(snippet));
}

const readJson = (p: string) => JSON.parse(readFileSync(p, 'utf8'));
const readIf = (p: string) => (existsSync(p) ? readFileSync(p, 'utf8') : undefined);

/** Load the cases of a directory, any of the three layouts, recursively. */
export function loadCases(dir: string, group = basename(dir)): PageCase[] {
  const cases: PageCase[] = [];
  if (!existsSync(dir)) return cases;
  for (const e of readdirSync(dir).sort()) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) {
      if (!existsSync(join(p, 'source.html'))) {
        cases.push(...loadCases(p, `${group}/${e}`));
        continue;
      }
      const exp = readJson(join(p, 'expected.json'));
      cases.push({
        name: e,
        group,
        html: decodeHtml(readFileSync(join(p, 'source.html')), e),
        url: exp.url,
        lang: exp.isArabic ? 'ar' : '',
        expectArabic: exp.isArabic,
        expectArticle: exp.isArticle,
        anyArticle: exp.isArticle,
        body: readIf(join(p, 'expected-body.txt')),
        withSnippets: exp.with,
        withoutSnippets: exp.without,
      });
      continue;
    }
    if (!e.endsWith('.html')) continue;
    const stem = e.replace(/\.html$/, '');
    const at = (ext: string) => join(dir, `${stem}${ext}`);
    const c: PageCase = {
      name: stem,
      group,
      html: decodeHtml(readFileSync(p), e),
      lang: '',
      expectArabic: false,
      expectArticle: false,
      anyArticle: false,
      body: readIf(at('.body.txt')),
    };
    if (existsSync(at('.json'))) {
      const l = readJson(at('.json')) as {
        url?: string;
        lang: string;
        is_article: boolean;
        with?: string[];
        without?: string[];
      };
      Object.assign(c, {
        url: l.url,
        lang: l.lang,
        expectArabic: l.lang === 'ar',
        expectArticle: l.lang === 'ar' && l.is_article,
        anyArticle: l.is_article,
        withSnippets: l.with,
        withoutSnippets: l.without,
      });
    } else {
      const arabic = basename(dir) === 'arabic-articles';
      Object.assign(c, { lang: arabic ? 'ar' : '', expectArabic: arabic, expectArticle: arabic, anyArticle: arabic });
      if (existsSync(at('.meta.json'))) c.url = readJson(at('.meta.json')).url;
      if (existsSync(at('.snippets.json'))) {
        const s = Object.entries(
          readJson(at('.snippets.json')) as Record<string, { with?: string[]; without?: string[] }>,
        )[0];
        if (s) {
          c.url = s[0];
          c.withSnippets = s[1].with ?? [];
          c.withoutSnippets = s[1].without ?? [];
        }
      }
    }
    cases.push(c);
  }
  return cases;
}

/** Every real page of ../shared/data (empty when it is absent). */
export function loadRealCases(data = DATA): PageCase[] {
  return REAL_DIRS.flatMap((d) => loadCases(join(data, d), d));
}

export interface Extraction {
  text: string;
  prf?: PRF;
  withFound: boolean[];
  withoutFound: boolean[];
}

export interface CaseResult {
  name: string;
  group: string;
  detection: Detection;
  verdict: PageVerdict;
  verdictOk: boolean;
  ours?: Extraction;
  raw?: Extraction;
}

/** Raw Readability's text content, for comparison (same options as ours: charThreshold 300). */
export function rawReadabilityText(doc: Document): string {
  const r = new Readability(doc.cloneNode(true) as Document, { charThreshold: 300 }).parse();
  return r?.textContent ?? '';
}

function score(c: PageCase, text: string): Extraction {
  return {
    text,
    prf: c.body !== undefined ? tokenPRF(text, c.body) : undefined,
    withFound: (c.withSnippets ?? []).map((w) => hasSnippet(text, w)),
    withoutFound: (c.withoutSnippets ?? []).map((w) => hasSnippet(text, w)),
  };
}

export function evaluateCase(c: PageCase): CaseResult {
  const doc = parseDocument(c.html, c.url);
  const detection = detectPage(doc);
  const res: CaseResult = {
    name: c.name,
    group: c.group,
    detection,
    verdict: pageVerdict(detection),
    verdictOk: detection.isArabic === c.expectArabic && detection.isArticle === c.expectArticle,
  };
  // extraction on every article (any language) and every page with snippets or a body
  if (c.anyArticle || c.body !== undefined || c.withSnippets?.length) {
    const ex = extractWithFallback(doc, c.url);
    res.ours = score(c, ex ? ex.paragraphs.join('\n\n') : '');
    res.raw = score(c, rawReadabilityText(parseDocument(c.html, c.url)));
  }
  return res;
}

/** Bar failures of one page: verdict; on Arabic articles F1 vs raw, `with` all present, no `without`. */
export function barFailures(c: PageCase, r: CaseResult): string[] {
  const f: string[] = [];
  const where = `${c.group}/${c.name}`;
  if (!r.verdictOk)
    f.push(
      `${where}: verdict isArabic=${r.detection.isArabic} isArticle=${r.detection.isArticle}, expected ${c.expectArabic}/${c.expectArticle}`,
    );
  if (!c.expectArticle || !r.ours) return f;
  if (r.ours.prf && r.raw?.prf && r.ours.prf.f1 < r.raw.prf.f1 - BAR.maxBelowRaw) {
    f.push(
      `${where}: body F1 ${r.ours.prf.f1.toFixed(3)} is more than ${BAR.maxBelowRaw} below raw Readability's ${r.raw.prf.f1.toFixed(3)}`,
    );
  }
  (c.withSnippets ?? []).forEach((w, i) => {
    if (!r.ours!.withFound[i]) f.push(`${where}: missing «${w}»`);
  });
  (c.withoutSnippets ?? []).forEach((w, i) => {
    if (r.ours!.withoutFound[i]) f.push(`${where}: contains «${w}»`);
  });
  return f;
}

/** Mean body F1 over the Arabic articles with a body (the bar's ≥ 0.95). */
export function meanF1(results: { c: PageCase; r: CaseResult }[], which: 'ours' | 'raw'): { mean: number; n: number } {
  const f1s = results.filter(({ c, r }) => c.expectArticle && r[which]?.prf).map(({ r }) => r[which]!.prf!.f1);
  return { mean: f1s.length ? f1s.reduce((a, b) => a + b, 0) / f1s.length : NaN, n: f1s.length };
}

// --- report ----------------------------------------------------------------------------------------------

const f3 = (x?: number) => (x === undefined || Number.isNaN(x) ? '' : x.toFixed(3));
const count = (xs: boolean[] | undefined) => (xs?.length ? `${xs.filter(Boolean).length}/${xs.length}` : '');

function expectedLabel(c: PageCase): string {
  return c.expectArticle
    ? 'ar article'
    : c.expectArabic
      ? 'ar other'
      : `${c.lang || 'not ar'}${c.anyArticle ? ' article' : ''}`;
}

function signalsLine(d: Detection): string {
  const s = d.signals;
  return (
    `main ${s.mainBlockChars}ch/${s.mainBlockParagraphs}p share ${s.mainBlockShare} hl ${s.headlineNear ? 'near' : 'n'} teasers ${s.teaserLinks}${s.teaserList ? ' LIST' : ''}` +
    ` meta ${[s.jsonLdArticle && 'ld', s.ogArticle && 'og', s.nonArticleType].filter(Boolean).join(',') || '-'}` +
    ` al ${s.definiteArticleRatio} fl ${s.foreignLetterRatio}`
  );
}

function main() {
  const args = process.argv.slice(2);
  const verbose = args.includes('--verbose');
  const dirs = args.filter((a) => !a.startsWith('--'));
  const groups: { title: string; cases: PageCase[]; evidence: boolean }[] = dirs.length
    ? dirs.map((d) => ({
        title: relative(process.cwd(), resolve(d)) || d,
        cases: loadCases(resolve(d), relative(DATA, resolve(d))),
        evidence: true,
      }))
    : [
        ...REAL_DIRS.map((d) => ({ title: `../shared/data/${d}`, cases: loadCases(join(DATA, d), d), evidence: true })),
        {
          title: 'test/test-pages (ours: regression only, not evidence)',
          cases: loadCases(TEST_PAGES, 'test-pages'),
          evidence: false,
        },
      ];
  const failures: string[] = [];
  const all: { c: PageCase; r: CaseResult; evidence: boolean }[] = [];
  for (const g of groups) {
    if (!g.cases.length) {
      console.log(`\n(no pages in ${g.title})`);
      continue;
    }
    console.log(`\n== ${g.title}`);
    console.log(
      [
        'page'.padEnd(44),
        'expected'.padEnd(12),
        'verdict'.padEnd(14),
        'conf',
        'ok   ',
        'F1 ours',
        'F1 raw ',
        'with o/r ',
        'without o/r',
      ].join(' '),
    );
    const rs: { c: PageCase; r: CaseResult }[] = [];
    for (const c of g.cases) {
      const r = evaluateCase(c);
      rs.push({ c, r });
      all.push({ c, r, evidence: g.evidence });
      const verdict = r.detection.isArticle ? 'ar article' : r.detection.isArabic ? `ar ${r.verdict}` : 'not ar';
      console.log(
        [
          c.name.slice(0, 44).padEnd(44),
          expectedLabel(c).padEnd(12),
          verdict.padEnd(14),
          r.detection.confidence.toFixed(2),
          (r.verdictOk ? 'OK' : 'WRONG').padEnd(5),
          f3(r.ours?.prf?.f1).padEnd(7),
          f3(r.raw?.prf?.f1).padEnd(7),
          `${count(r.ours?.withFound)} ${count(r.raw?.withFound)}`.padEnd(9),
          `${count(r.ours?.withoutFound)} ${count(r.raw?.withoutFound)}`,
        ].join(' '),
      );
      if (verbose || !r.verdictOk) console.log('     ', signalsLine(r.detection));
      if (verbose && r.ours) {
        (c.withSnippets ?? []).forEach((w, i) => {
          if (!r.ours!.withFound[i]) console.log(`      missing «${w}»`);
        });
        (c.withoutSnippets ?? []).forEach((w, i) => {
          if (r.ours!.withoutFound[i]) console.log(`      contains «${w}»`);
        });
      }
      failures.push(...barFailures(c, r).map((f) => (g.evidence ? f : `(regression) ${f}`)));
    }
    const ok = rs.filter(({ r }) => r.verdictOk).length;
    const o = meanF1(rs, 'ours'),
      w = meanF1(rs, 'raw');
    const withs = rs.flatMap(({ c, r }) => (c.expectArticle ? (r.ours?.withFound ?? []) : []));
    const withouts = rs.flatMap(({ c, r }) => (c.expectArticle ? (r.ours?.withoutFound ?? []) : []));
    console.log(
      `   total: verdicts ${ok}/${rs.length} right` +
        (o.n ? `; Arabic articles: mean body F1 ours ${f3(o.mean)} raw ${f3(w.mean)} (n=${o.n})` : '') +
        (withs.length
          ? `; with ${count(withs)}, without present ${withouts.filter(Boolean).length}/${withouts.length}`
          : ''),
    );
    const other = rs.filter(({ c, r }) => !c.expectArticle && c.anyArticle && r.ours?.prf);
    if (other.length) {
      const m = (k: 'ours' | 'raw') => other.reduce((a, { r }) => a + r[k]!.prf!.f1, 0) / other.length;
      console.log(
        `   other-language articles (information only): mean body F1 ours ${f3(m('ours'))} raw ${f3(m('raw'))} (n=${other.length})`,
      );
    }
  }
  const real = all.filter((x) => x.evidence);
  const o = meanF1(real, 'ours'),
    w = meanF1(real, 'raw');
  if (o.n && o.mean < BAR.minMeanF1)
    failures.push(`mean body F1 on real Arabic articles ${f3(o.mean)} < ${BAR.minMeanF1}`);
  console.log(
    `\nreal pages: ${real.filter((x) => x.r.verdictOk).length}/${real.length} verdicts right; Arabic articles mean body F1 ours ${f3(o.mean)}, raw Readability ${f3(w.mean)} (n=${o.n})`,
  );
  console.log(`${all.length} pages; BAR ${failures.length ? 'FAILED' : 'met'}`);
  for (const f of failures) console.log('  ✗', f);
  if (failures.some((f) => !f.startsWith('(regression)'))) process.exitCode = 1;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
