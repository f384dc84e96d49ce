import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { CliDatabase } from '../helpers/cli-database';
import { buyerDatabase, exited, signIn, startServer } from '../helpers/server-process';

/**
 * An Idempotency-Key commits or rolls back with the write it guards. The server is killed
 * (SIGKILL) while 24 creates with keys are in flight, started again on the same database, and
 * every create is retried with its key: each ends with exactly one purchase order, whether the
 * first attempt had committed (the retry replays its answer) or died with the process (the key is
 * free again and the retry creates it).
 */
let db: CliDatabase;
let supplierId: string;
let itemId: string;
const EMAIL = 'crash-buyer@test.example';

const createOrder = (url: string, cookie: string, key: string) =>
  fetch(`${url}/api/v1/purchase-orders`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie, 'idempotency-key': key },
    body: JSON.stringify({
      supplierId,
      notes: `crash test ${key}`,
      lines: Array.from({ length: 10 }, () => ({ itemId, quantity: '2', unitPrice: '10.00' })),
    }),
  });

beforeAll(async () => {
  ({ db, supplierId, itemId } = await buyerDatabase('idempotency-crash', EMAIL));
}, 60_000);
afterAll(async () => {
  await db.drop();
});

it('gives each of 24 creates in flight when the server is killed exactly one order after a retry with its key', async () => {
  const keys = Array.from({ length: 24 }, () => randomUUID());
  const first = await startServer(db);
  const cookie = await signIn(first.url, EMAIL);
  const answered: string[] = [];
  const attempts = keys.map((key) =>
    createOrder(first.url, cookie, key).then(
      (res) => {
        if (res.status === 201) answered.push(key);
      },
      () => undefined,
    ),
  );
  // Kill it once some have answered and the others are still being worked on.
  const deadline = Date.now() + 10_000;
  while (answered.length < 3 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 2));
  first.child.kill('SIGKILL');
  await exited(first.child);
  await Promise.all(attempts);
  expect(answered.length).toBeGreaterThan(0);
  expect(answered.length).toBeLessThan(keys.length);

  const second = await startServer(db);
  try {
    const again = await signIn(second.url, EMAIL);
    const ids = new Map<string, string>();
    for (const key of keys) {
      const res = await createOrder(second.url, again, key);
      expect(res.status, `retry of ${key}: ${await res.clone().text()}`).toBe(201);
      ids.set(key, ((await res.json()) as { id: string }).id);
    }
    // A second retry replays the same order.
    const replay = await createOrder(second.url, again, keys[0]!);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(((await replay.json()) as { id: string }).id).toBe(ids.get(keys[0]!));
    // Exactly one order per key, and no other.
    const list = await fetch(`${second.url}/api/v1/purchase-orders?limit=100`, {
      headers: { cookie: again },
    });
    const orders = ((await list.json()) as { items: { id: string }[] }).items;
    expect(orders.map((o) => o.id).sort()).toEqual([...ids.values()].sort());
    expect(new Set(ids.values()).size).toBe(keys.length);
  } finally {
    second.child.kill('SIGKILL');
    await exited(second.child);
  }
}, 120_000);
