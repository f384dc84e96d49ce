import { pageOf } from '@contracts/common';
import { type DispatchFileRole, Dispatch as DispatchSchema } from '@contracts/dispatch';
import { PurchaseOrder } from '@contracts/purchase-orders';
import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { client, ifMatch, isApiError, read, saveDownload } from '@/lib/api';
import { documentChanged } from '@/lib/document-changes';
import { pagedQueryOptions } from '@/lib/paged-query';
import { purchaseOrderKeys } from '../purchase-orders/queries';

/** Sending orders to suppliers: the sends of an order, sending, and the kept files. */

export type Dispatch = z.output<typeof DispatchSchema>;
const DispatchPage = pageOf(DispatchSchema);

export const dispatchKeys = {
  ofOrder: (orderId: string) => ['dispatches', orderId] as const,
};

export const dispatchesQueryOptions = (orderId: string) =>
  pagedQueryOptions({
    queryKey: dispatchKeys.ofOrder(orderId),
    page: (cursor, signal) =>
      read(DispatchPage, () =>
        client.GET('/api/v1/purchase-orders/{id}/dispatches', {
          params: { path: { id: orderId }, query: { cursor, limit: 20 } },
          signal,
        }),
      ),
    keepPrevious: false,
  });

export function useDispatches(orderId: string, opts: { enabled?: boolean } = {}) {
  return useInfiniteQuery({ ...dispatchesQueryOptions(orderId), enabled: opts.enabled ?? true });
}

export function sendPurchaseOrder(args: {
  id: string;
  version: number;
  recipients: string[];
  message: string;
}): Promise<z.output<typeof PurchaseOrder>> {
  const message = args.message.trim();
  return read(PurchaseOrder, () =>
    client.POST('/api/v1/purchase-orders/{id}/send', {
      params: { path: { id: args.id }, header: { 'If-Match': ifMatch(args.version) } },
      body: { recipients: args.recipients, ...(message ? { message } : {}) },
    }),
  );
}

export function useSendPurchaseOrder() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: sendPurchaseOrder,
    onSuccess: (order) => {
      queryClient.setQueryData(purchaseOrderKeys.detail(order.id), order);
      void queryClient.invalidateQueries({ queryKey: dispatchKeys.ofOrder(order.id) });
      void documentChanged(queryClient, 'purchase_order');
    },
    onError: (error, { id }) => {
      if (isApiError(error) && error.status === 412)
        void queryClient.invalidateQueries({ queryKey: purchaseOrderKeys.detail(id) });
    },
  });
}

/** Saves a file of a send exactly as it was sent. */
export function downloadDispatchFile(
  orderId: string,
  dispatch: Pick<Dispatch, 'id' | 'files'>,
  role: DispatchFileRole,
) {
  const file = dispatch.files.find((f) => f.role === role);
  return saveDownload(
    () =>
      client.GET('/api/v1/purchase-orders/{id}/dispatches/{dispatchId}/files/{role}', {
        params: { path: { id: orderId, dispatchId: dispatch.id, role } },
        parseAs: 'blob',
      }),
    file?.fileName ?? `${role}`,
  );
}
