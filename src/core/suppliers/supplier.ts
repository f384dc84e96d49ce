import type { Address, BankDetails, Contact } from '../../db/schema';
import { asLanguage, type Language } from '../../domain/languages';
import { type PartyIdentifiers, partyIdentifiersOf } from '../../domain/party-identifiers';
import type { PaymentTermsBasis } from '../../domain/payment-terms';
import type { SupplierRow } from './repository';
import { maskBankDetails, type SupplierStatus } from './rules';

/** A supplier as the core hands it out: bank details masked. */
export type Supplier = {
  id: string;
  code: string;
  legalName: string;
  addresses: Address[];
  contacts: Contact[];
  defaultCurrency: string;
  paymentTermsNetDays: number;
  earlyPaymentDiscountPercent: string | null;
  earlyPaymentDiscountDays: number | null;
  /** What the terms' days count from (src/domain/payment-terms.ts). */
  paymentTermsBasis: PaymentTermsBasis;
  categoryIds: string[];
  status: SupplierStatus;
  statusReason: string | null;
  bankDetails: BankDetails | null;
  notes: string;
  /** The language of the documents it is sent; null: English. */
  language: Language | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
} & PartyIdentifiers;

export function toSupplier(row: SupplierRow): Supplier {
  const { electronicAddressScheme, electronicAddress, legalId, legalIdScheme, taxScheme, ...rest } = row;
  return {
    ...rest,
    ...partyIdentifiersOf(row),
    bankDetails: maskBankDetails(row.bankDetails),
    language: row.language ? asLanguage(row.language) : null,
  };
}

/** Fields whose changes the audit trail records (bank details are recorded as masked). */
export const AUDITED_FIELDS: (keyof Supplier)[] = [
  'code',
  'legalName',
  'taxId',
  'taxScheme',
  'electronicAddress',
  'legalId',
  'addresses',
  'contacts',
  'defaultCurrency',
  'paymentTermsNetDays',
  'earlyPaymentDiscountPercent',
  'earlyPaymentDiscountDays',
  'paymentTermsBasis',
  'categoryIds',
  'status',
  'statusReason',
  'bankDetails',
  'notes',
  'language',
];
