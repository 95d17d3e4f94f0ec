/**
 * The CLI (`khulasa`, run by bin/khulasa.mjs) compiled for Node into dist-cli/: part of `npm run build`, so
 * the CLI runs plain JavaScript (no TypeScript loader at run time). The Node-only HTML parsers stay
 * dependencies (imported from node_modules); everything else, JSON data included, is bundled. The NER
 * model stays a separate chunk, loaded on first use as in the extension.
 */
import { defineConfig } from 'vite';

export default defineConfig({
  publicDir: false,
  ssr: { noExternal: true, external: ['linkedom', 'parse5'] },
  build: {
    ssr: 'src/cli/main.ts',
    outDir: 'dist-cli',
    emptyOutDir: true,
    target: 'node20',
    sourcemap: false,
    minify: false,
    reportCompressedSize: false,
    chunkSizeWarningLimit: 2000,
    rollupOptions: { output: { entryFileNames: 'khulasa.js', chunkFileNames: '[name]-[hash].js' } },
  },
});
