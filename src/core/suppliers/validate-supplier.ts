import * as catalog from '../catalog';
import * as organisation from '../organisation';
import type { Ctx } from '../shared/context';
import { FieldErrors } from '../shared/errors';

export type SupplierReferences = {
  defaultCurrency?: string;
  categoryIds?: string[];
  earlyPaymentDiscountPercent?: string | null;
  earlyPaymentDiscountDays?: number | null;
};

/** Checks what a schema cannot: referenced currency and categories exist, discount terms are whole. */
export async function assertSupplierReferences(
  ctx: Ctx,
  input: SupplierReferences,
  prefix = '',
): Promise<void> {
  const errors = new FieldErrors();
  if (input.defaultCurrency !== undefined) {
    const ok = await organisation.activeCurrencyCodes(ctx, { codes: [input.defaultCurrency] });
    if (!ok.has(input.defaultCurrency))
      errors.add(`${prefix}defaultCurrency`, `${input.defaultCurrency} is not an active currency`);
  }
  if (input.categoryIds && input.categoryIds.length > 0) {
    const found = new Set(
      (await catalog.findItemCategoriesByIds(ctx, { ids: input.categoryIds })).map((c) => c.id),
    );
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
