import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { sql } from 'drizzle-orm';
import { type AppConfig, maskedUrl } from '../config';
import { type Database, type Db, openDatabase } from '../db/client';
import { DataDirInUseError, lockDataDir } from '../db/data-dir-lock';
import { databaseArchive, hasDatabase, isDatabaseEntry, isRuntimeEntry } from '../db/pglite-archive';

/**
 * `openpo backup [file]` and `openpo restore <file> [--replace]` (docs/operations.md#backups).
 *
 * PostgreSQL: pg_dump's custom format, restored by pg_restore through psql in one transaction.
 * The embedded database: PGlite's own archive of its data directory (.tar.gz). Either way a backup
 * is written beside its final name and renamed when whole, and a restore checks the whole file
 * before it touches the target, refuses a target holding data unless told to replace it, keeps
 * what it replaces, and migrates what it restored to this version.
 */

/** A failure the operator can act on, said in one line (a few for a tool's own words). */
class BackupProblem extends Error {}

const BACKUP_USAGE = 'Usage: openpo backup [file or directory]';
const RESTORE_USAGE = 'Usage: openpo restore <file> [--replace]';

/** `2026-12-04T053012Z`: UTC, sorts by time, no characters a file system refuses. */
function stamp(now: Date): string {
  return now
    .toISOString()
    .replace(/:/g, '')
    .replace(/\.\d+Z$/, 'Z');
}

function fileSize(bytes: number): string {
  return bytes < 100_000 ? `${Math.max(1, Math.round(bytes / 1000))} kB` : `${(bytes / 1e6).toFixed(1)} MB`;
}

const count = new Intl.NumberFormat('en-US');

function describeTarget(config: AppConfig): string {
  return config.databaseUrl
    ? `the PostgreSQL database ${maskedUrl(config.databaseUrl)}`
    : `the embedded database in ${config.dataDir}`;
}

export async function backupCommand(config: AppConfig, args: string[]): Promise<number> {
  if (args.length > 1 || args.some((a) => a.startsWith('-'))) {
    process.stderr.write(`${BACKUP_USAGE}\n`);
    return 2;
  }
  try {
    const now = new Date();
    const name = `openpo-${stamp(now)}${config.databaseUrl ? '.dump' : '.tar.gz'}`;
    const given = args[0];
    let file = path.resolve(given ?? name);
    if (given && fs.statSync(file, { throwIfNoEntry: false })?.isDirectory()) file = path.join(file, name);
    if (fs.existsSync(file)) throw new BackupProblem(`${file} exists; name a new file`);
    if (config.databaseUrl) await pgDump(config.databaseUrl, file);
    else await dumpPglite(config.dataDir, file);
    process.stdout.write(
      `Backed up ${describeTarget(config)} to ${file} (${fileSize(fs.statSync(file).size)}).\n`,
    );
    return 0;
  } catch (err) {
    return failed('Backup', err);
  }
}

export async function restoreCommand(config: AppConfig, args: string[]): Promise<number> {
  const files = args.filter((a) => !a.startsWith('-'));
  const flags = args.filter((a) => a.startsWith('-'));
  if (files.length !== 1 || flags.some((f) => f !== '--replace')) {
    process.stderr.write(`${RESTORE_USAGE}\n`);
    return 2;
  }
  const replace = flags.includes('--replace');
  try {
    const file = path.resolve(files[0]!);
    const kind = backupKind(file);
    if (kind === 'pglite' && config.databaseUrl)
      throw new BackupProblem(
        `${file} is a backup of the embedded database; restore it with DATABASE_URL unset, into OPENPO_DATA_DIR`,
      );
    if (kind === 'postgres' && !config.databaseUrl)
      throw new BackupProblem(
        `${file} is a PostgreSQL backup; restore it with DATABASE_URL set to the database to restore into`,
      );
    const now = new Date();
    const kept = config.databaseUrl
      ? await restorePostgres(config.databaseUrl, file, replace, now)
      : await restorePglite(config.dataDir, file, replace, now);
    const database = await openDatabase(
      config.databaseUrl
        ? { kind: 'postgres', url: config.databaseUrl, max: 1 }
        : { kind: 'pglite', dataDir: config.dataDir },
    );
    try {
      const before = await migrationsApplied(database.db);
      await database.migrate();
      const migrated = (await migrationsApplied(database.db)) - before;
      const restored = await contents(database.db);
      const c = (table: string) => count.format(restored.counts.get(table) ?? 0);
      process.stdout.write(
        `Restored ${file} into ${describeTarget(config)}: ${restored.tables} tables, ${count.format(restored.rows)} rows (${c('users')} users, ${c('suppliers')} suppliers, ${c('purchase_orders')} purchase orders, ${c('audit_log')} audit entries); ${
          migrated === 0
            ? 'its schema is current'
            : `${migrated} migration${migrated === 1 ? '' : 's'} applied to bring it up to this version`
        }.\n`,
      );
    } finally {
      await database.close();
    }
    if (kept) process.stdout.write(`${kept}\n`);
    return 0;
  } catch (err) {
    return failed('Restore', err);
  }
}

function failed(what: 'Backup' | 'Restore', err: unknown): number {
  if (err instanceof BackupProblem || err instanceof DataDirInUseError) {
    // One line ends with a full stop; a tool's own lines after it are shown as they are.
    const end = err.message.includes('\n') || /[.!?]$/.test(err.message) ? '' : '.';
    process.stderr.write(`${what} failed: ${err.message}${end}\n`);
    return 1;
  }
  throw err;
}

/** What made the file, by its first bytes: pg_dump's custom format starts `PGDMP`, gzip 1f 8b. */
function backupKind(file: string): 'postgres' | 'pglite' {
  const head = Buffer.alloc(5);
  let read: number;
  try {
    const fd = fs.openSync(file, 'r');
    try {
      read = fs.readSync(fd, head, 0, 5, 0);
    } finally {
      fs.closeSync(fd);
    }
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new BackupProblem(`${file} does not exist`);
    if (code === 'EISDIR') throw new BackupProblem(`${file} is a directory, not a backup`);
    throw new BackupProblem(`cannot read ${file} (${(err as Error).message})`);
  }
  if (read === 5 && head.toString('latin1') === 'PGDMP') return 'postgres';
  if (read >= 2 && head[0] === 0x1f && head[1] === 0x8b) return 'pglite';
  throw new BackupProblem(
    `${file} is not a backup made by openpo backup (neither a PostgreSQL custom-format dump nor an archive of the embedded database)`,
  );
}

/** Writes `file` through `file.partial`, synced, so a file under the final name is always whole. */
function writeWhole(file: string, data: Buffer): void {
  const partial = `${file}.partial`;
  try {
    const fd = fs.openSync(partial, 'w', 0o600);
    try {
      fs.writeSync(fd, data);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(partial, file);
  } catch (err) {
    fs.rmSync(partial, { force: true });
    throw new BackupProblem(`cannot write ${file} (${(err as Error).message})`);
  }
}

// --- The embedded database ---------------------------------------------------------------------

function pgliteOf(database: Database): PGlite {
  return (database.db as unknown as { $client: PGlite }).$client;
}

async function dumpPglite(dataDir: string, file: string): Promise<void> {
  if (!hasDatabase(dataDir))
    throw new BackupProblem(`there is no embedded database in ${dataDir} to back up`);
  const database = await openDatabase({ kind: 'pglite', dataDir });
  let tar: Buffer;
  try {
    const client = pgliteOf(database);
    // Written out to the data files, so the copy needs no recovery from the write-ahead log.
    await client.exec('CHECKPOINT');
    tar = Buffer.from(await (await client.dumpDataDir('none')).arrayBuffer());
  } finally {
    await database.close();
  }
  const archive = databaseArchive(tar);
  if (!archive) throw new Error(`PGlite's archive of ${dataDir} holds no database`);
  writeWhole(file, gzipSync(archive));
}

/**
 * Restores into the data directory. A database already there is moved aside into
 * `replaced-<time>/` in the same directory (where a rename always works, even when the data
 * directory is a mounted volume), and moved back if the archive does not load. The audit seal key,
 * the published checkpoints and the outbox stay where they are. Says where the old one is kept.
 */
async function restorePglite(
  dataDir: string,
  file: string,
  replace: boolean,
  now: Date,
): Promise<string | null> {
  let archive: Buffer | null;
  try {
    archive = databaseArchive(gunzipSync(fs.readFileSync(file)));
  } catch (err) {
    throw new BackupProblem(
      `${file} is damaged or incomplete (${(err as Error).message}); nothing was restored`,
    );
  }
  if (!archive)
    throw new BackupProblem(
      `${file} is damaged or incomplete, or not an archive of the embedded database; nothing was restored`,
    );
  fs.mkdirSync(dataDir, { recursive: true });
  if (hasDatabase(dataDir)) {
    const data = await holdsData(await openDatabase({ kind: 'pglite', dataDir }));
    if (data && !replace)
      throw new BackupProblem(
        `the embedded database in ${dataDir} holds data; restore into an empty OPENPO_DATA_DIR, or add --replace to replace it (it is moved aside and kept)`,
      );
  }
  const lock = lockDataDir(dataDir);
  try {
    const aside = moveDatabaseAside(dataDir, path.join(dataDir, `replaced-${stamp(now)}`));
    try {
      const client = new PGlite({
        dataDir,
        loadDataDir: new Blob([new Uint8Array(archive)]),
        extensions: { pg_trgm },
      });
      await client.waitReady;
      await client.close();
    } catch (err) {
      for (const entry of databaseEntries(dataDir)) fs.rmSync(path.join(dataDir, entry), { recursive: true });
      if (aside) {
        moveDatabaseAside(aside, dataDir);
        fs.rmdirSync(aside);
      }
      const reason = err instanceof Error ? err.message : String(err);
      throw new BackupProblem(
        `the embedded database could not load ${file} (${reason}); nothing was restored`,
      );
    }
    return aside
      ? `The database that was in ${dataDir} is kept in ${aside}; delete it when you no longer need it.`
      : null;
  } finally {
    lock.release();
  }
}

function databaseEntries(dir: string): string[] {
  return fs.readdirSync(dir).filter((e) => isDatabaseEntry(e) || isRuntimeEntry(e));
}

/** Moves the database's entries from `from` into `to`, all or none; `to` when any were moved. */
function moveDatabaseAside(from: string, to: string): string | null {
  const entries = databaseEntries(from);
  if (entries.length === 0) return null;
  fs.mkdirSync(to, { recursive: true });
  const moved: string[] = [];
  try {
    for (const entry of entries) {
      fs.renameSync(path.join(from, entry), path.join(to, entry));
      moved.push(entry);
    }
  } catch (err) {
    for (const entry of moved) fs.renameSync(path.join(to, entry), path.join(from, entry));
    throw new BackupProblem(`cannot move the database in ${from} aside (${(err as Error).message})`);
  }
  return to;
}

// --- PostgreSQL ----------------------------------------------------------------------------------

/**
 * The connection for the PostgreSQL tools: the URL without its password (the command line is
 * visible to every user of the machine), the password in PGPASSWORD.
 */
function pgConnection(url: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const u = new URL(url);
  const password = decodeURIComponent(u.password);
  u.password = '';
  return { dbname: u.toString(), env: password ? { ...process.env, PGPASSWORD: password } : process.env };
}

type ToolRun = { code: number | null; signal?: NodeJS.Signals | null; stderr: string };

/** Runs a PostgreSQL client tool; a missing tool is a BackupProblem saying what to install. */
async function runTool(
  tool: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  url: string,
  feed?: (child: ReturnType<typeof spawn>) => void,
): Promise<ToolRun> {
  const run = await new Promise<ToolRun | 'missing'>((resolve, reject) => {
    const child = spawn(tool, args, { env, stdio: [feed ? 'pipe' : 'ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString('utf8')).slice(-20_000);
    });
    child.on('error', (err: NodeJS.ErrnoException) =>
      err.code === 'ENOENT' ? resolve('missing') : reject(err),
    );
    child.on('close', (code, signal) => resolve({ code, signal, stderr }));
    feed?.(child);
  });
  if (run === 'missing') throw new BackupProblem(await toolMissing(tool, url));
  return run;
}

async function serverMajor(url: string): Promise<string | null> {
  const database = await openDatabase({ kind: 'postgres', url, max: 1 });
  try {
    const result = await database.db.execute(sql`select current_setting('server_version_num') as v`);
    const v = (result as unknown as { rows: { v: string }[] }).rows[0]?.v;
    return v ? String(Math.floor(Number(v) / 10000)) : null;
  } catch {
    return null;
  } finally {
    await database.close();
  }
}

async function toolMissing(tool: string, url: string): Promise<string> {
  const major = await serverMajor(url).catch(() => null);
  return major
    ? `${tool} was not found; install the PostgreSQL client tools for PostgreSQL ${major}, the server's version (Debian and Ubuntu: apt-get install postgresql-client-${major})`
    : `${tool} was not found; install the PostgreSQL client tools of the server's major version (Debian and Ubuntu: apt-get install postgresql-client)`;
}

/** A tool's complaint in a few lines: its first lines that say something, passwords masked. */
function toolSaid(tool: string, run: ToolRun): string {
  const lines = run.stderr
    .split('\n')
    .map((l) => maskedUrl(l.trim()))
    .filter((l) => l !== '');
  const shown = lines.slice(0, 4);
  if (lines.length > shown.length) shown.push(`… and ${lines.length - shown.length} more lines`);
  const mismatch = /server version: (\d+)/.exec(run.stderr);
  if (mismatch)
    shown.push(
      `install the PostgreSQL client tools of version ${mismatch[1]} or newer (Debian and Ubuntu: postgresql-client-${mismatch[1]})`,
    );
  if (shown.length === 0)
    return run.signal ? `${tool} crashed (${run.signal})` : `${tool} exited with code ${run.code}`;
  return shown.join('\n  ');
}

async function pgDump(url: string, file: string): Promise<void> {
  const { dbname, env } = pgConnection(url);
  const partial = `${file}.partial`;
  try {
    const run = await runTool(
      'pg_dump',
      ['--format=custom', '--no-owner', `--file=${partial}`, `--dbname=${dbname}`],
      env,
      url,
    );
    if (run.code !== 0) throw new BackupProblem(toolSaid('pg_dump', run));
    fs.renameSync(partial, file);
  } finally {
    fs.rmSync(partial, { force: true });
  }
}

/**
 * Empties the target inside the restore's transaction: OpenPO's schemas and everything in public
 * that is not an extension's, so the dump's objects can be created whatever was there — an empty
 * schema made by `migrate`, or a newer schema when an upgrade is rolled back by a restore (where
 * pg_restore --clean would leave the newer tables, and fail on their foreign keys).
 */
const EMPTY_TARGET = `
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', true);
DROP SCHEMA IF EXISTS drizzle CASCADE;
DROP SCHEMA IF EXISTS pgboss CASCADE;
DO $$
DECLARE r record;
BEGIN
  FOR r IN
    SELECT format('public.%I', c.relname) AS name,
           CASE c.relkind WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' WHEN 'S' THEN 'SEQUENCE'
                          WHEN 'f' THEN 'FOREIGN TABLE' ELSE 'TABLE' END AS kind
    FROM pg_catalog.pg_class c
    WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')
      AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                      WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype IN ('e', 'a', 'i'))
  LOOP
    EXECUTE format('DROP %s IF EXISTS %s CASCADE', r.kind, r.name);
  END LOOP;
  FOR r IN
    SELECT p.oid::regprocedure::text AS name,
           CASE p.prokind WHEN 'p' THEN 'PROCEDURE' WHEN 'a' THEN 'AGGREGATE' ELSE 'FUNCTION' END AS kind
    FROM pg_catalog.pg_proc p
    WHERE p.pronamespace = 'public'::regnamespace
      AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                      WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e')
  LOOP
    EXECUTE format('DROP %s IF EXISTS %s CASCADE', r.kind, r.name);
  END LOOP;
  FOR r IN
    SELECT format('public.%I', t.typname) AS name
    FROM pg_catalog.pg_type t
    WHERE t.typnamespace = 'public'::regnamespace
      AND (t.typtype IN ('e', 'd', 'r')
           OR (t.typtype = 'c' AND (SELECT c.relkind FROM pg_catalog.pg_class c WHERE c.oid = t.typrelid) = 'c'))
      AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                      WHERE d.classid = 'pg_type'::regclass AND d.objid = t.oid AND d.deptype = 'e')
  LOOP
    EXECUTE format('DROP TYPE IF EXISTS %s CASCADE', r.name);
  END LOOP;
END $$;
`;

/**
 * Restores a custom-format dump: read through once first (a damaged or cut-short file is found
 * before the database is touched), then, if the target holds data and may be replaced, saved
 * beside the file being restored; then emptied and restored in one transaction, so a failure
 * leaves it as it was. Says where the replaced content was saved.
 */
async function restorePostgres(
  url: string,
  file: string,
  replace: boolean,
  now: Date,
): Promise<string | null> {
  const { dbname, env } = pgConnection(url);
  const check = await runTool('pg_restore', ['--file=/dev/null', file], env, url);
  if (check.code !== 0)
    throw new BackupProblem(
      `${file} is damaged or incomplete; nothing was restored:\n  ${toolSaid('pg_restore', check)}`,
    );
  const data = await holdsData(await openDatabase({ kind: 'postgres', url, max: 1 }));
  if (data && !replace)
    throw new BackupProblem(
      `the PostgreSQL database ${maskedUrl(url)} holds data; restore into an empty database, or add --replace to replace it (its content is saved first)`,
    );
  let saved: string | null = null;
  if (data) {
    saved = path.join(path.dirname(file), `openpo-before-restore-${stamp(now)}.dump`);
    try {
      await pgDump(url, saved);
    } catch (err) {
      if (!(err instanceof BackupProblem)) throw err;
      throw new BackupProblem(
        `saving the database's content to ${saved} before replacing it failed; nothing was restored:\n  ${err.message}`,
      );
    }
  }
  // psql, not pg_restore --single-transaction: the target is emptied in the same transaction. It is
  // committed only when pg_restore has written the whole script; otherwise rolled back.
  let restoreRun: ToolRun | null = null;
  const psqlRun = await runTool(
    'psql',
    ['--no-psqlrc', '--quiet', '--set=ON_ERROR_STOP=1', `--dbname=${dbname}`],
    env,
    url,
    (psql) => {
      const stdin = psql.stdin!;
      stdin.on('error', () => undefined); // psql stopped at an error: it says which
      stdin.write(`BEGIN;\n${EMPTY_TARGET}\n`);
      // --no-comments: OpenPO writes none, and restoring an extension's comment needs its owner.
      const restore = spawn('pg_restore', ['--no-owner', '--no-comments', '--file=-', file], {
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stderr = '';
      restore.stderr.on('data', (chunk: Buffer) => {
        stderr = (stderr + chunk.toString('utf8')).slice(-20_000);
      });
      restore.stdout.pipe(stdin, { end: false });
      const finish = (code: number | null, signal: NodeJS.Signals | null = null) => {
        if (restoreRun) return;
        restoreRun = { code, signal, stderr };
        stdin.end(code === 0 ? 'COMMIT;\n' : 'ROLLBACK;\n');
      };
      restore.on('error', (err) => {
        stderr += err.message;
        finish(-1);
      });
      restore.on('close', finish);
    },
  );
  // psql first: when it stops at an error, pg_restore fails too, writing to it.
  if (psqlRun.code !== 0)
    throw new BackupProblem(
      `the database refused the restore; nothing was restored:\n  ${toolSaid('psql', psqlRun)}`,
    );
  const restoreResult = restoreRun as ToolRun | null;
  if (restoreResult?.code !== 0)
    throw new BackupProblem(
      `pg_restore failed; nothing was restored:\n  ${toolSaid('pg_restore', restoreResult ?? { code: null, stderr: '' })}`,
    );
  return saved ? `The database's content before the restore was saved to ${saved}.` : null;
}

// --- What a database holds ----------------------------------------------------------------------

async function publicTables(db: Db): Promise<string[]> {
  const result = await db.execute(
    sql`select tablename from pg_tables where schemaname = 'public' order by tablename`,
  );
  return (result as unknown as { rows: { tablename: string }[] }).rows.map((r) => r.tablename);
}

const quoted = (name: string) => `"public"."${name.replace(/"/g, '""')}"`;

/** Whether the database holds any row in OpenPO's tables (see hasData); closes it. */
async function holdsData(database: Database): Promise<boolean> {
  try {
    return await hasData(database.db);
  } finally {
    await database.close();
  }
}

/** True when any of OpenPO's tables has a row: an empty schema (after `migrate`) holds no data. */
async function hasData(db: Db): Promise<boolean> {
  for (const table of await publicTables(db)) {
    const result = await db.execute(sql.raw(`select exists(select 1 from ${quoted(table)}) as any`));
    if ((result as unknown as { rows: { any: boolean }[] }).rows[0]?.any) return true;
  }
  return false;
}

async function contents(db: Db): Promise<{ tables: number; rows: number; counts: Map<string, number> }> {
  const counts = new Map<string, number>();
  let rows = 0;
  const tables = await publicTables(db);
  for (const table of tables) {
    const result = await db.execute(sql.raw(`select count(*)::bigint as n from ${quoted(table)}`));
    const n = Number((result as unknown as { rows: { n: string }[] }).rows[0]?.n ?? 0);
    counts.set(table, n);
    rows += n;
  }
  return { tables: tables.length, rows, counts };
}

async function migrationsApplied(db: Db): Promise<number> {
  const exists = await db.execute(sql`select to_regclass('drizzle.__drizzle_migrations') is not null as e`);
  if (!(exists as unknown as { rows: { e: boolean }[] }).rows[0]?.e) return 0;
  const result = await db.execute(sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
  return (result as unknown as { rows: { n: number }[] }).rows[0]?.n ?? 0;
}
