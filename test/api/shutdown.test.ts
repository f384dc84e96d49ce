import { afterAll, beforeAll, expect, it } from 'vitest';
import type { CliDatabase } from '../helpers/cli-database';
import { buyerDatabase, exited, signIn, startServer } from '../helpers/server-process';

/**
 * SIGTERM stops the server gracefully: the requests under way finish and are answered, none is
 * left half-done, the process exits 0 within its grace period, and then nothing listens.
 */
let db: CliDatabase;
let supplierId: string;
let itemId: string;
const EMAIL = 'shutdown-buyer@test.example';

beforeAll(async () => {
  ({ db, supplierId, itemId } = await buyerDatabase('shutdown', EMAIL));
}, 60_000);
afterAll(async () => {
  await db.drop();
});

it('finishes the requests under way on SIGTERM, turns new ones away, keeps nothing half-done and exits 0', async () => {
  const server = await startServer(db);
  const cookie = await signIn(server.url, EMAIL);
  const big = JSON.stringify({
    supplierId,
    lines: Array.from({ length: 2000 }, () => ({ itemId, quantity: '1', unitPrice: '1.00' })),
  });
  const create = () =>
    fetch(`${server.url}/api/v1/purchase-orders`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: big,
    }).then(
      (res) => res.status,
      () => 'refused' as const,
    );
  const underWay = Array.from({ length: 6 }, create);
  await new Promise((r) => setTimeout(r, 150));
  server.child.kill('SIGTERM');
  const answers = await Promise.all(underWay);
  expect(await exited(server.child), server.output()).toBe(0);
  // Each request was answered in full, or turned away (503, or its connection not yet accepted
  // when the server stopped listening): never cut off half-way.
  expect(answers.filter((a) => a === 201).length, JSON.stringify(answers)).toBeGreaterThan(0);
  expect(
    answers.every((a) => a === 201 || a === 503 || a === 'refused'),
    JSON.stringify(answers),
  ).toBe(true);
  expect(await create()).toBe('refused');

  // What was answered 201 is there, whole; nothing else is.
  const again = await startServer(db);
  try {
    const list = await fetch(`${again.url}/api/v1/purchase-orders?limit=100`, {
      headers: { cookie: await signIn(again.url, EMAIL) },
    });
    const orders = ((await list.json()) as { items: { id: string; lineCount?: number }[] }).items;
    expect(orders).toHaveLength(answers.filter((a) => a === 201).length);
  } finally {
    again.child.kill('SIGKILL');
    await exited(again.child);
  }
}, 120_000);
