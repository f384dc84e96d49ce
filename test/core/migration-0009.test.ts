import fs from 'node:fs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sealAuditLog, verifyAuditTrail } from '../../src/core/audit';
import { allocateDocumentNumber } from '../../src/core/organisation';
import { canonicalJson } from '../../src/core/shared/audit';
import { fixedClock } from '../../src/core/shared/clock';
import type { Db } from '../../src/db/client';
import { seedBase } from '../../src/seed/base';
import { memoryAuditSeal } from '../helpers/audit';
import { migrationsFolder, migrationsUpTo, openMigratableDatabase } from '../helpers/migrations';

/**
 * Migration 0009 on a database that lived before it: it is migrated to 0008, given data the old
 * way, then migrated to the end. PGlite by default; a fresh PostgreSQL database with TEST_DATABASE_URL.
 */
let db: Db;
let migrateTo: (folder: string) => Promise<void>;
let close: () => Promise<void>;
const before = migrationsUpTo(8);

beforeAll(async () => {
  ({ db, migrateTo, close } = await openMigratableDatabase());
  await migrateTo(before);
  // Life before 0009: counters in document_sequences, audit entries chained under audit_chain_head().
  await db.execute(sql`insert into document_sequences (document_type, year, last_value)
    values ('purchase_order', 2026, 41), ('requisition', 2026, 7), ('purchase_order', 2025, 0)`);
  for (let i = 1; i <= 3; i++) await appendLegacyEntry(i);
  await migrateTo(migrationsFolder);
  await seedBase(db);
}, 60_000);
afterAll(async () => {
  await close();
  fs.rmSync(before, { recursive: true, force: true });
});

/** An entry as recordAudit wrote it up to 0008: hashed by the database around its predecessor's hash. */
async function appendLegacyEntry(i: number): Promise<void> {
  const at = new Date(Date.UTC(2026, 0, i));
  const changes = { name: { before: null, after: `Legacy ${i}` } };
  const before = canonicalJson({
    at: at.toISOString(),
    actorId: null,
    actorName: 'System',
    entityType: 'supplier',
    entityId: `legacy-${i}`,
    action: 'create',
    changes,
  });
  const head = `${before.slice(0, -1)},"prevHash":"`;
  const tail = `","reason":null}`;
  await db.execute(sql`
    insert into audit_log (at, actor_id, actor_name, entity_type, entity_id, action, changes, reason, prev_hash, hash)
    select ${at.toISOString()}::timestamptz, null, 'System', 'supplier', ${`legacy-${i}`}, 'create',
      ${JSON.stringify(changes)}::jsonb, null, chain.prev,
      encode(sha256(convert_to(${head} || chain.prev || ${tail}, 'UTF8')), 'hex')
    from (select audit_chain_head() as prev) chain`);
}

describe('migration 0009', () => {
  it('keeps entries chained before it verifiable, and seals them in the first checkpoint', async () => {
    const legacy = (
      (await db.execute(
        sql`select seq::int as seq, txid::text as txid, prev_hash as "prevHash" from audit_log where prev_hash is not null order by seq`,
      )) as unknown as { rows: { seq: number; txid: string; prevHash: string }[] }
    ).rows;
    expect(legacy).toHaveLength(3);
    expect(legacy.every((e) => e.txid === '1')).toBe(true);
    expect(legacy[0]!.prevHash).toBe('0'.repeat(64));
    const ctx = { db, clock: fixedClock(new Date('2026-03-02T09:00:00Z')), audit: memoryAuditSeal() };
    const sealed = await sealAuditLog(ctx);
    expect(sealed).toMatchObject({
      outcome: 'sealed',
      checkpoint: { id: 1, previousHorizon: '0', firstSeq: legacy[0]!.seq },
    });
    const report = await verifyAuditTrail(ctx);
    expect(report.problems).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.sealed).toBe(report.entries);
    const fn = await db.execute(sql`select to_regproc('audit_chain_head') as f`);
    expect((fn as unknown as { rows: { f: string | null }[] }).rows[0]?.f).toBeNull();
  });

  it('moves each document counter to a sequence that continues after its last value', async () => {
    const next = (documentType: string, date: string) => allocateDocumentNumber(db, { documentType, date });
    expect(await next('purchase_order', '2026-05-01')).toBe('PO-2026-00042');
    expect(await next('purchase_order', '2026-05-01')).toBe('PO-2026-00043');
    expect(await next('requisition', '2026-05-01')).toBe('REQ-2026-00008');
    expect(await next('purchase_order', '2025-05-01')).toBe('PO-2025-00001');
    const tables = await db.execute(sql`select to_regclass('document_sequences') as t`);
    expect((tables as unknown as { rows: { t: string | null }[] }).rows[0]?.t).toBeNull();
  });
});
