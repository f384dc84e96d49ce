import { pageOf } from '@contracts/common';
import {
  type CreateShipNoticeRequest,
  type DispatchFileRole,
  Dispatch as DispatchSchema,
  ShipNotice as ShipNoticeSchema,
  TrackingCounts as TrackingCountsSchema,
  TrackingLine as TrackingLineSchema,
  type TrackingQuery,
} from '@contracts/dispatch';
import { SupplierResponse } from '@contracts/portal';
import { PurchaseOrder } from '@contracts/purchase-orders';
import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import type { z } from 'zod';
import { client, ifMatch, isApiError, newIdempotencyKey, read, saveDownload } from '@/lib/api';
import { documentChanged } from '@/lib/document-changes';
import { pagedQueryOptions } from '@/lib/paged-query';
import { purchaseOrderKeys } from '../purchase-orders/queries';

/** Sending orders to suppliers: the sends of an order, sending, and the kept files. */

export type Dispatch = z.output<typeof DispatchSchema>;
const DispatchPage = pageOf(DispatchSchema);

export type ShipNotice = z.output<typeof ShipNoticeSchema>;
export type { CreateShipNoticeRequest };

const ShipNoticePage = pageOf(ShipNoticeSchema);

export const dispatchKeys = {
  ofOrder: (orderId: string) => ['dispatches', orderId] as const,
  shipNotices: (orderId: string) => ['ship-notices', orderId] as const,
  tracking: (filter: TrackingFilter) => ['tracking', 'lines', filter] as const,
  trackingCounts: (filter: Omit<TrackingFilter, 'state'>) => ['tracking', 'counts', filter] as const,
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
  const queryClient = useQueryClient();
  const query = useInfiniteQuery({
    ...dispatchesQueryOptions(orderId),
    enabled: opts.enabled ?? true,
    // A send's documents are rendered a moment after it is recorded: look again until they are;
    // then its e-mail waits for the mail delivery (seconds, or longer while the mail server is
    // down): look again, less often, until it has left or failed. Not while the tab is hidden.
    refetchInterval: (q) => {
      const pages = q.state.data?.pages;
      if (isPreparing(pages)) return 1000;
      return pages?.some((p) => p.items.some((d) => d.email?.status === 'queued')) ? 3000 : false;
    },
  });
  const preparing = isPreparing(query.data?.pages);
  const wasPreparing = useRef(false);
  useEffect(() => {
    // Its documents were kept (or the send was given up): the order's timeline has a new entry, and
    // a send given up has told whoever sent it. Preparing a send makes no domain event, so no live
    // update says so.
    if (wasPreparing.current && !preparing) {
      void queryClient.invalidateQueries({ queryKey: ['audit'] });
      void queryClient.invalidateQueries({ queryKey: ['notifications'] });
    }
    wasPreparing.current = preparing;
  }, [preparing, queryClient]);
  return query;
}

function isPreparing(pages: { items: Dispatch[] }[] | undefined): boolean {
  return pages?.some((p) => p.items.some((d) => d.status === 'preparing')) ?? false;
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

// ── ship notices ────────────────────────────────────────────────────────────

export function useShipNotices(orderId: string, opts: { enabled?: boolean } = {}) {
  return useInfiniteQuery({
    ...pagedQueryOptions({
      queryKey: dispatchKeys.shipNotices(orderId),
      page: (cursor, signal) =>
        read(ShipNoticePage, () =>
          client.GET('/api/v1/purchase-orders/{id}/ship-notices', {
            params: { path: { id: orderId }, query: { cursor, limit: 20 } },
            signal,
          }),
        ),
      keepPrevious: false,
    }),
    enabled: opts.enabled ?? true,
  });
}

/** What a ship notice changes on screen: the order's shipped quantities, its notices, the portal. */
function shipped(queryClient: ReturnType<typeof useQueryClient>, orderId: string) {
  void queryClient.invalidateQueries({ queryKey: dispatchKeys.shipNotices(orderId) });
  void queryClient.invalidateQueries({ queryKey: purchaseOrderKeys.detail(orderId) });
  void queryClient.invalidateQueries({ queryKey: ['portal'] });
}

export function useCreateShipNotice() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (args: { orderId: string; body: CreateShipNoticeRequest }) => {
      const key = newIdempotencyKey();
      return read(
        ShipNoticeSchema,
        () =>
          client.POST('/api/v1/purchase-orders/{id}/ship-notices', {
            params: { path: { id: args.orderId }, header: { 'Idempotency-Key': key } },
            body: args.body,
          }),
        { retry: true },
      );
    },
    onSuccess: (_n, { orderId }) => shipped(queryClient, orderId),
  });
}

/** A UBL file as the request body: its own bytes, as application/xml. */
const xmlBody = (file: File) => ({
  body: file,
  bodySerializer: (body: Blob) => body,
  headers: { 'content-type': 'application/xml' },
});

/** A UBL DespatchAdvice file as a ship notice (the order is the one it names). */
export function useImportDespatchAdvice() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (args: { orderId: string; file: File }) => {
      const key = newIdempotencyKey();
      return read(ShipNoticeSchema, () =>
        client.POST('/api/v1/ship-notices/despatch-advice', {
          params: { header: { 'Idempotency-Key': key } },
          ...xmlBody(args.file),
        }),
      );
    },
    onSuccess: (notice) => shipped(queryClient, notice.purchaseOrderId),
  });
}

/** A UBL OrderResponse file the supplier sent, recorded as its answer to the order. */
export function useImportOrderResponse() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (args: { orderId: string; file: File }) => {
      const key = newIdempotencyKey();
      return read(SupplierResponse, () =>
        client.POST('/api/v1/purchase-orders/{id}/order-response', {
          params: { path: { id: args.orderId }, header: { 'Idempotency-Key': key } },
          ...xmlBody(args.file),
        }),
      );
    },
    onSuccess: (_r, { orderId }) => {
      void queryClient.invalidateQueries({ queryKey: ['supplier-responses', orderId] });
      void queryClient.invalidateQueries({ queryKey: purchaseOrderKeys.detail(orderId) });
      void documentChanged(queryClient, 'purchase_order');
    },
  });
}

// ── delivery tracking ───────────────────────────────────────────────────────

export type TrackingLine = z.output<typeof TrackingLineSchema>;
export type TrackingFilter = z.input<typeof TrackingQuery>;
const TrackingPage = pageOf(TrackingLineSchema);

export function useTrackingLines(filter: TrackingFilter) {
  return useInfiniteQuery(
    pagedQueryOptions({
      queryKey: dispatchKeys.tracking(filter),
      page: (cursor, signal) =>
        read(TrackingPage, () =>
          client.GET('/api/v1/tracking/lines', {
            params: { query: { ...filter, cursor, limit: 50 } },
            signal,
          }),
        ),
    }),
  );
}

export function useTrackingCounts(filter: Omit<TrackingFilter, 'state'>) {
  return useQuery({
    queryKey: dispatchKeys.trackingCounts(filter),
    queryFn: ({ signal }) =>
      read(TrackingCountsSchema, () =>
        client.GET('/api/v1/tracking/counts', { params: { query: filter }, signal }),
      ),
    placeholderData: keepPreviousData,
  });
}
