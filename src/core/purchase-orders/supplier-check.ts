import { AppError } from '../shared/errors';
import type { TransitionFacts } from './rules';

/** A blocked supplier gets no orders: an order for one cannot go forward until it is unblocked. */
export function assertSupplierNotBlocked(facts: TransitionFacts): void {
  const supplier = facts.supplier;
  if (supplier?.status === 'blocked') {
    throw AppError.conflict(
      `Supplier ${supplier.legalName} is blocked${supplier.statusReason ? ` (${supplier.statusReason})` : ''}; change the supplier or unblock it first.`,
      { supplierStatus: supplier.status },
    );
  }
}
