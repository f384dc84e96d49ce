import {
  type CreateInvoiceRequest,
  InvoiceableOrder as InvoiceableOrderSchema,
  InvoiceCsvImportResult as InvoiceCsvImportResultSchema,
  Invoice as InvoiceSchema,
  type UpdateInvoiceRequest,
} from '@contracts/invoicing';
import { type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { client, ifMatch, importFileBody, newIdempotencyKey, read } from '@/lib/api';
import { documentChanged } from '@/lib/document-changes';

/** Accounts payable entering invoices: what an order has to invoice, drafts, imports. */

export type Invoice = z.output<typeof InvoiceSchema>;
export type InvoiceableOrder = z.output<typeof InvoiceableOrderSchema>;
export type InvoiceableLine = InvoiceableOrder['lines'][number];
export type InvoiceCsvImportResult = z.output<typeof InvoiceCsvImportResultSchema>;
export type { CreateInvoiceRequest, UpdateInvoiceRequest };

export const invoiceCaptureKeys = {
  invoiceable: (orderId: string) => ['invoices', 'invoiceable', orderId] as const,
  invoice: (id: string) => ['invoices', 'detail', id] as const,
};

/** What the order has to invoice, per line, with its net prices and tax: what the form fills in. */
export function useInvoiceableOrder(orderId: string | null) {
  return useQuery({
    queryKey: invoiceCaptureKeys.invoiceable(orderId ?? ''),
    queryFn: ({ signal }) =>
      read(InvoiceableOrderSchema, () =>
        client.GET('/api/v1/purchase-orders/{id}/invoiceable', {
          params: { path: { id: orderId! } },
          signal,
        }),
      ),
    enabled: !!orderId,
  });
}

/** One invoice (a draft to edit). */
export function useInvoice(id: string) {
  return useQuery({
    queryKey: invoiceCaptureKeys.invoice(id),
    queryFn: ({ signal }) =>
      read(InvoiceSchema, () => client.GET('/api/v1/invoices/{id}', { params: { path: { id } }, signal })),
  });
}

/** Whatever shows invoices, what orders have billed, or the reports on them follows a capture. */
function invoicesChanged(queryClient: QueryClient) {
  void documentChanged(queryClient, 'invoice');
}

export function useCreateInvoice() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateInvoiceRequest) => {
      const key = newIdempotencyKey();
      return read(
        InvoiceSchema,
        () => client.POST('/api/v1/invoices', { params: { header: { 'Idempotency-Key': key } }, body }),
        { retry: true },
      );
    },
    onSuccess: () => invoicesChanged(queryClient),
  });
}

/** Saves a draft's edit and, with `submit`, submits it for matching. */
export function useUpdateDraftInvoice() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (args: {
      id: string;
      version: number;
      body: UpdateInvoiceRequest;
      submit: boolean;
    }) => {
      const saved = await read(InvoiceSchema, () =>
        client.PATCH('/api/v1/invoices/{id}', {
          params: { path: { id: args.id }, header: { 'If-Match': ifMatch(args.version) } },
          body: args.body,
        }),
      );
      if (!args.submit) return saved;
      return read(InvoiceSchema, () =>
        client.POST('/api/v1/invoices/{id}/submit', {
          params: { path: { id: args.id }, header: { 'If-Match': ifMatch(saved.version) } },
          body: {},
        }),
      );
    },
    onSuccess: () => invoicesChanged(queryClient),
  });
}

/** Imports one supplier's UBL invoice or credit note (the XML file as it came). */
export function importUblInvoice(file: File): Promise<Invoice> {
  const key = newIdempotencyKey();
  return read(InvoiceSchema, () =>
    client.POST('/api/v1/invoices/import', {
      params: { header: { 'Idempotency-Key': key } },
      body: file,
      bodySerializer: (body: Blob) => body,
      headers: { 'content-type': 'application/xml' },
    }),
  );
}

/** Imports invoices from a CSV file or workbook: every invoice of it, or none. */
export function importCsvInvoices(file: File): Promise<InvoiceCsvImportResult> {
  const key = newIdempotencyKey();
  return read(InvoiceCsvImportResultSchema, () =>
    client.POST('/api/v1/invoices/import/csv', {
      params: { header: { 'Idempotency-Key': key } },
      ...importFileBody(file),
    }),
  );
}

export function useInvoicesImported() {
  const queryClient = useQueryClient();
  return () => invoicesChanged(queryClient);
}
export { INVOICE_IMPORT_COLUMNS } from '../../../../src/domain/import-columns';
