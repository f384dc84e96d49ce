import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'test/ops/**', 'test/perf/**', 'node_modules/**'],
    pool: 'forks',
    // Test files share their process's loaded modules (each file still has its own database and
    // app): loading the whole server again for every file was a third of the suite's time. No test
    // mocks modules or changes the environment, so nothing carries from one file to the next.
    isolate: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Each file gets its own database (PGlite in memory, or a fresh PostgreSQL database).
    fileParallelism: true,
    // Those databases are copies of one template, migrated and seeded once per run.
    globalSetup: ['test/helpers/database-template.ts'],
  },
});
