import { type ChildProcess, spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { expect } from 'vitest';
import { fixedClock } from '../../src/core/shared/clock';
import { seedItem } from '../../src/seed/catalog-factories';
import { type CliDatabase, createCliDatabase } from './cli-database';
import { seedSupplier, seedUser, TEST_PASSWORD } from './seed';

const root = path.resolve(import.meta.dirname, '../..');

/** An OpenPO server in a process of its own, on a database made by createCliDatabase. */
export type ServerProcess = { child: ChildProcess; url: string; output: () => string };

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export async function startServer(db: CliDatabase, env: Record<string, string> = {}): Promise<ServerProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'serve'], {
    cwd: root,
    env: {
      ...process.env,
      ...db.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      OPENPO_DEMO: '0',
      OPENPO_JOBS: '0',
      LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-8000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(`${url}/healthz`)).ok) return { child, url, output: () => output };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`the server did not start:\n${output}`);
}

/** Resolves when the process has exited (at once if it already has), with its exit code. */
export async function exited(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

/** Signs in with the test password; the session cookie. */
export async function signIn(url: string, email: string): Promise<string> {
  const res = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: TEST_PASSWORD }),
  });
  expect(res.status).toBe(200);
  return String(res.headers.get('set-cookie')).split(';')[0]!;
}

/**
 * A database for a server process, with a buyer (signs in with the test password), a supplier
 * and an item to order.
 */
export async function buyerDatabase(
  prefix: string,
  email: string,
): Promise<{ db: CliDatabase; supplierId: string; itemId: string }> {
  const db = await createCliDatabase(prefix);
  const database = await db.open();
  const ctx = { db: database.db, clock: fixedClock(new Date()) };
  await seedUser(ctx, { email, roles: ['buyer'] });
  const supplierId = (await seedSupplier(ctx)).id;
  const itemId = (await seedItem(ctx)).id;
  await database.close();
  return { db, supplierId, itemId };
}
