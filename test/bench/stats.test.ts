import { describe, expect, it } from 'vitest';
import { percentile, summarise } from '../../bench/stats';

describe('benchmark statistics', () => {
  it('takes nearest-rank percentiles: the smallest sample with p % at or below it', () => {
    const sorted = Array.from({ length: 100 }, (_, i) => i + 1); // 1 … 100
    expect(percentile(sorted, 50)).toBe(50);
    expect(percentile(sorted, 95)).toBe(95);
    expect(percentile(sorted, 99)).toBe(99);
    expect(percentile(sorted, 100)).toBe(100);
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([1, 2, 3, 4], 50)).toBe(2);
    expect(percentile([1, 2, 3, 4], 51)).toBe(3);
    expect(percentile([], 50)).toBeNaN();
  });

  it('summarises a run: throughput over the timed window, percentiles of unsorted latencies', () => {
    const latencies = [5, 1, 4, 2, 3, 10, 9, 8, 7, 6];
    const stats = summarise(latencies, 2, 2);
    expect(stats).toEqual({ ops: 10, errors: 2, seconds: 2, opsPerSec: 5, p50Ms: 5, p95Ms: 10, p99Ms: 10 });
    expect(latencies[0]).toBe(5); // the input is left as it was
  });
});
