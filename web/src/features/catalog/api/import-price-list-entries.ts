import { ImportResult } from '@contracts/common';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '@/lib/api';
import { auditRootKey, catalogKeys } from './query-keys';

/** The columns of the price list CSV (the server's import accepts exactly these). */
export const PRICE_LIST_CSV_COLUMNS = {
  required: ['supplierCode', 'sku', 'currency', 'unitPrice', 'validFrom'],
  optional: ['minQuantity', 'validTo', 'leadTimeDays', 'supplierPartNumber'],
};

/** Uploads a CSV file of price list entries as the request body: all rows or none. */
export function importPriceListEntries(file: File): Promise<z.output<typeof ImportResult>> {
  return api.post('/price-list-entries/import', ImportResult, {
    body: file,
    contentType: 'text/csv',
    idempotent: true,
  });
}

export function useImportPriceListEntries() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: importPriceListEntries,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: catalogKeys.prices });
      void queryClient.invalidateQueries({ queryKey: auditRootKey });
    },
  });
}
