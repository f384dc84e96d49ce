/** Query keys of the catalog: each kind of record under its own prefix, so a change refreshes just that kind. */
export const catalogKeys = {
  all: ['catalog'] as const,
  categories: ['catalog', 'item-categories'] as const,
  categoryLists: () => ['catalog', 'item-categories', 'list'] as const,
  categoryList: (filter: object) => ['catalog', 'item-categories', 'list', filter] as const,
  categoryOptions: () => ['catalog', 'item-categories', 'options'] as const,
  category: (id: string) => ['catalog', 'item-categories', 'detail', id] as const,
  units: ['catalog', 'units'] as const,
  unitList: (filter: object) => ['catalog', 'units', 'list', filter] as const,
  unitOptions: () => ['catalog', 'units', 'options'] as const,
  unit: (code: string) => ['catalog', 'units', 'detail', code] as const,
  items: ['catalog', 'items'] as const,
  itemLists: () => ['catalog', 'items', 'list'] as const,
  itemList: (filter: object) => ['catalog', 'items', 'list', filter] as const,
  /** The item picker's searches and resolved options. */
  itemPicker: () => ['catalog', 'items', 'picker'] as const,
  item: (id: string) => ['catalog', 'items', 'detail', id] as const,
  prices: ['catalog', 'prices'] as const,
  priceList: (filter: object) => ['catalog', 'prices', 'list', filter] as const,
  priceLookup: (query: object) => ['catalog', 'prices', 'lookup', query] as const,
};

/** Every cached audit list: refreshed after a change so a record's history shows it. */
export const auditRootKey = ['audit'] as const;
