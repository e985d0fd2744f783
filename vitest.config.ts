// Two projects: server (unit + integration on a shared per-worker database) and e2e (Chromium journeys).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    env: { TZ: 'UTC' },
    projects: [
      {
        test: {
          name: 'server',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
          pool: 'forks',
          maxWorkers: 2,
          // One database per worker, shared by the files it runs: PGlite starts in seconds, not milliseconds.
          isolate: false,
          testTimeout: 20_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.ts'],
          pool: 'forks',
          maxWorkers: 1,
          fileParallelism: false,
          globalSetup: ['tests/e2e/support/global-setup.ts'],
          setupFiles: ['tests/e2e/support/reset-test-clock.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
