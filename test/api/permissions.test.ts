import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendPurchaseOrder } from '../../src/core/dispatch';
import { ROLE_PERMISSIONS, ROLES, type Role } from '../../src/core/shared/permissions';
import { actorFor, seedPurchaseOrder } from '../../src/seed/purchase-order-factories';
import { createTestApp, type TestApp } from '../helpers/app';
import { seedSupplier, seedUser } from '../helpers/seed';

/**
 * The permission matrix: every /api/v1 route × every role. A role without the route's permission
 * gets 403; a role with it gets past authorisation to whatever the empty request then earns, short
 * of a server error (any 5xx fails the matrix); nobody unauthenticated gets past a non-public route.
 */
let t: TestApp;
const sessions = new Map<Role, { cookie: string }>();

beforeAll(async () => {
  t = await createTestApp();
  for (const role of ROLES) sessions.set(role, await t.loginAs([role]));
});
afterAll(async () => {
  await t.close();
});

const SOME_ID = '0190b9a0-0000-7000-8000-0000000000aa';
/** Routes whose row-level rule needs a query to be meaningful: what every role may legitimately ask. */
const QUERY: Record<string, string> = {
  '/api/v1/audit': `?entityType=supplier&entityId=${SOME_ID}`,
  '/api/v1/audit/export': `?entityType=supplier&entityId=${SOME_ID}`,
};
const concrete = (url: string) =>
  url
    .replace(/:id\b/g, SOME_ID)
    .replace(/:code\b/g, 'ZZZ')
    .replace(/:[a-zA-Z]+/g, 'x') + (QUERY[url] ?? '');

describe('permission matrix', () => {
  it('covers every API route', () => {
    expect(t.app.routePermissions.length).toBeGreaterThan(15);
    for (const r of t.app.routePermissions) expect(r.permission).toBeTruthy();
  });

  it('refuses every non-public route without credentials (401)', async () => {
    for (const route of t.app.routePermissions.filter((r) => r.permission !== 'public')) {
      const res = await t.request({ method: route.method as 'GET', url: concrete(route.url), payload: {} });
      expect({ route: `${route.method} ${route.url}`, status: res.statusCode }).toEqual({
        route: `${route.method} ${route.url}`,
        status: 401,
      });
    }
  });

  it('grants exactly what ROLE_PERMISSIONS says, for every role and route', async () => {
    const routes = t.app.routePermissions.filter(
      (r) => r.permission !== 'public' && !r.url.endsWith('/auth/logout'),
    );
    for (const role of ROLES) {
      for (const route of routes) {
        // A supplier's user reaches, of the routes open to everyone signed in, only its own account.
        const openToRole =
          role !== 'supplier' ||
          [
            '/api/v1/auth/me',
            '/api/v1/auth/me/preferences',
            '/api/v1/auth/password',
            '/api/v1/events/stream',
          ].includes(route.url);
        const allowed =
          (route.permission === 'authenticated' && openToRole) ||
          route.permission === 'tokens:own' ||
          route.permission === 'notifications:own' ||
          [route.permission].flat().some((p) => (ROLE_PERMISSIONS[role] as readonly string[]).includes(p));
        const res = await t.request({
          method: route.method as 'GET',
          url: concrete(route.url),
          as: sessions.get(role)!,
          // The live stream never ends once open: an id it never sent is a 422 after the checks.
          ...(route.url === '/api/v1/events/stream' ? { headers: { 'last-event-id': 'x' } } : {}),
          ...(route.method === 'GET' || route.method === 'DELETE' ? {} : { payload: {} }),
        });
        // A server error is never "allowed": it says the route broke on a request it should answer.
        const outcome =
          res.statusCode >= 500
            ? `server error ${res.statusCode}`
            : res.statusCode === 403
              ? 'forbidden'
              : res.statusCode === 401
                ? 'unauthenticated'
                : 'allowed';
        expect({ role, route: `${route.method} ${route.url}`, outcome }).toEqual({
          role,
          route: `${route.method} ${route.url}`,
          outcome: allowed ? 'allowed' : 'forbidden',
        });
      }
    }
  }, 120_000);

  it("gives a supplier's user 404 on every portal route for another supplier's sent order", async () => {
    const contacts = [{ name: 'Orders', email: 'orders@other.example', orderContact: true }];
    const theirs = await seedSupplier(t.ctx, { contacts });
    const buyer = actorFor(await seedUser(t.ctx, { roles: ['buyer'] }));
    const order = await seedPurchaseOrder(t.ctx, { buyer, supplierId: theirs.id, status: 'approved' });
    await sendPurchaseOrder(t.ctx, { actor: buyer, id: order.id, version: order.version });
    // The matrix's own supplier user belongs to another supplier.
    const mine = sessions.get('supplier')!;
    const portalRoutes = t.app.routePermissions.filter(
      (r) => [r.permission].flat().includes('portal:use') && r.url.includes(':id'),
    );
    expect(portalRoutes.length).toBeGreaterThanOrEqual(3);
    for (const route of portalRoutes) {
      const url = route.url
        .replace(':id', order.id)
        .replace(/:[a-zA-Z]+/g, '0190b9a0-0000-7000-8000-0000000000aa');
      const res = await t.request({
        method: route.method as 'GET',
        url,
        as: mine,
        ...(route.method === 'GET'
          ? {}
          : route.url.endsWith('/order-response')
            ? { payload: '<OrderResponse/>', headers: { 'content-type': 'application/xml' } }
            : route.url.endsWith('/ship-notices')
              ? { payload: { despatchDate: '2026-12-01', lines: [{ lineNo: 1, quantity: '1' }] } }
              : route.url.endsWith('/invoices')
                ? {
                    payload: {
                      supplierInvoiceNumber: 'X-1',
                      issueDate: '2026-03-01',
                      lines: [{ orderLineNo: 1, quantity: '1', unitPrice: '1' }],
                    },
                  }
                : route.url.endsWith('/ratings')
                  ? { payload: { delivery: 3, quality: 3, service: 3 } }
                  : { payload: { orderRevision: 0, lines: [{ lineNo: 1, decision: 'accept' }] } }),
      });
      expect({ route: `${route.method} ${route.url}`, status: res.statusCode }).toEqual({
        route: `${route.method} ${route.url}`,
        status: 404,
      });
    }
  });
});
