import { type CreatePurchaseOrderRequest, PurchaseOrder } from '@contracts/purchase-orders';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api';
import { purchaseOrderKeys, requisitionsRootKey, workbenchRootKey } from './query-keys';

export type { CreatePurchaseOrderRequest };

/** Creates a draft purchase order; the answer's `warnings` say what to check (a supplier on hold …). */
export function createPurchaseOrder(input: CreatePurchaseOrderRequest): Promise<PurchaseOrder> {
  return api.post('/purchase-orders', PurchaseOrder, { body: input, idempotent: true });
}

export function useCreatePurchaseOrder() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createPurchaseOrder,
    onSuccess: (order) => {
      queryClient.setQueryData(purchaseOrderKeys.detail(order.id), order);
      void queryClient.invalidateQueries({ queryKey: purchaseOrderKeys.lists() });
      void queryClient.invalidateQueries({ queryKey: requisitionsRootKey });
      void queryClient.invalidateQueries({ queryKey: workbenchRootKey });
    },
  });
}
