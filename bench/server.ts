import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/api/app';
import { loadConfig } from '../src/config';
import { systemClock } from '../src/core/shared/clock';
import type { BenchDatabase } from './db';

/**
 * The real server under test. On PostgreSQL it is `openpo serve` in a child process, so the load
 * generator and the server use separate cores; PGlite lives inside one process, so there the app
 * is built and listens in this one.
 */
export type RunningServer = {
  baseUrl: string;
  stop(): Promise<void>;
  /** The server process's CPU time so far in seconds (PostgreSQL only: PGlite shares this process). */
  cpuSeconds?: () => Promise<number>;
};

/** The token the benchmark's server asks for at /metrics. */
const METRICS_TOKEN = randomBytes(24).toString('hex');

/** The server's /metrics (Prometheus text), read with the benchmark's token. */
export async function metricsOf(baseUrl: string): Promise<string> {
  const res = await fetch(`${baseUrl}/metrics`, {
    headers: { authorization: `Bearer ${METRICS_TOKEN}` },
    signal: AbortSignal.timeout(5000),
  });
  if (!res.ok) throw new Error(`${baseUrl}/metrics answered ${res.status}`);
  return res.text();
}

/** process_cpu_seconds_total from the server's /metrics. */
async function cpuSecondsOf(baseUrl: string): Promise<number> {
  const match = /^process_cpu_seconds_total (\S+)$/m.exec(await metricsOf(baseUrl));
  if (!match) throw new Error(`${baseUrl}/metrics has no process_cpu_seconds_total`);
  return Number(match[1]);
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

async function waitHealthy(baseUrl: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The server exited with code ${child.exitCode}:\n${log()}`);
    try {
      const res = await fetch(`${baseUrl}/healthz`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`The server did not become healthy within 60 s:\n${log()}`);
}

/**
 * `poolSize`: the child server's DATABASE_POOL_SIZE on PostgreSQL (PGlite has one connection).
 * `jobs`: the child runs its background work (event relay, audit sealer, e-mail) as in
 * production; the in-process PGlite server never does.
 */
export async function startServer(
  bench: BenchDatabase,
  opts: { poolSize: number | null; jobs: boolean },
): Promise<RunningServer> {
  const env = {
    OPENPO_DEMO: '0',
    LOG_LEVEL: 'warn',
    OPENPO_JOBS: bench.kind === 'postgres' && opts.jobs ? '1' : '0',
    HOST: '127.0.0.1',
    OPENPO_METRICS_TOKEN: METRICS_TOKEN,
  };
  if (bench.kind === 'pglite') {
    const config = loadConfig({ ...env, PORT: '0' });
    const app: FastifyInstance = await buildApp({
      ctx: { db: bench.database.db, clock: systemClock },
      config,
      // BENCH_SERVER_LOG=1 shows the server's errors (the child process on PostgreSQL logs at warn).
      logger: process.env.BENCH_SERVER_LOG ? { level: 'warn' } : false,
      serveWeb: false,
    });
    const address = await app.listen({ port: 0, host: '127.0.0.1' });
    return { baseUrl: address, stop: () => app.close() };
  }
  const port = await freePort();
  // BENCH_CPU_PROF=<dir>: the server writes a V8 CPU profile there when it stops.
  const profile = process.env.BENCH_CPU_PROF
    ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(process.env.BENCH_CPU_PROF)}`]
    : [];
  const child = spawn(process.execPath, [...profile, '--import', 'tsx', 'src/cli/main.ts', 'serve'], {
    env: {
      ...process.env,
      ...env,
      DATABASE_URL: bench.url,
      ...(opts.poolSize === null ? {} : { DATABASE_POOL_SIZE: String(opts.poolSize) }),
      PORT: String(port),
      OPENPO_DATA_DIR: path.join(os.tmpdir(), 'openpo-bench-server'),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-4000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitHealthy(baseUrl, child, () => output);
  return {
    baseUrl,
    cpuSeconds: () => cpuSecondsOf(baseUrl),
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
