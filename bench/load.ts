import { type RunStats, summarise } from './stats';

/**
 * A bounded concurrent loop: `concurrency` workers each run `op` back to back. The first
 * `warmupMs` are not recorded; then every operation's latency (hrtime) is, for `durationMs`.
 * An operation that throws is an error: counted and reported, never a success.
 */
export type Op = (worker: number) => Promise<void>;

export type LoadResult = RunStats & { firstError?: string; cpuMsPerOp?: number };

/**
 * `cpuSeconds`, when given, reads the server's CPU time (user + system): once when the timed
 * window opens and once when it closes, so the result carries the server's CPU per operation.
 */
export async function runLoad(opts: {
  op: Op;
  concurrency: number;
  warmupMs: number;
  durationMs: number;
  cpuSeconds?: () => Promise<number>;
}): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  const start = performance.now();
  const measureFrom = start + opts.warmupMs;
  const end = measureFrom + opts.durationMs;
  const worker = async (w: number) => {
    for (;;) {
      const t0 = performance.now();
      if (t0 >= end) return;
      let failed = false;
      try {
        await opts.op(w);
      } catch (err) {
        failed = true;
        if (t0 >= measureFrom) {
          errors++;
          firstError ??= err instanceof Error ? err.message : String(err);
        }
      }
      const t1 = performance.now();
      // Only operations that started in the window and finished within it count.
      if (!failed && t0 >= measureFrom && t1 <= end) latencies.push(t1 - t0);
    }
  };
  const cpuSeconds = opts.cpuSeconds;
  const cpuAtStart = cpuSeconds
    ? new Promise<number>((resolve, reject) =>
        setTimeout(() => cpuSeconds().then(resolve, reject), opts.warmupMs),
      )
    : undefined;
  const cpuAtEnd = cpuSeconds
    ? new Promise<number>((resolve, reject) =>
        setTimeout(() => cpuSeconds().then(resolve, reject), opts.warmupMs + opts.durationMs),
      )
    : undefined;
  await Promise.all(Array.from({ length: opts.concurrency }, (_, w) => worker(w)));
  const stats: LoadResult = summarise(latencies, errors, opts.durationMs / 1000);
  if (cpuAtStart && cpuAtEnd && latencies.length > 0) {
    const cpuMs = ((await cpuAtEnd) - (await cpuAtStart)) * 1000;
    stats.cpuMsPerOp = Math.round((cpuMs / latencies.length) * 100) / 100;
  }
  return firstError ? { ...stats, firstError } : stats;
}
