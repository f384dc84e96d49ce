import { downloadFile } from '@/lib/api';
import type { PriceListFilter } from './list-price-list-entries';

/** Downloads price-list.csv (the columns the import accepts) with the list's filters. */
export function exportPriceListEntries(filter: PriceListFilter): Promise<void> {
  return downloadFile('/price-list-entries/export', { query: filter, fileName: 'price-list.csv' });
}
