import { type CreatePurchaseOrderRequest, PurchaseOrder } from '@contracts/purchase-orders';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api';
import { documentChanged } from '@/lib/document-changes';
import { purchaseOrderKeys } from './query-keys';

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
      void documentChanged(queryClient, 'purchase_order');
    },
  });
}
