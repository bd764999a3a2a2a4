import path from 'node:path';

import { defineConfig } from 'vitest/config';

// Browser tests: each file starts its own production server (next start) on a free port and
// drives Debian's Chromium through playwright-core. They run one file at a time: two cores.
export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});
