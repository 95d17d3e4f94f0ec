import { build, defineConfig, type Plugin } from 'vite';
import { crx } from '@crxjs/vite-plugin';
import { minify } from 'terser';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import manifest from './manifest.json' with { type: 'json' };

const OUT_DIR = 'dist';

/** Emits src/_locales/<lang>/messages.json as _locales/<lang>/messages.json in the build. */
function locales(): Plugin {
  return {
    name: 'khulasa-locales',
    generateBundle() {
      for (const lang of readdirSync('src/_locales')) {
        this.emitFile({
          type: 'asset',
          fileName: `_locales/${lang}/messages.json`,
          source: readFileSync(`src/_locales/${lang}/messages.json`, 'utf8'),
        });
      }
    },
  };
}

/** `vite build --mode e2e` (test/e2e/global-setup.ts): the same extension in dist-e2e/, its background with test hooks. */
const E2E_MODE = 'e2e';

/**
 * What a page load runs is built here, not by @crxjs: each content script and the background become ONE
 * self-contained, minified script with no shared chunk, so a page load costs exactly those files (nothing
 * of the popup's code rides along) and nothing has to be web-accessible for a loader to import. The built
 * manifest gets them back under their output names.
 */
function pageLoadScripts(backgroundEntry: string): Plugin {
  let outDir = OUT_DIR;
  const buildOne = async (entry: string, fileName: string) => {
    await build({
      configFile: false,
      logLevel: 'warn',
      build: {
        outDir,
        emptyOutDir: false,
        target: 'chrome120',
        minify: true,
        lib: { entry, formats: ['iife'], name: 'khulasa', fileName: () => fileName },
      },
    });
    // A second pass with terser over vite's minified output: page load 16.43 → 15.45 KB (terser instead of
    // vite's minifier: 15.85 KB). The popup keeps vite's minifier alone (its budget is gzip, libraries dominate).
    const file = `${outDir}/${fileName}`;
    const { code } = await minify(readFileSync(file, 'utf8'), { compress: { passes: 3 }, mangle: true, ecma: 2020 });
    writeFileSync(file, code!);
    return fileName;
  };
  return {
    name: 'khulasa-page-load-scripts',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    }, // honours `vite build --outDir …` (Firefox build)
    async closeBundle() {
      const outputs = new Map<string, string>();
      for (const entry of manifest.content_scripts.flatMap((cs) => cs.js)) {
        outputs.set(
          entry,
          await buildOne(entry, `content/${entry.replace(/^src\/content\//, '').replace(/\.ts$/, '.js')}`),
        );
      }
      const background = await buildOne(backgroundEntry, 'background.js');
      const built = JSON.parse(readFileSync(`${outDir}/manifest.json`, 'utf8'));
      built.content_scripts = manifest.content_scripts.map((cs) => ({ ...cs, js: cs.js.map((j) => outputs.get(j)!) }));
      built.background = { service_worker: background }; // a classic script: one file, nothing to import
      writeFileSync(`${outDir}/manifest.json`, JSON.stringify(built, null, 2) + '\n');
    },
  };
}

const { content_scripts: _contentScripts, background: _background, ...crxManifest } = manifest;

export default defineConfig(({ mode }) => ({
  plugins: [
    crx({ manifest: crxManifest as never }),
    locales(),
    pageLoadScripts(mode === E2E_MODE ? 'test/e2e/background-with-hooks.ts' : manifest.background.service_worker),
  ],
  build: {
    outDir: mode === E2E_MODE ? 'dist-e2e' : OUT_DIR,
    emptyOutDir: true,
    target: 'chrome120',
    sourcemap: false,
    modulePreload: false,
    // the NER model is one ~1.6 MB lazy chunk by design (loaded only when a summary is asked for)
    chunkSizeWarningLimit: 2000,
  },
}));
