import { PurchaseOrder } from '@contracts/purchase-orders';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, isApiError } from '@/lib/api';
import { documentChanged } from '@/lib/document-changes';
import { purchaseOrderKeys } from './query-keys';

/** The transitions of an order (POST /purchase-orders/{id}/submit | approve | request-changes | reject | hold | release | cancel | close). */
export type PurchaseOrderTransition =
  | 'submit'
  | 'approve'
  | 'request_changes'
  | 'reject'
  | 'hold'
  | 'release'
  | 'cancel'
  | 'close';

export function transitionPurchaseOrder(args: {
  id: string;
  version: number;
  action: PurchaseOrderTransition;
  reason?: string;
  comment?: string;
}): Promise<PurchaseOrder> {
  const body = {
    ...(args.reason?.trim() ? { reason: args.reason.trim() } : {}),
    ...(args.comment?.trim() ? { comment: args.comment.trim() } : {}),
  };
  const path = args.action.replace('_', '-');
  return api.post(`/purchase-orders/${encodeURIComponent(args.id)}/${path}`, PurchaseOrder, {
    body,
    version: args.version,
  });
}

export function useTransitionPurchaseOrder() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: transitionPurchaseOrder,
    onSuccess: (order) => {
      queryClient.setQueryData(purchaseOrderKeys.detail(order.id), order);
      void documentChanged(queryClient, 'purchase_order');
      // Cancelling gives the ordered quantities back to the requisitions.
    },
    onError: (error, { id }) => {
      if (isApiError(error) && error.status === 412)
        void queryClient.invalidateQueries({ queryKey: purchaseOrderKeys.detail(id) });
    },
  });
}
