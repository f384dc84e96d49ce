import { ImportResult } from '@contracts/common';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '@/lib/api';
import { auditRootKey, supplierKeys } from './query-keys';

/** The columns of the suppliers CSV (the server's import accepts exactly these). */
export const SUPPLIER_CSV_COLUMNS = {
  required: ['code', 'legalName', 'defaultCurrency'],
  optional: [
    'taxId',
    'paymentTermsNetDays',
    'earlyPaymentDiscountPercent',
    'earlyPaymentDiscountDays',
    'categories',
    'addressLine1',
    'addressLine2',
    'city',
    'region',
    'postalCode',
    'country',
    'contactName',
    'contactEmail',
    'contactPhone',
    'notes',
  ],
};

/** Uploads a CSV file of suppliers as the request body: all rows or none; a 422 lists every bad row. */
export function importSuppliers(file: File): Promise<z.output<typeof ImportResult>> {
  return api.post('/suppliers/import', ImportResult, {
    body: file,
    contentType: 'text/csv',
    idempotent: true,
  });
}

export function useImportSuppliers() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: importSuppliers,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: supplierKeys.all });
      void queryClient.invalidateQueries({ queryKey: auditRootKey });
    },
  });
}
