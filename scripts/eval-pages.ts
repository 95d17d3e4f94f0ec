/**
 * Page evaluation: detection verdicts and extraction quality, ours vs raw Readability, in one run.
 *
 *   npm run eval:pages [DIR ...]      (default: ../shared/data/pages and test/test-pages)
 *
 * DIR may be a real-pages directory (arabic-articles/, not-arabic/: expected Arabic article yes / no;
 * `<name>.body.txt` = expected body, `<name>.snippets.json` = with/without snippets) or a test-pages
 * corpus (<name>/source.html, expected.json, expected-body.txt). Exit code 1 when the BAR fails.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Readability } from '@mozilla/readability';
import { parseHtmlDocument as parseDocument } from '../src/cli/parse-html';
import { detectPage } from '../src/core/detect/detect-page';
import { extractArticle } from '../src/core/extract/extract-article';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export interface PageCase {
  name: string;
  html: string;
  url?: string;
  expectArabic: boolean;
  expectArticle: boolean;
  body?: string;
  withSnippets?: string[];
  withoutSnippets?: string[];
  title?: string;
}

export interface PRF { precision: number; recall: number; f1: number }

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
  const g = tokens(got), w = tokens(want);
  const counts = new Map<string, number>();
  for (const t of w) counts.set(t, (counts.get(t) ?? 0) + 1);
  let hit = 0;
  for (const t of g) { const c = counts.get(t) ?? 0; if (c > 0) { hit++; counts.set(t, c - 1); } }
  const precision = g.length ? hit / g.length : 0, recall = w.length ? hit / w.length : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

/** Snippet presence on whitespace-normalized text. */
export function hasSnippet(text: string, snippet: string): boolean {
  const n = (s: string) => s.replace(/\s+/g, ' ').trim();
  return n(text).includes(n(snippet));
}

/** Load the cases of a directory (real pages or a test-pages corpus). */
export function loadCases(dir: string): PageCase[] {
  const cases: PageCase[] = [];
  if (!existsSync(dir)) return cases;
  const entries = readdirSync(dir).sort();
  for (const e of entries) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) {
      if (existsSync(join(p, 'source.html'))) {
        const exp = JSON.parse(readFileSync(join(p, 'expected.json'), 'utf8'));
        const bodyPath = join(p, 'expected-body.txt');
        cases.push({
          name: `test-pages/${e}`, html: readFileSync(join(p, 'source.html'), 'utf8'), url: exp.url,
          expectArabic: exp.isArabic, expectArticle: exp.isArticle, title: exp.title,
          body: existsSync(bodyPath) ? readFileSync(bodyPath, 'utf8') : undefined,
          withSnippets: exp.with, withoutSnippets: exp.without,
        });
      } else {
        cases.push(...loadCases(p));
      }
    } else if (e.endsWith('.html')) {
      const stem = e.replace(/\.html$/, '');
      const kind = basename(dir);
      const isArabicDir = kind === 'arabic-articles';
      const c: PageCase = { name: `${kind}/${e}`, html: readFileSync(p, 'utf8'), expectArabic: isArabicDir, expectArticle: isArabicDir };
      const bodyPath = join(dir, `${stem}.body.txt`);
      if (existsSync(bodyPath)) c.body = readFileSync(bodyPath, 'utf8');
      const metaPath = join(dir, `${stem}.meta.json`);
      if (existsSync(metaPath)) { const m = JSON.parse(readFileSync(metaPath, 'utf8')); c.url = m.url; c.title = m.title; }
      const snipPath = join(dir, `${stem}.snippets.json`);
      if (existsSync(snipPath)) {
        const s = Object.entries(JSON.parse(readFileSync(snipPath, 'utf8')) as Record<string, { with?: string[]; without?: string[] }>)[0];
        if (s) { c.url = s[0]; c.withSnippets = s[1].with ?? []; c.withoutSnippets = s[1].without ?? []; }
      }
      cases.push(c);
    }
  }
  return cases;
}

export interface CaseResult {
  name: string;
  lang: string;
  isArabic: boolean;
  isArticle: boolean;
  confidence: number;
  verdictOk: boolean;
  ours?: { text: string; prf?: PRF; withFound: boolean[]; withoutFound: boolean[]; title: string };
  raw?: { text: string; prf?: PRF; withFound: boolean[]; withoutFound: boolean[] };
}

/** Raw Readability's text, paragraph per block, for comparison. */
export function rawReadabilityText(doc: Document): string {
  const clone = doc.cloneNode(true) as Document;
  const r = new Readability(clone, { charThreshold: 300 }).parse();
  return r?.textContent ?? '';
}

export function evaluateCase(c: PageCase): CaseResult {
  const doc = parseDocument(c.html, c.url);
  const det = detectPage(doc);
  const s = det.signals;
  const lang = det.isArabic ? 'ar' : s.arabicScriptRatio > 0.5 ? 'arabic-script, not ar' : s.langHint || 'other';
  const res: CaseResult = {
    name: c.name, lang, isArabic: det.isArabic, isArticle: det.isArticle, confidence: det.confidence,
    verdictOk: det.isArabic === c.expectArabic && det.isArticle === c.expectArticle,
  };
  if (c.expectArticle && c.expectArabic) {
    const ex = extractArticle(doc, c.url);
    const text = ex ? ex.paragraphs.join('\n\n') : '';
    const rawText = rawReadabilityText(parseDocument(c.html, c.url));
    res.ours = {
      text, title: ex?.title ?? '',
      prf: c.body !== undefined ? tokenPRF(text, c.body) : undefined,
      withFound: (c.withSnippets ?? []).map((w) => hasSnippet(text, w)),
      withoutFound: (c.withoutSnippets ?? []).map((w) => hasSnippet(text, w)),
    };
    res.raw = {
      text: rawText,
      prf: c.body !== undefined ? tokenPRF(rawText, c.body) : undefined,
      withFound: (c.withSnippets ?? []).map((w) => hasSnippet(rawText, w)),
      withoutFound: (c.withoutSnippets ?? []).map((w) => hasSnippet(rawText, w)),
    };
  }
  return res;
}

/** BAR: every verdict right; body F1 ≥ 0.95; all `with` found, no `without` found. */
export function barFailures(c: PageCase, r: CaseResult): string[] {
  const f: string[] = [];
  if (!r.verdictOk) f.push(`${c.name}: verdict isArabic=${r.isArabic} isArticle=${r.isArticle}, expected ${c.expectArabic}/${c.expectArticle}`);
  if (r.ours?.prf && r.ours.prf.f1 < 0.95) f.push(`${c.name}: body F1 ${r.ours.prf.f1.toFixed(3)} < 0.95`);
  (c.withSnippets ?? []).forEach((w, i) => { if (!r.ours?.withFound[i]) f.push(`${c.name}: missing «${w}»`); });
  (c.withoutSnippets ?? []).forEach((w, i) => { if (r.ours?.withoutFound[i]) f.push(`${c.name}: contains «${w}»`); });
  return f;
}

const fmt = (p?: PRF) => (p ? `P ${p.precision.toFixed(3)} R ${p.recall.toFixed(3)} F1 ${p.f1.toFixed(3)}` : '');

function main() {
  const args = process.argv.slice(2);
  const dirs = args.length ? args.map((a) => resolve(a)) : [resolve(ROOT, '../shared/data/pages'), resolve(ROOT, 'test/test-pages')];
  const failures: string[] = [];
  let total = 0;
  for (const dir of dirs) {
    const cases = loadCases(dir);
    if (!cases.length) { console.log(`(no pages in ${dir})`); continue; }
    console.log(`\n== ${dir}`);
    console.log('page'.padEnd(44), 'lang'.padEnd(22), 'article', 'conf', 'expected', 'ok');
    for (const c of cases) {
      total++;
      const r = evaluateCase(c);
      console.log(c.name.padEnd(44), r.lang.padEnd(22), (r.isArticle ? 'yes' : 'no').padEnd(7), r.confidence.toFixed(2),
        `${c.expectArabic ? 'ar' : 'not-ar'}/${c.expectArticle ? 'article' : 'no'}`.padEnd(8), r.verdictOk ? 'OK' : 'WRONG');
      if (r.ours) {
        if (r.ours.prf) console.log('   body   ours:', fmt(r.ours.prf), '| raw Readability:', fmt(r.raw?.prf));
        (c.withSnippets ?? []).forEach((w, i) => console.log(`   with    «${w}»  ours: ${r.ours!.withFound[i] ? 'found' : 'MISSING'}  raw: ${r.raw!.withFound[i] ? 'found' : 'missing'}`));
        (c.withoutSnippets ?? []).forEach((w, i) => console.log(`   without «${w}»  ours: ${r.ours!.withoutFound[i] ? 'PRESENT' : 'absent'}  raw: ${r.raw!.withoutFound[i] ? 'present' : 'absent'}`));
      }
      failures.push(...barFailures(c, r));
    }
  }
  console.log(`\n${total} pages; BAR ${failures.length ? 'FAILED' : 'met'}`);
  for (const f of failures) console.log('  ✗', f);
  if (failures.length) process.exitCode = 1;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
