import { ApprovalRoute } from '@contracts/approvals';
import { pageOf } from '@contracts/common';
import {
  type CreateRequisitionRequest,
  Requisition,
  type RequisitionListQuery,
  type RequisitionRoutePreviewRequest,
  RequisitionSummary,
  type UpdateRequisitionRequest,
} from '@contracts/requisitions';
import { useDebouncedValue } from '@mantine/hooks';
import {
  keepPreviousData,
  queryOptions,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import type { z } from 'zod';
import { client, ifMatch, isApiError, newIdempotencyKey, read } from '@/lib/api';
import { documentChanged } from '@/lib/document-changes';
import { pagedQueryOptions } from '@/lib/paged-query';

/**
 * Requisitions through the generated API client: the queries and changes the pages use, with
 * their cache keys. Paths, parameters and bodies are checked against the API description.
 */

export type {
  ApprovalRoute,
  CreateRequisitionRequest,
  Requisition,
  RequisitionSummary,
  UpdateRequisitionRequest,
};
export type RequisitionListFilter = z.input<typeof RequisitionListQuery>;

const RequisitionPage = pageOf(RequisitionSummary);
export type RequisitionPage = z.output<typeof RequisitionPage>;

export const REQUISITION_PAGE_SIZE = 25;

export const requisitionKeys = {
  all: ['requisitions'] as const,
  lists: () => ['requisitions', 'list'] as const,
  list: (filter: RequisitionListFilter, limit?: number) => ['requisitions', 'list', filter, limit] as const,
  detail: (id: string) => ['requisitions', 'detail', id] as const,
  /** Keyed by version too: any change to the requisition (edit, submit, decision) asks for the route again. */
  approvalRoute: (id: string, version: number) => ['requisitions', 'approval-route', id, version] as const,
  /** The route of a requisition as it is typed (the request body is the key). */
  approvalRoutePreview: (request: object) => ['requisitions', 'approval-route-preview', request] as const,
};

// ── Reading ───────────────────────────────────────────────────────────────────────────────────────

export function listRequisitions(
  filter: RequisitionListFilter,
  opts: { cursor?: string; limit?: number; signal?: AbortSignal } = {},
): Promise<RequisitionPage> {
  return read(RequisitionPage, () =>
    client.GET('/api/v1/requisitions', {
      params: { query: { ...filter, cursor: opts.cursor, limit: opts.limit ?? REQUISITION_PAGE_SIZE } },
      signal: opts.signal,
    }),
  );
}

export const requisitionsQueryOptions = (filter: RequisitionListFilter, limit = REQUISITION_PAGE_SIZE) =>
  pagedQueryOptions({
    queryKey: requisitionKeys.list(filter, limit),
    page: (cursor, signal) => listRequisitions(filter, { cursor, limit, signal }),
  });

/** Requisitions matching the filter, newest first, a page at a time. */
export function useRequisitions(
  filter: RequisitionListFilter,
  opts: { limit?: number; enabled?: boolean } = {},
) {
  return useInfiniteQuery({
    ...requisitionsQueryOptions(filter, opts.limit),
    enabled: opts.enabled ?? true,
  });
}

export function getRequisition(id: string, signal?: AbortSignal): Promise<Requisition> {
  return read(Requisition, () =>
    client.GET('/api/v1/requisitions/{id}', { params: { path: { id } }, signal }),
  );
}

export const requisitionQueryOptions = (id: string) =>
  queryOptions({
    queryKey: requisitionKeys.detail(id),
    queryFn: ({ signal }) => getRequisition(id, signal),
  });

export function useRequisition(id: string) {
  return useQuery(requisitionQueryOptions(id));
}

/** For a draft what submitting would do, then the stored route. */
export function getRequisitionApprovalRoute(id: string, signal?: AbortSignal): Promise<ApprovalRoute> {
  return read(ApprovalRoute, () =>
    client.GET('/api/v1/requisitions/{id}/approval-route', { params: { path: { id } }, signal }),
  );
}

export const requisitionApprovalRouteQueryOptions = (id: string, version: number) =>
  queryOptions({
    queryKey: requisitionKeys.approvalRoute(id, version),
    queryFn: ({ signal }) => getRequisitionApprovalRoute(id, signal),
  });

export function useRequisitionApprovalRoute(id: string, version: number, opts: { enabled?: boolean } = {}) {
  return useQuery({ ...requisitionApprovalRouteQueryOptions(id, version), enabled: opts.enabled ?? true });
}

/** What submitting the requisition as typed would do; writes nothing. */
export function previewRequisitionApprovalRoute(
  request: RequisitionRoutePreviewRequest,
  signal?: AbortSignal,
): Promise<ApprovalRoute> {
  return read(ApprovalRoute, () =>
    client.POST('/api/v1/requisitions/approval-route', { body: request, signal }),
  );
}

/**
 * The route of the requisition being typed, asked for once the typing pauses; null request:
 * nothing complete enough to ask about yet. The last answer stays while the next is on its way.
 */
export function useRequisitionRoutePreview(request: RequisitionRoutePreviewRequest | null) {
  const [settled] = useDebouncedValue(request, 400);
  const query = useQuery({
    queryKey: requisitionKeys.approvalRoutePreview(settled ?? {}),
    queryFn: ({ signal }) => previewRequisitionApprovalRoute(settled!, signal),
    enabled: settled !== null,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
    retry: false,
  });
  return { ...query, settling: request !== settled };
}

// ── Changing ──────────────────────────────────────────────────────────────────────────────────────

/** Raises a requisition as a draft, requested by the signed-in user. */
export function createRequisition(input: CreateRequisitionRequest): Promise<Requisition> {
  const key = newIdempotencyKey();
  return read(
    Requisition,
    () =>
      client.POST('/api/v1/requisitions', { body: input, params: { header: { 'Idempotency-Key': key } } }),
    { retry: true },
  );
}

export function useCreateRequisition() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createRequisition,
    onSuccess: (requisition) => {
      queryClient.setQueryData(requisitionKeys.detail(requisition.id), requisition);
      void documentChanged(queryClient, 'requisition');
    },
  });
}

/** Saves changes to `version` of a draft (its requester only); `lines` replaces every line. */
export function updateRequisition(args: {
  id: string;
  version: number;
  input: UpdateRequisitionRequest;
}): Promise<Requisition> {
  return read(Requisition, () =>
    client.PATCH('/api/v1/requisitions/{id}', {
      params: { path: { id: args.id }, header: { 'If-Match': ifMatch(args.version) } },
      body: args.input,
    }),
  );
}

export function useUpdateRequisition() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateRequisition,
    onSuccess: (requisition) => {
      queryClient.setQueryData(requisitionKeys.detail(requisition.id), requisition);
      void documentChanged(queryClient, 'requisition');
    },
  });
}

/**
 * The transitions of a requisition, each its own operation. Submit and approve take an optional
 * comment, request-changes a required one; the others a required reason.
 */
export type RequisitionAction = 'submit' | 'approve' | 'request_changes' | 'reject' | 'cancel' | 'close';

const COMMENT_PATHS = {
  submit: '/api/v1/requisitions/{id}/submit',
  approve: '/api/v1/requisitions/{id}/approve',
} as const;

const REASON_PATHS = {
  reject: '/api/v1/requisitions/{id}/reject',
  cancel: '/api/v1/requisitions/{id}/cancel',
  close: '/api/v1/requisitions/{id}/close',
} as const;

export function transitionRequisition(args: {
  id: string;
  version: number;
  action: RequisitionAction;
  /** The reason (reject, cancel, close) or the comment (submit, approve, request changes). */
  text?: string;
}): Promise<Requisition> {
  const text = args.text?.trim();
  const params = { path: { id: args.id }, header: { 'If-Match': ifMatch(args.version) } };
  const action = args.action;
  return read(Requisition, () => {
    if (action === 'request_changes')
      return client.POST('/api/v1/requisitions/{id}/request-changes', {
        params,
        body: { comment: text ?? '' },
      });
    if (action === 'submit' || action === 'approve')
      return client.POST(COMMENT_PATHS[action], { params, body: text ? { comment: text } : {} });
    return client.POST(REASON_PATHS[action], { params, body: { reason: text ?? '' } });
  });
}

export function useTransitionRequisition() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: transitionRequisition,
    onSuccess: (requisition) => {
      queryClient.setQueryData(requisitionKeys.detail(requisition.id), requisition);
      void documentChanged(queryClient, 'requisition');
    },
    onError: (error, { id }) => {
      // Stale version: fetch the current one so a second try is based on it.
      if (isApiError(error) && error.status === 412)
        void queryClient.invalidateQueries({ queryKey: requisitionKeys.detail(id) });
    },
  });
}
