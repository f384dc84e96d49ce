import fs from 'node:fs';
import path from 'node:path';

/**
 * The embedded database (PGlite) runs inside the process that opens it: two processes on one data
 * directory, or a backup or restore while a server runs, would each write its own idea of the
 * files and corrupt them. Whoever opens the data directory holds `openpo.lock` in it, holding its
 * process id. A lock whose process no longer runs (killed, crashed) is stale and taken over.
 */
export const LOCK_FILE = 'openpo.lock';

export class DataDirInUseError extends Error {
  constructor(
    public readonly dataDir: string,
    public readonly pid: number,
  ) {
    super(`the embedded database in ${dataDir} is in use by process ${pid}; stop OpenPO first`);
    this.name = 'DataDirInUseError';
  }
}

export type DataDirLock = { release(): void };

/**
 * The data directories this process holds. A lock naming this process's id that is not here was
 * left by an earlier process that had the same id (a container's process is often pid 1 every
 * time): stale.
 */
const held = new Set<string>();

function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it runs, as another user.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function holder(file: string): number | null {
  try {
    const pid = Number.parseInt(fs.readFileSync(file, 'utf8'), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
}

/** Takes the data directory's lock, or throws DataDirInUseError naming the process that holds it. */
export function lockDataDir(dataDir: string): DataDirLock {
  const dir = path.resolve(dataDir);
  const file = path.join(dir, LOCK_FILE);
  // Written under a name of its own, then linked to the lock's name: the lock appears with its
  // process id in it, or not at all (a reader never sees it empty), and only one link succeeds.
  const mine = `${file}.${process.pid}`;
  fs.writeFileSync(mine, `${process.pid}\n`);
  for (let attempt = 0; ; attempt++) {
    try {
      try {
        fs.linkSync(mine, file);
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS') throw err;
        // A file system without hard links: created and written in two steps.
        fs.writeFileSync(file, `${process.pid}\n`, { flag: 'wx' });
      }
      fs.rmSync(mine, { force: true });
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST' || attempt >= 3) {
        fs.rmSync(mine, { force: true });
        throw err;
      }
    }
    const pid = holder(file);
    if (pid !== null && (pid === process.pid ? held.has(dir) : running(pid))) {
      fs.rmSync(mine, { force: true });
      throw new DataDirInUseError(dir, pid);
    }
    // Stale (or unreadable garbage): remove it and try again. Two processes taking over the same
    // stale lock at the same instant could both succeed; starting two at once after a crash is
    // the one case this does not cover.
    fs.rmSync(file, { force: true });
  }
  held.add(dir);
  let released = false;
  return {
    release() {
      if (released) return;
      released = true;
      held.delete(dir);
      if (holder(file) === process.pid) fs.rmSync(file, { force: true });
    },
  };
}
