import type { BankDetails } from '../../db/schema';
import type { SupplierStatus } from '../../domain/suppliers';

export type { SupplierStatus };

/** Which status changes are allowed, and which need a reason. */
export const STATUS_TRANSITIONS: Record<SupplierStatus, readonly SupplierStatus[]> = {
  active: ['on_hold', 'blocked'],
  on_hold: ['active', 'blocked'],
  blocked: ['active', 'on_hold'],
};

export function reasonRequired(to: SupplierStatus): boolean {
  return to !== 'active';
}

/** An account number as shown: its last four characters only (`•••• 3000`). */
export function maskTail<T extends string | null | undefined>(value: T): T {
  if (!value) return value;
  const compact = value.replace(/[\s-]/g, '');
  return `•••• ${compact.slice(-4)}` as T;
}

/** Bank account numbers are never shown in full by the API. */
export function maskBankDetails(bank: BankDetails | null): BankDetails | null {
  if (!bank) return null;
  return { ...bank, iban: maskTail(bank.iban), accountNumber: maskTail(bank.accountNumber) };
}
