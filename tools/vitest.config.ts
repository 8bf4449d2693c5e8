import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// unit: domain and application, no I/O. integration: adapters and apps against real services
// (URLs from the environment; see tools/testing/services.ts). e2e: browser journeys.
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: [
            'packages/{domain,application}/src/**/*.test.ts',
            'packages/adapters/src/**/*.unit.test.ts',
            'apps/*/src/**/*.unit.test.ts',
          ],
        },
      },
      {
        test: {
          name: 'integration',
          include: [
            'packages/adapters/src/**/*.int.test.ts',
            'apps/*/src/**/*.int.test.ts',
            'tools/**/*.int.test.ts',
          ],
          globalSetup: ['tools/testing/services.global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tools/e2e/**/*.e2e.test.ts'],
          testTimeout: 120_000,
          // Each journey starts the app from scratch (migrations, demo data validated in the
          // sandbox): generous on a busy 2-core machine.
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
