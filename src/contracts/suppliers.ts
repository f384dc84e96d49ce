import { z } from 'zod';
import { ibanProblem } from '../domain/bank-accounts';
import { LANGUAGES } from '../domain/languages';
import { PAYMENT_TERMS_BASES } from '../domain/payment-terms';
import { ADDRESS_KINDS, SUPPLIER_STATUSES } from '../domain/suppliers';
import { CountryCode, CurrencyCode, dateOut, decimalString, Id, requiredText, text } from './common';
import { checkTaxId, partyIdentifierFields, partyIdentifierInputFields } from './party-identifiers';

/** The vocabulary the web app shares (declared in src/domain/suppliers.ts). */
export { SUPPLIER_STATUSES };

export const SupplierStatus = z.enum(SUPPLIER_STATUSES);
export type SupplierStatus = z.infer<typeof SupplierStatus>;

export const Address = z.object({
  kind: z.enum(ADDRESS_KINDS),
  line1: requiredText(200),
  line2: text(200).optional(),
  city: requiredText(100),
  region: text(100).optional(),
  postalCode: text(20).optional(),
  country: CountryCode,
});
export type Address = z.infer<typeof Address>;

export const Contact = z
  .object({
    name: requiredText(200),
    email: z.email({ message: 'must be an e-mail address' }).max(320).optional(),
    phone: text(50).optional(),
    role: text(100).optional(),
    orderContact: z
      .boolean()
      .optional()
      .meta({ description: 'Purchase orders are e-mailed to this contact; it needs an e-mail address' }),
  })
  .refine((c) => !c.orderContact || c.email !== undefined, {
    path: ['orderContact'],
    message: 'needs an e-mail address to receive orders',
  });

export const BankDetailsInput = z.object({
  accountName: requiredText(200),
  bankName: text(200).optional(),
  iban: z
    .string()
    .trim()
    .transform((v) => v.replace(/\s+/g, '').toUpperCase())
    .pipe(
      z
        .string()
        .regex(/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/, 'must be an IBAN such as DE89370400440532013000')
        .superRefine((iban, check) => {
          // Its country's length and its check digits (mod 97): a mistyped digit is caught on entry.
          const problem = ibanProblem(iban);
          if (problem) check.addIssue({ code: 'custom', message: problem });
        }),
    )
    .optional(),
  bic: z
    .string()
    .trim()
    .regex(/^[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?$/, 'must be a BIC of 8 or 11 characters')
    .optional(),
  accountNumber: z
    .string()
    .trim()
    .regex(/^[0-9 -]{4,34}$/, 'must be 4 to 34 digits')
    .optional(),
});

/** Bank details as the API shows them: account numbers masked to their last four characters. */
export const BankDetailsMasked = z.object({
  accountName: z.string(),
  bankName: z.string().optional(),
  iban: z.string().optional(),
  bic: z.string().optional(),
  accountNumber: z.string().optional(),
});

const supplierFields = {
  code: requiredText(30).regex(/^[A-Za-z0-9._-]+$/, 'may contain only letters, digits, ".", "_" and "-"'),
  legalName: requiredText(200),
  ...partyIdentifierInputFields,
  addresses: z.array(Address).max(20),
  contacts: z.array(Contact).max(50),
  defaultCurrency: CurrencyCode,
  paymentTermsNetDays: z.number().int('must be a whole number of days').min(0).max(365),
  earlyPaymentDiscountPercent: decimalString({ scale: 2, min: 'non-negative', max: 100 }).nullable(),
  earlyPaymentDiscountDays: z.number().int().min(0).max(365).nullable(),
  paymentTermsBasis: z.enum(PAYMENT_TERMS_BASES).meta({
    description:
      'What the terms’ days count from: invoice_date, end_of_month (of the invoice) or receipt_date (of the goods)',
  }),
  categoryIds: z.array(Id).max(100),
  bankDetails: BankDetailsInput.nullable(),
  notes: text(5000),
  language: z.enum(LANGUAGES).nullable().meta({
    description: 'The language of the documents sent to the supplier (the PDF order); null: English',
  }),
};

export const CreateSupplierRequest = z
  .object({
    ...supplierFields,
    taxId: supplierFields.taxId.optional(),
    taxScheme: supplierFields.taxScheme.optional(),
    electronicAddress: supplierFields.electronicAddress.optional(),
    legalId: supplierFields.legalId.optional(),
    addresses: supplierFields.addresses.default([]),
    contacts: supplierFields.contacts.default([]),
    paymentTermsNetDays: supplierFields.paymentTermsNetDays.default(30),
    earlyPaymentDiscountPercent: supplierFields.earlyPaymentDiscountPercent.optional(),
    earlyPaymentDiscountDays: supplierFields.earlyPaymentDiscountDays.optional(),
    paymentTermsBasis: supplierFields.paymentTermsBasis.default('invoice_date'),
    categoryIds: supplierFields.categoryIds.default([]),
    bankDetails: supplierFields.bankDetails.optional(),
    notes: supplierFields.notes.default(''),
    language: supplierFields.language.optional(),
  })
  .superRefine(checkTaxId);
export type CreateSupplierRequest = z.input<typeof CreateSupplierRequest>;

export const UpdateSupplierRequest = z.object(supplierFields).partial().superRefine(checkTaxId);
export type UpdateSupplierRequest = z.input<typeof UpdateSupplierRequest>;

export const SupplierStatusRequest = z.object({
  reason: text(500).optional(),
});

export const Supplier = z
  .object({
    id: Id,
    code: z.string(),
    legalName: z.string(),
    ...partyIdentifierFields,
    addresses: z.array(Address),
    contacts: z.array(Contact),
    defaultCurrency: z.string(),
    paymentTermsNetDays: z.number().int(),
    earlyPaymentDiscountPercent: z.string().nullable(),
    earlyPaymentDiscountDays: z.number().int().nullable(),
    paymentTermsBasis: z.enum(PAYMENT_TERMS_BASES),
    categoryIds: z.array(Id),
    status: SupplierStatus,
    statusReason: z.string().nullable(),
    bankDetails: BankDetailsMasked.nullable(),
    notes: z.string(),
    language: z.enum(LANGUAGES).nullable(),
    version: z.number().int(),
    createdAt: dateOut,
    updatedAt: dateOut,
  })
  .meta({ id: 'Supplier' });
export type Supplier = z.output<typeof Supplier>;

export const SupplierListQuery = z.object({
  q: text(200).optional(),
  status: SupplierStatus.optional(),
  categoryId: Id.optional(),
});
