import { expect } from 'vitest';
import type { User } from '../../src/core/identity';
import * as receiving from '../../src/core/receiving';
import type { Actor } from '../../src/core/shared/actor';
import { seedCostCentre } from '../../src/seed/organisation-factories';
import { actorFor, seedPurchaseOrder } from '../../src/seed/purchase-order-factories';
import { seedApprovedRequisition } from '../../src/seed/requisition-factories';
import type { TestApp } from './app';
import { ifMatch, PO, portalFixture, type SentOrder, type Who } from './portal';
import { seedUser } from './seed';

/**
 * What the rating tests start from: a department with a requester, a receiver, the buyer of the
 * portal fixture, a supplier with an order contact, and orders raised from the requester's
 * requisitions and sent to that supplier.
 */
export async function ratingFixture(t: TestApp) {
  const f = await portalFixture(t);
  const costCentre = await seedCostCentre(t.ctx);
  const departmentId = costCentre.departmentId;
  const requesterUser = await seedUser(t.ctx, {
    roles: ['requester'],
    departmentId,
    name: 'Mara Quist',
  });
  const receiverUser = await seedUser(t.ctx, { roles: ['receiver'], name: 'Theo Lang' });
  const supplier = await f.supplierWithContact();
  const as = async (user: User): Promise<Who> => ({ cookie: await t.signIn(user.email), userId: user.id });

  /** An order of the requester's requisition (one line per quantity), sent to the supplier. */
  async function requestedOrder(quantities: string[] = ['10'], requester: User = requesterUser) {
    const requisition = await seedApprovedRequisition(t.ctx, {
      requester,
      departmentId,
      costCentreId: costCentre.id,
      lines: quantities.map((quantity) => ({
        itemId: f.itemId,
        quantity,
        estimatedUnitPrice: '20.00',
        neededBy: '2027-01-15',
      })),
    });
    const po = await seedPurchaseOrder(t.ctx, {
      buyer: f.buyerActor,
      supplierId: supplier.id,
      departmentId,
      costCentreId: costCentre.id,
      lines: requisition.lines.map((l) => ({
        itemId: f.itemId,
        quantity: l.quantity,
        unitPrice: '20.00',
        neededBy: '2027-01-15',
        sources: [{ requisitionLineId: l.id, quantity: l.quantity }],
      })),
      status: 'approved',
    });
    // A second later than the order sent before: which order was sent first (the last price paid
    // for an item) is then never a tie broken by ids.
    t.clock.set(new Date(t.clock.now().getTime() + 1000));
    const sent = await t.request({
      method: 'POST',
      url: `${PO}/${po.id}/send`,
      as: f.buyer,
      headers: ifMatch(po),
      payload: {},
    });
    expect(sent.statusCode, sent.body).toBe(200);
    return sent.json() as SentOrder;
  }

  /** Records a receipt of these quantities (by line) as `by` (the receiver by default). */
  function receive(
    orderId: string,
    lines: { lineNo: number; quantity: string }[],
    by: Actor = actorFor(receiverUser),
  ) {
    return receiving.createReceipt(t.ctx, {
      actor: by,
      input: { purchaseOrderId: orderId, receivedOn: '2026-03-02', lines },
    });
  }

  return {
    ...f,
    departmentId,
    costCentreId: costCentre.id,
    supplierId: supplier.id,
    requesterUser,
    receiverUser,
    requester: actorFor(requesterUser),
    receiver: actorFor(receiverUser),
    as,
    requestedOrder,
    receive,
  };
}
