import type { Db } from '../../db/client';
import { FieldErrors } from '../shared/errors';
import * as repo from './repository';

export type SupplierReferences = {
  defaultCurrency?: string;
  categoryIds?: string[];
  earlyPaymentDiscountPercent?: string | null;
  earlyPaymentDiscountDays?: number | null;
};

/** Checks what a schema cannot: referenced currency and categories exist, discount terms are whole. */
export async function assertSupplierReferences(
  db: Db,
  input: SupplierReferences,
  prefix = '',
): Promise<void> {
  const errors = new FieldErrors();
  if (input.defaultCurrency !== undefined) {
    const ok = await repo.activeCurrencyCodes(db, [input.defaultCurrency]);
    if (!ok.has(input.defaultCurrency))
      errors.add(`${prefix}defaultCurrency`, `${input.defaultCurrency} is not an active currency`);
  }
  if (input.categoryIds && input.categoryIds.length > 0) {
    const found = await repo.existingCategoryIds(db, input.categoryIds);
    input.categoryIds.forEach((id, i) => {
      if (!found.has(id)) errors.add(`${prefix}categoryIds[${i}]`, 'does not name an existing item category');
    });
  }
  const pct = input.earlyPaymentDiscountPercent;
  const days = input.earlyPaymentDiscountDays;
  if ((pct == null) !== (days == null) && pct !== undefined && days !== undefined) {
    errors.add(
      `${prefix}earlyPaymentDiscountDays`,
      'early-payment discount needs both a percentage and a number of days',
    );
  }
  errors.throwIfAny();
}
