import { partyIdentifierColumns, taxIdProblem } from '../../domain/party-identifiers';
import type { Actor } from '../shared/actor';
import { diff, recordAudit } from '../shared/audit';
import type { Ctx } from '../shared/context';
import { AppError, isUniqueViolation } from '../shared/errors';
import { assertVersion } from '../shared/versioning';
import { type CreateSupplierInput, codeTaken } from './create-supplier';
import * as repo from './repository';
import { AUDITED_FIELDS, type Supplier, toSupplier } from './supplier';
import { assertSupplierReferences } from './validate-supplier';

export type UpdateSupplierInput = Partial<CreateSupplierInput>;

/** Edits master data; status changes go through changeSupplierStatus. */
export async function updateSupplier(
  ctx: Ctx,
  opts: { actor: Actor; id: string; version: number; input: UpdateSupplierInput },
): Promise<Supplier> {
  const { input } = opts;
  try {
    return await ctx.db.transaction(async (tx) => {
      const before = await repo.findById(tx, opts.id, { forUpdate: true });
      if (!before) throw AppError.notFound('Supplier', opts.id);
      assertVersion(before.version, opts.version);
      await assertSupplierReferences(
        { ...ctx, db: tx },
        {
          defaultCurrency: input.defaultCurrency,
          categoryIds: input.categoryIds,
          earlyPaymentDiscountPercent:
            input.earlyPaymentDiscountPercent !== undefined
              ? input.earlyPaymentDiscountPercent
              : before.earlyPaymentDiscountPercent,
          earlyPaymentDiscountDays:
            input.earlyPaymentDiscountDays !== undefined
              ? input.earlyPaymentDiscountDays
              : before.earlyPaymentDiscountDays,
        },
      );
      const taxId = input.taxId !== undefined ? input.taxId : before.taxId;
      const taxScheme = input.taxScheme !== undefined ? input.taxScheme : before.taxScheme;
      const taxProblem = taxId && taxScheme ? taxIdProblem(taxId, taxScheme) : null;
      if (taxProblem) throw AppError.field('taxId', taxProblem);
      const patch: Partial<repo.SupplierInsert> = { updatedAt: ctx.clock.now() };
      if (input.code !== undefined) patch.code = input.code.trim();
      if (input.legalName !== undefined) patch.legalName = input.legalName.trim();
      Object.assign(patch, partyIdentifierColumns(input));
      if (input.addresses !== undefined) patch.addresses = input.addresses;
      if (input.contacts !== undefined) patch.contacts = input.contacts;
      if (input.defaultCurrency !== undefined) patch.defaultCurrency = input.defaultCurrency;
      if (input.paymentTermsNetDays !== undefined) patch.paymentTermsNetDays = input.paymentTermsNetDays;
      if (input.earlyPaymentDiscountPercent !== undefined)
        patch.earlyPaymentDiscountPercent = input.earlyPaymentDiscountPercent;
      if (input.earlyPaymentDiscountDays !== undefined)
        patch.earlyPaymentDiscountDays = input.earlyPaymentDiscountDays;
      if (input.paymentTermsBasis != null) patch.paymentTermsBasis = input.paymentTermsBasis;
      if (input.categoryIds !== undefined) patch.categoryIds = [...new Set(input.categoryIds)];
      if (input.bankDetails !== undefined) patch.bankDetails = input.bankDetails;
      if (input.notes !== undefined) patch.notes = input.notes;
      if (input.language !== undefined) patch.language = input.language;
      const row = await repo.update(tx, opts.id, opts.version, patch);
      if (!row) throw AppError.conflict('The supplier changed while saving; reload and try again.');
      const supplier = toSupplier(row);
      const changes = diff(toSupplier(before), supplier, AUDITED_FIELDS);
      if (Object.keys(changes).length > 0) {
        await recordAudit(tx, ctx.clock, {
          actor: opts.actor,
          entityType: 'supplier',
          entityId: supplier.id,
          action: 'update',
          changes,
        });
      }
      return supplier;
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw codeTaken(input.code ?? '');
    throw err;
  }
}
