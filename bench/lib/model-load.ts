/** Run in a fresh process by the bench: prints the ms of the first `await loadTagger()` as JSON. */
import { performance } from 'node:perf_hooks';

const t0 = performance.now();
const { loadTagger } = await import('../../src/core/entities/load-tagger');
const t1 = performance.now();
await loadTagger();
const t2 = performance.now();
process.stdout.write(JSON.stringify({ importModule: t1 - t0, loadTagger: t2 - t1 }) + '\n');
