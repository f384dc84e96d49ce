import type { SupplierStatus } from '../../domain/suppliers';
import * as catalog from '../catalog';
import * as requisitions from '../requisitions';
import { isoDate } from '../shared/clock';
import type { Ctx } from '../shared/context';
import { normalize } from '../shared/money';
import { decodeListCursor, encodeCursor, type Page } from '../shared/pagination';

/** A requisition line waiting to be ordered, with what a buyer needs to order it. */
export type RequisitionLineToOrder = {
  requisitionLineId: string;
  requisitionId: string;
  requisitionNumber: string;
  lineNo: number;
  requesterId: string;
  requesterName: string;
  departmentId: string;
  departmentCode: string;
  costCentreId: string;
  itemId: string | null;
  itemSku: string | null;
  description: string;
  categoryId: string;
  categoryCode: string;
  quantity: string;
  quantityOrdered: string;
  quantityRemaining: string;
  unitCode: string;
  neededBy: string | null;
  estimatedUnitPrice: string;
  currency: string;
  suggestedSupplier: {
    id: string;
    code: string;
    legalName: string;
    status: SupplierStatus;
    defaultCurrency: string;
  } | null;
  price: {
    unitPrice: string;
    currency: string;
    minQuantity: string;
    priceListEntryId: string;
    leadTimeDays: number;
  } | null;
  warning: string | null;
};

/**
 * The price a supplier would charge for a line today, or why there is none. Prices are looked up in
 * the supplier's default currency, the currency its order will be in; a missing price is a
 * warning for the buyer to act on, never a guess.
 */
async function priceLine(
  ctx: Ctx,
  row: requisitions.LineToOrderRow,
  remaining: string,
  today: string,
): Promise<Pick<RequisitionLineToOrder, 'price' | 'warning'>> {
  if (!row.suggestedSupplierId)
    return { price: null, warning: 'No suggested supplier: choose one to order.' };
  if (row.suggestedSupplierStatus === 'blocked') {
    return { price: null, warning: `Supplier ${row.suggestedSupplierCode} is blocked: choose another.` };
  }
  if (!row.itemId)
    return { price: null, warning: 'Free-text line: no price list applies; enter a unit price.' };
  const found = await catalog.findBestPrice(ctx, {
    supplierId: row.suggestedSupplierId,
    itemId: row.itemId,
    quantity: remaining,
    date: today,
    currency: row.suggestedSupplierCurrency ?? undefined,
  });
  const onHold =
    row.suggestedSupplierStatus === 'on_hold' ? `Supplier ${row.suggestedSupplierCode} is on hold.` : null;
  if (!found) {
    return {
      price: null,
      warning:
        `No valid price list entry: ${row.suggestedSupplierCode} has no ${row.suggestedSupplierCurrency} price for ` +
        `${row.itemSku} valid on ${today} for ${remaining} ${row.unitCode}; enter a unit price.${onHold ? ` ${onHold}` : ''}`,
    };
  }
  return {
    price: {
      unitPrice: found.unitPrice,
      currency: found.currency,
      minQuantity: found.entry.minQuantity,
      priceListEntryId: found.entry.id,
      leadTimeDays: found.leadTimeDays,
    },
    warning: onHold,
  };
}

/**
 * The buyer's workbench: lines of approved and partially ordered requisitions that are not fully
 * ordered, by needed-by date (undated last) then id, with the suggested supplier's best current
 * price.
 */
export async function listRequisitionLinesToOrder(
  ctx: Ctx,
  opts: { filter: requisitions.LineToOrderFilter; limit: number; cursor?: string },
): Promise<Page<RequisitionLineToOrder>> {
  const c = decodeListCursor(opts.cursor, { k: 'date' });
  const rows = await requisitions.listLinesToOrder(ctx, {
    filter: opts.filter,
    after: c ? { neededBy: String(c.k), id: c.id } : undefined,
    limit: opts.limit + 1,
  });
  const today = isoDate(ctx.clock.now());
  const lines: RequisitionLineToOrder[] = [];
  // One more row than asked for says whether there is a next page; only the page is priced.
  for (const row of rows.slice(0, opts.limit)) {
    const quantities = { quantity: normalize(row.quantity), quantityOrdered: normalize(row.quantityOrdered) };
    const remaining = requisitions.remainingQuantity(quantities);
    lines.push({
      requisitionLineId: row.lineId,
      requisitionId: row.requisitionId,
      requisitionNumber: row.requisitionNumber,
      lineNo: row.lineNo,
      requesterId: row.requesterId,
      requesterName: row.requesterName,
      departmentId: row.departmentId,
      departmentCode: row.departmentCode,
      costCentreId: row.costCentreId,
      itemId: row.itemId,
      itemSku: row.itemSku,
      description: row.description,
      categoryId: row.categoryId,
      categoryCode: row.categoryCode,
      ...quantities,
      quantityRemaining: remaining,
      unitCode: row.unitCode,
      neededBy: row.neededBy,
      estimatedUnitPrice: normalize(row.estimatedUnitPrice),
      currency: row.currency,
      suggestedSupplier: row.suggestedSupplierId
        ? {
            id: row.suggestedSupplierId,
            code: row.suggestedSupplierCode!,
            legalName: row.suggestedSupplierName!,
            status: row.suggestedSupplierStatus!,
            defaultCurrency: row.suggestedSupplierCurrency!,
          }
        : null,
      ...(await priceLine(ctx, row, remaining, today)),
    });
  }
  const last = lines[lines.length - 1];
  return {
    items: lines,
    nextCursor:
      rows.length > opts.limit && last
        ? encodeCursor({ k: requisitions.lineToOrderSortKey(last.neededBy), id: last.requisitionLineId })
        : null,
  };
}
