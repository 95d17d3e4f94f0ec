/**
 * Three test projects (`npm test` runs all three after building; `npm run test:unit` only the first):
 * - unit: fast and self-contained (no ../shared/data, no real browser);
 * - quality: the gates on the corpora in ../shared/data (test/quality/data.ts: skip locally, fail under CI);
 * - browser: real Chromium with the extension (test/e2e), and the Firefox build in a real Firefox.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'quality',
          include: ['test/quality/**/*.test.ts'],
          environment: 'node',
          testTimeout: 300_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/e2e/global-setup.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
