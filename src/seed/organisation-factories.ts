import { SYSTEM_ACTOR } from '../core/identity';
import {
  type CostCentre,
  type CreateCostCentreInput,
  type CreateDepartmentInput,
  type CreateExchangeRateInput,
  createCostCentre,
  createDepartment,
  createExchangeRate,
  type Department,
  type ExchangeRate,
} from '../core/organisation';
import type { Ctx } from '../core/shared/context';

/**
 * Seed helpers for departments, cost centres and exchange rates: built through the real use cases
 * (so rules and the audit trail apply), with unique defaults a test overrides where it matters.
 */
let seq = 0;
const next = () => ++seq;
const suffix = () => Math.random().toString(36).slice(2, 5).toUpperCase();

export async function seedDepartment(
  ctx: Ctx,
  input: Partial<CreateDepartmentInput> = {},
): Promise<Department> {
  const n = next();
  return createDepartment(ctx, {
    actor: SYSTEM_ACTOR,
    input: {
      code: input.code ?? `DEP${String(n).padStart(4, '0')}${suffix()}`,
      name: input.name ?? `Department ${n}`,
      headUserId: input.headUserId ?? null,
      active: input.active ?? true,
    },
  });
}

/** Without a departmentId, the cost centre gets a department of its own. */
export async function seedCostCentre(
  ctx: Ctx,
  input: Partial<CreateCostCentreInput> = {},
): Promise<CostCentre> {
  const n = next();
  const departmentId = input.departmentId ?? (await seedDepartment(ctx)).id;
  return createCostCentre(ctx, {
    actor: SYSTEM_ACTOR,
    input: {
      code: input.code ?? `CC${String(n).padStart(4, '0')}${suffix()}`,
      name: input.name ?? `Cost centre ${n}`,
      departmentId,
      ownerUserId: input.ownerUserId ?? null,
      active: input.active ?? true,
    },
  });
}

/**
 * Without a date, each rate gets a date of its own (counting days back from 2000-01-01), so
 * defaults never collide on the one-rate-per-date rule nor shadow the dates a test chooses.
 */
export async function seedExchangeRate(
  ctx: Ctx,
  input: Partial<CreateExchangeRateInput> = {},
): Promise<ExchangeRate> {
  const n = next();
  const validOn = new Date(Date.UTC(2000, 0, 1) - n * 86_400_000).toISOString().slice(0, 10);
  return createExchangeRate(ctx, {
    actor: SYSTEM_ACTOR,
    input: {
      currency: input.currency ?? 'EUR',
      baseCurrency: input.baseCurrency,
      rate: input.rate ?? '1.1',
      validOn: input.validOn ?? validOn,
    },
  });
}
