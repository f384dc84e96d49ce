import { type TaxCategory, taxRateProblem } from '../../domain/tax-categories';
import { AppError } from '../shared/errors';
import { normalize } from '../shared/money';
import type { ItemRow } from './repository';

/** Something the organisation buys, in one unit of measure. */
export type Item = {
  id: string;
  sku: string;
  name: string;
  description: string;
  categoryId: string;
  unitCode: string;
  defaultTaxRate: string;
  /** The tax category its order lines get; null: from the rate (above 0 standard, 0 zero-rated). */
  defaultTaxCategory: TaxCategory | null;
  inspectionRequired: boolean;
  /** A service: confirmed by amount or percentage of completion, not received at the dock. */
  service: boolean;
  active: boolean;
  version: number;
  createdAt: Date;
  updatedAt: Date;
};

export function toItem(row: ItemRow): Item {
  return {
    id: row.id,
    sku: row.sku,
    name: row.name,
    description: row.description,
    categoryId: row.categoryId,
    unitCode: row.unitCode,
    defaultTaxRate: normalize(row.defaultTaxRate),
    defaultTaxCategory: row.defaultTaxCategory,
    inspectionRequired: row.inspectionRequired,
    service: row.service,
    active: row.active,
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export const ITEM_AUDITED_FIELDS: (keyof Item)[] = [
  'sku',
  'name',
  'description',
  'categoryId',
  'unitCode',
  'defaultTaxRate',
  'defaultTaxCategory',
  'inspectionRequired',
  'service',
  'active',
];

/** An item whose category does not fit its rate (an exempt item at 20 %) is refused, field by field. */
export function assertItemTaxFits(rate: string, category: TaxCategory | null | undefined): void {
  const problem = category ? taxRateProblem(category, rate) : null;
  if (problem)
    throw new AppError(
      'validation',
      `The tax rate ${normalize(rate)} % does not fit tax category ${category}.`,
      {
        errors: [{ path: 'defaultTaxRate', message: problem }],
      },
    );
}
