import { build, defineConfig, type Plugin } from 'vite';
import { crx } from '@crxjs/vite-plugin';
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

/**
 * Content scripts are built here, not by @crxjs: each becomes ONE self-contained classic script
 * (IIFE), so nothing has to be exposed in web_accessible_resources for a loader to import, and the
 * page-load cost is one small file. The built manifest gets them back under their output names.
 */
function contentScripts(): Plugin {
  let outDir = OUT_DIR;
  return {
    name: 'khulasa-content-scripts',
    apply: 'build',
    configResolved(config) { outDir = config.build.outDir; }, // honours `vite build --outDir …` (Firefox build)
    async closeBundle() {
      const entries = manifest.content_scripts.flatMap((cs) => cs.js);
      const outputs = new Map<string, string>();
      for (const entry of entries) {
        const fileName = `content/${entry.replace(/^src\/content\//, '').replace(/\.ts$/, '.js')}`;
        await build({
          configFile: false,
          logLevel: 'warn',
          build: {
            outDir,
            emptyOutDir: false,
            target: 'chrome120',
            minify: true,
            lib: { entry, formats: ['iife'], name: 'khulasaContent', fileName: () => fileName },
          },
        });
        outputs.set(entry, fileName);
      }
      const built = JSON.parse(readFileSync(`${outDir}/manifest.json`, 'utf8'));
      built.content_scripts = manifest.content_scripts.map((cs) => ({ ...cs, js: cs.js.map((j) => outputs.get(j)!) }));
      writeFileSync(`${outDir}/manifest.json`, JSON.stringify(built, null, 2) + '\n');
    },
  };
}

const { content_scripts: _contentScripts, ...crxManifest } = manifest;

export default defineConfig({
  plugins: [crx({ manifest: crxManifest as never }), locales(), contentScripts()],
  build: {
    outDir: OUT_DIR,
    emptyOutDir: true,
    target: 'chrome120',
    sourcemap: false,
    modulePreload: false,
    // the NER model is one ~1.6 MB lazy chunk by design (loaded only when a summary is asked for)
    chunkSizeWarningLimit: 2000,
  },
});
