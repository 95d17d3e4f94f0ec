/**
 * Before the browser project: build the e2e copy of the extension (dist-e2e/: `vite build --mode e2e`, the
 * production build with a test-hook background entry, test/e2e/background-with-hooks.ts). The production
 * build in dist/ (`npm run build`, done first by `npm test`) is what the static checks and the bench read.
 */
import { build } from 'vite';

export default async function setup(): Promise<void> {
  await build({ mode: 'e2e', logLevel: 'warn' });
}
