import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type AuditReport, sealAuditLog, verifyAuditTrail } from '../../src/core/audit';
import { checkpointMac, linkEntry, parsePublishedLine } from '../../src/core/audit/checkpoint';
import { SYSTEM_ACTOR } from '../../src/core/identity';
import { entryHash, recordAudit } from '../../src/core/shared/audit';
import { fixedClock } from '../../src/core/shared/clock';
import type { Ctx } from '../../src/core/shared/context';
import type { Database, Db } from '../../src/db/client';
import { auditCheckpoints, emailMessages } from '../../src/db/schema';
import { type MemoryAuditSeal, memoryAuditSeal, testAuditKey } from '../helpers/audit';
import { createTestDatabase } from '../helpers/db';

/**
 * The audit seal (docs/audit.md) on the real database: entries written without a lock, sealed
 * after commit into keyed checkpoints, published, and verified. PGlite by default; PostgreSQL with
 * TEST_DATABASE_URL, where the tests that need a second connection run too.
 */
const onPostgres = Boolean(process.env.TEST_DATABASE_URL);

let database: Database;
let clock: ReturnType<typeof fixedClock>;
let seal: MemoryAuditSeal;
let ctx: Ctx;

function rowsOf<T>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}

let written = 0;
/** Records `n` audit entries, each in its own transaction, with distinct content. */
async function write(n: number, c: Ctx = ctx): Promise<void> {
  for (let i = 0; i < n; i++) await c.db.transaction((tx) => recordOne(tx));
}
async function recordOne(tx: Db, tag = 'w'): Promise<void> {
  written++;
  await recordAudit(tx, clock, {
    actor: SYSTEM_ACTOR,
    entityType: 'test_record',
    entityId: `${tag}-${written}`,
    action: written % 2 === 0 ? 'update' : 'create',
    changes: { n: { before: written - 1, after: written } },
    reason: written % 3 === 0 ? `reason ${written}` : null,
  });
}

async function sealed(c: Ctx = ctx) {
  const result = await sealAuditLog(c);
  if (result.outcome !== 'sealed') throw new Error(`expected a checkpoint, got ${result.outcome}`);
  return result.checkpoint;
}

async function count(table: 'audit_log' | 'audit_checkpoints', db: Db = database.db): Promise<number> {
  const rows = rowsOf<{ n: number }>(await db.execute(sql.raw(`select count(*)::int as n from ${table}`)));
  return rows[0]!.n;
}

async function firstSeqOf(checkpointId: number): Promise<number> {
  const [row] = await database.db.select().from(auditCheckpoints).where(sql`id = ${checkpointId}`);
  return row!.firstSeq!;
}

function expectIntact(report: AuditReport) {
  expect(report.problems).toEqual([]);
  expect(report).toMatchObject({ ok: true, faults: 0 });
}

/**
 * How many entries lie in no checkpoint's batch, and how many in more than one (a batch of an era
 * before a restart ends at the restart's ceiling).
 */
async function sealCoverage(db: Db = database.db): Promise<{ none: number; several: number }> {
  const rows = rowsOf<{ none: number; several: number }>(
    await db.execute(sql`
      select count(*) filter (where n = 0)::int as none, count(*) filter (where n > 1)::int as several
      from (
        select (select count(*) from audit_checkpoints c
                where e.txid >= c.previous_horizon and (c.horizon is null or e.txid < c.horizon)
                  and e.seq > c.seq_floor
                  and e.seq <= coalesce(c.seq_ceiling, (select r.seq_ceiling from audit_checkpoints r
                    where r.kind = 'restart' and r.id > c.id order by r.id limit 1), e.seq)) as n
        from audit_log e
      ) x`),
  );
  return rows[0]!;
}

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.close();
});

/** Every test starts from an empty log and no checkpoints (the tables are cleared behind the triggers). */
beforeEach(async () => {
  await database.db.transaction(async (tx) => {
    await tx.execute(sql`set local session_replication_role = replica`);
    await tx.execute(sql`delete from audit_log`);
    await tx.execute(sql`delete from audit_checkpoints`);
    await tx.execute(sql`delete from email_messages`);
  });
  clock = fixedClock(new Date('2026-03-02T09:00:00Z'));
  seal = memoryAuditSeal();
  ctx = { db: database.db, clock, audit: seal };
});

describe('sealing', () => {
  it('seals committed entries into a keyed checkpoint, publishes it, and verifies', async () => {
    await write(5);
    const checkpoint = await sealed();
    expect(checkpoint).toMatchObject({
      id: 1,
      kind: 'seal',
      previousHorizon: '0',
      entryCount: 5,
      keyId: 'test-key',
    });
    expect(checkpoint.lastSeq! - checkpoint.firstSeq!).toBe(4);
    expect(checkpoint.mac).toBe(
      checkpointMac(seal.keys[0]!.secret, { ...checkpoint, mac: undefined } as never),
    );
    expect(seal.lines).toHaveLength(1);
    expect(parsePublishedLine(seal.lines![0]!)).toEqual(checkpoint);
    expect(await sealAuditLog(ctx)).toMatchObject({ outcome: 'nothing', publication: { filed: 0 } });

    const report = await verifyAuditTrail(ctx);
    expectIntact(report);
    expect(report).toMatchObject({ entries: 5, sealed: 5, unsealed: 0, checkpoints: 1, published: 1 });
  });

  it('chains each checkpoint to the one before: horizon, head and MAC', async () => {
    await write(3);
    const first = await sealed();
    await write(2);
    const second = await sealed();
    expect(second).toMatchObject({
      id: 2,
      previousHorizon: first.horizon,
      previousMac: first.mac,
      entryCount: 2,
      seqFloor: 0,
    });
    expect(BigInt(second.horizon!)).toBeGreaterThan(BigInt(first.horizon!));
    const entries = rowsOf<{ seq: number; hash: string }>(
      await database.db.execute(
        sql`select seq::int as seq, hash from audit_log where seq > ${first.lastSeq} order by seq`,
      ),
    );
    expect(entries.reduce(linkEntry, first.head)).toBe(second.head);
    expectIntact(await verifyAuditTrail(ctx));
  });

  it('keeps a checkpoint unchangeable but for its publication columns, and never deletes one', async () => {
    await write(1);
    await sealed();
    const refused = (q: Promise<unknown>) =>
      q.then(
        () => 'accepted',
        (e: { message: string; cause?: { message: string } }) => e.cause?.message ?? e.message,
      );
    expect(
      await refused(database.db.execute(sql`update audit_checkpoints set head = ${'f'.repeat(64)}`)),
    ).toMatch(/a sealed audit checkpoint cannot change/);
    expect(await refused(database.db.execute(sql`delete from audit_checkpoints`))).toMatch(/never deleted/);
    expect(await refused(database.db.execute(sql`truncate audit_checkpoints`))).toMatch(/never deleted/);
    expect(await refused(database.db.execute(sql`update audit_checkpoints set send_attempts = 1`))).toBe(
      'accepted',
    );
  });

  it('needs no key to write entries, only to seal', async () => {
    const keyless: Ctx = { db: database.db, clock };
    await write(2, keyless);
    expect(await count('audit_log')).toBe(2);
    await expect(sealAuditLog(keyless)).rejects.toThrow(/No audit seal key/);
  });

  it('seals around the gaps rolled-back transactions leave in the sequence numbers', async () => {
    await write(2);
    await expect(
      database.db.transaction(async (tx) => {
        await recordOne(tx);
        await recordOne(tx);
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    await write(2);
    const seqs = rowsOf<{ seq: number }>(
      await database.db.execute(sql`select seq::int as seq from audit_log order by seq`),
    );
    expect(seqs).toHaveLength(4);
    expect(seqs[2]!.seq - seqs[1]!.seq).toBe(3);
    const checkpoint = await sealed();
    expect(checkpoint).toMatchObject({ entryCount: 4, firstSeq: seqs[0]!.seq, lastSeq: seqs[3]!.seq });
    expectIntact(await verifyAuditTrail(ctx));
  });

  it.runIf(onPostgres)(
    'seals an entry after one with a higher seq when its transaction was still running at the seal (PostgreSQL)',
    async () => {
      // Two transactions on two connections: B takes its transaction id first (as a write to
      // another table would), then A writes its entry and stays open, then B writes its entry
      // (a higher seq) and commits. The seal takes B's entry; A's waits for A's transaction.
      const gate = () => {
        let open!: () => void;
        const done = new Promise<void>((r) => {
          open = r;
        });
        return { open, done };
      };
      const bHasId = gate();
      const aWrote = gate();
      const aMayCommit = gate();
      const b = database.db.transaction(async (tx) => {
        await tx.execute(sql`select pg_current_xact_id()`);
        bHasId.open();
        await aWrote.done;
        await recordOne(tx, 'b');
      });
      const a = database.db.transaction(async (tx) => {
        await bHasId.done;
        await recordOne(tx, 'a');
        aWrote.open();
        await aMayCommit.done;
      });
      try {
        await b;
        const first = await sealed();
        const [bEntry] = rowsOf<{ seq: number }>(
          await database.db.execute(sql`select seq::int as seq from audit_log where entity_id like 'b-%'`),
        );
        expect(first).toMatchObject({ entryCount: 1, firstSeq: bEntry!.seq });
        expect(await sealAuditLog(ctx)).toMatchObject({ outcome: 'nothing' });
        expectIntact(await verifyAuditTrail(ctx));
      } finally {
        aMayCommit.open();
        await a;
      }
      const [aEntry] = rowsOf<{ seq: number }>(
        await database.db.execute(sql`select seq::int as seq from audit_log where entity_id like 'a-%'`),
      );
      const second = await sealed();
      expect(second).toMatchObject({ entryCount: 1, firstSeq: aEntry!.seq });
      expect(aEntry!.seq).toBeLessThan(await firstSeqOf(1));
      const report = await verifyAuditTrail(ctx);
      expectIntact(report);
      expect(report).toMatchObject({ entries: 2, sealed: 2 });
      expect(await sealCoverage()).toEqual({ none: 0, several: 0 });
    },
  );

  it('lets one sealer at a time work: a second finds the lock taken and does nothing', async () => {
    await write(2);
    const results = await Promise.all(Array.from({ length: 4 }, () => sealAuditLog(ctx)));
    const outcomes = results.map((r) => r.outcome);
    expect(outcomes.filter((o) => o === 'sealed')).toHaveLength(1);
    expect(outcomes.every((o) => ['sealed', 'busy', 'nothing'].includes(o))).toBe(true);
    expect(await count('audit_checkpoints')).toBe(1);
  });

  it(`seals 16 writers × 500 audited writes exactly once while the sealer runs (${onPostgres ? 'PostgreSQL' : 'PGlite'})`, async () => {
    let writing = true;
    let rounds = 0;
    const sealer = (async () => {
      while (writing) {
        // No timer in between: PGlite answers in microtasks, and a timer would wait for the writers.
        await sealAuditLog(ctx);
        rounds++;
      }
    })();
    await Promise.all(
      Array.from({ length: 16 }, async (_, w) => {
        for (let i = 0; i < 500; i++) await database.db.transaction((tx) => recordOne(tx, `writer${w}`));
      }),
    );
    writing = false;
    await sealer;
    await sealAuditLog(ctx);
    expect(await sealAuditLog(ctx)).toMatchObject({ outcome: 'nothing' });

    expect(await count('audit_log')).toBe(8000);
    const checkpoints = rowsOf<{ n: number; total: number }>(
      await database.db.execute(
        sql`select count(*)::int as n, sum(entry_count)::int as total from audit_checkpoints`,
      ),
    )[0]!;
    expect(rounds).toBeGreaterThan(1);
    expect(checkpoints.n).toBeGreaterThan(1);
    expect(checkpoints.total).toBe(8000);
    expect(await sealCoverage()).toEqual({ none: 0, several: 0 });
    const report = await verifyAuditTrail(ctx);
    expectIntact(report);
    expect(report).toMatchObject({ entries: 8000, sealed: 8000, unsealed: 0, published: checkpoints.n });
  }, 180_000);
});

describe('verification faults', () => {
  it('reports entries unsealed for more than a minute, and clears once they are sealed', async () => {
    await write(3);
    expectIntact(await verifyAuditTrail(ctx));
    clock.advance(61_000);
    const report = await verifyAuditTrail(ctx);
    expect(report).toMatchObject({ ok: false, unsealed: 3, faults: 1 });
    expect(report.problem).toMatch(/^3 entries unsealed for more than a minute; is the sealer running\?/);
    await sealed();
    expectIntact(await verifyAuditTrail(ctx));
  });

  it('reports checkpoints not published for more than a minute', async () => {
    await write(1);
    const failing = {
      ...seal,
      file: {
        ...seal.file,
        append: async () => {
          throw new Error('disk full');
        },
      },
    };
    await expect(sealAuditLog({ ...ctx, audit: failing })).rejects.toThrow('disk full');
    expect(await count('audit_checkpoints')).toBe(1);
    clock.advance(61_000);
    const report = await verifyAuditTrail(ctx);
    expect(report.problems.map((p) => p.problem)).toEqual([
      '1 checkpoints not published for more than a minute (the first is checkpoint 1)',
    ]);
    // The next round publishes what is left.
    expect(await sealAuditLog(ctx)).toMatchObject({ outcome: 'nothing', publication: { filed: 1 } });
    expectIntact(await verifyAuditTrail(ctx));
  });

  it('verifies old checkpoints with their old key after a rotation, and names an unknown key', async () => {
    const oldKey = seal.keys[0]!;
    await write(2);
    await sealed();
    const newKey = testAuditKey('key-2027');
    const rotated: Ctx = { ...ctx, audit: { ...seal, keys: [newKey, oldKey] } };
    await write(2);
    expect((await sealed(rotated)).keyId).toBe('key-2027');
    expectIntact(await verifyAuditTrail(rotated));

    const report = await verifyAuditTrail({ ...ctx, audit: { ...seal, keys: [newKey] } });
    expect(report).toMatchObject({ ok: false, checkpointId: 1 });
    expect(report.problem).toBe(
      'checkpoint 1 is signed with key "test-key", which is not among the configured keys',
    );

    // A process with other keys than the one that sealed last refuses to seal on.
    await write(1);
    expect(
      await sealAuditLog({ ...ctx, audit: { ...seal, keys: [testAuditKey('elsewhere')] } }),
    ).toMatchObject({
      outcome: 'refused',
      problem: expect.stringMatching(
        /^Cannot seal: the last checkpoint \(2\) is signed with key "key-2027", which this process does not have/,
      ),
    });
    await sealed(rotated);

    const keyless = await verifyAuditTrail({ db: database.db, clock });
    expect(keyless.problems.map((p) => p.problem)).toEqual([
      'no audit seal key is configured here: the MACs of 3 checkpoints could not be checked',
    ]);
  });

  it('detects an attacker who rewrites an entry and recomputes every hash and chain head, but lacks the key', async () => {
    for (let i = 0; i < 3; i++) {
      await write(3);
      await sealed();
    }
    await database.db.transaction(async (tx) => {
      await tx.execute(sql`set local session_replication_role = replica`);
      const [victim] = rowsOf<{ seq: number }>(
        await tx.execute(sql`select seq::int as seq from audit_log order by seq offset 4 limit 1`),
      );
      await tx.execute(sql`update audit_log set actor_name = 'mallory' where seq = ${victim!.seq}`);
      const entries = rowsOf<Parameters<typeof entryHash>[0] & { seq: number; prevHash: null }>(
        await tx.execute(sql`select seq::int as seq, at, actor_id as "actorId", actor_name as "actorName",
          entity_type as "entityType", entity_id as "entityId", action, changes, reason from audit_log order by seq`),
      );
      for (const e of entries) {
        await tx.execute(
          sql`update audit_log set hash = ${entryHash({ ...e, at: new Date(e.at) })} where seq = ${e.seq}`,
        );
      }
      // Every checkpoint's head recomputed over the rewritten hashes, as the sealer would.
      const checkpoints = await tx.select().from(auditCheckpoints).orderBy(auditCheckpoints.id);
      let head = '0'.repeat(64);
      for (const c of checkpoints) {
        const batch = rowsOf<{ seq: number; hash: string }>(
          await tx.execute(sql`select seq::int as seq, hash from audit_log
            where txid >= ${c.previousHorizon}::xid8 and txid < ${c.horizon}::xid8 and seq > ${c.seqFloor} order by seq`),
        );
        head = batch.reduce(linkEntry, head);
        await tx.execute(sql`update audit_checkpoints set head = ${head} where id = ${c.id}`);
      }
    });
    const report = await verifyAuditTrail(ctx);
    expect(report.ok).toBe(false);
    // Hashes and heads agree again; the MAC of the first rewritten checkpoint does not, nor its published copy.
    expect(report.problems.some((p) => p.seq !== undefined && /content/.test(p.problem))).toBe(false);
    expect(report.problem).toBe(
      'checkpoint 2: its MAC does not match its content: it was changed or recomputed without the key',
    );
    expect(report.problems.map((p) => p.problem)).toContain(
      'checkpoint 2 differs from its published copy (head): it was rewritten',
    );
  });

  it('detects the newest entries deleted with their checkpoints (truncation) through the published file', async () => {
    await write(3);
    await sealed();
    await write(3);
    const last = await sealed();
    await database.db.transaction(async (tx) => {
      await tx.execute(sql`set local session_replication_role = replica`);
      await tx.execute(sql`delete from audit_log where seq >= ${last.firstSeq}`);
      await tx.execute(sql`delete from audit_checkpoints where id = ${last.id}`);
    });
    const report = await verifyAuditTrail(ctx);
    expect(report).toMatchObject({ ok: false, checkpointId: 2, checkpoints: 1, published: 2 });
    expect(report.problem).toBe(
      '1 published checkpoints (checkpoint 2) are in memory://audit-checkpoints.jsonl but not in the database: the audit log was truncated',
    );
    // Sealing again cannot paper over it: the new checkpoint 2 differs from the published one.
    await write(1);
    await sealed();
    expect((await verifyAuditTrail(ctx)).problem).toMatch(
      /^checkpoint 2 differs from its published copy \(.*\): it was rewritten$/,
    );
  });

  it('names the missing published file', async () => {
    await write(1);
    await sealed();
    seal.lines = null;
    expect((await verifyAuditTrail(ctx)).problem).toBe(
      'the published checkpoint file memory://audit-checkpoints.jsonl is missing, yet 1 checkpoints were published to it',
    );
  });

  type Tamper =
    | {
        kind: 'change';
        entry: number;
        field: 'actor_name' | 'action' | 'changes' | 'reason' | 'at' | 'entity_id';
        rehash: boolean;
      }
    | { kind: 'delete'; entry: number }
    | { kind: 'swap-seq'; a: number; b: number }
    | { kind: 'swap-txid'; a: number; b: number }
    | { kind: 'insert'; entry: number }
    | { kind: 'truncate'; checkpoints: number; reseal: boolean };

  it('detects every injected change, deletion, reordering, insertion into a sealed range and truncation (property)', async () => {
    // A log of five checkpoints, every entry distinct.
    for (let i = 0; i < 5; i++) {
      await write(3 + (i % 3));
      await sealed();
    }
    const entries = rowsOf<{ seq: number; txid: string; checkpoint: number }>(
      await database.db.execute(sql`select e.seq::int as seq, e.txid::text as txid,
        (select c.id from audit_checkpoints c where e.txid >= c.previous_horizon and e.txid < c.horizon)::int as checkpoint
        from audit_log e order by seq`),
    );
    const n = entries.length;
    const cpCount = await count('audit_checkpoints');
    const publishedLines = [...seal.lines!];
    expectIntact(await verifyAuditTrail(ctx));

    const tamper: fc.Arbitrary<Tamper> = fc.oneof(
      fc.record({
        kind: fc.constant('change' as const),
        entry: fc.nat(n - 1),
        field: fc.constantFrom('actor_name', 'action', 'changes', 'reason', 'at', 'entity_id' as const),
        rehash: fc.boolean(),
      }),
      fc.record({ kind: fc.constant('delete' as const), entry: fc.nat(n - 1) }),
      fc
        .record({ kind: fc.constant('swap-seq' as const), a: fc.nat(n - 1), b: fc.nat(n - 1) })
        .filter((t) => t.a !== t.b),
      fc
        .record({ kind: fc.constant('swap-txid' as const), a: fc.nat(n - 1), b: fc.nat(n - 1) })
        .filter((t) => entries[t.a]!.checkpoint !== entries[t.b]!.checkpoint),
      fc.record({ kind: fc.constant('insert' as const), entry: fc.nat(n - 1) }),
      fc.record({
        kind: fc.constant('truncate' as const),
        checkpoints: fc.integer({ min: 1, max: cpCount }),
        reseal: fc.boolean(),
      }),
    );

    await fc.assert(
      fc.asyncProperty(tamper, async (t) => {
        const report = await database.db
          .transaction(async (tx) => {
            await tx.execute(sql`set local session_replication_role = replica`);
            const txCtx: Ctx = { ...ctx, db: tx };
            await inject(tx, t);
            if (t.kind === 'truncate' && t.reseal) {
              await recordOne(tx);
              await sealAuditLog(txCtx);
            }
            const r = await verifyAuditTrail(txCtx);
            throw Object.assign(new Error('roll back'), { report: r });
          })
          .catch((e: { report?: AuditReport }) => {
            if (!e.report) throw e;
            return e.report;
          });
        seal.lines = [...publishedLines];
        expect(report.ok, JSON.stringify(t)).toBe(false);
        expect(report.brokenAt ?? report.checkpointId, JSON.stringify(report.problems)).toBeDefined();
      }),
      { numRuns: onPostgres ? 60 : 80 },
    );
    expectIntact(await verifyAuditTrail(ctx));

    async function inject(tx: Db, t: Tamper): Promise<void> {
      const seqOf = (i: number) => entries[i]!.seq;
      switch (t.kind) {
        case 'change': {
          const set = {
            actor_name: sql`actor_name = actor_name || '!'`,
            action: sql`action = 'delete'`,
            changes: sql`changes = '{"n":{"before":0,"after":-1}}'::jsonb`,
            reason: sql`reason = coalesce(reason, '') || ' (edited)'`,
            at: sql`at = at - interval '1 millisecond'`,
            entity_id: sql`entity_id = entity_id || '-x'`,
          }[t.field];
          await tx.execute(sql`update audit_log set ${set} where seq = ${seqOf(t.entry)}`);
          if (t.rehash) {
            const [e] = rowsOf<Parameters<typeof entryHash>[0]>(
              await tx.execute(sql`select at, actor_id as "actorId", actor_name as "actorName", entity_type as "entityType",
                entity_id as "entityId", action, changes, reason from audit_log where seq = ${seqOf(t.entry)}`),
            );
            const hash = entryHash({ ...e!, at: new Date(e!.at) });
            await tx.execute(sql`update audit_log set hash = ${hash} where seq = ${seqOf(t.entry)}`);
          }
          return;
        }
        case 'delete':
          await tx.execute(sql`delete from audit_log where seq = ${seqOf(t.entry)}`);
          return;
        case 'swap-seq':
          await tx.execute(sql`update audit_log set seq = -1 where seq = ${seqOf(t.a)}`);
          await tx.execute(sql`update audit_log set seq = ${seqOf(t.a)} where seq = ${seqOf(t.b)}`);
          await tx.execute(sql`update audit_log set seq = ${seqOf(t.b)} where seq = -1`);
          return;
        case 'swap-txid':
          await tx.execute(sql`update audit_log set txid = case seq when ${seqOf(t.a)} then ${entries[t.b]!.txid}::xid8
            else ${entries[t.a]!.txid}::xid8 end where seq in (${seqOf(t.a)}, ${seqOf(t.b)})`);
          return;
        case 'insert':
          // A well-formed entry, with a correct content hash, placed in a sealed transaction's range.
          await tx.execute(sql`insert into audit_log (at, actor_name, entity_type, entity_id, action, changes, hash, txid)
            values (${clock.now()}, 'mallory', 'test_record', 'forged', 'create', '{}'::jsonb,
              ${entryHash({ at: clock.now(), actorId: null, actorName: 'mallory', entityType: 'test_record', entityId: 'forged', action: 'create', changes: {}, reason: null })},
              ${entries[t.entry]!.txid}::xid8)`);
          return;
        case 'truncate': {
          const from = cpCount - t.checkpoints + 1;
          await tx.execute(
            sql`delete from audit_log where txid >= (select previous_horizon from audit_checkpoints where id = ${from})`,
          );
          await tx.execute(sql`delete from audit_checkpoints where id >= ${from}`);
          return;
        }
      }
    }
  }, 120_000);
});

describe('publication', () => {
  it('sends each checkpoint to the checkpoint URL in order, and retries one that was refused', async () => {
    const received: string[] = [];
    let up = false;
    const sending: Ctx = {
      ...ctx,
      audit: {
        ...seal,
        send: async (body) => {
          if (!up) throw new Error('https://audit.example.com answered 503');
          received.push(body);
        },
      },
    };
    await write(1);
    const refused = await sealAuditLog(sending);
    expect(refused.publication).toEqual({
      filed: 1,
      sent: 0,
      failed: { id: 1, error: 'https://audit.example.com answered 503' },
    });
    await write(1);
    expect((await sealAuditLog(sending)).publication.failed?.id).toBe(1);
    const [row] = await database.db.select().from(auditCheckpoints).where(sql`id = 1`);
    expect(row).toMatchObject({
      sentAt: null,
      sendAttempts: 2,
      sendError: 'https://audit.example.com answered 503',
    });

    up = true;
    await write(1);
    expect((await sealAuditLog(sending)).publication).toEqual({ filed: 1, sent: 3, failed: null });
    const sent = received.map((b) => parsePublishedLine(b)!);
    expect(sent.map((c) => c.id)).toEqual([1, 2, 3]);
    expect(sent.map((c) => c.previousMac)).toEqual([null, sent[0]!.mac, sent[1]!.mac]);
    expect(received).toEqual(seal.lines);
    expectIntact(await verifyAuditTrail(sending));
  });

  it('e-mails the newest checkpoint at most once an hour', async () => {
    const mailing: Ctx = { ...ctx, audit: { ...seal, email: 'audit@example.com' } };
    await write(1);
    const first = await sealed(mailing);
    await write(1);
    await sealed(mailing);
    clock.advance(3600_000);
    await write(1);
    const third = await sealed(mailing);
    const mails = await database.db.select().from(emailMessages).orderBy(emailMessages.createdAt);
    expect(mails.map((m) => [m.toAddress, m.subject, m.status])).toEqual([
      ['audit@example.com', `OpenPO audit checkpoint ${first.id}`, 'queued'],
      ['audit@example.com', `OpenPO audit checkpoint ${third.id}`, 'queued'],
    ]);
    expect(mails[1]!.textBody).toContain(seal.lines!.at(-1)!);
    expect(parsePublishedLine(seal.lines!.at(-1)!)?.id).toBe(third.id);
  });
});

describe('a restore into a new PostgreSQL cluster', () => {
  it('starts a new era when transaction ids restart below the last horizon, and verifies across it', async () => {
    // Before the "dump": entries sealed, then the old cluster's transaction ids ran far ahead.
    await write(2);
    const first = await sealed();
    const key = seal.keys[0]!;
    const old = 5_000_000_000n;
    const insertOld = async (txid: bigint) => {
      written++;
      const fields = {
        at: clock.now(),
        actorId: null,
        actorName: 'System',
        entityType: 'test_record',
        entityId: `old-${written}`,
        action: 'create',
        changes: {},
        reason: null,
      };
      const [row] = rowsOf<{ seq: number; hash: string }>(
        await database.db.execute(sql`insert into audit_log (at, actor_name, entity_type, entity_id, action, changes, hash, txid)
          values (${fields.at}, ${fields.actorName}, ${fields.entityType}, ${fields.entityId}, 'create', '{}'::jsonb,
            ${entryHash(fields)}, ${String(txid)}::xid8) returning seq::int as seq, hash`),
      );
      return row!;
    };
    const sealedOld = [await insertOld(old), await insertOld(old + 1n)];
    // The old cluster's sealer sealed those two up to horizon old + 5 …
    const content = {
      id: 2,
      kind: 'seal' as const,
      previousHorizon: first.horizon!,
      horizon: String(old + 5n),
      seqFloor: 0,
      seqCeiling: null,
      entryCount: 2,
      firstSeq: sealedOld[0]!.seq,
      lastSeq: sealedOld[1]!.seq,
      head: sealedOld.reduce(linkEntry, first.head),
      previousMac: first.mac,
      sealedAt: clock.now().toISOString(),
      keyId: key.id,
    };
    const { previousMac: _, ...row } = { ...content, mac: checkpointMac(key.secret, content) };
    await database.db
      .insert(auditCheckpoints)
      .values({ ...row, sealedAt: clock.now(), filedAt: clock.now() });
    // … and committed one more entry before the dump.
    const unsealedOld = await insertOld(old + 7n);

    // Restored: this cluster's transaction ids are far below the old horizon. Writing goes on.
    await write(2);
    const restart = await sealed();
    expect(restart).toMatchObject({
      id: 3,
      kind: 'restart',
      previousHorizon: String(old + 5n),
      horizon: null,
      seqFloor: 0,
      seqCeiling: unsealedOld.seq,
      entryCount: 1,
      firstSeq: unsealedOld.seq,
    });
    const next = await sealed();
    expect(next).toMatchObject({
      id: 4,
      kind: 'seal',
      previousHorizon: '0',
      seqFloor: unsealedOld.seq,
      entryCount: 2,
    });
    await write(1);
    expect(await sealed()).toMatchObject({
      id: 5,
      previousHorizon: next.horizon,
      seqFloor: unsealedOld.seq,
      entryCount: 1,
    });

    // The new entries' transaction ids lie inside checkpoint 2's old range: the era's ceiling keeps them out.
    const report = await verifyAuditTrail(ctx);
    expect(report.problems).toEqual([]);
    expect(report).toMatchObject({ ok: true, entries: 8, sealed: 8, unsealed: 0, checkpoints: 5 });
    expect(await sealCoverage()).toEqual({ none: 0, several: 0 });
  });
});
