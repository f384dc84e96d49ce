import { pageOf } from '@contracts/common';
import {
  type CreateReceiptRequest,
  type CreateReturnRequest,
  ExpectedDelivery as ExpectedDeliverySchema,
  type InspectionRequest,
  PendingInspection as PendingInspectionSchema,
  Receipt as ReceiptSchema,
  type ReverseReceiptRequest,
  SupplierReturn as SupplierReturnSchema,
} from '@contracts/receiving';
import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { z } from 'zod';
import { client, isApiError, newIdempotencyKey, read, saveDownload } from '@/lib/api';
import { documentChanged } from '@/lib/document-changes';
import { pagedQueryOptions } from '@/lib/paged-query';

/** Receiving: the dock's lookup, receipts, reversals and the inspection queue. */

export type Receipt = z.output<typeof ReceiptSchema>;
export type ReceiptLine = Receipt['lines'][number];
export type ExpectedDelivery = z.output<typeof ExpectedDeliverySchema>;
export type PendingInspection = z.output<typeof PendingInspectionSchema>;
export type SupplierReturn = z.output<typeof SupplierReturnSchema>;
export type ReturnRemedy = SupplierReturn['remedy'];
export type { CreateReceiptRequest, CreateReturnRequest, InspectionRequest, ReverseReceiptRequest };

const ReceiptPage = pageOf(ReceiptSchema);
const PendingPage = pageOf(PendingInspectionSchema);
const ReturnPage = pageOf(SupplierReturnSchema);
const ExpectedList = z.object({ items: z.array(ExpectedDeliverySchema) });

export const receivingKeys = {
  expected: (q: string) => ['receipts', 'expected', q] as const,
  ofOrder: (orderId: string) => ['receipts', 'order', orderId] as const,
  pending: () => ['inspections', 'pending'] as const,
  returns: (filter: { purchaseOrderId?: string; remedy?: ReturnRemedy }) => ['returns', filter] as const,
  portalReturns: () => ['returns', 'portal'] as const,
};

/** Returns to supplier, newest first: of one order, or all one can see (by remedy). */
export function useReturns(filter: { purchaseOrderId?: string; remedy?: ReturnRemedy }) {
  return useInfiniteQuery(
    pagedQueryOptions({
      queryKey: receivingKeys.returns(filter),
      page: (cursor, signal) =>
        read(ReturnPage, () =>
          client.GET('/api/v1/returns', { params: { query: { ...filter, cursor, limit: 20 } }, signal }),
        ),
    }),
  );
}

/** A supplier's user's returns: goods sent back to its supplier. */
export function usePortalReturns() {
  return useInfiniteQuery(
    pagedQueryOptions({
      queryKey: receivingKeys.portalReturns(),
      page: (cursor, signal) =>
        read(ReturnPage, () =>
          client.GET('/api/v1/portal/returns', { params: { query: { cursor, limit: 20 } }, signal }),
        ),
    }),
  );
}

/** A file of one of the supplier's returns, handed to the browser as a download (portal). */
export function downloadPortalAttachment(attachment: { id: string; fileName: string }): Promise<void> {
  return saveDownload(
    () =>
      client.GET('/api/v1/portal/attachments/{id}/content', {
        params: { path: { id: attachment.id } },
        parseAs: 'blob',
        headers: { accept: '*/*, application/problem+json' },
      }),
    attachment.fileName,
  );
}

export function useCreateReturn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateReturnRequest) => {
      const key = newIdempotencyKey();
      return read(
        SupplierReturnSchema,
        () => client.POST('/api/v1/returns', { params: { header: { 'Idempotency-Key': key } }, body }),
        { retry: true },
      );
    },
    onSuccess: () => received(queryClient),
  });
}

/** Orders awaiting goods matching what was typed or scanned; nothing until something is. */
export function useExpectedDeliveries(q: string) {
  const query = q.trim();
  return useQuery({
    queryKey: receivingKeys.expected(query),
    queryFn: ({ signal }) =>
      read(ExpectedList, () =>
        client.GET('/api/v1/expected-deliveries', { params: { query: { q: query } }, signal }),
      ),
    enabled: query.length > 0,
    placeholderData: keepPreviousData,
  });
}

export function useOrderReceipts(orderId: string, opts: { enabled?: boolean } = {}) {
  return useInfiniteQuery({
    ...pagedQueryOptions({
      queryKey: receivingKeys.ofOrder(orderId),
      page: (cursor, signal) =>
        read(ReceiptPage, () =>
          client.GET('/api/v1/receipts', {
            params: { query: { purchaseOrderId: orderId, cursor, limit: 20 } },
            signal,
          }),
        ),
      keepPrevious: false,
    }),
    enabled: opts.enabled ?? true,
  });
}

/** Receipts with goods rejected at inspection that have not gone back to the supplier yet. */
export function useReceiptsAwaitingReturn() {
  return useInfiniteQuery(
    pagedQueryOptions({
      queryKey: ['receipts', 'awaiting-return'] as const,
      page: (cursor, signal) =>
        read(ReceiptPage, () =>
          client.GET('/api/v1/receipts', {
            params: { query: { awaitingReturn: 'true', cursor, limit: 20 } },
            signal,
          }),
        ),
    }),
  );
}

export function useInspectionQueue() {
  return useInfiniteQuery(
    pagedQueryOptions({
      queryKey: receivingKeys.pending(),
      page: (cursor, signal) =>
        read(PendingPage, () =>
          client.GET('/api/v1/inspections/pending', { params: { query: { cursor, limit: 50 } }, signal }),
        ),
    }),
  );
}

/** Saves a receipt as its UBL Receipt Advice. */
export function downloadReceiptAdvice(receipt: Pick<Receipt, 'id' | 'number'>) {
  return saveDownload(
    () => client.GET('/api/v1/receipts/{id}/ubl', { params: { path: { id: receipt.id } }, parseAs: 'blob' }),
    `${receipt.number}.xml`,
  );
}

/** A receipt, reversal or inspection moves the order: its page, the lists, the queue, the board. */
function received(queryClient: ReturnType<typeof useQueryClient>) {
  void documentChanged(queryClient, 'purchase_order');
}

export function useCreateReceipt() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateReceiptRequest) => {
      const key = newIdempotencyKey();
      return read(
        ReceiptSchema,
        () => client.POST('/api/v1/receipts', { params: { header: { 'Idempotency-Key': key } }, body }),
        { retry: true },
      );
    },
    onSuccess: () => received(queryClient),
    // Another receipt took the open quantity meanwhile: show the order as it now stands beside the
    // error, so the receiver sees what is open before entering it again.
    onError: (error) => {
      if (isApiError(error) && error.status === 409) received(queryClient);
    },
  });
}

export function useReverseReceipt() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (args: { receiptId: string; body: ReverseReceiptRequest }) => {
      const key = newIdempotencyKey();
      return read(
        ReceiptSchema,
        () =>
          client.POST('/api/v1/receipts/{id}/reverse', {
            params: { path: { id: args.receiptId }, header: { 'Idempotency-Key': key } },
            body: args.body,
          }),
        { retry: true },
      );
    },
    onSuccess: () => received(queryClient),
  });
}

export function useRecordInspection() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (args: { receiptId: string; body: InspectionRequest }) => {
      const key = newIdempotencyKey();
      return read(
        ReceiptSchema,
        () =>
          client.POST('/api/v1/receipts/{id}/inspection', {
            params: { path: { id: args.receiptId }, header: { 'Idempotency-Key': key } },
            body: args.body,
          }),
        { retry: true },
      );
    },
    onSuccess: () => received(queryClient),
  });
}
