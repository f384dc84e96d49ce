import { pageOf } from '@contracts/common';
import { type INVOICE_STATUSES, Invoice as InvoiceSchema } from '@contracts/invoicing';
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { client, ifMatch, isApiError, read } from '@/lib/api';
import { documentChanged } from '@/lib/document-changes';
import { pagedQueryOptions } from '@/lib/paged-query';
import type { InvoiceTransition } from './invoice-actions';

export type { InvoiceTransition };

/** Supplier invoices: the inbox, one invoice with its match, and its transitions. */

export type Invoice = z.output<typeof InvoiceSchema>;
export type InvoiceLine = Invoice['lines'][number];
export type InvoiceStatus = (typeof INVOICE_STATUSES)[number];

const InvoicePage = pageOf(InvoiceSchema);

export type InvoiceFilter = {
  q?: string;
  /** One status or several, comma-separated. */
  status?: string;
  supplierId?: string;
  purchaseOrderId?: string;
  dueBefore?: string;
};

export const invoiceKeys = {
  list: (filter: InvoiceFilter) => ['invoices', 'list', filter] as const,
  detail: (id: string) => ['invoices', 'detail', id] as const,
};

/** Invoices and credit notes, newest first, a page at a time. */
export function useInvoices(filter: InvoiceFilter, opts: { limit?: number; enabled?: boolean } = {}) {
  return useInfiniteQuery({
    ...pagedQueryOptions({
      queryKey: invoiceKeys.list(filter),
      page: (cursor, signal) =>
        read(InvoicePage, () =>
          client.GET('/api/v1/invoices', {
            params: { query: { ...filter, cursor, limit: opts.limit ?? 25 } },
            signal,
          }),
        ),
    }),
    enabled: opts.enabled ?? true,
  });
}

export function useInvoice(id: string) {
  return useQuery({
    queryKey: invoiceKeys.detail(id),
    queryFn: ({ signal }) =>
      read(InvoiceSchema, () => client.GET('/api/v1/invoices/{id}', { params: { path: { id } }, signal })),
  });
}

const TRANSITION_PATHS = {
  submit: '/api/v1/invoices/{id}/submit',
  rematch: '/api/v1/invoices/{id}/rematch',
  accept: '/api/v1/invoices/{id}/accept',
  request_credit_note: '/api/v1/invoices/{id}/request-credit-note',
  approve: '/api/v1/invoices/{id}/approve',
  hold: '/api/v1/invoices/{id}/hold',
  release: '/api/v1/invoices/{id}/release',
  reject: '/api/v1/invoices/{id}/reject',
  cancel: '/api/v1/invoices/{id}/cancel',
} as const satisfies Record<InvoiceTransition, string>;

/** Moves `version` of an invoice (If-Match): a stale version is a 412, a wrong status a 409. */
export function transitionInvoice(args: {
  id: string;
  version: number;
  action: InvoiceTransition;
  reason?: string;
}): Promise<Invoice> {
  const reason = args.reason?.trim();
  return read(InvoiceSchema, () =>
    client.POST(TRANSITION_PATHS[args.action], {
      params: { path: { id: args.id }, header: { 'If-Match': ifMatch(args.version) } },
      body: reason ? { reason } : {},
    }),
  );
}

export function useTransitionInvoice() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: transitionInvoice,
    onSuccess: (invoice) => {
      queryClient.setQueryData(invoiceKeys.detail(invoice.id), invoice);
      void documentChanged(queryClient, 'invoice');
    },
    onError: (error) => {
      // Someone else moved it first: show their version, on its page and in the lists whose rows
      // offer the same actions (the exception queue).
      if (isApiError(error) && error.status === 412)
        void queryClient.invalidateQueries({ queryKey: ['invoices'] });
    },
  });
}
