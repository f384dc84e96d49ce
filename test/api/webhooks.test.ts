import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import * as webhooks from '../../src/core/webhooks';
import { seedItem } from '../../src/seed/catalog-factories';
import { actorFor } from '../../src/seed/purchase-order-factories';
import { createTestApp, type TestApp } from '../helpers/app';
import { seedSupplier, seedUser } from '../helpers/seed';

/**
 * Outbound webhooks end to end: registration refuses private and plain-http targets (SSRF) unless
 * the operator allows them, a real HTTP server on this machine receives signed deliveries it can
 * verify, failures are retried with backoff for 24 hours and then marked failed, a rotated secret
 * signs alongside the old one during the overlap, and the delivery log shows each answer.
 */
type Who = { cookie: string; userId: string; email: string };
type Received = { headers: http.IncomingHttpHeaders; body: string };

let t: TestApp; // allows private targets: the receiver runs on 127.0.0.1
let strict: TestApp; // the default: public https targets only
let admin: Who;
let buyer: Who;
let server: http.Server;
let receiverUrl: string;
const received: Received[] = [];
/** What the receiver answers next (a queue), then 200. */
const answers: number[] = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => {
      body += chunk.toString('utf8');
    });
    req.on('end', () => {
      received.push({ headers: req.headers, body });
      res.statusCode = answers.shift() ?? 200;
      res.end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  receiverUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/openpo-events`;
  t = await createTestApp({ env: { OPENPO_WEBHOOKS_ALLOW_PRIVATE: '1' } });
  strict = await createTestApp();
}, 60_000);
// Tests move the clock by hours: sign in afresh for each (sessions expire after 30 idle minutes).
beforeEach(async () => {
  admin = await t.loginAs(['admin']);
  buyer = await t.loginAs(['buyer']);
});
afterAll(async () => {
  await t.close();
  await strict.close();
  await new Promise((resolve) => server.close(resolve));
});

async function register(eventTypes: string[], app = t, as?: Who) {
  return app.request({
    method: 'POST',
    url: '/api/v1/webhooks',
    as: as ?? admin,
    payload: { url: receiverUrl, description: 'ERP', eventTypes },
  });
}

async function createOrder() {
  const supplier = await seedSupplier(t.ctx);
  const res = await t.request({
    method: 'POST',
    url: '/api/v1/purchase-orders',
    as: buyer,
    payload: {
      supplierId: supplier.id,
      currency: 'USD',
      lines: [
        {
          itemId: (await seedItem(t.ctx, { defaultTaxRate: '0' })).id,
          quantity: '1',
          unitPrice: '100',
          taxRate: '0',
        },
      ],
    },
  });
  expect(res.statusCode).toBe(201);
  return res.json() as { id: string; number: string; version: number };
}

const deliver = () => webhooks.deliverDueWebhooks(t.ctx, { allowPrivate: true });
const now = () => Math.floor(t.clock.now().getTime() / 1000);

async function deliveriesOf(id: string) {
  const res = await t.request({ method: 'GET', url: `/api/v1/webhooks/${id}/deliveries`, as: admin });
  expect(res.statusCode).toBe(200);
  return res.json().items as {
    id: string;
    eventType: string;
    status: string;
    attempts: number;
    lastStatusCode: number | null;
    lastError: string | null;
  }[];
}

describe('registering an endpoint', () => {
  it('refuses loopback, private and plain-http targets, naming the field, unless private targets are allowed', async () => {
    const adminStrict = await strict.loginAs(['admin']);
    for (const [url, words] of [
      ['https://127.0.0.1/hook', 'loopback, private or link-local'],
      ['https://10.20.30.40/hook', 'loopback, private or link-local'],
      ['https://169.254.169.254/latest/meta-data', 'loopback, private or link-local'],
      ['https://[::1]/hook', 'loopback, private or link-local'],
      ['https://localhost/hook', 'loopback, private or link-local'],
      ['http://203.0.113.9/hook', 'must use https://'],
      ['ftp://203.0.113.9/hook', 'must use https://'],
      ['https://user:pw@203.0.113.9/hook', 'user name or password'],
      ['not a url', 'absolute URL'],
    ] as const) {
      const res = await strict.request({
        method: 'POST',
        url: '/api/v1/webhooks',
        as: adminStrict,
        payload: { url, eventTypes: ['*'] },
      });
      expect(res.statusCode, url).toBe(422);
      expect(res.json().errors[0].path).toBe('url');
      expect(res.json().errors[0].message).toContain(words);
    }
    const list = await strict.request({ method: 'GET', url: '/api/v1/webhooks', as: adminStrict });
    expect(list.json().items).toEqual([]);
  });

  it('refuses unknown event types and callers without the permission', async () => {
    const res = await register(['purchase_order.teleported']);
    expect(res.statusCode).toBe(422);
    expect(res.json().errors[0]).toMatchObject({ path: 'eventTypes[0]' });
    expect((await register(['*'], t, buyer)).statusCode).toBe(403);
    const types = await t.request({ method: 'GET', url: '/api/v1/webhooks/event-types', as: admin });
    expect(types.json().items).toContain('purchase_order.approved');
  });

  it('shows the secret once: the answer to the registration has it, reading the endpoint does not', async () => {
    const res = await register(['requisition.*']);
    expect(res.statusCode).toBe(201);
    const created = res.json();
    expect(created.secret).toMatch(/^whsec_/);
    expect(created.secretHint).toBe(`…${created.secret.slice(-4)}`);
    const read = await t.request({ method: 'GET', url: `/api/v1/webhooks/${created.id}`, as: admin });
    expect(read.statusCode).toBe(200);
    expect(read.json()).not.toHaveProperty('secret');
    expect(read.body).not.toContain(created.secret);
  });
});

describe('deliveries', () => {
  it('signs each event so the receiver can verify it, and retries a failed attempt with backoff', async () => {
    const endpoint = (await register(['purchase_order.*'])).json();
    received.length = 0;
    answers.push(500);
    const order = await createOrder();

    expect(await deliver()).toMatchObject({ attempted: 1, retrying: 1 });
    expect(received).toHaveLength(1);
    const first = received[0]!;
    expect(
      webhooks.verifySignatureHeader(
        String(first.headers['openpo-signature']),
        endpoint.secret,
        first.body,
        now(),
      ),
    ).toBe(true);
    expect(
      webhooks.verifySignatureHeader(
        String(first.headers['openpo-signature']),
        'whsec_wrong',
        first.body,
        now(),
      ),
    ).toBe(false);
    // A body changed on the way no longer matches its signature.
    expect(
      webhooks.verifySignatureHeader(
        String(first.headers['openpo-signature']),
        endpoint.secret,
        first.body.replace('100', '900'),
        now(),
      ),
    ).toBe(false);
    const event = JSON.parse(first.body);
    expect(event).toMatchObject({
      type: 'purchase_order.created',
      version: 1,
      subject: { type: 'purchase_order', id: order.id },
      data: { number: order.number, status: 'draft' },
    });
    expect(first.headers['openpo-event-type']).toBe('purchase_order.created');

    let log = await deliveriesOf(endpoint.id);
    expect(log[0]).toMatchObject({ status: 'pending', attempts: 1, lastStatusCode: 500 });
    // Not due again before its backoff.
    expect((await deliver()).attempted).toBe(0);
    t.clock.advance(31_000);
    expect(await deliver()).toMatchObject({ attempted: 1, delivered: 1 });
    expect(received).toHaveLength(2);
    expect(JSON.parse(received[1]!.body).id).toBe(event.id);
    log = await deliveriesOf(endpoint.id);
    expect(log[0]).toMatchObject({ status: 'delivered', attempts: 2, lastStatusCode: 200, lastError: null });
    await t.request({
      method: 'PATCH',
      url: `/api/v1/webhooks/${endpoint.id}`,
      as: admin,
      headers: { 'if-match': `"v${endpoint.version}"` },
      payload: { active: false },
    });
  });

  it('gives a delivery up after 24 hours of failures, and an administrator can send it again', async () => {
    const endpoint = (await register(['purchase_order.created'])).json();
    await createOrder();
    let attempts = 0;
    for (let i = 0; i < 40; i++) {
      answers.push(503);
      const run = await deliver();
      attempts += run.attempted;
      const [d] = await deliveriesOf(endpoint.id);
      if (d!.status === 'failed') break;
      t.clock.advance(3600_000);
      admin = await t.loginAs(['admin']);
    }
    const [failed] = await deliveriesOf(endpoint.id);
    expect(failed).toMatchObject({ status: 'failed', lastStatusCode: 503 });
    expect(failed!.attempts).toBe(attempts);
    expect(attempts).toBeGreaterThan(5);
    answers.length = 0;
    const again = await t.request({
      method: 'POST',
      url: `/api/v1/webhooks/${endpoint.id}/deliveries/${failed!.id}/redeliver`,
      as: admin,
    });
    expect(again.statusCode).toBe(200);
    expect(await deliver()).toMatchObject({ delivered: 1 });
    expect((await deliveriesOf(endpoint.id))[0]).toMatchObject({ status: 'delivered' });
    await t.request({
      method: 'PATCH',
      url: `/api/v1/webhooks/${endpoint.id}`,
      as: admin,
      headers: { 'if-match': `"v${endpoint.version}"` },
      payload: { active: false },
    });
  });

  it('signs with both secrets during a rotation’s overlap, then with the new one only', async () => {
    const endpoint = (await register(['webhook.ping'])).json();
    const rotated = await t.request({
      method: 'POST',
      url: `/api/v1/webhooks/${endpoint.id}/rotate-secret`,
      as: admin,
      headers: { 'if-match': `"v${endpoint.version}"` },
      payload: { overlapHours: 2 },
    });
    expect(rotated.statusCode).toBe(200);
    const newSecret = rotated.json().secret;
    expect(newSecret).not.toBe(endpoint.secret);
    expect(rotated.json().previousSecretExpiresAt).not.toBeNull();

    received.length = 0;
    expect(
      (await t.request({ method: 'POST', url: `/api/v1/webhooks/${endpoint.id}/ping`, as: admin }))
        .statusCode,
    ).toBe(202);
    await deliver();
    const during = received.filter((r) => r.headers['openpo-event-type'] === 'webhook.ping').at(-1)!;
    const header = String(during.headers['openpo-signature']);
    expect(header.match(/v1=/g)).toHaveLength(2);
    expect(webhooks.verifySignatureHeader(header, endpoint.secret, during.body, now())).toBe(true);
    expect(webhooks.verifySignatureHeader(header, newSecret, during.body, now())).toBe(true);
    expect(JSON.parse(during.body).type).toBe('webhook.ping');

    t.clock.advance(3 * 3600_000);
    admin = await t.loginAs(['admin']);
    await t.request({ method: 'POST', url: `/api/v1/webhooks/${endpoint.id}/ping`, as: admin });
    await deliver();
    const after = received.filter((r) => r.headers['openpo-event-type'] === 'webhook.ping').at(-1)!;
    const later = String(after.headers['openpo-signature']);
    expect(later.match(/v1=/g)).toHaveLength(1);
    expect(webhooks.verifySignatureHeader(later, endpoint.secret, after.body, now())).toBe(false);
    expect(webhooks.verifySignatureHeader(later, newSecret, after.body, now())).toBe(true);
  });

  it('sends nothing to a disabled endpoint, and a stale If-Match changes nothing', async () => {
    const endpoint = (await register(['purchase_order.created'])).json();
    const disabled = await t.request({
      method: 'PATCH',
      url: `/api/v1/webhooks/${endpoint.id}`,
      as: admin,
      headers: { 'if-match': `"v${endpoint.version}"` },
      payload: { active: false },
    });
    expect(disabled.statusCode).toBe(200);
    const stale = await t.request({
      method: 'PATCH',
      url: `/api/v1/webhooks/${endpoint.id}`,
      as: admin,
      headers: { 'if-match': `"v${endpoint.version}"` },
      payload: { active: true },
    });
    expect(stale.statusCode).toBe(412);
    await createOrder();
    expect(await deliveriesOf(endpoint.id)).toEqual([]);
  });
});

describe('delivery at the network level', () => {
  it('refuses to connect to a private address when private targets are not allowed, even if registered earlier', async () => {
    // Registered while private targets were allowed (or its name resolved elsewhere then).
    const operator = actorFor(await seedUser(strict.ctx, { roles: ['admin'] }));
    const endpoint = await webhooks.createWebhookEndpoint(strict.ctx, {
      actor: operator,
      input: { url: receiverUrl, eventTypes: ['webhook.ping'] },
      allowPrivate: true,
    });
    await webhooks.pingWebhookEndpoint(strict.ctx, { actor: operator, id: endpoint.id });
    received.length = 0;
    const run = await webhooks.deliverDueWebhooks(strict.ctx, { allowPrivate: false });
    expect(run).toMatchObject({ attempted: 1, delivered: 0 });
    expect(received).toEqual([]);
    const log = await webhooks.listWebhookDeliveries(strict.ctx, { id: endpoint.id, limit: 10 });
    expect(log.items[0]!.lastError).toContain('loopback, private or link-local');
    expect(webhooks.isPrivateAddress('::ffff:10.0.0.1')).toBe(true);
    expect(webhooks.isPrivateAddress('203.0.113.9')).toBe(false);
    expect(webhooks.isPrivateAddress('2001:db8::1')).toBe(false);
  });
});
