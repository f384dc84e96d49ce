import { z } from 'zod';
import { SUPPLIER_IMPORT_COLUMNS } from '../../domain/import-columns';
import { LANGUAGES } from '../../domain/languages';
import { PAYMENT_TERMS_BASES } from '../../domain/payment-terms';
import type { SheetColumnKind } from '../shared/spreadsheet';

/**
 * The CSV shape of a supplier, shared by import and export so an export imports back unchanged.
 * One address (the billing one, else the first) and the first contact per row; categories by code
 * separated by "|". Bank details never travel by CSV. On import a column the file does not have
 * leaves what it holds as it is; a column the file has sets it, an empty cell clearing it.
 */
/** What the columns hold in a workbook (the rest, codes and postcodes among them, are text). */
export const SUPPLIER_COLUMN_KINDS: Partial<Record<string, SheetColumnKind>> = {
  paymentTermsNetDays: 'integer',
  earlyPaymentDiscountPercent: 'decimal',
  earlyPaymentDiscountDays: 'integer',
};

export const SUPPLIER_CSV_COLUMNS = SUPPLIER_IMPORT_COLUMNS;

const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const opt = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());

export const SupplierCsvRow = z
  .object({
    code: z
      .string()
      .trim()
      .min(1, 'is required')
      .max(30)
      .regex(/^[A-Za-z0-9._-]+$/, 'may contain only letters, digits, ".", "_" and "-"'),
    legalName: z.string().trim().min(1, 'is required').max(200),
    defaultCurrency: z
      .string()
      .trim()
      .regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code such as USD'),
    taxId: opt(z.string().trim().max(50)),
    paymentTermsNetDays: opt(z.coerce.number().int('must be a whole number of days').min(0).max(365)),
    earlyPaymentDiscountPercent: opt(
      z
        .string()
        .trim()
        .regex(/^\d{1,3}(\.\d{1,2})?$/, 'must be a percentage with at most 2 decimals')
        .refine((v) => Number(v) <= 100, 'must be at most 100')
        // As it is stored (2 → 2.00): a workbook shows 2.00 as the number 2, and it is the same value.
        .transform((v) => {
          const [whole, fraction = ''] = v.split('.');
          return `${whole}.${fraction.padEnd(2, '0')}`;
        }),
    ),
    earlyPaymentDiscountDays: opt(z.coerce.number().int('must be a whole number of days').min(0).max(365)),
    paymentTermsBasis: opt(
      z.enum(PAYMENT_TERMS_BASES, { message: `must be one of ${PAYMENT_TERMS_BASES.join(', ')}` }),
    ),
    categories: opt(z.string().trim().max(2000)),
    addressLine1: opt(z.string().trim().max(200)),
    addressLine2: opt(z.string().trim().max(200)),
    city: opt(z.string().trim().max(100)),
    region: opt(z.string().trim().max(100)),
    postalCode: opt(z.string().trim().max(20)),
    country: opt(
      z
        .string()
        .trim()
        .regex(/^[A-Z]{2}$/, 'must be an ISO 3166 country code such as US'),
    ),
    contactName: opt(z.string().trim().max(200)),
    contactRole: opt(z.string().trim().max(100)),
    contactEmail: opt(z.email({ message: 'must be an e-mail address' })),
    contactPhone: opt(z.string().trim().max(50)),
    notes: opt(z.string().max(5000)),
    language: opt(
      z.enum(LANGUAGES, { message: `must be one of ${LANGUAGES.join(', ')} (the language of its orders)` }),
    ),
  })
  .superRefine((row, ctx) => {
    const anyAddress = row.addressLine1 || row.city || row.country;
    if (anyAddress) {
      for (const f of ['addressLine1', 'city', 'country'] as const) {
        if (!row[f])
          ctx.addIssue({ code: 'custom', path: [f], message: 'is required when an address is given' });
      }
    }
    if ((row.contactEmail || row.contactPhone) && !row.contactName) {
      ctx.addIssue({
        code: 'custom',
        path: ['contactName'],
        message: 'is required when a contact e-mail or phone is given',
      });
    }
    if ((row.earlyPaymentDiscountPercent === undefined) !== (row.earlyPaymentDiscountDays === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['earlyPaymentDiscountDays'],
        message: 'early-payment discount needs both a percentage and a number of days',
      });
    }
  });
export type SupplierCsvRow = z.output<typeof SupplierCsvRow>;
