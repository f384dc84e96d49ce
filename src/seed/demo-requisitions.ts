import * as catalog from '../core/catalog';
import { findUserByEmail } from '../core/identity';
import * as organisation from '../core/organisation';
import {
  approveRequisition,
  cancelRequisition,
  createRequisition,
  type RequisitionLineInput,
  rejectRequisition,
  submitRequisition,
} from '../core/requisitions';
import type { Ctx } from '../core/shared/context';
import type { Role } from '../core/shared/permissions';
import * as suppliers from '../core/suppliers';
import { DEMO_ITEMS } from './demo-data';
import { actorFor } from './requisition-factories';

type DemoLine =
  | { sku: string; quantity: string }
  | { text: string; category: string; unit: string; price: string };
type DemoRequisition = {
  justification: string;
  costCentre: string;
  neededInDays: number;
  lines: DemoLine[];
  /** How far it gets: draft, submitted, approved (by the head of department), rejected (back to draft, with the reason) or cancelled. */
  outcome: 'draft' | 'submitted' | 'approved' | 'rejected' | 'cancelled';
  reason?: string;
};

const DEMO_REQUISITIONS: DemoRequisition[] = [
  {
    justification: 'Consumables for the Q2 assay runs',
    costCentre: 'CC-2100',
    neededInDays: 14,
    lines: [
      { sku: 'LAB-5001', quantity: '20' },
      { sku: 'LAB-5002', quantity: '12' },
      { sku: 'LAB-5003', quantity: '6' },
    ],
    outcome: 'approved',
  },
  {
    justification: 'Workstations for the two new engineers',
    costCentre: 'CC-2200',
    neededInDays: 21,
    lines: [
      { sku: 'ITH-2003', quantity: '4' },
      { sku: 'ITH-2005', quantity: '2' },
      { text: 'Monitor arm installation, two desks', category: 'SERV', unit: 'HR', price: '85.00' },
    ],
    outcome: 'approved',
  },
  {
    justification: 'Paper restock for the lab office',
    costCentre: 'CC-2100',
    neededInDays: 10,
    lines: [{ sku: 'OFF-1001', quantity: '40' }],
    outcome: 'submitted',
  },
  {
    justification: 'Agarose for the gel electrophoresis course',
    costCentre: 'CC-2100',
    neededInDays: 30,
    lines: [{ sku: 'LAB-5008', quantity: '0.5' }],
    outcome: 'draft',
  },
  {
    justification: 'Ethanol for cleaning the hoods',
    costCentre: 'CC-2100',
    neededInDays: 7,
    lines: [{ sku: 'LAB-5006', quantity: '25' }],
    outcome: 'rejected',
    reason: 'Facilities keep cleaning ethanol in stock: ask them first.',
  },
  {
    justification: 'Serological pipettes for the pilot study',
    costCentre: 'CC-2100',
    neededInDays: 14,
    lines: [{ sku: 'LAB-5004', quantity: '3' }],
    outcome: 'cancelled',
    reason: 'The pilot study was postponed.',
  },
];

export const LIST_PRICE = new Map(
  Object.values(DEMO_ITEMS).flatMap((list) => list.map((i) => [i.sku, i.price])),
);

/** An active supplier with a price for the item today, if any. */
export async function supplierFor(ctx: Ctx, itemId: string, today: string): Promise<string | null> {
  const { items } = await catalog.listPriceListEntries(ctx, {
    filter: { itemId, validOn: today },
    limit: 20,
  });
  for (const entry of items) {
    if ((await suppliers.getSupplier(ctx, { id: entry.supplierId })).status === 'active')
      return entry.supplierId;
  }
  return null;
}

/**
 * A few requisitions of the demo requester in every state, the approved ones approved by the head
 * of department, so the approvals list and the buyer's workbench have something to show.
 */
export async function seedDemoRequisitions(ctx: Ctx): Promise<void> {
  const requesterRow = await findUserByEmail(ctx.db, 'requester@example.com');
  const headRow = await findUserByEmail(ctx.db, 'head@example.com');
  if (!requesterRow || !headRow) return;
  const requester = actorFor({ ...requesterRow, roles: requesterRow.roles as Role[] });
  const head = actorFor({ ...headRow, roles: headRow.roles as Role[] });
  const now = ctx.clock.now();
  const today = now.toISOString().slice(0, 10);
  const day = (n: number) => new Date(now.getTime() + n * 86_400_000).toISOString().slice(0, 10);

  for (const demo of DEMO_REQUISITIONS) {
    const [costCentre] = (
      await organisation.listCostCentres(ctx, { filter: { q: demo.costCentre }, limit: 1 })
    ).items;
    const lines: RequisitionLineInput[] = [];
    for (const l of demo.lines) {
      if ('sku' in l) {
        const item = await catalog.findItemBySku(ctx, { sku: l.sku });
        if (!item) continue;
        lines.push({
          itemId: item.id,
          quantity: l.quantity,
          estimatedUnitPrice: LIST_PRICE.get(l.sku) ?? '0',
          neededBy: day(demo.neededInDays),
          suggestedSupplierId: await supplierFor(ctx, item.id, today),
        });
      } else {
        const [category] = (await catalog.listItemCategories(ctx, { filter: { q: l.category }, limit: 1 }))
          .items;
        lines.push({
          description: l.text,
          categoryId: category!.id,
          unitCode: l.unit,
          quantity: '4',
          estimatedUnitPrice: l.price,
          neededBy: day(demo.neededInDays),
        });
      }
    }
    let r = await createRequisition(ctx, {
      actor: requester,
      input: { costCentreId: costCentre!.id, justification: demo.justification, lines },
    });
    if (demo.outcome === 'draft') continue;
    if (demo.outcome === 'cancelled') {
      await cancelRequisition(ctx, { actor: requester, id: r.id, version: r.version, reason: demo.reason! });
      continue;
    }
    r = await submitRequisition(ctx, { actor: requester, id: r.id, version: r.version });
    if (demo.outcome === 'approved')
      await approveRequisition(ctx, { actor: head, id: r.id, version: r.version });
    if (demo.outcome === 'rejected') {
      await rejectRequisition(ctx, { actor: head, id: r.id, version: r.version, reason: demo.reason! });
    }
  }
}
