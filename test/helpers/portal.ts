import { expect } from 'vitest';
import { seedItem } from '../../src/seed/catalog-factories';
import { actorFor, seedPurchaseOrder } from '../../src/seed/purchase-order-factories';
import type { TestApp } from './app';
import { seedSupplier, seedUser } from './seed';

export type Who = { cookie: string; userId?: string; email?: string };
export type SentOrder = {
  id: string;
  version: number;
  number: string;
  revision: number;
  status: string;
  lines: { lineNo: number; unitCode: string }[];
};

export const PO = '/api/v1/purchase-orders';
export const ifMatch = (v: { version: number }) => ({ 'if-match': `"v${v.version}"` });

/**
 * A buyer, an item, and helpers to make suppliers with an order contact, their portal users, and
 * orders sent to them: what the dispatch and portal tests start from.
 */
export async function portalFixture(t: TestApp) {
  const user = await seedUser(t.ctx, { roles: ['buyer'], name: 'Lena Brandt' });
  const buyerActor = actorFor(user);
  const buyer: Who = { cookie: await t.signIn(user.email), userId: user.id };
  const itemId = (await seedItem(t.ctx, { name: 'Servo motor 400 W', defaultTaxRate: '19' })).id;

  async function supplierWithContact() {
    return seedSupplier(t.ctx, {
      legalName: 'Nordlicht Antriebe GmbH',
      contacts: [
        {
          name: 'Jana Sommer',
          email: `orders-${Math.random().toString(36).slice(2)}@nordlicht.example`,
          orderContact: true,
        },
      ],
    });
  }

  /** A sent order with three lines (10, 20, 30), each needed on 2027-01-15, or the lines given. */
  async function sentOrder(
    supplierId: string,
    lines: NonNullable<NonNullable<Parameters<typeof seedPurchaseOrder>[1]>['lines']> = [
      { itemId, quantity: '10', unitPrice: '20.00', neededBy: '2027-01-15' },
      { itemId, quantity: '20', unitPrice: '30.00', neededBy: '2027-01-15' },
      { itemId, quantity: '30', unitPrice: '40.00', neededBy: '2027-01-15' },
    ],
  ): Promise<SentOrder> {
    const po = await seedPurchaseOrder(t.ctx, {
      buyer: buyerActor,
      supplierId,
      orderDate: '2026-12-01',
      lines,
      status: 'approved',
    });
    const res = await t.request({
      method: 'POST',
      url: `${PO}/${po.id}/send`,
      as: buyer,
      headers: ifMatch(po),
      payload: {},
    });
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  }

  async function supplierUser(supplierId: string): Promise<Who> {
    const u = await seedUser(t.ctx, { roles: ['supplier'], supplierId });
    return { cookie: await t.signIn(u.email), userId: u.id, email: u.email };
  }

  async function getOrder(id: string) {
    return (await t.request({ method: 'GET', url: `${PO}/${id}`, as: buyer })).json();
  }

  return {
    buyer,
    buyerActor,
    buyerEmail: user.email,
    itemId,
    supplierWithContact,
    sentOrder,
    supplierUser,
    getOrder,
  };
}
