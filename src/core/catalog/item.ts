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
  inspectionRequired: boolean;
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
    inspectionRequired: row.inspectionRequired,
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
  'inspectionRequired',
  'active',
];
