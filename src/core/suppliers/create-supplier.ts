import type { BankDetails } from '../../db/schema';
import { type PartyIdentifiers, partyIdentifierColumns } from '../../domain/party-identifiers';
import type { PaymentTermsBasis } from '../../domain/payment-terms';
import type { Actor } from '../shared/actor';
import { diff, recordAudit } from '../shared/audit';
import type { Ctx } from '../shared/context';
import { AppError, isUniqueViolation } from '../shared/errors';
import { newId } from '../shared/ids';
import * as repo from './repository';
import { AUDITED_FIELDS, type Supplier, toSupplier } from './supplier';
import { assertSupplierReferences } from './validate-supplier';

export type CreateSupplierInput = Partial<PartyIdentifiers> & {
  code: string;
  legalName: string;
  addresses: Supplier['addresses'];
  contacts: Supplier['contacts'];
  defaultCurrency: string;
  paymentTermsNetDays: number;
  earlyPaymentDiscountPercent?: string | null;
  earlyPaymentDiscountDays?: number | null;
  paymentTermsBasis?: PaymentTermsBasis | null;
  categoryIds: string[];
  bankDetails?: BankDetails | null;
  notes: string;
  language?: string | null;
};

export function codeTaken(code: string): AppError {
  return new AppError('conflict', `Supplier code ${code} is already in use.`, {
    errors: [{ path: 'code', message: 'is already used by another supplier' }],
  });
}

export function supplierRow(input: CreateSupplierInput, now: Date): repo.SupplierInsert {
  return {
    id: newId(now.getTime()),
    code: input.code.trim(),
    legalName: input.legalName.trim(),
    ...partyIdentifierColumns({
      electronicAddress: input.electronicAddress ?? null,
      legalId: input.legalId ?? null,
      taxId: input.taxId ?? null,
      taxScheme: input.taxScheme ?? null,
    }),
    addresses: input.addresses,
    contacts: input.contacts,
    defaultCurrency: input.defaultCurrency,
    paymentTermsNetDays: input.paymentTermsNetDays,
    earlyPaymentDiscountPercent: input.earlyPaymentDiscountPercent ?? null,
    earlyPaymentDiscountDays: input.earlyPaymentDiscountDays ?? null,
    paymentTermsBasis: input.paymentTermsBasis ?? 'invoice_date',
    categoryIds: [...new Set(input.categoryIds)],
    bankDetails: input.bankDetails ?? null,
    notes: input.notes,
    language: input.language ?? null,
    status: 'active',
    createdAt: now,
    updatedAt: now,
  };
}

export async function createSupplier(
  ctx: Ctx,
  opts: { actor: Actor; input: CreateSupplierInput },
): Promise<Supplier> {
  await assertSupplierReferences(ctx, opts.input);
  try {
    return await ctx.db.transaction(async (tx) => {
      const [row] = await repo.insert(tx, [supplierRow(opts.input, ctx.clock.now())]);
      const supplier = toSupplier(row!);
      await recordAudit(tx, ctx.clock, {
        actor: opts.actor,
        entityType: 'supplier',
        entityId: supplier.id,
        action: 'create',
        changes: diff(null, supplier, AUDITED_FIELDS),
      });
      return supplier;
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw codeTaken(opts.input.code);
    throw err;
  }
}
