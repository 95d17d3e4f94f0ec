/**
 * The data gate of every test that reads ../shared/data (or $KHULASA_DATA). Usage:
 *   const TEST = sharedData('anercorp/test.txt');  describe.skipIf(!TEST)('…', () => { … readConll(TEST!) … });
 * Missing locally: one warning, the caller skips. Missing under CI=true: the test file fails with one clear line.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export const DATA_DIR = resolve(process.env.KHULASA_DATA ?? resolve(import.meta.dirname, '../../../shared/data'));

/** CI as CI services set it (CI=true, CI=1); CI=false or CI=0 is a local run. */
export const IN_CI = !!process.env.CI && !/^(false|0)$/i.test(process.env.CI);

/** The absolute path of `rel` under the shared data directory when it exists, else undefined (or, under CI, a failure). */
export function sharedData(rel: string): string | undefined {
  const path = resolve(DATA_DIR, rel);
  if (existsSync(path)) return path;
  const what = `${path} is missing (the shared data directory: ../shared/data, or set KHULASA_DATA)`;
  if (IN_CI) {
    const e = new Error(`${what}: under CI the corpus gates must run, not skip`);
    e.stack = e.message; // one line in the report, no trace
    throw e;
  }
  console.warn(`skipped: ${what}`);
  return undefined;
}
