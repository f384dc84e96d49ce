import { pageOf } from '@contracts/common';
import {
  PortalInvoiceable as PortalInvoiceableSchema,
  type PortalInvoiceRequest,
  PortalInvoice as PortalInvoiceSchema,
  type PortalInvoiceStatus as PortalInvoiceStatusSchema,
  PortalInvoiceSummary as PortalInvoiceSummarySchema,
} from '@contracts/portal';
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { client, newIdempotencyKey, read } from '@/lib/api';
import { pagedQueryOptions } from '@/lib/paged-query';

/** The supplier's invoices in its portal, and its own invoice made from an order. */

export type PortalInvoiceStatus = z.output<typeof PortalInvoiceStatusSchema>;
export type PortalInvoiceSummary = z.output<typeof PortalInvoiceSummarySchema>;
export type PortalInvoice = z.output<typeof PortalInvoiceSchema>;
export type PortalInvoiceable = z.output<typeof PortalInvoiceableSchema>;
export type { PortalInvoiceRequest };

const InvoicePage = pageOf(PortalInvoiceSummarySchema);

export const portalInvoiceKeys = {
  all: ['portal', 'invoices'] as const,
  list: (filter: { status?: PortalInvoiceStatus; q?: string }) =>
    ['portal', 'invoices', 'list', filter] as const,
  invoice: (id: string) => ['portal', 'invoices', 'one', id] as const,
  invoiceable: (orderId: string) => ['portal', 'invoiceable', orderId] as const,
};

export function usePortalInvoices(filter: { status?: PortalInvoiceStatus; q?: string }) {
  return useInfiniteQuery(
    pagedQueryOptions({
      queryKey: portalInvoiceKeys.list(filter),
      page: (cursor, signal) =>
        read(InvoicePage, () =>
          client.GET('/api/v1/portal/invoices', {
            params: { query: { status: filter.status, q: filter.q || undefined, cursor, limit: 25 } },
            signal,
          }),
        ),
    }),
  );
}

export function usePortalInvoice(id: string) {
  return useQuery({
    queryKey: portalInvoiceKeys.invoice(id),
    queryFn: ({ signal }) =>
      read(PortalInvoiceSchema, () =>
        client.GET('/api/v1/portal/invoices/{id}', { params: { path: { id } }, signal }),
      ),
  });
}

export function usePortalInvoiceable(orderId: string) {
  return useQuery({
    queryKey: portalInvoiceKeys.invoiceable(orderId),
    queryFn: ({ signal }) =>
      read(PortalInvoiceableSchema, () =>
        client.GET('/api/v1/portal/orders/{id}/invoiceable', { params: { path: { id: orderId } }, signal }),
      ),
  });
}

export function useCreatePortalInvoice() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (args: { orderId: string; body: PortalInvoiceRequest }) => {
      const key = newIdempotencyKey();
      return read(
        PortalInvoiceSchema,
        () =>
          client.POST('/api/v1/portal/orders/{id}/invoices', {
            params: { path: { id: args.orderId }, header: { 'Idempotency-Key': key } },
            body: args.body,
          }),
        { retry: true },
      );
    },
    onSettled: (_invoice, _error, { orderId }) => {
      void queryClient.invalidateQueries({ queryKey: portalInvoiceKeys.all });
      void queryClient.invalidateQueries({ queryKey: portalInvoiceKeys.invoiceable(orderId) });
    },
  });
}
