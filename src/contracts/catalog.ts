import { z } from 'zod';
import { UNECE_REC20_CODES } from '../domain/document-code-lists';
import { TAX_CATEGORIES } from '../domain/tax-categories';
import {
  booleanQuery,
  bounded,
  CurrencyCode,
  dateOut,
  decimalString,
  Id,
  IsoDate,
  Percent,
  requiredText,
  text,
} from './common';

/**
 * The catalog: item categories, units of measure, items and supplier price lists.
 * Decimals (factors, tax rates, quantities, prices) travel as strings and come back without
 * trailing zeros ("12.50" is returned as "12.5").
 */

const CODE_MESSAGE = 'may contain only letters, digits, ".", "_" and "-"';

export const CategoryCode = requiredText(30).regex(/^[A-Za-z0-9._-]+$/, CODE_MESSAGE);
export const UnitCode = requiredText(20).regex(/^[\p{L}\p{N}._-]+$/u, CODE_MESSAGE);
export const Sku = requiredText(64).regex(/^[^\s\p{Cc}]+$/u, 'must not contain spaces or control characters');

/** Decimal places a quantity in a unit may have. */
export const UnitDecimals = z
  .number()
  .int('must be a whole number')
  .min(0, 'must be at least 0')
  .max(6, 'must be at most 6');
/** How many base units make one of this unit (numeric(20,10)). */
export const UnitFactor = bounded(decimalString({ scale: 10, min: 'positive' }), 10);
/** A quantity in an item's unit (numeric(18,6)). */
export const Quantity = bounded(decimalString({ scale: 6, min: 'non-negative' }), 12);
export const PositiveQuantity = bounded(decimalString({ scale: 6, min: 'positive' }), 12);
/** A unit price (numeric(20,6)). */
export const UnitPrice = bounded(decimalString({ scale: 6, min: 'non-negative' }), 14);
export const LeadTimeDays = z
  .number()
  .int('must be a whole number of days')
  .min(0, 'must not be negative')
  .max(3650, 'must be at most 3650');

// ── item categories ─────────────────────────────────────────────────────────

const categoryFields = {
  code: CategoryCode,
  name: requiredText(200),
  parentId: Id.nullable(),
  inspectionRequired: z.boolean().meta({
    description:
      "Goods of this category's items are inspected before they count as delivered (besides each item's own flag)",
  }),
  active: z.boolean(),
};

export const CreateItemCategoryRequest = z.object({
  ...categoryFields,
  parentId: categoryFields.parentId.optional(),
  inspectionRequired: categoryFields.inspectionRequired.default(false),
  active: categoryFields.active.default(true),
});
export type CreateItemCategoryRequest = z.input<typeof CreateItemCategoryRequest>;

export const UpdateItemCategoryRequest = z.object(categoryFields).partial();
export type UpdateItemCategoryRequest = z.input<typeof UpdateItemCategoryRequest>;

export const ItemCategory = z
  .object({
    id: Id,
    code: z.string(),
    name: z.string(),
    parentId: Id.nullable(),
    inspectionRequired: z.boolean(),
    active: z.boolean(),
    version: z.number().int(),
    createdAt: dateOut,
    updatedAt: dateOut,
  })
  .meta({ id: 'ItemCategory' });
export type ItemCategory = z.output<typeof ItemCategory>;

export const ItemCategoryListQuery = z.object({
  q: text(200).optional(),
  active: booleanQuery.optional(),
  parentId: Id.optional(),
});

// ── units ───────────────────────────────────────────────────────────────────

/** A UN/ECE Recommendation 20 code (Rec 21 package codes prefixed with X). */
export const UneceUnitCode = z
  .string()
  .trim()
  .toUpperCase()
  .refine((code) => UNECE_REC20_CODES.has(code), {
    message: 'is not a UN/ECE Recommendation 20 unit code (e.g. C62 one, KGM kilogram, HUR hour, XBX box)',
  })
  .meta({ description: 'UN/ECE Recommendation 20 code that electronic documents carry, e.g. KGM' });

const unitFields = {
  name: requiredText(100),
  decimals: UnitDecimals,
  baseUnitCode: UnitCode.nullable(),
  factor: UnitFactor,
  uneceCode: UneceUnitCode.nullable(),
};

export const CreateUnitRequest = z.object({
  code: UnitCode,
  ...unitFields,
  decimals: unitFields.decimals.default(0),
  baseUnitCode: unitFields.baseUnitCode.optional(),
  factor: unitFields.factor.default('1'),
  uneceCode: unitFields.uneceCode.optional(),
});
export type CreateUnitRequest = z.input<typeof CreateUnitRequest>;

/** The code of a unit never changes (items refer to it). */
export const UpdateUnitRequest = z.object(unitFields).partial();
export type UpdateUnitRequest = z.input<typeof UpdateUnitRequest>;

export const UnitParams = z.object({ code: UnitCode });

export const Unit = z
  .object({
    code: z.string(),
    name: z.string(),
    decimals: z.number().int(),
    baseUnitCode: z.string().nullable(),
    factor: z.string(),
    uneceCode: z.string().nullable(),
    version: z.number().int(),
  })
  .meta({ id: 'Unit' });
export type Unit = z.output<typeof Unit>;

export const UnitListQuery = z.object({ q: text(200).optional() });

// ── items ───────────────────────────────────────────────────────────────────

/**
 * What a tax rate means (UNCL 5305): S standard, Z zero-rated, E exempt, AE reverse charge,
 * K intra-community supply, G export, O not subject to tax. S needs a rate above 0, the others 0.
 */
export const TaxCategoryCode = z
  .enum(TAX_CATEGORIES, { message: `must be a tax category: ${TAX_CATEGORIES.join(', ')}` })
  .meta({ id: 'TaxCategory' });

const itemFields = {
  sku: Sku,
  name: requiredText(200),
  description: text(2000),
  categoryId: Id,
  unitCode: UnitCode,
  defaultTaxRate: Percent,
  defaultTaxCategory: TaxCategoryCode.nullable(),
  inspectionRequired: z.boolean(),
  service: z.boolean().meta({
    description:
      'A service: its order lines are confirmed by amount or percentage of completion (requester or buyer), not received at the dock',
  }),
  active: z.boolean(),
};

export const CreateItemRequest = z.object({
  ...itemFields,
  description: itemFields.description.default(''),
  defaultTaxRate: itemFields.defaultTaxRate.default('0'),
  defaultTaxCategory: itemFields.defaultTaxCategory.default(null),
  inspectionRequired: itemFields.inspectionRequired.default(false),
  service: itemFields.service.default(false),
  active: itemFields.active.default(true),
});
export type CreateItemRequest = z.input<typeof CreateItemRequest>;

export const UpdateItemRequest = z.object(itemFields).partial();
export type UpdateItemRequest = z.input<typeof UpdateItemRequest>;

export const Item = z
  .object({
    id: Id,
    sku: z.string(),
    name: z.string(),
    description: z.string(),
    categoryId: Id,
    unitCode: z.string(),
    defaultTaxRate: z.string(),
    defaultTaxCategory: TaxCategoryCode.nullable(),
    inspectionRequired: z.boolean(),
    service: z.boolean(),
    active: z.boolean(),
    version: z.number().int(),
    createdAt: dateOut,
    updatedAt: dateOut,
  })
  .meta({ id: 'Item' });
export type Item = z.output<typeof Item>;

export const ItemListQuery = z.object({
  q: text(200).optional(),
  categoryId: Id.optional(),
  active: booleanQuery.optional(),
});

export const ItemExportQuery = z.object({
  categoryId: Id.optional(),
  active: booleanQuery.optional(),
});

// ── price list entries ──────────────────────────────────────────────────────

const priceFields = {
  supplierPartNumber: text(100).nullable(),
  currency: CurrencyCode,
  minQuantity: Quantity,
  unitPrice: UnitPrice,
  validFrom: IsoDate,
  validTo: IsoDate.nullable(),
  leadTimeDays: LeadTimeDays,
};

export const CreatePriceListEntryRequest = z
  .object({
    supplierId: Id,
    itemId: Id,
    ...priceFields,
    supplierPartNumber: priceFields.supplierPartNumber.optional(),
    minQuantity: priceFields.minQuantity.default('0'),
    validTo: priceFields.validTo.optional(),
    leadTimeDays: priceFields.leadTimeDays.default(0),
  })
  .superRefine((v, ctx) => {
    if (v.validTo && v.validTo < v.validFrom) {
      ctx.addIssue({ code: 'custom', path: ['validTo'], message: 'must not be before validFrom' });
    }
  });
export type CreatePriceListEntryRequest = z.input<typeof CreatePriceListEntryRequest>;

/** Supplier and item of an entry never change: delete it and create another. */
export const UpdatePriceListEntryRequest = z.object(priceFields).partial();
export type UpdatePriceListEntryRequest = z.input<typeof UpdatePriceListEntryRequest>;

export const PriceListEntry = z
  .object({
    id: Id,
    supplierId: Id,
    itemId: Id,
    supplierPartNumber: z.string().nullable(),
    currency: z.string(),
    minQuantity: z.string(),
    unitPrice: z.string(),
    validFrom: IsoDate,
    validTo: IsoDate.nullable(),
    leadTimeDays: z.number().int(),
    version: z.number().int(),
    createdAt: dateOut,
    updatedAt: dateOut,
  })
  .meta({ id: 'PriceListEntry' });
export type PriceListEntry = z.output<typeof PriceListEntry>;

export const PriceListEntryListQuery = z.object({
  supplierId: Id.optional(),
  itemId: Id.optional(),
  validOn: IsoDate.optional(),
  currency: CurrencyCode.optional(),
});

export const PriceLookupQuery = z.object({
  supplierId: Id,
  itemId: Id,
  quantity: PositiveQuantity,
  date: IsoDate,
  currency: CurrencyCode.optional(),
});

export const PriceLookup = z
  .object({
    entry: PriceListEntry,
    unitPrice: z.string(),
    currency: z.string(),
    leadTimeDays: z.number().int(),
  })
  .meta({ id: 'PriceLookup' });
export type PriceLookup = z.output<typeof PriceLookup>;

// ── CSV ─────────────────────────────────────────────────────────────────────

export const CsvBody = z
  .string({ message: 'must be the CSV file as the request body (Content-Type: text/csv)' })
  // The file's bytes as they are (UTF-8, UTF-16 or Windows-1252): a client sends the file itself.
  .meta({ format: 'binary' });
