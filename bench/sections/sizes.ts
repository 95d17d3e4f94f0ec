/**
 * 5. Sizes of the built bundles in dist/ (raw and gzipped) and which of them a page load, the popup and
 * the options page load (static imports followed from the manifest and the HTML pages; dynamic imports —
 * the NER model — counted apart).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT } from '../lib/corpus';

export const DIST = join(ROOT, 'dist');
export const KB = 1024;
export const PAGE_LOAD_BUDGET = 15 * KB;
export const POPUP_GZIP_BUDGET = 60 * KB;

export interface FileSize {
  file: string;
  raw: number;
  gzip: number;
}

export function sizeOf(file: string): FileSize {
  const buf = readFileSync(join(DIST, file));
  return { file, raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

/** Every .js file in dist/ (relative paths). */
export function distScripts(): string[] {
  return walk(DIST)
    .filter((f) => f.endsWith('.js'))
    .map((f) => relative(DIST, f).split('\\').join('/'))
    .sort();
}

/** Minified output quotes with ", ' or ` (rolldown writes import(`./x.js`)). */
const STATIC_IMPORT = /(?:^|[;\s}])import\s*(?:[\w$*{}\s,]+from\s*)?["'`]([^"'`]+\.js)["'`]/g;
const DYNAMIC_IMPORT = /import\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g;

function resolveSpec(from: string, spec: string): string {
  return spec.startsWith('/') ? spec.slice(1) : posix.normalize(posix.join(posix.dirname(from), spec));
}

/** The JS a module loads: itself and its static imports (transitively); dynamic imports apart. */
export function closure(entries: string[]): { files: string[]; dynamic: string[] } {
  const seen = new Set<string>(),
    dynamic = new Set<string>();
  const stack = [...entries];
  while (stack.length) {
    const f = stack.pop()!;
    if (seen.has(f) || !existsSync(join(DIST, f))) continue;
    seen.add(f);
    const src = readFileSync(join(DIST, f), 'utf8');
    for (const m of src.matchAll(STATIC_IMPORT)) stack.push(resolveSpec(f, m[1]));
    for (const m of src.matchAll(DYNAMIC_IMPORT)) dynamic.add(resolveSpec(f, m[1]));
  }
  for (const f of seen) dynamic.delete(f);
  return { files: [...seen].sort(), dynamic: [...dynamic].sort() };
}

/** <script src> of a built HTML page, as dist-relative paths. */
export function htmlScripts(htmlFile: string): string[] {
  if (!existsSync(join(DIST, htmlFile))) return [];
  const html = readFileSync(join(DIST, htmlFile), 'utf8');
  return [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => resolveSpec(htmlFile, m[1]));
}

export interface Bundles {
  content: string[];
  background: string[];
  popup: { files: string[]; dynamic: string[] };
  options: { files: string[]; dynamic: string[] };
  /** the NER model chunk(s): a dynamic import whose name says model/ner, else the biggest dynamic chunk */
  model: string[];
}

export function bundles(): Bundles {
  const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8')) as {
    content_scripts?: { js: string[] }[];
    background?: { service_worker?: string };
    action?: { default_popup?: string };
    options_ui?: { page?: string };
  };
  const content = (manifest.content_scripts ?? []).flatMap((c) => c.js);
  const background = manifest.background?.service_worker ? closure([manifest.background.service_worker]).files : [];
  const popup = closure(htmlScripts(manifest.action?.default_popup ?? 'src/popup/index.html'));
  const options = closure(htmlScripts(manifest.options_ui?.page ?? 'src/options/index.html'));
  const dyn = [...new Set([...popup.dynamic, ...options.dynamic, ...closure(background).dynamic])];
  let model = dyn.filter((f) => /ner|model/i.test(f));
  if (!model.length && dyn.length) model = [dyn.map((f) => sizeOf(f)).sort((a, b) => b.raw - a.raw)[0].file];
  // the model's own static imports are part of it
  model = closure(model).files.filter((f) => !popup.files.includes(f));
  return { content, background, popup, options, model };
}

export function total(files: string[]): FileSize {
  return files
    .map(sizeOf)
    .reduce((a, b) => ({ file: '', raw: a.raw + b.raw, gzip: a.gzip + b.gzip }), { file: '', raw: 0, gzip: 0 });
}
