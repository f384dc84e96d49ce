import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../src/core/identity';
import { allocateDocumentNumber, getSettings, updateSettings } from '../../src/core/organisation';
import {
  clashingFormats,
  documentSequenceName,
  numberFormatProblem,
  renderDocumentNumber,
  sequenceYear,
  yearOf,
} from '../../src/core/organisation/rules';
import { fixedClock } from '../../src/core/shared/clock';
import type { Ctx } from '../../src/core/shared/context';
import { AppError } from '../../src/core/shared/errors';
import type { Database } from '../../src/db/client';
import { createTestDatabase } from '../helpers/db';

describe('document number formats', () => {
  it('renders the year and the zero-padded counter', () => {
    expect(renderDocumentNumber('PO-{YYYY}-{#####}', { year: 2026, counter: 42 })).toBe('PO-2026-00042');
    expect(renderDocumentNumber('REQ/{YY}/{###}', { year: 2026, counter: 7 })).toBe('REQ/26/007');
    expect(renderDocumentNumber('GR{#########}', { year: 2026, counter: 1 })).toBe('GR000000001');
    expect(renderDocumentNumber('{YY}{YYYY}-{###}', { year: 2009, counter: 5 })).toBe('092009-005');
  });

  it('lets the counter grow past its width instead of wrapping', () => {
    expect(renderDocumentNumber('PO-{YYYY}-{###}', { year: 2026, counter: 1000 })).toBe('PO-2026-1000');
    expect(renderDocumentNumber('PO-{YYYY}-{###}', { year: 2026, counter: 123456 })).toBe('PO-2026-123456');
  });

  it('accepts well-formed formats', () => {
    for (const f of ['PO-{YYYY}-{#####}', 'INV{###}', '{#########}', 'A.B_C/{YY}-{####}']) {
      expect(numberFormatProblem(f), f).toBeUndefined();
    }
  });

  it('names what is wrong with a bad format', () => {
    expect(numberFormatProblem('PO-{YYYY}')).toMatch(/exactly one counter token .*found 0/);
    expect(numberFormatProblem('PO-{###}-{###}')).toMatch(/exactly one counter token .*found 2/);
    expect(numberFormatProblem('PO-{##}')).toMatch(/3 to 9 "#"/);
    expect(numberFormatProblem('PO-{##########}')).toMatch(/3 to 9 "#"/);
    expect(numberFormatProblem('PO-{MM}-{#####}')).toMatch(/\{MM\} is not a token/);
    expect(numberFormatProblem('PO-{YYYY-{#####}')).toBe('has an unmatched "{" or "}"');
    expect(numberFormatProblem('PO-{#####}}')).toMatch(/unmatched/);
    expect(numberFormatProblem('PO {#####}')).toMatch(/may contain only/);
    expect(numberFormatProblem('')).toBe('is required');
    expect(numberFormatProblem(`${'X'.repeat(40)}{###}`)).toMatch(/at most 40 characters/);
  });

  it('keeps one counter for ever when the format does not show the year', () => {
    expect(sequenceYear('PO-{YYYY}-{#####}', 2026)).toBe(2026);
    expect(sequenceYear('PO-{YY}-{#####}', 2026)).toBe(2026);
    expect(sequenceYear('PO-{#####}', 2026)).toBe(0);
  });

  it('finds document types whose formats have the same literal text', () => {
    expect(clashingFormats({ purchase_order: 'PO-{YYYY}-{#####}', invoice: 'INV-{YYYY}-{#####}' })).toEqual(
      [],
    );
    expect(clashingFormats({ purchase_order: 'PO-{YYYY}-{#####}', requisition: 'po-{YY}-{###}' })).toEqual([
      ['purchase_order', 'requisition'],
    ]);
  });

  it('takes the year of an ISO date or of an instant in UTC', () => {
    expect(yearOf('2026-12-31')).toBe(2026);
    expect(yearOf(new Date('2026-12-31T23:30:00-05:00'))).toBe(2027);
  });

  it('gives distinct numbers for distinct counters (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 3, max: 9 }),
        fc.integer({ min: 1, max: 2_000_000_000 }),
        fc.integer({ min: 1, max: 2_000_000_000 }),
        fc.integer({ min: 1, max: 9999 }),
        (width, a, b, year) => {
          const format = `X-{YYYY}-{${'#'.repeat(width)}}`;
          const na = renderDocumentNumber(format, { year, counter: a });
          const nb = renderDocumentNumber(format, { year, counter: b });
          expect(na === nb).toBe(a === b);
          expect(Number(na.split('-')[2])).toBe(a);
        },
      ),
    );
  });
});

describe('allocateDocumentNumber', () => {
  let database: Database;
  let ctx: Ctx;

  beforeAll(async () => {
    database = await createTestDatabase();
    ctx = { db: database.db, clock: fixedClock(new Date('2026-03-02T09:00:00Z')) };
    const settings = await getSettings(ctx);
    await updateSettings(ctx, {
      actor: SYSTEM_ACTOR,
      version: settings.version,
      input: {
        numberFormats: {
          test_sequential: 'SEQ-{YYYY}-{#####}',
          test_no_year: 'NY-{####}',
          test_rollback: 'RB-{YYYY}-{###}',
          test_parallel: 'PAR-{YYYY}-{#####}',
          test_parallel_rollback: 'PRB-{YYYY}-{#####}',
          test_reformat: 'RF-{YYYY}-{###}',
        },
      },
    });
  });
  afterAll(async () => {
    await database.close();
  });

  const allocate = (documentType: string, date: Date | string = '2026-03-02') =>
    database.db.transaction((tx) => allocateDocumentNumber(tx, { documentType, date }));

  /** The counter of a number as an integer ("PAR-2026-00042" → 42). */
  const counterOf = (n: string) => Number(n.split('-').at(-1));

  it('numbers purchase orders from the default format, counting up from 1', async () => {
    expect(await allocate('purchase_order')).toBe('PO-2026-00001');
    expect(await allocate('purchase_order')).toBe('PO-2026-00002');
    expect(await allocate('requisition')).toBe('REQ-2026-00001');
  });

  it('restarts the counter in a new year when the format shows the year', async () => {
    expect(await allocate('test_sequential', '2026-12-31')).toBe('SEQ-2026-00001');
    expect(await allocate('test_sequential', '2027-01-01')).toBe('SEQ-2027-00001');
    expect(await allocate('test_sequential', new Date('2026-06-01T00:00:00Z'))).toBe('SEQ-2026-00002');
  });

  it('keeps counting across years when the format does not show the year', async () => {
    expect(await allocate('test_no_year', '2026-12-31')).toBe('NY-0001');
    expect(await allocate('test_no_year', '2027-01-01')).toBe('NY-0002');
  });

  it('never hands a number out again, even when the transaction that took it rolls back (a gap)', async () => {
    expect(await allocate('test_rollback')).toBe('RB-2026-001');
    await expect(
      database.db.transaction(async (tx) => {
        expect(await allocateDocumentNumber(tx, { documentType: 'test_rollback', date: '2026-03-02' })).toBe(
          'RB-2026-002',
        );
        throw new Error('the document could not be saved');
      }),
    ).rejects.toThrow('the document could not be saved');
    expect(await allocate('test_rollback')).toBe('RB-2026-003');
  });

  it('takes a counter created in a transaction that rolls back with it: its numbers were never committed', async () => {
    await expect(
      database.db.transaction(async (tx) => {
        expect(await allocateDocumentNumber(tx, { documentType: 'test_reformat', date: '2030-01-02' })).toBe(
          'RF-2030-001',
        );
        throw new Error('the document could not be saved');
      }),
    ).rejects.toThrow('the document could not be saved');
    expect(await allocate('test_reformat', '2030-01-02')).toBe('RF-2030-001');
    expect(await allocate('test_reformat', '2030-01-02')).toBe('RF-2030-002');
  });

  it('keeps each counter in a PostgreSQL sequence per document type and year', async () => {
    expect(documentSequenceName('purchase_order', 2026)).toBe('docnum_purchase_order_2026');
    expect(documentSequenceName('test_no_year', 0)).toBe('docnum_test_no_year_0');
    expect(() => documentSequenceName('Bad-Type; drop table x', 2026)).toThrow();
    await allocate('test_sequential', '2031-05-01');
    const rows = await database.db.execute(
      sql`select last_value::int as value from docnum_test_sequential_2031`,
    );
    expect((rows as unknown as { rows: { value: number }[] }).rows[0]?.value).toBe(1);
  });

  it('continues the counter when an administrator changes the format', async () => {
    expect(await allocate('test_reformat')).toBe('RF-2026-001');
    const settings = await getSettings(ctx);
    await updateSettings(ctx, {
      actor: SYSTEM_ACTOR,
      version: settings.version,
      input: { numberFormats: { test_reformat: 'RF/{YY}/{#####}' } },
    });
    expect(await allocate('test_reformat')).toBe('RF/26/00002');
  });

  it('refuses a document type that has no format, naming it', async () => {
    const err = await allocate('no_such_document').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('conflict');
    expect((err as AppError).message).toMatch(/no_such_document/);
  });

  it(`gives 50 parallel transactions 50 distinct, contiguous numbers, the first of them creating the sequence (${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, async () => {
    const numbers = await Promise.all(
      Array.from({ length: 50 }, () =>
        database.db.transaction(async (tx) => {
          const n = await allocateDocumentNumber(tx, { documentType: 'test_parallel', date: '2026-03-02' });
          // Keep the transaction open a little: nobody waits for it, the number is already taken.
          await tx.execute(sql`select pg_sleep(0.002)`);
          return n;
        }),
      ),
    );
    expect(new Set(numbers).size).toBe(50);
    expect(numbers.every((n) => /^PAR-2026-\d{5}$/.test(n))).toBe(true);
    expect(numbers.map(counterOf).sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
  });

  it('leaves gaps, never reuse, when some of the parallel transactions roll back', async () => {
    expect(await allocate('test_parallel_rollback')).toBe('PRB-2026-00001');
    const taken: string[] = [];
    const results = await Promise.allSettled(
      Array.from({ length: 50 }, (_, i) =>
        database.db.transaction(async (tx) => {
          const n = await allocateDocumentNumber(tx, {
            documentType: 'test_parallel_rollback',
            date: '2026-03-02',
          });
          taken.push(n);
          await tx.execute(sql`select pg_sleep(0.001)`);
          if (i % 5 === 0) throw new Error('rolled back');
          return n;
        }),
      ),
    );
    const committed = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
    expect(results.filter((r) => r.status === 'rejected')).toHaveLength(10);
    expect(new Set(committed).size).toBe(40);
    // Every number from 2 to 51 was handed out exactly once; the rolled-back ten are gaps.
    expect(taken.map(counterOf).sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i + 2));
    const next = await allocate('test_parallel_rollback');
    expect(next).toBe('PRB-2026-00052');
    expect(committed).not.toContain(next);
  });
});
