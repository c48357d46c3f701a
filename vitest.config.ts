import { defineConfig } from 'vitest/config';

/**
 * Three tiers, each in its own folder: fast pure-function tests, HTTP tests against the local
 * server on the embedded DynamoDB, and Chromium tests against the built site.
 */
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node' } },
      {
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
      {
        test: {
          name: 'infra',
          include: ['test/infra/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/e2e/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          // A browser on a busy 2-core machine can take seconds to settle: polls wait up to 15 s
          // (they return as soon as the expectation holds, so a quiet machine loses nothing).
          expect: { poll: { timeout: 15_000, interval: 100 } },
        },
      },
    ],
  },
});
