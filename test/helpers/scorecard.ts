import * as receiving from '../../src/core/receiving';
import type { Actor } from '../../src/core/shared/actor';
import { newId } from '../../src/core/shared/ids';
import { orderRatings } from '../../src/db/schema';
import type { RaterRole } from '../../src/domain/evaluation';
import type { Language } from '../../src/domain/languages';
import { actorFor } from '../../src/seed/purchase-order-factories';
import type { TestApp } from './app';
import { portalFixture } from './portal';
import { seedSupplier, seedUser } from './seed';

/**
 * Suppliers with a scorecard to show: each sent three orders on 2026-03-02 (one line, 10 at 20.00,
 * needed by 2026-03-10) and received them in full on 2026-03-09. By hand: on time 3 of 3, in full 3
 * of 3, answered 0 of 3 orders; the measures with data weigh 25 + 15 + 10 = 50, so the score is
 * (100×25 + 100×15 + 0×10) ÷ 50 = 80.0, grade B, for March 2026 and for 2026-Q1.
 */
export async function scorecardFixture(t: TestApp) {
  const f = await portalFixture(t);
  const receiver = actorFor(await seedUser(t.ctx, { roles: ['receiver'] }));

  /** A supplier with three orders sent and received as above (call before moving the clock on). */
  async function scoredSupplier(opts: { legalName: string; language?: Language }) {
    const slug = opts.legalName.toLowerCase().replace(/[^a-z]+/g, '-');
    const supplier = await seedSupplier(t.ctx, {
      legalName: opts.legalName,
      language: opts.language ?? null,
      contacts: [
        {
          name: 'Order desk',
          email: `orders-${Math.random().toString(36).slice(2, 7)}@${slug}.example`,
          orderContact: true,
        },
      ],
    });
    t.clock.set(new Date('2026-03-02T09:00:00Z'));
    const orders = [];
    for (let i = 0; i < 3; i++)
      orders.push(
        await f.sentOrder(supplier.id, [
          { itemId: f.itemId, quantity: '10', unitPrice: '20.00', neededBy: '2026-03-10' },
        ]),
      );
    t.clock.set(new Date('2026-03-20T09:00:00Z'));
    for (const o of orders)
      await receiving.createReceipt(t.ctx, {
        actor: receiver,
        input: { purchaseOrderId: o.id, receivedOn: '2026-03-09', lines: [{ lineNo: 1, quantity: '10' }] },
      });
    return { supplier, orders };
  }

  return { ...f, receiver, scoredSupplier };
}

/**
 * A rating of an order as the ratings table keeps it, with its comment shared with the supplier or
 * not. (Written as the row itself: what these tests read is the table, whoever writes it.)
 */
export async function seedRating(
  t: TestApp,
  opts: {
    purchaseOrderId: string;
    supplierId: string;
    ratedBy: Actor;
    raterRole: RaterRole;
    comment: string | null;
    shared: boolean;
    scores?: { delivery: number; quality: number; service: number };
  },
): Promise<string> {
  const id = newId(t.clock.now().getTime());
  await t.ctx.db.insert(orderRatings).values({
    id,
    purchaseOrderId: opts.purchaseOrderId,
    supplierId: opts.supplierId,
    ratedBy: opts.ratedBy.userId!,
    raterRole: opts.raterRole,
    delivery: opts.scores?.delivery ?? 4,
    quality: opts.scores?.quality ?? 4,
    service: opts.scores?.service ?? 4,
    comment: opts.comment,
    shared: opts.shared,
    createdAt: t.clock.now(),
  });
  return id;
}
