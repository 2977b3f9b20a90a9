import { defineConfig } from 'vitest/config';

// Server suites run on PGlite always, on PostgreSQL as well when TEST_DATABASE_URL is set, and on a Citus
// cluster when CITUS_URL is set (`--project server-citus`; docs/operations.md).
const serverProject = (name: string, db: 'pglite' | 'postgres' | 'citus') => ({
  test: {
    name,
    include: ['packages/server/src/**/*.test.ts', 'packages/cli/src/**/*.server.test.ts'],
    environment: 'node' as const,
    env: { ROUXING_TEST_DB: db },
    globalSetup: ['packages/server/test/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks' as const,
    // Each file opens its own database copy and nothing is mocked: the worker keeps the loaded modules
    // between files (the module graph was most of a file's cost — 14 files took 133 s isolated, 58 s not).
    isolate: false,
    // On Citus every file uses the one distributed database, reset before it: one file at a time.
    ...(db === 'citus' ? { fileParallelism: false } : {}),
  },
});

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'domain',
          include: [
            'packages/domain/src/**/*.test.ts',
            'packages/contracts/src/**/*.test.ts',
            'packages/cli/src/**/*.test.ts',
            'bench/**/*.test.ts',
            'scripts/**/*.test.ts',
          ],
          exclude: ['**/*.server.test.ts', '**/node_modules/**'],
          environment: 'node',
          testTimeout: 30_000,
          isolate: false,
        },
      },
      serverProject('server', 'pglite'),
      ...(process.env.TEST_DATABASE_URL ? [serverProject('server-pg', 'postgres')] : []),
      ...(process.env.CITUS_URL ? [serverProject('server-citus', 'citus')] : []),
      {
        test: {
          name: 'web',
          include: ['packages/web/src/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['e2e/global-setup.ts'],
          testTimeout: 180_000,
          hookTimeout: 300_000,
          fileParallelism: false,
          // A page may take seconds to answer on a busy CI machine: polls wait up to 20 s (default 1 s).
          expect: { poll: { timeout: 20_000, interval: 100 } },
        },
      },
    ],
  },
});
