import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/api/app';
import { loadConfig } from '../../src/config';
import { seedPurchaseOrder } from '../../src/seed/purchase-order-factories';
import { createTestApp, relayNow, type TestApp } from '../helpers/app';
import { ifMatch, PO, portalFixture, type Who } from '../helpers/portal';

/**
 * Live updates over a real connection: a change made through one API instance reaches the streams
 * of another on the same database (woken by LISTEN/NOTIFY), filtered to what each user may see,
 * and a reconnecting stream catches up from its Last-Event-ID.
 */

let t: TestApp;
let f: Awaited<ReturnType<typeof portalFixture>>;
let other: FastifyInstance;
const open: http.ClientRequest[] = [];

type Frame = { id: number; type: string; subject: { type: string; id: string } };

async function baseOf(app: FastifyInstance): Promise<string> {
  await app.listen({ port: 0, host: '127.0.0.1' });
  return `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
}

/** Opens a stream and collects its events; `next(match)` waits for one. */
function stream(base: string, who: Who, lastEventId?: number) {
  const frames: Frame[] = [];
  let raw = '';
  let status = 0;
  const waiting: { match: (f: Frame) => boolean; resolve: (f: Frame) => void }[] = [];
  const req = http.get(
    `${base}/api/v1/events/stream`,
    {
      headers: {
        cookie: who.cookie,
        ...(lastEventId !== undefined ? { 'last-event-id': String(lastEventId) } : {}),
      },
    },
    (res) => {
      status = res.statusCode ?? 0;
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        raw += chunk;
        let end = raw.indexOf('\n\n');
        while (end >= 0) {
          const block = raw.slice(0, end);
          raw = raw.slice(end + 2);
          const id = /^id: (\d+)$/m.exec(block)?.[1];
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (id && data) {
            const frame = { id: Number(id), ...(JSON.parse(data) as Omit<Frame, 'id'>) };
            frames.push(frame);
            for (const w of [...waiting]) {
              if (w.match(frame)) {
                waiting.splice(waiting.indexOf(w), 1);
                w.resolve(frame);
              }
            }
          }
          end = raw.indexOf('\n\n');
        }
      });
    },
  );
  req.on('error', () => undefined);
  open.push(req);
  return {
    frames,
    status: () => status,
    next(match: (f: Frame) => boolean, ms = 5000): Promise<Frame> {
      const found = frames.find(match);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`no matching event in ${ms} ms: ${JSON.stringify(frames)}`)),
          ms,
        );
        waiting.push({
          match,
          resolve: (frame) => {
            clearTimeout(timer);
            resolve(frame);
          },
        });
      });
    },
  };
}

const settle = () => new Promise((r) => setTimeout(r, 300));

/** Waits until every stream has been answered (a busy machine may take more than a moment). */
async function streamsAnswered(...streams: { status(): number }[]): Promise<number[]> {
  const until = Date.now() + 10_000;
  while (streams.some((s) => s.status() === 0) && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 25));
  }
  return streams.map((s) => s.status());
}

beforeAll(async () => {
  t = await createTestApp();
  f = await portalFixture(t);
  // A second API instance on the same database, with its own listening connection.
  other = await buildApp({
    ctx: t.ctx,
    config: loadConfig({ OPENPO_DEMO: '0', LOG_LEVEL: 'silent' }),
    serveWeb: false,
    listen: (channel, onNotify) => t.database.listen(channel, onNotify),
  });
  await other.ready();
}, 60_000);
afterAll(async () => {
  for (const req of open) req.destroy();
  await other.close();
  await t.close();
});

describe('live updates', () => {
  it("reaches another instance's streams, each filtered to what its user may see, and catches up", async () => {
    const base = await baseOf(other);
    const supplier = await f.supplierWithContact();
    const mine = await f.supplierUser(supplier.id);
    const stranger = await f.supplierUser((await f.supplierWithContact()).id);
    const buyerStream = stream(base, f.buyer);
    const supplierStream = stream(base, mine);
    const strangerStream = stream(base, stranger);
    expect(await streamsAnswered(buyerStream, supplierStream, strangerStream)).toEqual([200, 200, 200]);

    // Approved (the supplier hears nothing of it), then sent through the test instance.
    const po = await seedPurchaseOrder(t.ctx, {
      buyer: f.buyerActor,
      supplierId: supplier.id,
      lines: [{ itemId: f.itemId, quantity: '2', unitPrice: '3' }],
      status: 'approved',
    });
    const sent = await t.request({
      method: 'POST',
      url: `${PO}/${po.id}/send`,
      as: f.buyer,
      headers: ifMatch(po),
      payload: {},
    });
    expect(sent.statusCode, sent.body).toBe(200);

    const seen = await buyerStream.next((e) => e.type === 'purchase_order.sent' && e.subject.id === po.id);
    expect(seen.subject).toEqual({ type: 'purchase_order', id: po.id });
    await supplierStream.next((e) => e.type === 'purchase_order.sent' && e.subject.id === po.id);
    expect(supplierStream.frames.filter((e) => e.type === 'purchase_order.approved')).toEqual([]);
    await settle();
    expect(strangerStream.frames.filter((e) => e.subject.id === po.id)).toEqual([]);

    // A stream that dropped before the answer gets it on reconnecting.
    const answered = await t.request({
      method: 'POST',
      url: `${PO}/${po.id}/supplier-response`,
      as: mine,
      payload: { orderRevision: 0, lines: [{ lineNo: 1, decision: 'accept' }] },
    });
    expect(answered.statusCode, answered.body).toBe(201);
    await relayNow(t.ctx);
    const again = stream(base, f.buyer, seen.id);
    const caughtUp = await again.next((e) => e.type === 'purchase_order.supplier_answered');
    expect(caughtUp.subject.id).toBe(po.id);
    expect(again.frames.map((e) => e.id).every((id) => id > seen.id)).toBe(true);
  });

  it('is 401 without a session and 422 for an id it never sent', async () => {
    const res = await t.request({ method: 'GET', url: '/api/v1/events/stream' });
    expect(res.statusCode).toBe(401);
    const bad = await t.request({
      method: 'GET',
      url: '/api/v1/events/stream',
      as: f.buyer,
      headers: { 'last-event-id': 'yesterday' },
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors[0].path).toMatch(/last-event-id/);
  });
});
