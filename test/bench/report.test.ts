import { describe, expect, it } from 'vitest';
import { formatTable, type ScenarioResult } from '../../bench/report';

const row: ScenarioResult = {
  name: 'po-detail',
  concurrency: 16,
  opsPerSec: 900,
  p50Ms: 16,
  p95Ms: 21,
  p99Ms: 27,
};

describe('benchmark report', () => {
  it('heads the table with the pool the server had', () => {
    const table = formatTable([row], { poolSize: 24 }).split('\n');
    expect(table[0]).toBe('Server database: PostgreSQL pool of 24 connections (DATABASE_POOL_SIZE)');
    expect(table[1]).toMatch(/^scenario\s+conc\s+ops\/s/);
    expect(table[3]).toMatch(/^po-detail\s+16\s+900\.0/);
  });

  it('says when there is no pool (PGlite has one connection)', () => {
    expect(formatTable([row], { poolSize: null }).split('\n')[0]).toBe(
      'Server database: PGlite, one connection',
    );
  });
});
