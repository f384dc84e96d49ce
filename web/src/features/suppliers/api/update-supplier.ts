import { Supplier, type UpdateSupplierRequest } from '@contracts/suppliers';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api';
import { auditRootKey, supplierKeys } from './query-keys';

export type { UpdateSupplierRequest };

/** Saves changes made to `version` of the supplier; a 412 means someone else saved first. */
export function updateSupplier(args: {
  id: string;
  version: number;
  input: UpdateSupplierRequest;
}): Promise<Supplier> {
  return api.patch(`/suppliers/${encodeURIComponent(args.id)}`, Supplier, {
    body: args.input,
    version: args.version,
  });
}

export function useUpdateSupplier() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateSupplier,
    onSuccess: (supplier) => {
      queryClient.setQueryData(supplierKeys.detail(supplier.id), supplier);
      void queryClient.invalidateQueries({ queryKey: supplierKeys.lists() });
      void queryClient.invalidateQueries({ queryKey: auditRootKey });
    },
  });
}
