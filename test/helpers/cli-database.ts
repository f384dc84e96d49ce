import { type SpawnSyncReturns, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Database, openDatabase } from '../../src/db/client';
import { seedBase } from '../../src/seed/base';
import { createScratchPostgres } from './db';

const root = path.resolve(import.meta.dirname, '../..');

/**
 * A database for tests of the `openpo` command line: PGlite in a fresh data directory by default,
 * or a fresh PostgreSQL database next to TEST_DATABASE_URL. Migrated and seeded with the base data.
 * `open` opens it from the test (PGlite allows one process at a time: close it before `run`);
 * `run` runs the command with the environment that points at it; `drop` removes it all.
 */
export type CliDatabase = {
  dataDir: string;
  env: Record<string, string>;
  open(): Promise<Database>;
  run(args: string[], extraEnv?: Record<string, string>): SpawnSyncReturns<string>;
  drop(): Promise<void>;
};

export async function createCliDatabase(prefix: string): Promise<CliDatabase> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `openpo-${prefix}-`));
  const adminUrl = process.env.TEST_DATABASE_URL;
  let env: Record<string, string>;
  let open: () => Promise<Database>;
  let dropPostgres: (() => Promise<void>) | undefined;
  if (adminUrl) {
    const scratch = await createScratchPostgres(adminUrl);
    env = { DATABASE_URL: scratch.url, OPENPO_DATA_DIR: dataDir };
    open = () => openDatabase({ kind: 'postgres', url: scratch.url, max: 1 });
    dropPostgres = () => scratch.drop();
  } else {
    env = { DATABASE_URL: '', OPENPO_DATA_DIR: dataDir };
    open = () => openDatabase({ kind: 'pglite', dataDir });
  }
  const database = await open();
  await database.migrate();
  await seedBase(database.db);
  await database.close();
  return {
    dataDir,
    env,
    open,
    run: (args, extraEnv = {}) =>
      spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
        cwd: root,
        env: { ...process.env, ...env, ...extraEnv },
        encoding: 'utf8',
        timeout: 60_000,
      }),
    async drop() {
      await dropPostgres?.();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
