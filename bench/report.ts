import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** One row of the results: a scenario at one concurrency. */
export type ScenarioResult = {
  name: string;
  concurrency: number;
  opsPerSec: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  /** The API server's CPU time (its process, user + system) per operation in the timed window. */
  cpuMsPerOp?: number;
  /** The raw-SQL limit of the same writes, and API ÷ limit (scenarios 1 and 2). */
  limitOpsPerSec?: number;
  ratio?: number;
  limitP99Ms?: number;
  /** Failed operations (non-2xx responses, exceptions); a row with errors is flagged. */
  errors?: number;
  firstError?: string;
  note?: string;
  /** Why the scenario did not run. */
  skipped?: string;
};

export type Machine = {
  cpuModel: string;
  cpus: number;
  memoryGb: number;
  node: string;
  database: string;
  platform: string;
  date: string;
};

export type Results = {
  scale: string;
  db: string;
  /** The API server's PostgreSQL pool (DATABASE_POOL_SIZE); null on PGlite, which has one connection. */
  databasePoolSize: number | null;
  /** The server ran its background jobs (event relay, audit sealer, e-mail), as in production. */
  backgroundJobs: boolean;
  durationSeconds: number;
  generationSeconds: number | null;
  /** True when the data set came from an earlier run (--keep). */
  reusedDataSet: boolean;
  dataSet: { orders: number; lines: number; suppliers: number };
  machine: Machine;
  scenarios: ScenarioResult[];
};

export function machineInfo(database: string): Machine {
  const cpus = os.cpus();
  return {
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    cpus: cpus.length,
    memoryGb: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    database,
    platform: `${os.platform()} ${os.release()}`,
    date: new Date().toISOString(),
  };
}

const fmt = (n: number | undefined, digits = 1) => (n === undefined ? '' : n.toFixed(digits));

/** How the server reached the database, for the console. */
export function poolText(poolSize: number | null): string {
  return poolSize === null
    ? 'PGlite, one connection'
    : `PostgreSQL pool of ${poolSize} connection${poolSize === 1 ? '' : 's'} (DATABASE_POOL_SIZE)`;
}

/**
 * The console table: which pool the server had, then one row per scenario and concurrency;
 * skipped scenarios and errors below it.
 */
export function formatTable(results: ScenarioResult[], opts: { poolSize: number | null }): string {
  const header = [
    'scenario',
    'conc',
    'ops/s',
    'p50 ms',
    'p95 ms',
    'p99 ms',
    'CPU ms/op',
    'limit ops/s',
    'API/limit',
    'errors',
  ];
  const ran = results.filter((r) => !r.skipped);
  // A row with failed operations is not a measurement: its figures are not shown.
  const rows = ran.map((r) =>
    r.errors
      ? [r.name, String(r.concurrency), ...Array(7).fill('—'), `${r.errors} !`]
      : [
          r.name,
          String(r.concurrency),
          fmt(r.opsPerSec),
          fmt(r.p50Ms, 2),
          fmt(r.p95Ms, 2),
          fmt(r.p99Ms, 2),
          fmt(r.cpuMsPerOp, 2),
          fmt(r.limitOpsPerSec),
          r.ratio === undefined ? '' : r.ratio.toFixed(2),
          '0',
        ],
  );
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  const out = [
    `Server database: ${poolText(opts.poolSize)}`,
    line(header),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...rows.map(line),
  ];
  for (const r of results.filter((r) => r.skipped)) out.push(`- ${r.name}: skipped, ${r.skipped}`);
  const noted = new Map(ran.filter((r) => r.note).map((r) => [r.name, r.note]));
  for (const [name, note] of noted) out.push(`  ${name}: ${note}`);
  for (const r of ran.filter((r) => r.errors)) {
    out.push(`! ${r.name} @${r.concurrency}: ${r.errors} failed operations, first: ${r.firstError}`);
  }
  return out.join('\n');
}

/** Writes bench/results/latest.json and a timestamped copy; returns their paths. */
export function writeResults(results: Results, dir = path.resolve('bench/results')): string[] {
  fs.mkdirSync(dir, { recursive: true });
  const json = `${JSON.stringify(results, null, 2)}\n`;
  const stamp = results.machine.date.replace(/[:]/g, '-').replace(/\.\d+Z$/, 'Z');
  const latest = path.join(dir, 'latest.json');
  const copy = path.join(dir, `${results.scale}-${results.db}-${stamp}.json`);
  fs.writeFileSync(latest, json);
  fs.writeFileSync(copy, json);
  return [latest, copy];
}
