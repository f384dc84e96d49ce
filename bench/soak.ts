import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { collectDefaultMetrics, Registry } from 'prom-client';
import { ConfigError, loadConfig } from '../src/config';
import {
  type BenchDatabase,
  type DbKind,
  DEFAULT_BENCH_URL,
  databaseExists,
  databaseName,
  openBenchDatabase,
  resetDatabase,
} from './db';
import { type BenchState, generate, type Scale, statePath } from './generate';
import { HttpError, httpClient } from './http';
import type { Op } from './load';
import { type Machine, machineInfo, poolText } from './report';
import { loadFixtures, SCENARIOS, type Scenario, type ScenarioContext } from './scenarios';
import { metricsOf, type RunningServer, startServer } from './server';
import { percentile } from './stats';

/**
 * `npm run soak`: the real server under a mixed load (the benchmark's scenarios, reads and writes,
 * each worker taking them in turn) at one concurrency for a number of minutes, its memory, handles
 * and file descriptors sampled every 10 s from its /metrics. After a warm-up the last minute is
 * compared with the first measured minute against the bounds below; the command exits 1 when one
 * is exceeded or any request failed. Not part of CI: it takes minutes.
 */
const USAGE = `Usage: npm run soak -- [options]
  --minutes <n>           length of the run (default 10, at least 2); the first 20 %, at least
                          one minute, is warm-up
  --db pglite|postgres    database (default pglite; postgres uses the server of DATABASE_URL,
                          default ${DEFAULT_BENCH_URL}, with "_soak" added to
                          the database's name: the soak never touches the benchmark's own database)
  --scale small|large     data set (default small; large needs --db postgres)
  --concurrency <n>       clients sending requests back to back (default 16)
  --keep                  reuse the data set of an earlier soak run
  --results <dir>         where to write soak-<db>-<scale>-<date>.json (default bench/results)
  --jobs on|off           on PostgreSQL the server runs its background work (event relay, audit
                          sealer, e-mail) as in production (default on)
The API server's PostgreSQL pool has DATABASE_POOL_SIZE connections (default 10), as in production.`;

/** Seconds between two samples of the server's /metrics. */
const SAMPLE_SECONDS = 10;
/** The windows compared: the minute after the warm-up and the run's last minute. */
const WINDOW_SECONDS = 60;
/** Warm-up: this share of the run, at least one minute (JIT, caches, pools and heap settle). */
const WARMUP_SHARE = 0.2;
const MIN_WARMUP_SECONDS = 60;

/**
 * What "no growth" means. Each figure is the median of a window's samples (six at 10 s), so one
 * garbage collection caught before or after does not decide.
 * - Heap used may end at most 25 % + 32 MB above where it started: V8 lets the old generation grow
 *   well before a major collection, and caches that fill once (prepared statements per connection,
 *   compiled schemas) are legitimate. From a 70 MB start that allows 50 MB: over the seven minutes
 *   between the windows of a 10-minute run, a leak of about 7 MB a minute; the slope of each
 *   minute's lowest heap (heapFloors) shows smaller ones.
 * - RSS adds what the heap does not hold (buffers, the allocator's free pages, which it returns to
 *   the system late or never), so it gets twice the heap's constant: 25 % + 64 MB.
 * - Handles and file descriptors are the server's sockets (the clients' keep-alive connections,
 *   the pool of DATABASE_POOL_SIZE, pg-boss's), its listener and its timers: a pool may open or
 *   close a few connections between the windows, a leak of one per request or per job would be
 *   thousands. 10 more at most.
 * - No failed request: every non-2xx answer and every network error fails the run.
 */
const BOUNDS = {
  heapFactor: 1.25,
  heapSlackMb: 32,
  rssFactor: 1.25,
  rssSlackMb: 64,
  handlesSlack: 10,
  fdsSlack: 10,
  errors: 0,
} as const;

type Options = {
  minutes: number;
  db: DbKind;
  scale: Scale;
  concurrency: number;
  keep: boolean;
  url: string;
  resultsDir: string;
  poolSize: number | null;
  jobs: boolean;
};

function fail(message: string): never {
  process.stderr.write(`${message}\n\n${USAGE}\n`);
  process.exit(2);
}

/** DATABASE_POOL_SIZE, read and checked as the server reads it. */
function poolSizeSetting(): number {
  try {
    return loadConfig({ DATABASE_POOL_SIZE: process.env.DATABASE_POOL_SIZE }).databasePoolSize;
  } catch (err) {
    fail(err instanceof ConfigError ? err.problems.join('\n') : String(err));
  }
}

/**
 * The soak's own database on the benchmark's server: the soak writes for minutes on end (orders,
 * events, audit entries), which would change what `npm run bench -- --keep` measures.
 */
function soakUrl(benchUrl: string): string {
  const url = new URL(benchUrl);
  const name = databaseName(benchUrl);
  url.pathname = `/${encodeURIComponent(name.endsWith('_soak') ? name : `${name}_soak`)}`;
  return url.toString();
}

function parseOptions(argv: string[]): Options {
  let values: ReturnType<typeof parse>['values'];
  function parse() {
    return parseArgs({
      args: argv,
      options: {
        minutes: { type: 'string', default: '10' },
        db: { type: 'string', default: 'pglite' },
        scale: { type: 'string', default: 'small' },
        concurrency: { type: 'string', default: '16' },
        keep: { type: 'boolean', default: false },
        results: { type: 'string', default: 'bench/results' },
        jobs: { type: 'string', default: 'on' },
        help: { type: 'boolean', default: false },
      },
      strict: true,
    });
  }
  try {
    values = parse().values;
  } catch (err) {
    fail(err instanceof Error ? err.message : String(err));
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(0);
  }
  const minutes = Number(values.minutes);
  if (!Number.isFinite(minutes) || minutes < 2) {
    fail(
      `--minutes must be a number of at least 2 (one minute of warm-up, one measured), not "${values.minutes}"`,
    );
  }
  const db = values.db as DbKind;
  if (db !== 'pglite' && db !== 'postgres') fail(`--db must be pglite or postgres, not "${values.db}"`);
  const scale = values.scale as Scale;
  if (scale !== 'small' && scale !== 'large') fail(`--scale must be small or large, not "${values.scale}"`);
  if (scale === 'large' && db === 'pglite')
    fail('The large scale runs on PostgreSQL only: add --db postgres.');
  const concurrency = Number(values.concurrency);
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    fail(`--concurrency must be a whole number of at least 1, not "${values.concurrency}"`);
  }
  if (values.jobs !== 'on' && values.jobs !== 'off') fail(`--jobs must be on or off, not "${values.jobs}"`);
  return {
    minutes,
    db,
    scale,
    concurrency,
    keep: values.keep ?? false,
    url: soakUrl(process.env.DATABASE_URL || DEFAULT_BENCH_URL),
    resultsDir: path.resolve(values.results ?? 'bench/results'),
    poolSize: db === 'postgres' ? poolSizeSetting() : null,
    jobs: db === 'postgres' && values.jobs === 'on',
  };
}

const log = (line: string) => process.stdout.write(`${line}\n`);

// ── The data set ────────────────────────────────────────────────────────────────────────────────

/** The soak's data set next to the benchmark's, never in its place (bench/.data/). */
const soakStatePath = (db: DbKind, scale: Scale) => path.resolve('bench/.data', `soak-${db}-${scale}.json`);
/** The PGlite directory: db.ts names it after this key (bench/.data/pglite-soak-small). */
const pgliteKey = (scale: Scale) => `soak-${scale}`;

/**
 * generate() records the data set's users and tokens where `npm run bench -- --keep` looks for
 * its own; the soak moves that record to its own file and puts back whatever was there.
 */
async function generateOwn(bench: BenchDatabase, scale: Scale): Promise<BenchState> {
  const shared = statePath(bench.kind, scale);
  const before = fs.existsSync(shared) ? fs.readFileSync(shared) : null;
  let state: BenchState;
  try {
    state = await generate(bench, { scale, log: (l) => log(`  ${l}`) });
  } finally {
    if (before) fs.writeFileSync(shared, before);
    else fs.rmSync(shared, { force: true });
  }
  fs.writeFileSync(soakStatePath(bench.kind, scale), `${JSON.stringify(state, null, 2)}\n`);
  return state;
}

async function prepareData(
  opts: Options,
): Promise<{ bench: BenchDatabase; state: BenchState; reused: boolean }> {
  const where = { url: opts.url, scale: pgliteKey(opts.scale) };
  const place = opts.db === 'postgres' ? `database ${databaseName(opts.url)}` : 'PGlite';
  if (opts.keep) {
    const file = soakStatePath(opts.db, opts.scale);
    if (fs.existsSync(file) && (await databaseExists(opts.db, where))) {
      const state = JSON.parse(fs.readFileSync(file, 'utf8')) as BenchState;
      log(`Reusing the ${opts.scale} data set in ${place} generated ${state.generatedAt} (--keep).`);
      return { bench: await openBenchDatabase(opts.db, where), state, reused: true };
    }
    log('No soak data set to keep yet: generating one.');
  }
  log(`Generating the ${opts.scale} data set in ${place} …`);
  await resetDatabase(opts.db, where);
  const bench = await openBenchDatabase(opts.db, where);
  return { bench, state: await generateOwn(bench, opts.scale), reused: false };
}

// ── The server's metrics ────────────────────────────────────────────────────────────────────────

/**
 * Prometheus text of the server's process metrics. On PostgreSQL the server is a child process and
 * answers at /metrics; on PGlite it runs in this process (bench/server.ts), so this process's
 * default metrics — the same prom-client collectors — are the server's (with the load generator's
 * share in them).
 */
async function metricsReader(server: RunningServer, db: DbKind): Promise<() => Promise<string>> {
  if (db === 'pglite') {
    const registry = new Registry();
    collectDefaultMetrics({ register: registry });
    return () => registry.metrics();
  }
  return () => metricsOf(server.baseUrl);
}

type Metrics = { values: Map<string, number>; labelled: Map<string, Record<string, number>> };

/** Unlabelled samples by name; labelled ones by name and their first label's value. */
function parseMetrics(text: string): Metrics {
  const values = new Map<string, number>();
  const labelled = new Map<string, Record<string, number>>();
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const m = /^([a-zA-Z_:][\w:]*)(?:\{[a-zA-Z_]\w*="([^"]*)"[^}]*\})? (\S+)/.exec(line);
    if (!m) continue;
    const [, name, label, value] = m;
    if (label === undefined) values.set(name!, Number(value));
    else {
      const byLabel = labelled.get(name!) ?? {};
      byLabel[label] = (byLabel[label] ?? 0) + Number(value);
      labelled.set(name!, byLabel);
    }
  }
  return { values, labelled };
}

const MB = 1024 * 1024;

// ── The mixed load ──────────────────────────────────────────────────────────────────────────────

type MixEntry = {
  scenario: Scenario;
  /** null while its prepared data is being refilled. */
  op: Op | null;
  note?: string;
  ops: number;
  errors: number;
};

type ErrorKind = 'http5xx' | 'http4xx' | 'network';

/** What the load did since the last sample. */
type Interval = { ops: number; errors: number; latencies: number[] };

type Sample = {
  /** Seconds since the load started (0: before it). */
  t: number;
  opsPerSec: number;
  errors: number;
  p95Ms: number | null;
  /** The server process's CPU (user + system) over the interval, in % of one core. */
  cpuPercent: number | null;
  rssMb: number;
  heapUsedMb: number;
  heapTotalMb: number;
  externalMb: number;
  handles: number;
  handlesByType: Record<string, number>;
  activeRequests: number;
  fds: number | null;
  lagP99Ms: number;
};

const round = (n: number, digits = 1) => Number(n.toFixed(digits));

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Least-squares slope of y over x. */
function slope(points: { x: number; y: number }[]): number {
  const n = points.length;
  if (n < 2) return 0;
  const mx = points.reduce((s, p) => s + p.x, 0) / n;
  const my = points.reduce((s, p) => s + p.y, 0) / n;
  const sxy = points.reduce((s, p) => s + (p.x - mx) * (p.y - my), 0);
  const sxx = points.reduce((s, p) => s + (p.x - mx) ** 2, 0);
  return sxx === 0 ? 0 : sxy / sxx;
}

const COLUMNS = [
  't s',
  'ops/s',
  'errors',
  'p95 ms',
  'CPU %',
  'RSS MB',
  'heap MB',
  'handles',
  'fds',
  'lag p99 ms',
];
const WIDTHS = COLUMNS.map((c) => Math.max(c.length, 7));
const row = (cells: string[]) => cells.map((c, i) => c.padStart(WIDTHS[i]!)).join('  ');
const cell = (n: number | null, digits = 1) => (n === null ? '' : n.toFixed(digits));

function sampleRow(s: Sample): string {
  return row([
    String(s.t),
    cell(s.opsPerSec),
    String(s.errors),
    cell(s.p95Ms, 2),
    cell(s.cpuPercent, 0),
    cell(s.rssMb),
    cell(s.heapUsedMb),
    String(s.handles),
    cell(s.fds, 0),
    cell(s.lagP99Ms, 2),
  ]);
}

/**
 * The lowest heap of each minute after the warm-up, at the minute's middle: what survived the
 * collections. One late major collection moves the slope over all samples; a leak raises this.
 */
function heapFloors(measured: Sample[], warmupS: number): { x: number; y: number }[] {
  const minutes = new Map<number, number>();
  for (const s of measured) {
    const k = Math.ceil((s.t - warmupS) / WINDOW_SECONDS);
    minutes.set(k, Math.min(minutes.get(k) ?? Number.POSITIVE_INFINITY, s.heapUsedMb));
  }
  return [...minutes].map(([k, y]) => ({ x: (warmupS + (k - 0.5) * WINDOW_SECONDS) / 60, y }));
}

type Window = {
  fromS: number;
  toS: number;
  samples: number;
  rssMb: number;
  heapUsedMb: number;
  handles: number;
  fds: number | null;
  opsPerSec: number;
};

function windowOf(samples: Sample[], fromS: number, toS: number): Window {
  const inside = samples.filter((s) => s.t > fromS && s.t <= toS);
  const fds = inside.map((s) => s.fds).filter((f): f is number => f !== null);
  return {
    fromS: round(fromS, 0),
    toS: round(toS, 0),
    samples: inside.length,
    rssMb: round(median(inside.map((s) => s.rssMb))),
    heapUsedMb: round(median(inside.map((s) => s.heapUsedMb))),
    handles: median(inside.map((s) => s.handles)),
    fds: fds.length === 0 ? null : median(fds),
    opsPerSec: round(median(inside.map((s) => s.opsPerSec))),
  };
}

type Check = { name: string; ok: boolean; start: number | null; end: number; bound: number; detail: string };

function checks(start: Window, end: Window, errors: number): Check[] {
  const out: Check[] = [];
  const memory = (name: string, key: 'heapUsedMb' | 'rssMb', factor: number, slack: number) => {
    const bound = round(start[key] * factor + slack);
    const over = round(end[key] - bound);
    out.push({
      name,
      ok: end[key] <= bound,
      start: start[key],
      end: end[key],
      bound,
      detail:
        end[key] <= bound
          ? `${end[key]} MB ≤ ${bound} MB (${start[key]} MB × ${factor} + ${slack} MB)`
          : `${end[key]} MB exceeds ${bound} MB (${start[key]} MB × ${factor} + ${slack} MB) by ${over} MB`,
    });
  };
  memory('heap used', 'heapUsedMb', BOUNDS.heapFactor, BOUNDS.heapSlackMb);
  memory('RSS', 'rssMb', BOUNDS.rssFactor, BOUNDS.rssSlackMb);
  const count = (name: string, a: number | null, b: number | null, slack: number) => {
    if (a === null || b === null) return;
    const bound = a + slack;
    out.push({
      name,
      ok: b <= bound,
      start: a,
      end: b,
      bound,
      detail:
        b <= bound
          ? `${b} ≤ ${bound} (${a} + ${slack})`
          : `${b} exceeds ${bound} (${a} + ${slack}) by ${b - bound}`,
    });
  };
  count('active handles', start.handles, end.handles, BOUNDS.handlesSlack);
  count('open file descriptors', start.fds, end.fds, BOUNDS.fdsSlack);
  out.push({
    name: 'failed requests',
    ok: errors <= BOUNDS.errors,
    start: null,
    end: errors,
    bound: BOUNDS.errors,
    detail:
      errors <= BOUNDS.errors ? 'none' : `${errors} failed operations (any non-2xx or network error fails)`,
  });
  return out;
}

async function main(): Promise<void> {
  const opts = parseOptions(process.argv.slice(2));
  const runS = opts.minutes * 60;
  const warmupS = Math.max(MIN_WARMUP_SECONDS, runS * WARMUP_SHARE);
  const { bench, state, reused } = await prepareData(opts);
  const server = await startServer(bench, { poolSize: opts.poolSize, jobs: opts.jobs });
  const client = httpClient(server.baseUrl, opts.concurrency);
  const readMetrics = await metricsReader(server, opts.db);
  const samples: Sample[] = [];
  const errorsByKind: Record<ErrorKind, number> = { http5xx: 0, http4xx: 0, network: 0 };
  const firstErrors: string[] = [];
  const notes: string[] = [];
  const mix: MixEntry[] = [];
  let totalOps = 0;
  let totalErrors = 0;
  let loadSeconds = 0;
  let afterLoad: Sample | null = null;
  let refills = 0;
  try {
    const fixtures = await loadFixtures(bench, state);
    const c: ScenarioContext = { client, bench, state, scale: opts.scale, fixtures, jobs: opts.jobs };
    const available: Scenario[] = [];
    for (const scenario of SCENARIOS) {
      const unavailable = (await scenario.available?.(c)) ?? null;
      if (!unavailable) available.push(scenario);
      else {
        log(`${scenario.name}: left out of the mix, ${unavailable}`);
        notes.push(`${scenario.name}: ${unavailable}`);
      }
    }
    // Each scenario takes its turn once in every round, so the drafts submit + approve consumes
    // are sized for its share of the run; running out refills them (logged) rather than failing.
    const share = (ms: number) => ({
      concurrency: opts.concurrency,
      durationMs: ms / Math.max(1, available.length),
    });
    for (const scenario of available) {
      const prepared = await scenario.prepare(c, share(runS * 1000));
      mix.push({
        scenario,
        op: prepared.op,
        ...(prepared.note ? { note: prepared.note } : {}),
        ops: 0,
        errors: 0,
      });
    }
    if (mix.length === 0) throw new Error('No scenario is available to run.');

    let interval: Interval = { ops: 0, errors: 0, latencies: [] };
    let start = performance.now();
    let stopped = false;
    let last = { at: performance.now(), cpu: null as number | null };
    /** `last`: the load stops as this sample is taken; `record: false`: shown, not compared. */
    const sample = async (t: number, how = { record: true, last: false }): Promise<Sample | null> => {
      const now = performance.now();
      const seconds = (now - last.at) / 1000;
      const done = interval;
      interval = { ops: 0, errors: 0, latencies: [] };
      if (how.last) {
        stopped = true;
        loadSeconds = (now - start) / 1000;
      }
      let metrics: Metrics;
      try {
        metrics = parseMetrics(await readMetrics());
      } catch (err) {
        // A server that cannot answer its own metrics under load is a failure of the run.
        totalErrors++;
        errorsByKind.network++;
        const message = `/metrics at ${t} s: ${err instanceof Error ? err.message : String(err)}`;
        if (firstErrors.length < 5) firstErrors.push(message);
        log(`! ${message}`);
        return null;
      }
      const v = (name: string) => metrics.values.get(name) ?? Number.NaN;
      const cpu = metrics.values.get('process_cpu_seconds_total') ?? null;
      const s: Sample = {
        t,
        opsPerSec: t === 0 ? 0 : round(done.ops / seconds),
        errors: done.errors,
        p95Ms:
          done.latencies.length === 0
            ? null
            : round(
                percentile(
                  done.latencies.sort((a, b) => a - b),
                  95,
                ),
                2,
              ),
        cpuPercent:
          cpu === null || last.cpu === null || t === 0 ? null : round(((cpu - last.cpu) / seconds) * 100, 0),
        rssMb: round(v('process_resident_memory_bytes') / MB),
        heapUsedMb: round(v('nodejs_heap_size_used_bytes') / MB),
        heapTotalMb: round(v('nodejs_heap_size_total_bytes') / MB),
        externalMb: round(v('nodejs_external_memory_bytes') / MB),
        handles: v('nodejs_active_handles_total'),
        handlesByType: metrics.labelled.get('nodejs_active_handles') ?? {},
        activeRequests: v('nodejs_active_requests_total'),
        fds: metrics.values.get('process_open_fds') ?? null,
        lagP99Ms: round(v('nodejs_eventloop_lag_p99_seconds') * 1000, 2),
      };
      last = { at: now, cpu };
      if (how.record) samples.push(s);
      log(`${sampleRow(s)}${how.record ? '' : '  (after the load)'}`);
      return s;
    };

    log(
      `Server at ${server.baseUrl} (${poolText(opts.poolSize)}, background jobs ${opts.jobs ? 'on' : 'off'}); ` +
        `${opts.minutes} min at concurrency ${opts.concurrency}, warm-up ${round(warmupS, 0)} s, a sample every ${SAMPLE_SECONDS} s.`,
    );
    log(`Mix, in turn: ${mix.map((m) => m.scenario.name).join(', ')}.\n`);
    log(row(COLUMNS));
    log(row(WIDTHS.map((w) => '-'.repeat(w))));
    await sample(0);
    start = performance.now();

    const record = (entry: MixEntry, err: unknown) => {
      entry.errors++;
      interval.errors++;
      totalErrors++;
      const kind: ErrorKind =
        err instanceof HttpError ? (err.status >= 500 ? 'http5xx' : 'http4xx') : 'network';
      errorsByKind[kind]++;
      if (firstErrors.length < 5)
        firstErrors.push(`${entry.scenario.name}: ${err instanceof Error ? err.message : String(err)}`);
    };
    const refill = (entry: MixEntry, spent: Op) => {
      // Only the first worker to find the queue empty refills it.
      if (entry.op !== spent) return;
      entry.op = null;
      const remainingMs = Math.max(60_000, start + runS * 1000 - performance.now());
      log(`  ${entry.scenario.name}: ran out of prepared data; preparing more for the remaining run`);
      entry.scenario.prepare(c, share(remainingMs)).then(
        (prepared) => {
          entry.op = prepared.op;
          refills++;
        },
        (err: unknown) => record(entry, err),
      );
    };
    const worker = async (w: number) => {
      // Workers start at different places in the mix, so at any moment all of it is running.
      for (let turn = w; !stopped; turn++) {
        const entry = mix[turn % mix.length]!;
        const op = entry.op;
        if (!op) {
          // Every scenario waiting for data: give the event loop a moment.
          if (mix.every((m) => m.op === null)) await new Promise((r) => setTimeout(r, 50));
          continue;
        }
        const t0 = performance.now();
        try {
          await op(w);
        } catch (err) {
          if (!(err instanceof HttpError) && /ran out of prepared drafts/.test(String(err)))
            refill(entry, op);
          else record(entry, err);
          continue;
        }
        const t1 = performance.now();
        // What finishes after the last sample belongs to no interval.
        if (stopped) break;
        entry.ops++;
        interval.ops++;
        interval.latencies.push(t1 - t0);
        totalOps++;
      }
    };
    // The load runs until the last sample is taken, so every sample is of the server under load.
    const sampler = (async () => {
      const count = Math.floor(runS / SAMPLE_SECONDS);
      for (let k = 1; k <= count; k++) {
        const wait = start + k * SAMPLE_SECONDS * 1000 - performance.now();
        if (wait > 0) await new Promise((r) => setTimeout(r, wait));
        await sample(k * SAMPLE_SECONDS, { record: true, last: k === count });
      }
    })();
    await Promise.all([sampler, ...Array.from({ length: opts.concurrency }, (_, w) => worker(w))]);
    // Once the requests under way have been answered: the server idle again, shown, not compared.
    afterLoad = await sample(Math.round((performance.now() - start) / 1000), { record: false, last: false });
  } finally {
    client.close();
    await server.stop();
  }

  const measured = samples.filter((s) => s.t > warmupS);
  const first = windowOf(samples, warmupS, warmupS + WINDOW_SECONDS);
  const lastWindow = windowOf(samples, runS - WINDOW_SECONDS, runS);
  if (first.samples === 0 || lastWindow.samples === 0) throw new Error('Too few samples to compare.');
  if (warmupS + WINDOW_SECONDS > runS - WINDOW_SECONDS) {
    notes.push('The run is too short for the first and last measured minutes to be apart: they overlap.');
  }
  const heapSlope = round(slope(measured.map((s) => ({ x: s.t / 60, y: s.heapUsedMb }))), 2);
  const rssSlope = round(slope(measured.map((s) => ({ x: s.t / 60, y: s.rssMb }))), 2);
  const floorSlope = round(slope(heapFloors(measured, warmupS)), 2);
  const results = checks(first, lastWindow, totalErrors);
  const machine: Machine = machineInfo(await bench.version());
  await bench.close();

  const output = {
    kind: 'soak',
    db: opts.db,
    scale: opts.scale,
    database: opts.db === 'postgres' ? databaseName(opts.url) : 'PGlite (in the soak process)',
    databasePoolSize: opts.poolSize,
    backgroundJobs: opts.jobs,
    concurrency: opts.concurrency,
    minutes: opts.minutes,
    warmupSeconds: round(warmupS, 0),
    sampleSeconds: SAMPLE_SECONDS,
    reusedDataSet: reused,
    dataSet: { orders: state.orders, lines: state.lines, suppliers: state.suppliers },
    machine,
    mix: mix.map((m) => ({
      name: m.scenario.name,
      ops: m.ops,
      errors: m.errors,
      ...(m.note ? { note: m.note } : {}),
    })),
    refills,
    totals: {
      seconds: round(loadSeconds),
      ops: totalOps,
      opsPerSec: round(totalOps / loadSeconds),
      errors: totalErrors,
      errorsByKind,
      firstErrors,
    },
    bounds: BOUNDS,
    windows: { first, last: lastWindow },
    heapSlopeMbPerMinute: heapSlope,
    rssSlopeMbPerMinute: rssSlope,
    heapFloorSlopeMbPerMinute: floorSlope,
    checks: results,
    passed: results.every((r) => r.ok),
    notes,
    samples,
    afterLoad,
  };
  fs.mkdirSync(opts.resultsDir, { recursive: true });
  const stamp = machine.date.replace(/[:]/g, '-').replace(/\.\d+Z$/, 'Z');
  const file = path.join(opts.resultsDir, `soak-${opts.db}-${opts.scale}-${stamp}.json`);
  fs.writeFileSync(file, `${JSON.stringify(output, null, 2)}\n`);

  log('');
  log(
    `${totalOps} operations in ${round(loadSeconds, 0)} s: ${output.totals.opsPerSec} ops/s (submit-approve is two requests), ` +
      `${totalErrors} failed${refills ? `, drafts refilled ${refills}×` : ''}.`,
  );
  const windowText = (w: Window) =>
    `${w.fromS}–${w.toS} s: heap ${w.heapUsedMb} MB, RSS ${w.rssMb} MB, ${w.handles} handles, ${w.fds ?? '?'} fds, ${w.opsPerSec} ops/s`;
  log(`First measured minute (${windowText(first)})`);
  log(`Last minute           (${windowText(lastWindow)})`);
  log(
    `Slope after warm-up: heap ${heapSlope} MB/min (its lowest of each minute: ${floorSlope} MB/min), RSS ${rssSlope} MB/min.`,
  );
  for (const r of results) log(`${r.ok ? 'ok  ' : 'FAIL'} ${r.name}: ${r.detail}`);
  for (const e of firstErrors) log(`! ${e}`);
  for (const n of notes) log(`  ${n}`);
  log(`Results: ${file}`);
  if (!output.passed) process.exitCode = 1;
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
