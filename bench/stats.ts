/**
 * Latency statistics of a scenario run. Percentiles are nearest-rank: the smallest sample with at
 * least p % of the samples at or below it (no interpolation between samples).
 */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  if (p <= 0) return sorted[0]!;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, rank) - 1]!;
}

export type RunStats = {
  ops: number;
  errors: number;
  seconds: number;
  opsPerSec: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
};

const round = (n: number, digits: number) => (Number.isFinite(n) ? Number(n.toFixed(digits)) : 0);

/** Summarises the latencies (ms) of the successful operations of a timed run. */
export function summarise(latenciesMs: number[], errors: number, seconds: number): RunStats {
  const sorted = [...latenciesMs].sort((a, b) => a - b);
  return {
    ops: sorted.length,
    errors,
    seconds: round(seconds, 2),
    opsPerSec: round(sorted.length / seconds, 1),
    p50Ms: round(percentile(sorted, 50), 2),
    p95Ms: round(percentile(sorted, 95), 2),
    p99Ms: round(percentile(sorted, 99), 2),
  };
}
