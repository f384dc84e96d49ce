import { PurchaseOrder, type UpdatePurchaseOrderRequest } from '@contracts/purchase-orders';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api';
import { documentChanged } from '@/lib/document-changes';
import { purchaseOrderKeys } from './query-keys';

export type { UpdatePurchaseOrderRequest };

/**
 * Saves changes to `version` of an order. In draft it is a plain edit; once approved it is a change
 * order (revision n+1), which goes back for approval when the total rises or supplier or currency change.
 */
export function updatePurchaseOrder(args: {
  id: string;
  version: number;
  input: UpdatePurchaseOrderRequest;
}): Promise<PurchaseOrder> {
  return api.patch(`/purchase-orders/${encodeURIComponent(args.id)}`, PurchaseOrder, {
    body: args.input,
    version: args.version,
  });
}

export function useUpdatePurchaseOrder() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updatePurchaseOrder,
    onSuccess: (order) => {
      queryClient.setQueryData(purchaseOrderKeys.detail(order.id), order);
      void documentChanged(queryClient, 'purchase_order');
      void queryClient.invalidateQueries({ queryKey: purchaseOrderKeys.revisions(order.id) });
    },
  });
}
