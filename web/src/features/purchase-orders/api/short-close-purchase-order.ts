import { PurchaseOrder } from '@contracts/purchase-orders';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, isApiError } from '@/lib/api';
import { documentChanged } from '@/lib/document-changes';
import { purchaseOrderKeys } from './query-keys';

/**
 * Short-closes the whole order, or one line when `lineNo` is given: what is not yet received is no
 * longer expected (POST /purchase-orders/{id}/short-close, /lines/{lineNo}/short-close).
 */
export function shortClosePurchaseOrder(args: {
  id: string;
  version: number;
  lineNo?: number;
  reason: string;
}): Promise<PurchaseOrder> {
  const base = `/purchase-orders/${encodeURIComponent(args.id)}`;
  const path = args.lineNo === undefined ? `${base}/short-close` : `${base}/lines/${args.lineNo}/short-close`;
  return api.post(path, PurchaseOrder, { body: { reason: args.reason }, version: args.version });
}

export function useShortClosePurchaseOrder() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: shortClosePurchaseOrder,
    onSuccess: (order) => {
      queryClient.setQueryData(purchaseOrderKeys.detail(order.id), order);
      void documentChanged(queryClient, 'purchase_order');
    },
    onError: (error, { id }) => {
      if (isApiError(error) && error.status === 412)
        void queryClient.invalidateQueries({ queryKey: purchaseOrderKeys.detail(id) });
    },
  });
}
