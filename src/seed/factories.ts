import {
  acceptInvitation,
  createUser,
  getUserByEmail,
  inviteSupplierUser,
  SYSTEM_ACTOR,
  type User,
} from '../core/identity';
import type { Ctx } from '../core/shared/context';
import type { Role } from '../core/shared/permissions';
import { type CreateSupplierInput, createSupplier, type Supplier } from '../core/suppliers';

/**
 * Seed helpers: build valid records through the real use cases (so rules and the audit trail
 * apply), with sensible defaults that a test or the demo overrides where it matters.
 */
export const TEST_PASSWORD = 'correct horse battery staple';

let seq = 0;
const next = () => ++seq;

export async function seedUser(
  ctx: Ctx,
  input: Partial<{
    email: string;
    name: string;
    roles: Role[];
    departmentId: string | null;
    password: string;
    active: boolean;
    /** For the role `supplier`: the supplier it is bound to (a new one when absent). */
    supplierId: string;
  }> = {},
): Promise<User> {
  const n = next();
  if (input.roles?.includes('supplier')) {
    // A supplier's user is invited and accepts, as in the portal.
    const supplierId = input.supplierId ?? (await seedSupplier(ctx)).id;
    const email = input.email ?? `supplier-user${n}-${Date.now()}@test.example`;
    const { token } = await inviteSupplierUser(ctx, {
      actor: SYSTEM_ACTOR,
      supplierId,
      name: input.name ?? `Supplier user ${n}`,
      email,
      language: null,
    });
    await acceptInvitation(ctx, { token, password: input.password ?? TEST_PASSWORD });
    return getUserByEmail(ctx, email);
  }
  return createUser(ctx, {
    actor: SYSTEM_ACTOR,
    input: {
      email: input.email ?? `user${n}-${Date.now()}@test.example`,
      name: input.name ?? `User ${n}`,
      password: input.password ?? TEST_PASSWORD,
      roles: input.roles ?? [],
      departmentId: input.departmentId ?? null,
      active: input.active ?? true,
    },
  });
}

export async function seedSupplier(ctx: Ctx, input: Partial<CreateSupplierInput> = {}): Promise<Supplier> {
  const n = next();
  return createSupplier(ctx, {
    actor: SYSTEM_ACTOR,
    input: {
      code: input.code ?? `SUP${String(n).padStart(4, '0')}${Math.random().toString(36).slice(2, 5)}`,
      legalName: input.legalName ?? `Supplier ${n} Ltd`,
      taxId: input.taxId ?? null,
      addresses: input.addresses ?? [
        { kind: 'billing', line1: `${n} Market Street`, city: 'Springfield', country: 'US' },
      ],
      contacts: input.contacts ?? [],
      defaultCurrency: input.defaultCurrency ?? 'USD',
      paymentTermsNetDays: input.paymentTermsNetDays ?? 30,
      earlyPaymentDiscountPercent: input.earlyPaymentDiscountPercent ?? null,
      earlyPaymentDiscountDays: input.earlyPaymentDiscountDays ?? null,
      paymentTermsBasis: input.paymentTermsBasis ?? 'invoice_date',
      categoryIds: input.categoryIds ?? [],
      bankDetails: input.bankDetails ?? null,
      notes: input.notes ?? '',
      language: input.language ?? null,
      ...(input.electronicAddress !== undefined && { electronicAddress: input.electronicAddress }),
      ...(input.legalId !== undefined && { legalId: input.legalId }),
      ...(input.taxScheme !== undefined && { taxScheme: input.taxScheme }),
    },
  });
}
