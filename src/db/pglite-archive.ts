import fs from 'node:fs';
import path from 'node:path';

/**
 * The embedded database's backup is a tar archive of its data directory, as PGlite's
 * `dumpDataDir` writes it (ustar, names rooted at `/`). OpenPO's data directory also holds the
 * audit seal key, the published checkpoints and the e-mail outbox, which PGlite dumps along with
 * its own files: a backup keeps only PostgreSQL's files (the key is kept apart from the database,
 * docs/audit.md), and a restore writes only those.
 */

/** The entries of a PostgreSQL data directory, by their name at its top level. */
export function isDatabaseEntry(name: string): boolean {
  return (
    name === 'PG_VERSION' ||
    name === 'base' ||
    name === 'global' ||
    name.startsWith('pg_') ||
    name === 'postgresql.conf' ||
    name === 'postgresql.auto.conf'
  );
}

/** What the server writes while it runs; moved aside with the database, never archived. */
export function isRuntimeEntry(name: string): boolean {
  return name === 'postmaster.pid' || name === 'postmaster.opts';
}

/** True when a PostgreSQL database lives in the directory. */
export function hasDatabase(dataDir: string): boolean {
  return fs.existsSync(path.join(dataDir, 'PG_VERSION'));
}

type TarEntry = { name: string; type: string; start: number; end: number };

const BLOCK = 512;

function field(header: Buffer, from: number, length: number): string {
  const text = header.toString('latin1', from, from + length);
  const nul = text.indexOf('\0');
  return nul === -1 ? text : text.slice(0, nul);
}

function octal(header: Buffer, from: number, length: number): number {
  const text = field(header, from, length).trim();
  return /^[0-7]+$/.test(text) ? Number.parseInt(text, 8) : Number.NaN;
}

/**
 * The entries of a tar archive, each header's checksum checked; null when it is not a whole tar
 * archive (a header fails its checksum, or an entry runs past the end).
 */
export function tarEntries(tar: Buffer): TarEntry[] | null {
  const entries: TarEntry[] = [];
  let offset = 0;
  while (offset + BLOCK <= tar.length) {
    const header = tar.subarray(offset, offset + BLOCK);
    if (header.every((b) => b === 0)) return entries;
    let sum = 0;
    for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 32 : header[i]!;
    const size = octal(header, 124, 12);
    if (octal(header, 148, 8) !== sum || Number.isNaN(size)) return null;
    const prefix = field(header, 345, 155);
    const name = field(header, 0, 100);
    const end = offset + BLOCK + Math.ceil(size / BLOCK) * BLOCK;
    if (end > tar.length) return null;
    entries.push({
      name: prefix ? `${prefix}/${name}` : name,
      type: String.fromCharCode(header[156]!),
      start: offset,
      end,
    });
    offset = end;
  }
  return null; // no end-of-archive block: cut short
}

/** The first component of an entry's path: `base` for `/base/5/1259`. */
export function topLevel(name: string): string {
  return name.replace(/^\.?\/+/, '').split('/')[0] ?? '';
}

/**
 * The archive with PostgreSQL's entries only, or null when it is not a tar archive of a
 * PostgreSQL data directory.
 */
export function databaseArchive(tar: Buffer): Buffer | null {
  const entries = tarEntries(tar);
  if (!entries) return null;
  const kept = entries.filter((e) => isDatabaseEntry(topLevel(e.name)));
  const names = new Set(kept.map((e) => topLevel(e.name)));
  if (!names.has('PG_VERSION') || !names.has('base') || !names.has('global')) return null;
  return Buffer.concat([...kept.map((e) => tar.subarray(e.start, e.end)), Buffer.alloc(2 * BLOCK)]);
}
