import type { ItemExportQuery } from '@contracts/catalog';
import type { z } from 'zod';
import { downloadFile } from '@/lib/api';

export type ItemExportFilter = z.input<typeof ItemExportQuery>;

/** Downloads items.csv (the columns the import accepts), limited to the category / active filter. */
export function exportItems(filter: ItemExportFilter): Promise<void> {
  return downloadFile('/items/export', { query: filter, fileName: 'items.csv' });
}
