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

  it('shows the server CPU per operation when it was measured', () => {
    const table = formatTable([{ ...row, cpuMsPerOp: 1.25 }], { poolSize: 10 }).split('\n');
    expect(table[1]).toMatch(/p99 ms\s+CPU ms\/op/);
    expect(table[3]).toMatch(/27\.00\s+1\.25/);
  });

  it('shows no figures for a row with failed operations', () => {
    const failed = { ...row, errors: 3, firstError: 'ran out of prepared drafts' };
    const table = formatTable([failed], { poolSize: 10 }).split('\n');
    expect(table[3]).not.toMatch(/900/);
    expect(table[3]).toMatch(/^po-detail\s+16(\s+—){7}\s+3 !$/);
    expect(table.at(-1)).toBe('! po-detail @16: 3 failed operations, first: ran out of prepared drafts');
  });

  it('says when there is no pool (PGlite has one connection)', () => {
    expect(formatTable([row], { poolSize: null }).split('\n')[0]).toBe(
      'Server database: PGlite, one connection',
    );
  });
});
