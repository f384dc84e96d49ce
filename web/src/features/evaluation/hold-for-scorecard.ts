import type { ScorecardHoldRequest } from '@contracts/evaluation';
import { Supplier } from '@contracts/suppliers';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { supplierKeys } from '@/features/suppliers/queries';
import { client, ifMatch, isApiError, read } from '@/lib/api';

/**
 * Puts a supplier on hold because of its scorecard (POST /suppliers/{id}/scorecard-hold): the
 * reason and a snapshot of the scorecard for the period are kept in the supplier's history. Made to
 * `version` of the supplier; a 412 means someone else changed it first.
 */
export function holdSupplierForScorecard(args: {
  supplierId: string;
  version: number;
  body: z.input<typeof ScorecardHoldRequest>;
}): Promise<Supplier> {
  return read(Supplier, () =>
    client.POST('/api/v1/suppliers/{id}/scorecard-hold', {
      params: { path: { id: args.supplierId }, header: { 'If-Match': ifMatch(args.version) } },
      body: args.body,
    }),
  );
}

export function useHoldSupplierForScorecard() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: holdSupplierForScorecard,
    onSuccess: (supplier) => {
      queryClient.setQueryData(supplierKeys.detail(supplier.id), supplier);
      void queryClient.invalidateQueries({ queryKey: supplierKeys.lists() });
      // The supplier's history shows the hold with the scorecard kept.
      void queryClient.invalidateQueries({ queryKey: ['audit'] });
    },
    onError: (error, { supplierId }) => {
      // Stale version: fetch the current one, so a second try is based on it.
      if (isApiError(error) && error.status === 412)
        void queryClient.invalidateQueries({ queryKey: supplierKeys.detail(supplierId) });
    },
  });
}
