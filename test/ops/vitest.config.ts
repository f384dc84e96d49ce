import { defineConfig } from 'vitest/config';

/**
 * The operations tests (`npm run test:ops`): several server processes, a PostgreSQL restart, a
 * mail server going away. They need PostgreSQL (TEST_DATABASE_URL) and run one file at a time, apart
 * from the main suite, because they stop and start the database server itself.
 */
export default defineConfig({
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: ['test/ops/**/*.test.ts'],
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 300_000,
    hookTimeout: 120_000,
  },
});
