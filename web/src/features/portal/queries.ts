import { pageOf } from '@contracts/common';
import {
  PortalOrder as PortalOrderSchema,
  PortalOrderSummary as PortalOrderSummarySchema,
  type PortalTab as PortalTabSchema,
  type SupplierResponseRequest,
  SupplierResponse as SupplierResponseSchema,
  SupplierUser as SupplierUserSchema,
} from '@contracts/portal';
import { PurchaseOrder } from '@contracts/purchase-orders';
import { queryOptions, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { client, ifMatch, isApiError, newIdempotencyKey, read, saveDownload } from '@/lib/api';
import { documentChanged } from '@/lib/document-changes';
import { pagedQueryOptions } from '@/lib/paged-query';
import { purchaseOrderKeys } from '../purchase-orders/queries';

/** The supplier portal, both sides: a supplier's orders and answers, and the buyer's decisions. */

export type PortalTab = z.output<typeof PortalTabSchema>;
export type PortalOrder = z.output<typeof PortalOrderSchema>;
export type PortalOrderSummary = z.output<typeof PortalOrderSummarySchema>;
export type SupplierResponse = z.output<typeof SupplierResponseSchema>;
export type SupplierUser = z.output<typeof SupplierUserSchema>;
export type { SupplierResponseRequest };

const OrderPage = pageOf(PortalOrderSummarySchema);
const Responses = z.object({ items: z.array(SupplierResponseSchema) });
const Users = z.object({ items: z.array(SupplierUserSchema) });

export const portalKeys = {
  orders: (tab: PortalTab) => ['portal', 'orders', tab] as const,
  order: (id: string) => ['portal', 'order', id] as const,
  responses: (orderId: string) => ['supplier-responses', orderId] as const,
  users: (supplierId: string) => ['portal-users', supplierId] as const,
};

// ── the supplier ──────────────────────────────────────────────────────────────────────────────────

export function usePortalOrders(tab: PortalTab) {
  return useInfiniteQuery(
    pagedQueryOptions({
      queryKey: portalKeys.orders(tab),
      page: (cursor, signal) =>
        read(OrderPage, () =>
          client.GET('/api/v1/portal/orders', { params: { query: { tab, cursor, limit: 25 } }, signal }),
        ),
      keepPrevious: false,
    }),
  );
}

export const portalOrderQueryOptions = (id: string) =>
  queryOptions({
    queryKey: portalKeys.order(id),
    queryFn: ({ signal }) =>
      read(PortalOrderSchema, () =>
        client.GET('/api/v1/portal/orders/{id}', { params: { path: { id } }, signal }),
      ),
  });

export function usePortalOrder(id: string) {
  return useQuery(portalOrderQueryOptions(id));
}

export function useSubmitAnswer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (args: { id: string; body: SupplierResponseRequest }) => {
      const key = newIdempotencyKey();
      return read(
        SupplierResponseSchema,
        () =>
          client.POST('/api/v1/purchase-orders/{id}/supplier-response', {
            params: { path: { id: args.id }, header: { 'Idempotency-Key': key } },
            body: args.body,
          }),
        { retry: true },
      );
    },
    onSettled: (_answer, _error, { id }) => {
      void queryClient.invalidateQueries({ queryKey: portalKeys.order(id) });
      void queryClient.invalidateQueries({ queryKey: ['portal', 'orders'] });
    },
  });
}

/** Sets the password of an invited user through the link's token; answers the address to sign in with. */
export function acceptInvitation(token: string, password: string): Promise<{ email: string }> {
  return read(z.object({ email: z.string() }), () =>
    client.POST('/api/v1/auth/invitations/accept', { body: { token, password } }),
  );
}

// ── the buyer ─────────────────────────────────────────────────────────────────────────────────────

export function useSupplierResponses(orderId: string, opts: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: portalKeys.responses(orderId),
    queryFn: ({ signal }) =>
      read(Responses, () =>
        client.GET('/api/v1/purchase-orders/{id}/supplier-responses', {
          params: { path: { id: orderId } },
          signal,
        }),
      ).then((r) => r.items),
    enabled: opts.enabled ?? true,
  });
}

export function useAcceptProposal() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (args: { id: string; version: number; responseId: string }) =>
      read(PurchaseOrder, () =>
        client.POST('/api/v1/purchase-orders/{id}/supplier-response/accept', {
          params: { path: { id: args.id }, header: { 'If-Match': ifMatch(args.version) } },
          body: { responseId: args.responseId },
        }),
      ),
    onSuccess: (order) => {
      queryClient.setQueryData(purchaseOrderKeys.detail(order.id), order);
      void queryClient.invalidateQueries({ queryKey: portalKeys.responses(order.id) });
      void queryClient.invalidateQueries({ queryKey: ['dispatches', order.id] });
      void queryClient.invalidateQueries({ queryKey: purchaseOrderKeys.revisions(order.id) });
      void documentChanged(queryClient, 'purchase_order');
    },
    onError: (error, { id }) => {
      if (isApiError(error) && error.status === 412)
        void queryClient.invalidateQueries({ queryKey: purchaseOrderKeys.detail(id) });
    },
  });
}

export function useDeclineProposal() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (args: { id: string; responseId: string; message: string }) =>
      read(SupplierResponseSchema, () =>
        client.POST('/api/v1/purchase-orders/{id}/supplier-response/decline', {
          params: { path: { id: args.id } },
          body: { responseId: args.responseId, message: args.message },
        }),
      ),
    onSuccess: (_r, { id }) => void queryClient.invalidateQueries({ queryKey: portalKeys.responses(id) }),
    // A newer answer arrived meanwhile: show it.
    onError: (_e, { id }) => void queryClient.invalidateQueries({ queryKey: portalKeys.responses(id) }),
  });
}

export function usePortalUsers(supplierId: string) {
  return useQuery({
    queryKey: portalKeys.users(supplierId),
    queryFn: ({ signal }) =>
      read(Users, () =>
        client.GET('/api/v1/suppliers/{id}/portal-users', { params: { path: { id: supplierId } }, signal }),
      ).then((r) => r.items),
  });
}

export function useInvitePortalUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (args: { supplierId: string; name: string; email: string }) => {
      const key = newIdempotencyKey();
      return read(
        SupplierUserSchema,
        () =>
          client.POST('/api/v1/suppliers/{id}/portal-users', {
            params: { path: { id: args.supplierId }, header: { 'Idempotency-Key': key } },
            body: { name: args.name, email: args.email },
          }),
        { retry: true },
      );
    },
    onSuccess: (_u, { supplierId }) =>
      void queryClient.invalidateQueries({ queryKey: portalKeys.users(supplierId) }),
  });
}

/** Saves an answer as the PEPPOL Order Response (UBL XML): the buyer's route, or the supplier's own. */
export function downloadAnswerUbl(
  side: 'buyer' | 'supplier',
  orderId: string,
  answer: Pick<SupplierResponse, 'id' | 'number'>,
) {
  const params = { path: { id: orderId, responseId: answer.id } };
  const headers = { accept: 'application/xml, application/problem+json' };
  return saveDownload(
    () =>
      side === 'buyer'
        ? client.GET('/api/v1/purchase-orders/{id}/supplier-responses/{responseId}/ubl', {
            params,
            parseAs: 'blob',
            headers,
          })
        : client.GET('/api/v1/portal/orders/{id}/answers/{responseId}/ubl', {
            params,
            parseAs: 'blob',
            headers,
          }),
    `answer-${answer.number}.xml`,
  );
}
