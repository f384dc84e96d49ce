import { downloadFile } from '@/lib/api';

/** Downloads suppliers.csv: every supplier in the columns the import accepts (no bank details). */
export function exportSuppliers(): Promise<void> {
  return downloadFile('/suppliers/export', { fileName: 'suppliers.csv' });
}
