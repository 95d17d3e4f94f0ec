/**
 * Firefox build from the same source: the normal vite build (vite.config.ts) into dist-firefox/, then
 * the built manifest goes through src/platform/firefox-manifest.ts, then web-ext zips it.
 *
 *   npx tsx scripts/build-firefox.ts [--out-dir DIR] [--artifacts-dir ZIPDIR] [--no-zip]
 *
 * Writes DIR (default dist-firefox/) and ZIPDIR (default web-ext-artifacts/)/khulasa-firefox-<version>.zip.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'vite';
import { toFirefoxManifest, type Manifest } from '../src/platform/firefox-manifest';

const { values } = parseArgs({
  options: {
    'out-dir': { type: 'string', default: 'dist-firefox' },
    'artifacts-dir': { type: 'string', default: 'web-ext-artifacts' },
    'no-zip': { type: 'boolean', default: false },
  },
});
const outDir = resolve(values['out-dir']!);

await build({ logLevel: 'warn', build: { outDir, emptyOutDir: true } });

const manifestPath = `${outDir}/manifest.json`;
const firefox = toFirefoxManifest(JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest);
writeFileSync(manifestPath, JSON.stringify(firefox, null, 2) + '\n');
console.log(`Firefox build: ${outDir}`);

if (!values['no-zip']) {
  const { cmd } = await import('web-ext');
  const { extensionPath } = await cmd.build(
    {
      sourceDir: outDir,
      artifactsDir: resolve(values['artifacts-dir']!),
      filename: `khulasa-firefox-${firefox.version}.zip`,
      overwriteDest: true,
    },
    { showReadyMessage: false },
  );
  console.log(`Firefox package: ${extensionPath}`);
}
