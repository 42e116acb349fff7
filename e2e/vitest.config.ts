import { defineConfig } from 'vitest/config';

// End-to-end tests: real Chromium (Debian's, through playwright-core) against the built browser host.
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
