import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

/**
 * Where attachments' bytes are kept, by key. Keys are content addresses (`sha256/<hex>`), so the
 * same file attached twice is stored once and a stored file never changes.
 */
export interface FileStore {
  put(key: string, bytes: Buffer): Promise<void>;
  /** The bytes, or null when the store has nothing under the key. */
  read(key: string): Promise<Buffer | null>;
}

export function sha256Hex(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function contentKey(sha256: string): string {
  return `sha256/${sha256}`;
}

/**
 * Files on the local disk under `dir` (by default `<data directory>/attachments`): `sha256/ab/cd/<hex>`.
 * A file is written under a temporary name and renamed into place, so a reader never sees half of
 * one and two writers of the same bytes do not disturb each other. Several API processes need a
 * directory they all share (docs/operations.md).
 */
export function localFileStore(dir: string): FileStore {
  const fileOf = (key: string) => {
    const match = /^sha256\/([0-9a-f]{64})$/.exec(key);
    if (!match) throw new Error(`not a content key: ${key}`);
    const hex = match[1]!;
    return path.join(dir, 'sha256', hex.slice(0, 2), hex.slice(2, 4), hex);
  };
  return {
    async put(key, bytes) {
      const file = fileOf(key);
      try {
        await fs.access(file);
        return;
      } catch {
        // not there yet
      }
      await fs.mkdir(path.dirname(file), { recursive: true });
      const temporary = `${file}.${randomUUID()}.part`;
      await fs.writeFile(temporary, bytes, { flag: 'wx' });
      await fs.rename(temporary, file);
    },
    async read(key) {
      try {
        return await fs.readFile(fileOf(key));
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw err;
      }
    },
  };
}
