import * as catalog from '../catalog';
import type { Ctx } from '../shared/context';
import { type ImportSheet, importSheet } from '../shared/spreadsheet';
import * as repo from './repository';
import { SUPPLIER_COLUMN_KINDS, SUPPLIER_CSV_COLUMNS } from './supplier-csv';

/** Every supplier in the import's own columns, read in batches. */
export async function exportSuppliers(ctx: Ctx): Promise<ImportSheet> {
  const out: Record<string, string | number | null | undefined>[] = [];
  let after: string | undefined;
  for (;;) {
    const batch = await repo.listAfterCode(ctx.db, after, 1000);
    const categories = await catalog.findItemCategoriesByIds(ctx, {
      ids: batch.flatMap((s) => s.categoryIds),
    });
    const codeOf = new Map(categories.map((c) => [c.id, c.code]));
    for (const s of batch) {
      const address = s.addresses.find((a) => a.kind === 'billing') ?? s.addresses[0];
      const contact = s.contacts[0];
      out.push({
        code: s.code,
        legalName: s.legalName,
        defaultCurrency: s.defaultCurrency,
        taxId: s.taxId,
        paymentTermsNetDays: s.paymentTermsNetDays,
        earlyPaymentDiscountPercent: s.earlyPaymentDiscountPercent,
        earlyPaymentDiscountDays: s.earlyPaymentDiscountDays,
        paymentTermsBasis: s.paymentTermsBasis,
        categories: s.categoryIds
          .map((id) => codeOf.get(id) ?? '')
          .filter(Boolean)
          .join('|'),
        addressLine1: address?.line1,
        addressLine2: address?.line2,
        city: address?.city,
        region: address?.region,
        postalCode: address?.postalCode,
        country: address?.country,
        contactName: contact?.name,
        contactRole: contact?.role,
        contactEmail: contact?.email,
        contactPhone: contact?.phone,
        notes: s.notes,
        language: s.language ?? '',
      });
    }
    if (batch.length < 1000) break;
    after = batch[batch.length - 1]!.code;
  }
  return importSheet(SUPPLIER_CSV_COLUMNS, SUPPLIER_COLUMN_KINDS, out);
}
