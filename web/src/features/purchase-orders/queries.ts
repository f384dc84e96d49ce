import type { ApprovalRoute as ApprovalRouteType } from '@contracts/approvals';
import { ApprovalRoute } from '@contracts/approvals';
import { pageOf } from '@contracts/common';
import {
  type CreatePurchaseOrderRequest,
  PurchaseOrder,
  type PurchaseOrderListQuery,
  PurchaseOrderSummary,
  PurchaseOrderRevision as RevisionSchema,
  type UpdatePurchaseOrderRequest,
} from '@contracts/purchase-orders';
import { queryOptions, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { client, ifMatch, isApiError, newIdempotencyKey, read, saveDownload } from '@/lib/api';
import { documentChanged } from '@/lib/document-changes';
import { pagedQueryOptions } from '@/lib/paged-query';

/**
 * Purchase orders through the generated API client: the queries and changes the pages use, with
 * their cache keys. Paths, parameters and bodies are checked against the API description.
 */

export type { ApprovalRouteType as ApprovalRoute, CreatePurchaseOrderRequest, UpdatePurchaseOrderRequest };
export type PurchaseOrderListFilter = z.input<typeof PurchaseOrderListQuery>;
export type PurchaseOrderRevision = z.output<typeof RevisionSchema>;

const PurchaseOrderPage = pageOf(PurchaseOrderSummary);
export type PurchaseOrderPage = z.output<typeof PurchaseOrderPage>;
const RevisionPage = pageOf(RevisionSchema);

export const PURCHASE_ORDER_PAGE_SIZE = 25;

export const purchaseOrderKeys = {
  all: ['purchase-orders'] as const,
  lists: () => ['purchase-orders', 'list'] as const,
  list: (filter: PurchaseOrderListFilter, limit?: number) =>
    ['purchase-orders', 'list', filter, limit] as const,
  detail: (id: string) => ['purchase-orders', 'detail', id] as const,
  revisions: (id: string) => ['purchase-orders', 'revisions', id] as const,
  /** Keyed by version too: any change to the order (edit, submit, decision) asks for the route again. */
  approvalRoute: (id: string, version: number) => ['purchase-orders', 'approval-route', id, version] as const,
};

// ── Reading ───────────────────────────────────────────────────────────────────────────────────────

export function listPurchaseOrders(
  filter: PurchaseOrderListFilter,
  opts: { cursor?: string; limit?: number; signal?: AbortSignal } = {},
): Promise<PurchaseOrderPage> {
  return read(PurchaseOrderPage, () =>
    client.GET('/api/v1/purchase-orders', {
      params: { query: { ...filter, cursor: opts.cursor, limit: opts.limit ?? PURCHASE_ORDER_PAGE_SIZE } },
      signal: opts.signal,
    }),
  );
}

export const purchaseOrdersQueryOptions = (
  filter: PurchaseOrderListFilter,
  limit = PURCHASE_ORDER_PAGE_SIZE,
) =>
  pagedQueryOptions({
    queryKey: purchaseOrderKeys.list(filter, limit),
    page: (cursor, signal) => listPurchaseOrders(filter, { cursor, limit, signal }),
  });

/** Purchase orders matching the filter, newest first, a page at a time. */
export function usePurchaseOrders(
  filter: PurchaseOrderListFilter,
  opts: { limit?: number; enabled?: boolean } = {},
) {
  return useInfiniteQuery({
    ...purchaseOrdersQueryOptions(filter, opts.limit),
    enabled: opts.enabled ?? true,
  });
}

export const purchaseOrderQueryOptions = (id: string) =>
  queryOptions({
    queryKey: purchaseOrderKeys.detail(id),
    queryFn: ({ signal }) =>
      read(PurchaseOrder, () =>
        client.GET('/api/v1/purchase-orders/{id}', { params: { path: { id } }, signal }),
      ),
  });

export function usePurchaseOrder(id: string, opts: { enabled?: boolean } = {}) {
  return useQuery({ ...purchaseOrderQueryOptions(id), enabled: opts.enabled ?? true });
}

/** For a draft what submitting would do, then the stored route. */
export const purchaseOrderApprovalRouteQueryOptions = (id: string, version: number) =>
  queryOptions({
    queryKey: purchaseOrderKeys.approvalRoute(id, version),
    queryFn: ({ signal }) =>
      read(ApprovalRoute, () =>
        client.GET('/api/v1/purchase-orders/{id}/approval-route', { params: { path: { id } }, signal }),
      ),
  });

export function usePurchaseOrderApprovalRoute(id: string, version: number, opts: { enabled?: boolean } = {}) {
  return useQuery({ ...purchaseOrderApprovalRouteQueryOptions(id, version), enabled: opts.enabled ?? true });
}

/** The change orders of a purchase order, newest first, each with its diff. */
export const revisionsQueryOptions = (id: string) =>
  pagedQueryOptions({
    queryKey: purchaseOrderKeys.revisions(id),
    page: (cursor, signal) =>
      read(RevisionPage, () =>
        client.GET('/api/v1/purchase-orders/{id}/revisions', {
          params: { path: { id }, query: { cursor, limit: 20 } },
          signal,
        }),
      ),
    keepPrevious: false,
  });

export function useRevisions(id: string, opts: { enabled?: boolean } = {}) {
  return useInfiniteQuery({ ...revisionsQueryOptions(id), enabled: opts.enabled ?? true });
}

export type PurchaseOrderDocument = 'pdf' | 'ubl';

/** Downloads the order as the standard PDF or as its UBL document, named as the server names it. */
export function downloadPurchaseOrder(order: { id: string; number: string }, kind: PurchaseOrderDocument) {
  const params = { path: { id: order.id } };
  return kind === 'pdf'
    ? saveDownload(
        () =>
          client.GET('/api/v1/purchase-orders/{id}/pdf', {
            params,
            parseAs: 'blob',
            headers: { accept: 'application/pdf, application/problem+json' },
          }),
        `${order.number}.pdf`,
      )
    : saveDownload(
        () =>
          client.GET('/api/v1/purchase-orders/{id}/ubl', {
            params,
            parseAs: 'blob',
            headers: { accept: 'application/xml, application/problem+json' },
          }),
        `${order.number}.xml`,
      );
}

// ── Changing ──────────────────────────────────────────────────────────────────────────────────────

/** After a change: the order's own cache gets the answer, every list and summary that shows it reloads. */
function useOrderChanged() {
  const queryClient = useQueryClient();
  return {
    queryClient,
    saved: (order: PurchaseOrder) => {
      queryClient.setQueryData(purchaseOrderKeys.detail(order.id), order);
      void documentChanged(queryClient, 'purchase_order');
    },
    /** Someone else saved it first: show their version. */
    stale: (error: unknown, id: string) => {
      if (isApiError(error) && error.status === 412)
        void queryClient.invalidateQueries({ queryKey: purchaseOrderKeys.detail(id) });
    },
  };
}

/** Creates a draft purchase order; the answer's `warnings` say what to check (a supplier on hold …). */
export function createPurchaseOrder(input: CreatePurchaseOrderRequest): Promise<PurchaseOrder> {
  const key = newIdempotencyKey();
  return read(
    PurchaseOrder,
    () =>
      client.POST('/api/v1/purchase-orders', { body: input, params: { header: { 'Idempotency-Key': key } } }),
    { retry: true },
  );
}

export function useCreatePurchaseOrder() {
  const { saved } = useOrderChanged();
  return useMutation({ mutationFn: createPurchaseOrder, onSuccess: saved });
}

/**
 * Saves changes to `version` of an order. In draft it is a plain edit; once approved it is a change
 * order (revision n+1), which goes back for approval when the total rises or supplier or currency change.
 */
export function updatePurchaseOrder(args: {
  id: string;
  version: number;
  input: UpdatePurchaseOrderRequest;
}): Promise<PurchaseOrder> {
  return read(PurchaseOrder, () =>
    client.PATCH('/api/v1/purchase-orders/{id}', {
      params: { path: { id: args.id }, header: { 'If-Match': ifMatch(args.version) } },
      body: args.input,
    }),
  );
}

export function useUpdatePurchaseOrder() {
  const { queryClient, saved } = useOrderChanged();
  return useMutation({
    mutationFn: updatePurchaseOrder,
    onSuccess: (order) => {
      saved(order);
      void queryClient.invalidateQueries({ queryKey: purchaseOrderKeys.revisions(order.id) });
    },
  });
}

/** The transitions of an order, each its own operation. */
export type PurchaseOrderTransition =
  | 'submit'
  | 'approve'
  | 'request_changes'
  | 'reject'
  | 'hold'
  | 'release'
  | 'cancel'
  | 'close';

const TRANSITION_PATHS = {
  submit: '/api/v1/purchase-orders/{id}/submit',
  approve: '/api/v1/purchase-orders/{id}/approve',
  request_changes: '/api/v1/purchase-orders/{id}/request-changes',
  reject: '/api/v1/purchase-orders/{id}/reject',
  hold: '/api/v1/purchase-orders/{id}/hold',
  release: '/api/v1/purchase-orders/{id}/release',
  cancel: '/api/v1/purchase-orders/{id}/cancel',
  close: '/api/v1/purchase-orders/{id}/close',
} as const satisfies Record<PurchaseOrderTransition, string>;

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
  return read(PurchaseOrder, () =>
    client.POST(TRANSITION_PATHS[args.action], {
      params: { path: { id: args.id }, header: { 'If-Match': ifMatch(args.version) } },
      body,
    }),
  );
}

export function useTransitionPurchaseOrder() {
  const { saved, stale } = useOrderChanged();
  return useMutation({
    mutationFn: transitionPurchaseOrder,
    onSuccess: saved,
    onError: (error, { id }) => stale(error, id),
  });
}

/**
 * Short-closes the whole order, or one line when `lineNo` is given: what is not yet received is no
 * longer expected.
 */
export function shortClosePurchaseOrder(args: {
  id: string;
  version: number;
  lineNo?: number;
  reason: string;
}): Promise<PurchaseOrder> {
  const header = { 'If-Match': ifMatch(args.version) };
  const body = { reason: args.reason };
  return read(PurchaseOrder, () =>
    args.lineNo === undefined
      ? client.POST('/api/v1/purchase-orders/{id}/short-close', {
          params: { path: { id: args.id }, header },
          body,
        })
      : client.POST('/api/v1/purchase-orders/{id}/lines/{lineNo}/short-close', {
          params: { path: { id: args.id, lineNo: args.lineNo }, header },
          body,
        }),
  );
}

export function useShortClosePurchaseOrder() {
  const { saved, stale } = useOrderChanged();
  return useMutation({
    mutationFn: shortClosePurchaseOrder,
    onSuccess: saved,
    onError: (error, { id }) => stale(error, id),
  });
}
