import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { sql } from 'drizzle-orm';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuditSeal } from '../../src/audit-seal';
import { loadConfig } from '../../src/config';
import { sealAuditLog } from '../../src/core/audit';
import { fixedClock } from '../../src/core/shared/clock';
import { type Database, openDatabase } from '../../src/db/client';
import { DataDirInUseError, LOCK_FILE } from '../../src/db/data-dir-lock';
import { seedCostCentre } from '../../src/seed/organisation-factories';
import { seedPurchaseOrder } from '../../src/seed/purchase-order-factories';
import { type CliDatabase, createCliDatabase } from '../helpers/cli-database';
import { createScratchPostgres } from '../helpers/db';
import { migrationsFolder, migrationsUpTo } from '../helpers/migrations';
import { seedSupplier, seedUser } from '../helpers/seed';

/**
 * `openpo backup` and `openpo restore`: a database with orders, users, suppliers, audit entries and
 * document-number sequences is backed up and restored into a fresh target, and every table of
 * every schema (and every sequence) is the same there; the restored audit trail verifies. A target
 * holding data is refused without --replace, and replaced with it (what was there is kept); a
 * file of the wrong kind, missing, cut short or not a backup is refused in one line, the target
 * untouched. The embedded database's data directory is locked while open. PGlite in a data
 * directory by default; PostgreSQL (pg_dump, pg_restore, psql) with TEST_DATABASE_URL.
 */
const root = path.resolve(import.meta.dirname, '../..');
const adminUrl = process.env.TEST_DATABASE_URL;
const onPostgres = Boolean(adminUrl);
const ext = onPostgres ? '.dump' : '.tar.gz';

let source: CliDatabase;
let work: string;
/** The restore target: a fresh data directory, or a fresh PostgreSQL database. */
let target: { env: Record<string, string>; open(): Promise<Database>; drop(): Promise<void> };
let backupFile: string;
let sourceDigest: Record<string, string>;

async function createTarget(name = 'restored'): Promise<typeof target> {
  if (!adminUrl) {
    const dataDir = path.join(work, name);
    return {
      env: { OPENPO_DATA_DIR: dataDir },
      open: () => openDatabase({ kind: 'pglite', dataDir }),
      drop: async () => undefined,
    };
  }
  const scratch = await createScratchPostgres(adminUrl);
  return {
    env: { DATABASE_URL: scratch.url },
    open: () => openDatabase({ kind: 'postgres', url: scratch.url, max: 1 }),
    drop: () => scratch.drop(),
  };
}

/** Migrates an empty target to the schema of an older version (the migrations up to `last`). */
async function migrateTargetTo(t: typeof target, last: number): Promise<void> {
  const folder = migrationsUpTo(last);
  try {
    if (t.env.DATABASE_URL) {
      const pool = new pg.Pool({ connectionString: t.env.DATABASE_URL, max: 1 });
      const db = drizzleNodePg(pool);
      await migrateNodePg(db, { migrationsFolder: folder });
      await db.execute(
        sql`insert into currencies (code, name, minor_units) values ('CHF', 'Swiss franc', 2)`,
      );
      await pool.end();
    } else {
      const client = new PGlite({ dataDir: t.env.OPENPO_DATA_DIR, extensions: { pg_trgm } });
      const db = drizzlePglite(client);
      await migratePglite(db, { migrationsFolder: folder });
      await db.execute(
        sql`insert into currencies (code, name, minor_units) values ('CHF', 'Swiss franc', 2)`,
      );
      await client.close();
    }
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

/**
 * Every table of every schema as its row count and the MD5 of its rows' text, in order; every
 * sequence's last value.
 */
async function digestOf(open: () => Promise<Database>): Promise<Record<string, string>> {
  const database = await open();
  try {
    const q = async <T>(text: string) =>
      ((await database.db.execute(sql.raw(text))) as unknown as { rows: T[] }).rows;
    const digest: Record<string, string> = {};
    const tables = await q<{ s: string; t: string }>(
      `select table_schema as s, table_name as t from information_schema.tables
       where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')
       order by 1, 2`,
    );
    for (const { s, t } of tables) {
      const [row] = await q<{ n: number; md5: string | null }>(
        `select count(*)::int as n, md5(string_agg(r::text, E'\\n' order by r::text)) as md5 from "${s}"."${t}" r`,
      );
      digest[`${s}.${t}`] = `${row?.n} rows ${row?.md5 ?? '-'}`;
    }
    const sequences = await q<{ s: string; n: string; v: string | null }>(
      'select schemaname as s, sequencename as n, last_value::text as v from pg_sequences order by 1, 2',
    );
    for (const { s, n, v } of sequences) digest[`sequence ${s}.${n}`] = v ?? 'never used';
    return digest;
  } finally {
    await database.close();
  }
}

/** The URL with this password, unless it has one. */
function withPassword(url: string, password: string): string {
  const u = new URL(url);
  if (!u.password) u.password = password;
  return u.toString();
}

type Run = { status: number | null; stdout: string; stderr: string };

/** The command line, without waiting (refusals are checked side by side). */
function runAsync(args: string[], extraEnv: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
      cwd: root,
      env: { ...process.env, ...source.env, ...extraEnv },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => {
      stdout += c.toString('utf8');
    });
    child.stderr.on('data', (c: Buffer) => {
      stderr += c.toString('utf8');
    });
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'openpo-backup-'));
  source = await createCliDatabase('backup');
  const database = await source.open();
  try {
    const ctx = { db: database.db, clock: fixedClock(new Date('2026-07-01T09:00:00Z')) };
    await seedUser(ctx, { email: 'someone@backup.example', roles: ['requester'] });
    const supplier = await seedSupplier(ctx, { legalName: 'Backup Supplies Ltd' });
    const costCentreId = (await seedCostCentre(ctx)).id;
    await seedPurchaseOrder(ctx, { supplierId: supplier.id, costCentreId, status: 'approved' });
    await seedPurchaseOrder(ctx, { costCentreId, status: 'draft' });
    // Sealed with the key and checkpoint file in the source's data directory, as the server does.
    const audit = createAuditSeal(loadConfig(source.env), { createKey: true });
    expect(await sealAuditLog({ ...ctx, audit: audit.seal })).toMatchObject({ outcome: 'sealed' });
  } finally {
    await database.close();
  }
  sourceDigest = await digestOf(source.open);
  target = await createTarget();
}, 120_000);

afterAll(async () => {
  await target?.drop();
  await source?.drop();
  fs.rmSync(work, { recursive: true, force: true });
});

describe('openpo backup and restore', () => {
  it('round trip: every table and sequence restored equal, and the audit trail verifies', async () => {
    expect(sourceDigest['public.purchase_orders']).toMatch(/^2 rows [0-9a-f]{32}$/);
    expect(sourceDigest['public.audit_log']).toMatch(/^\d{2,} rows /);
    expect(Object.keys(sourceDigest).filter((k) => k.startsWith('sequence ')).length).toBeGreaterThan(2);

    // A directory: the file is named after the time, with the database's kind of file. On
    // PostgreSQL the URL carries a password (the test server trusts local connections and ignores
    // it), which is never printed.
    const secretUrl = onPostgres ? withPassword(source.env.DATABASE_URL!, 'db-secret') : '';
    const backup = source.run(['backup', work], onPostgres ? { DATABASE_URL: secretUrl } : {});
    expect(backup.stderr).toBe('');
    expect(backup.status).toBe(0);
    const name = /to (\S+) \(/.exec(backup.stdout)?.[1] ?? '';
    expect(path.dirname(name)).toBe(work);
    expect(path.basename(name)).toMatch(
      new RegExp(`^openpo-\\d{4}-\\d\\d-\\d\\dT\\d{6}Z${ext.replace('.', '\\.')}$`),
    );
    expect(backup.stdout).toMatch(
      /^Backed up the (embedded|PostgreSQL) database .* to \S+ \([\d.]+ [kM]B\)\.\n$/,
    );
    expect(backup.stdout).not.toMatch(/db-secret/);
    if (onPostgres) expect(backup.stdout).toMatch(/ postgres:\/\/[^ ]*:\*\*\*@/);
    expect(fs.readdirSync(work).filter((f) => f.endsWith('.partial'))).toEqual([]);
    backupFile = name;
    // The embedded database's archive holds the database only: the seal key is kept apart.
    if (!onPostgres) {
      const listing = spawnSync('tar', ['-tzf', backupFile], { encoding: 'utf8' }).stdout;
      expect(listing).toMatch(/PG_VERSION/);
      expect(listing).not.toMatch(/audit-seal\.key|audit-checkpoints|openpo\.lock/);
    }

    const restore = source.run(['restore', backupFile], target.env);
    expect(restore.stderr).toBe('');
    expect(restore.status).toBe(0);
    expect(restore.stdout).toMatch(
      /^Restored \S+ into the (embedded|PostgreSQL) database .*: \d+ tables, [\d,]+ rows \(\d+ users, \d+ suppliers, 2 purchase orders, [\d,]+ audit entries\); its schema is current\.\n$/,
    );
    expect(await digestOf(target.open)).toEqual(sourceDigest);

    // The key and the published checkpoints come from where they are kept, apart from the backup.
    const verify = source.run(['audit-verify'], {
      ...target.env,
      OPENPO_AUDIT_KEY_FILE: path.join(source.dataDir, 'audit-seal.key'),
      OPENPO_AUDIT_CHECKPOINT_FILE: path.join(source.dataDir, 'audit-checkpoints.jsonl'),
    });
    expect(verify.stderr).toBe('');
    expect(verify.stdout).toMatch(/^Audit trail intact: /);
    expect(verify.status).toBe(0);
  }, 120_000);

  it('refuses a target that holds data, and with --replace replaces it, keeping what was there', async () => {
    const refused = source.run(['restore', backupFile]);
    expect(refused.status).toBe(1);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toMatch(
      /^Restore failed: the (embedded|PostgreSQL) database .* holds data; restore into an empty .*, or add --replace to replace it .*\.\n$/,
    );
    expect(await digestOf(source.open)).toEqual(sourceDigest);

    // The restored copy changes; replacing it puts it back as the backup has it.
    const changed = await target.open();
    try {
      await seedSupplier({ db: changed.db, clock: fixedClock(new Date()) }, { legalName: 'Added Later Ltd' });
    } finally {
      await changed.close();
    }
    expect(await digestOf(target.open)).not.toEqual(sourceDigest);
    const replaced = source.run(['restore', backupFile, '--replace'], target.env);
    expect(replaced.stderr).toBe('');
    expect(replaced.status).toBe(0);
    expect(await digestOf(target.open)).toEqual(sourceDigest);
    const kept = replaced.stdout.split('\n')[1] ?? '';
    if (onPostgres) {
      expect(kept).toMatch(/^The database's content before the restore was saved to (\S+)\.$/);
      const saved = /saved to (\S+)\.$/.exec(kept)![1]!;
      expect(fs.readFileSync(saved).subarray(0, 5).toString()).toBe('PGDMP');
    } else {
      expect(kept).toMatch(
        /^The database that was in \S+ is kept in (\S+); delete it when you no longer need it\.$/,
      );
      const aside = /kept in (\S+);/.exec(kept)![1]!;
      expect(fs.existsSync(path.join(aside, 'PG_VERSION'))).toBe(true);
    }
  }, 120_000);

  it('refuses a file of the wrong kind, a missing, cut-short or foreign file in one line, the target untouched', async () => {
    const wrongKind = path.join(work, `wrong-kind${onPostgres ? '.tar.gz' : '.dump'}`);
    fs.writeFileSync(
      wrongKind,
      onPostgres ? gzipSync(Buffer.from('not a data directory')) : 'PGDMP\u0001\u000e…',
    );
    const cut = path.join(work, `cut${ext}`);
    const whole = fs.readFileSync(backupFile);
    fs.writeFileSync(cut, whole.subarray(0, Math.floor(whole.length / 2)));
    const foreign = path.join(work, 'notes.txt');
    fs.writeFileSync(foreign, 'shopping list\n');
    const before = await digestOf(target.open);
    const asideBefore = onPostgres ? [] : fs.readdirSync(target.env.OPENPO_DATA_DIR!);

    const [kind, missing, cutShort, notBackup, usage] = await Promise.all([
      runAsync(['restore', wrongKind, '--replace'], target.env),
      runAsync(['restore', path.join(work, `missing${ext}`), '--replace'], target.env),
      runAsync(['restore', cut, '--replace'], target.env),
      runAsync(['restore', foreign, '--replace'], target.env),
      runAsync(['restore'], target.env),
    ]);
    const oneLine = (run: Run, pattern: RegExp) => {
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(pattern);
      expect(run.status).toBe(1);
    };
    oneLine(
      kind,
      onPostgres
        ? /^Restore failed: \S+ is a backup of the embedded database; restore it with DATABASE_URL unset, into OPENPO_DATA_DIR\.\n$/
        : /^Restore failed: \S+ is a PostgreSQL backup; restore it with DATABASE_URL set to the database to restore into\.\n$/,
    );
    oneLine(missing, /^Restore failed: \S+missing\S+ does not exist\.\n$/);
    oneLine(cutShort, /^Restore failed: \S+cut\S+ is damaged or incomplete[^\n]*nothing was restored[.:]\n/);
    expect(cutShort.stderr.split('\n').length).toBeLessThanOrEqual(4);
    oneLine(notBackup, /^Restore failed: \S+notes\.txt is not a backup made by openpo backup .*\.\n$/);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toBe('Usage: openpo restore <file> [--replace]\n');

    expect(await digestOf(target.open)).toEqual(before);
    if (!onPostgres) expect(fs.readdirSync(target.env.OPENPO_DATA_DIR!)).toEqual(asideBefore);
  }, 120_000);

  it('restores a backup made by an older version and migrates it forward', async () => {
    const entries = (
      JSON.parse(fs.readFileSync(path.join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as {
        entries: unknown[];
      }
    ).entries.length;
    const older = await createTarget('older');
    const newer = await createTarget('newer');
    try {
      await migrateTargetTo(older, entries - 2);
      const file = path.join(work, `older${ext}`);
      const backup = source.run(['backup', file], older.env);
      expect(backup.stderr).toBe('');
      expect(backup.status).toBe(0);
      const restore = source.run(['restore', file], newer.env);
      expect(restore.stderr).toBe('');
      expect(restore.stdout).toMatch(/; 1 migration applied to bring it up to this version\.\n$/);
      expect(restore.status).toBe(0);
      const database = await newer.open();
      try {
        const q = async <T>(query: ReturnType<typeof sql>) =>
          ((await database.db.execute(query)) as unknown as { rows: T[] }).rows;
        expect(await q(sql`select count(*)::int as n from drizzle.__drizzle_migrations`)).toEqual([
          { n: entries },
        ]);
        expect(await q(sql`select name from currencies`)).toEqual([{ name: 'Swiss franc' }]);
      } finally {
        await database.close();
      }
    } finally {
      await older.drop();
      await newer.drop();
    }
  }, 120_000);

  it.runIf(onPostgres)(
    'without pg_dump says what to install; pg_dump failing is shown and leaves no file; no password on its command line',
    async () => {
      const bin = path.join(work, 'bin');
      fs.mkdirSync(bin);
      fs.writeFileSync(
        path.join(bin, 'pg_dump'),
        [
          '#!/bin/sh',
          `echo "$@" > ${path.join(work, 'pg_dump-arguments')}`,
          'for a in "$@"; do case "$a" in --file=*) echo partial > "$(echo "$a" | cut -d= -f2-)";; esac; done',
          'echo "pg_dump: error: aborting because of server version mismatch" >&2',
          'echo "pg_dump: detail: server version: 99.1; pg_dump version: 15.0" >&2',
          'exit 1',
        ].join('\n'),
        { mode: 0o755 },
      );
      const [missing, failing] = await Promise.all([
        runAsync(['backup', path.join(work, 'no-tool.dump')], { PATH: path.join(work, 'empty') }),
        runAsync(['backup', path.join(work, 'failing.dump')], {
          PATH: `${bin}:${process.env.PATH}`,
          DATABASE_URL: withPassword(source.env.DATABASE_URL!, 'db-secret'),
        }),
      ]);
      expect(missing.status).toBe(1);
      expect(missing.stderr).toMatch(
        /^Backup failed: pg_dump was not found; install the PostgreSQL client tools for PostgreSQL \d+, the server's version \(Debian and Ubuntu: apt-get install postgresql-client-\d+\)\.\n$/,
      );
      expect(failing.status).toBe(1);
      expect(failing.stderr).toBe(
        [
          'Backup failed: pg_dump: error: aborting because of server version mismatch',
          '  pg_dump: detail: server version: 99.1; pg_dump version: 15.0',
          '  install the PostgreSQL client tools of version 99 or newer (Debian and Ubuntu: postgresql-client-99)',
          '',
        ].join('\n'),
      );
      expect(fs.readdirSync(work).filter((f) => /^(no-tool|failing)\.dump/.test(f))).toEqual([]);
      const args = fs.readFileSync(path.join(work, 'pg_dump-arguments'), 'utf8');
      expect(args).toMatch(/--format=custom --no-owner --file=\S+failing\.dump\.partial --dbname=postgres/);
      expect(args).not.toMatch(/db-secret/);
    },
    60_000,
  );
});

describe.skipIf(onPostgres)('the embedded database’s data-directory lock', () => {
  it('refuses a backup, a restore and a start while the data directory is open elsewhere', async () => {
    const held = await source.open();
    try {
      const [backup, restore, migrate] = await Promise.all([
        runAsync(['backup', path.join(work, 'in-use.tar.gz')]),
        runAsync(['restore', backupFile, '--replace']),
        runAsync(['migrate']),
      ]);
      const inUse = `the embedded database in ${source.dataDir} is in use by process ${process.pid}; stop OpenPO first.`;
      expect(backup.stderr).toBe(`Backup failed: ${inUse}\n`);
      expect(backup.status).toBe(1);
      expect(restore.stderr).toBe(`Restore failed: ${inUse}\n`);
      expect(restore.status).toBe(1);
      expect(migrate.stderr).toBe(`OpenPO cannot start: ${inUse}\n`);
      expect(migrate.status).toBe(69);
      expect(fs.existsSync(path.join(work, 'in-use.tar.gz'))).toBe(false);
      // A second handle in the same process is refused as well.
      await expect(source.open()).rejects.toBeInstanceOf(DataDirInUseError);
    } finally {
      await held.close();
    }
    expect(fs.existsSync(path.join(source.dataDir, LOCK_FILE))).toBe(false);
    expect(await digestOf(source.open)).toEqual(sourceDigest);
  }, 120_000);

  it('takes over the lock of a process that is gone, or of an earlier process with this one’s id', async () => {
    const lock = path.join(source.dataDir, LOCK_FILE);
    const gone = spawnSync(process.execPath, ['-e', '']).pid;
    for (const pid of [gone, process.pid]) {
      fs.writeFileSync(lock, `${pid}\n`);
      const database = await source.open();
      expect(fs.readFileSync(lock, 'utf8')).toBe(`${process.pid}\n`);
      await database.close();
      expect(fs.existsSync(lock)).toBe(false);
    }
  });
});
