import type { Address, CreateSupplierRequest, Supplier, UpdateSupplierRequest } from '@contracts/suppliers';
import type { I18n } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import {
  type PartyIdentifierValues,
  partyIdentifierRequest,
  partyIdentifierValues,
} from '@/components/party-identifier-fields';
import { LANGUAGES } from '@/i18n';
import type { PaymentTermsBasis } from '../../../../../src/domain/payment-terms';

/**
 * The supplier form's values mirror the request body (same field names and nesting), so a field
 * error for "addresses[1].city" from the contract schema or the server lands on the right input.
 * Text inputs hold '' for "not given"; toSupplierRequest turns that into what the API expects.
 */
export type AddressValues = {
  uid: string;
  kind: Address['kind'];
  line1: string;
  line2: string;
  city: string;
  region: string;
  postalCode: string;
  country: string;
};
export type ContactValues = {
  uid: string;
  name: string;
  role: string;
  email: string;
  phone: string;
  /** Purchase orders are e-mailed to this contact. */
  orderContact: boolean;
};
export type BankValues = {
  accountName: string;
  bankName: string;
  iban: string;
  bic: string;
  accountNumber: string;
};
/** none: no bank details (create); keep: leave the stored ones alone (edit); set: enter new ones; remove. */
export type BankMode = 'none' | 'keep' | 'set' | 'remove';

export type SupplierFormValues = PartyIdentifierValues & {
  code: string;
  legalName: string;
  defaultCurrency: string;
  categoryIds: string[];
  paymentTermsNetDays: number | string;
  earlyPaymentDiscountPercent: string;
  earlyPaymentDiscountDays: number | string;
  paymentTermsBasis: PaymentTermsBasis;
  addresses: AddressValues[];
  contacts: ContactValues[];
  bankMode: BankMode;
  bankDetails: BankValues;
  notes: string;
  /** The language of the documents it is sent (English unless another is chosen). */
  language: string;
};

let uidCounter = 0;
export const newUid = () => `row-${++uidCounter}`;

export const emptyAddress = (kind: Address['kind'] = 'billing', country = ''): AddressValues => ({
  uid: newUid(),
  kind,
  line1: '',
  line2: '',
  city: '',
  region: '',
  postalCode: '',
  country,
});

export const emptyContact = (): ContactValues => ({
  uid: newUid(),
  name: '',
  role: '',
  email: '',
  phone: '',
  orderContact: false,
});

const emptyBank = (): BankValues => ({ accountName: '', bankName: '', iban: '', bic: '', accountNumber: '' });

export function initialSupplierValues(
  supplier?: Supplier,
  defaults: { currency?: string } = {},
): SupplierFormValues {
  if (!supplier) {
    return {
      code: '',
      legalName: '',
      ...partyIdentifierValues(),
      defaultCurrency: defaults.currency ?? '',
      categoryIds: [],
      paymentTermsNetDays: 30,
      earlyPaymentDiscountPercent: '',
      earlyPaymentDiscountDays: '',
      paymentTermsBasis: 'invoice_date',
      addresses: [],
      contacts: [],
      bankMode: 'none',
      bankDetails: emptyBank(),
      notes: '',
      language: 'en',
    };
  }
  return {
    code: supplier.code,
    legalName: supplier.legalName,
    ...partyIdentifierValues(supplier),
    defaultCurrency: supplier.defaultCurrency,
    categoryIds: [...supplier.categoryIds],
    paymentTermsNetDays: supplier.paymentTermsNetDays,
    earlyPaymentDiscountPercent: supplier.earlyPaymentDiscountPercent ?? '',
    earlyPaymentDiscountDays: supplier.earlyPaymentDiscountDays ?? '',
    paymentTermsBasis: supplier.paymentTermsBasis,
    addresses: supplier.addresses.map((a) => ({
      uid: newUid(),
      kind: a.kind,
      line1: a.line1,
      line2: a.line2 ?? '',
      city: a.city,
      region: a.region ?? '',
      postalCode: a.postalCode ?? '',
      country: a.country,
    })),
    contacts: supplier.contacts.map((c) => ({
      uid: newUid(),
      name: c.name,
      role: c.role ?? '',
      email: c.email ?? '',
      phone: c.phone ?? '',
      orderContact: c.orderContact ?? false,
    })),
    bankMode: supplier.bankDetails ? 'keep' : 'none',
    bankDetails: emptyBank(),
    notes: supplier.notes,
    language: supplier.language ?? 'en',
  };
}

const opt = (v: string) => (v.trim() === '' ? undefined : v.trim());
const wholeOrNull = (v: number | string): number | null => (v === '' ? null : Number(v));

function bankOf(values: SupplierFormValues): CreateSupplierRequest['bankDetails'] | undefined {
  switch (values.bankMode) {
    case 'keep':
      return undefined;
    case 'none':
    case 'remove':
      return null;
    case 'set': {
      const b = values.bankDetails;
      return {
        accountName: b.accountName,
        bankName: opt(b.bankName),
        iban: opt(b.iban),
        bic: opt(b.bic)?.toUpperCase(),
        accountNumber: opt(b.accountNumber),
      };
    }
  }
}

/** The request body for these form values (the same shape for create and a full update). */
export function toSupplierRequest(values: SupplierFormValues): CreateSupplierRequest & UpdateSupplierRequest {
  const bank = bankOf(values);
  return {
    code: values.code,
    legalName: values.legalName,
    ...partyIdentifierRequest(values),
    defaultCurrency: values.defaultCurrency,
    categoryIds: values.categoryIds,
    paymentTermsNetDays: values.paymentTermsNetDays === '' ? Number.NaN : Number(values.paymentTermsNetDays),
    earlyPaymentDiscountPercent: opt(values.earlyPaymentDiscountPercent) ?? null,
    earlyPaymentDiscountDays: wholeOrNull(values.earlyPaymentDiscountDays),
    paymentTermsBasis: values.paymentTermsBasis,
    addresses: values.addresses.map((a) => ({
      kind: a.kind,
      line1: a.line1,
      line2: opt(a.line2),
      city: a.city,
      region: opt(a.region),
      postalCode: opt(a.postalCode),
      country: a.country.trim().toUpperCase(),
    })),
    contacts: values.contacts.map((c) => ({
      name: c.name,
      role: opt(c.role),
      email: opt(c.email),
      phone: opt(c.phone),
      ...(c.orderContact && { orderContact: true }),
    })),
    ...(bank !== undefined && { bankDetails: bank }),
    notes: values.notes,
    // English is the default: kept as "none chosen".
    language: LANGUAGES.find((l) => l.code === values.language && l.code !== 'en')?.code ?? null,
  };
}

/** What the contract cannot say about the form: blanks where a number is needed, half-given discounts. */
export function formOnlyErrors(i18n: I18n, values: SupplierFormValues): Record<string, string> {
  const errors: Record<string, string> = {};
  if (values.paymentTermsNetDays === '') errors.paymentTermsNetDays = i18n._(msg`Is required`);
  if (!values.defaultCurrency) errors.defaultCurrency = i18n._(msg`Is required`);
  const pct = values.earlyPaymentDiscountPercent.trim();
  const days = values.earlyPaymentDiscountDays;
  if (pct !== '' && days === '')
    errors.earlyPaymentDiscountDays = i18n._(msg`Give the days within which the discount applies`);
  if (pct === '' && days !== '')
    errors.earlyPaymentDiscountPercent = i18n._(msg`Give the discount percentage`);
  return errors;
}
