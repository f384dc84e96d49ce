import { Supplier, type SupplierStatus } from '@contracts/suppliers';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, isApiError } from '@/lib/api';
import { auditRootKey, supplierKeys } from './query-keys';

/** The transition verbs of a supplier's status (POST /suppliers/{id}/hold | block | activate). */
export const STATUS_VERBS = {
  on_hold: 'hold',
  blocked: 'block',
  active: 'activate',
} as const satisfies Record<SupplierStatus, string>;

export function changeSupplierStatus(args: {
  id: string;
  version: number;
  to: SupplierStatus;
  reason?: string;
}): Promise<Supplier> {
  return api.post(`/suppliers/${encodeURIComponent(args.id)}/${STATUS_VERBS[args.to]}`, Supplier, {
    body: args.reason ? { reason: args.reason } : {},
    version: args.version,
  });
}

export function useChangeSupplierStatus() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: changeSupplierStatus,
    onSuccess: (supplier) => {
      queryClient.setQueryData(supplierKeys.detail(supplier.id), supplier);
      void queryClient.invalidateQueries({ queryKey: supplierKeys.lists() });
      void queryClient.invalidateQueries({ queryKey: auditRootKey });
    },
    onError: (error, { id }) => {
      // Stale version: fetch the current one so a second try is based on it.
      if (isApiError(error) && error.status === 412)
        void queryClient.invalidateQueries({ queryKey: supplierKeys.detail(id) });
    },
  });
}
