import { ImportResult } from '@contracts/common';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '@/lib/api';
import { auditRootKey, catalogKeys } from './query-keys';

/** The columns of the items CSV (the server's import accepts exactly these). */
export const ITEM_CSV_COLUMNS = {
  required: ['sku', 'name', 'categoryCode', 'unitCode'],
  optional: ['description', 'defaultTaxRate', 'inspectionRequired', 'active'],
};

/**
 * Uploads a CSV file of items as the request body: all rows or none. A 422 lists every bad row
 * ("line 3.unitCode").
 */
export function importItems(file: File): Promise<z.output<typeof ImportResult>> {
  return api.post('/items/import', ImportResult, { body: file, contentType: 'text/csv', idempotent: true });
}

export function useImportItems() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: importItems,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: catalogKeys.items });
      void queryClient.invalidateQueries({ queryKey: auditRootKey });
    },
  });
}
