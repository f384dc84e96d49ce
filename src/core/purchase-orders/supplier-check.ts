import type { Ctx } from '../shared/context';
import { AppError } from '../shared/errors';
import * as suppliers from '../suppliers';

/** A blocked supplier gets no orders: an order for one cannot go forward until it is unblocked. */
export async function assertSupplierNotBlocked(ctx: Ctx, supplierId: string): Promise<void> {
  const supplier = await suppliers.getSupplier(ctx, { id: supplierId });
  if (supplier.status === 'blocked') {
    throw AppError.conflict(
      `Supplier ${supplier.legalName} is blocked${supplier.statusReason ? ` (${supplier.statusReason})` : ''}; change the supplier or unblock it first.`,
      { supplierStatus: supplier.status },
    );
  }
}
