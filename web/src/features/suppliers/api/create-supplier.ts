import { type CreateSupplierRequest, Supplier } from '@contracts/suppliers';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api';
import { supplierKeys } from './query-keys';

export type { CreateSupplierRequest };

export function createSupplier(input: CreateSupplierRequest): Promise<Supplier> {
  return api.post('/suppliers', Supplier, { body: input, idempotent: true });
}

export function useCreateSupplier() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createSupplier,
    onSuccess: (supplier) => {
      queryClient.setQueryData(supplierKeys.detail(supplier.id), supplier);
      void queryClient.invalidateQueries({ queryKey: supplierKeys.lists() });
    },
  });
}
