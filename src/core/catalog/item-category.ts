import type { CategoryRow } from './repository';

/** A node of the item category tree. */
export type ItemCategory = {
  id: string;
  code: string;
  name: string;
  parentId: string | null;
  /** Goods of its items are inspected before they count as delivered. */
  inspectionRequired: boolean;
  active: boolean;
  version: number;
  createdAt: Date;
  updatedAt: Date;
};

export function toItemCategory(row: CategoryRow): ItemCategory {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    parentId: row.parentId,
    inspectionRequired: row.inspectionRequired,
    active: row.active,
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export const CATEGORY_AUDITED_FIELDS: (keyof ItemCategory)[] = [
  'code',
  'name',
  'parentId',
  'inspectionRequired',
  'active',
];
