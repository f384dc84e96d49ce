import type { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import type pg from 'pg';
import type { Ctx } from '../../src/core/shared/context';
import type { Db } from '../../src/db/client';
import * as schema from '../../src/db/schema';
import type { TestApp } from './app';

/**
 * A context on the test app's database that counts the SQL statements run through it (begin and
 * commit aside: only node-postgres logs them), for tests that a request's statements do not grow
 * with what it carries.
 */
export function countingCtx(t: TestApp): { ctx: Ctx; count: () => number; reset: () => void } {
  let n = 0;
  const logger = { logQuery: (query: string) => void (/^(begin|commit)$/i.test(query.trim()) || n++) };
  const client = (t.database.db as unknown as { $client: unknown }).$client;
  const db =
    t.database.kind === 'pglite'
      ? drizzlePglite(client as PGlite, { schema, logger })
      : drizzleNodePg(client as pg.Pool, { schema, logger });
  return {
    ctx: { db: db as unknown as Db, clock: t.clock },
    count: () => n,
    reset: () => {
      n = 0;
    },
  };
}
