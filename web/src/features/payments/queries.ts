import { pageOf } from '@contracts/common';
import {
  InvoicePayment as InvoicePaymentSchema,
  PaymentListItem as PaymentListItemSchema,
  type PaymentListQuery,
  PaymentRun as PaymentRunSchema,
  PaymentRunSummary as PaymentRunSummarySchema,
  PaymentStatusReportResult as PaymentStatusReportResultSchema,
  type ProposePaymentRunRequest,
  type RevisePaymentRunRequest,
} from '@contracts/payments';
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { client, ifMatch, isApiError, newIdempotencyKey, read, saveDownload } from '@/lib/api';
import { documentChanged } from '@/lib/document-changes';
import { pagedQueryOptions } from '@/lib/paged-query';

/** Payment runs: the list, one run, proposing, trimming, confirming, paying, the bank files. */

export type PaymentRun = z.output<typeof PaymentRunSchema>;
export type PaymentRunSummary = z.output<typeof PaymentRunSummarySchema>;
export type PaymentRunStatus = PaymentRun['status'];
export type PaymentRunLine = PaymentRun['lines'][number];
export type PaymentRunSupplier = PaymentRun['suppliers'][number];
export type Payment = PaymentRun['payments'][number];
export type InvoicePayment = z.output<typeof InvoicePaymentSchema>;
export type PaymentListItem = z.output<typeof PaymentListItemSchema>;
export type PaymentFilter = Omit<z.input<typeof PaymentListQuery>, 'status'> & { status?: Payment['status'] };
export type PaymentStatusReportResult = z.output<typeof PaymentStatusReportResultSchema>;
export type ProposePaymentRunInput = NonNullable<z.input<typeof ProposePaymentRunRequest>>;
export type PaymentRunLineRevision = z.input<typeof RevisePaymentRunRequest>['lines'][number];

const RunPage = pageOf(PaymentRunSummarySchema);
const InvoicePayments = z.object({ items: z.array(InvoicePaymentSchema) });
const PaymentPage = pageOf(PaymentListItemSchema);

export const paymentKeys = {
  list: (status: PaymentRunStatus | 'all') => ['payment-runs', 'list', status] as const,
  detail: (id: string) => ['payment-runs', 'detail', id] as const,
  ofInvoice: (invoiceId: string) => ['payment-runs', 'invoice', invoiceId] as const,
  // Under `payment-runs`: whatever changes a run changes its payments.
  payments: (filter: PaymentFilter) => ['payment-runs', 'payments', filter] as const,
};

/** Payments across runs, newest first, under the filters (the Payments page). */
export function usePayments(filter: PaymentFilter) {
  return useInfiniteQuery(
    pagedQueryOptions({
      queryKey: paymentKeys.payments(filter),
      page: (cursor, signal) =>
        read(PaymentPage, () =>
          client.GET('/api/v1/payments', { params: { query: { ...filter, cursor, limit: 50 } }, signal }),
        ),
    }),
  );
}

export function usePaymentRuns(status: PaymentRunStatus | 'all') {
  return useInfiniteQuery(
    pagedQueryOptions({
      queryKey: paymentKeys.list(status),
      page: (cursor, signal) =>
        read(RunPage, () =>
          client.GET('/api/v1/payment-runs', {
            params: { query: { ...(status === 'all' ? {} : { status }), cursor, limit: 20 } },
            signal,
          }),
        ),
    }),
  );
}

export function usePaymentRun(id: string) {
  return useQuery({
    queryKey: paymentKeys.detail(id),
    queryFn: ({ signal }) =>
      read(PaymentRunSchema, () =>
        client.GET('/api/v1/payment-runs/{id}', { params: { path: { id } }, signal }),
      ),
  });
}

/** The runs an invoice is in and what each pays of it (the invoice's page). */
export function useInvoicePayments(invoiceId: string) {
  return useQuery({
    queryKey: paymentKeys.ofInvoice(invoiceId),
    queryFn: ({ signal }) =>
      read(InvoicePayments, () =>
        client.GET('/api/v1/invoices/{id}/payments', { params: { path: { id: invoiceId } }, signal }),
      ).then((r) => r.items),
  });
}

/** A run moves its invoices: every view of runs and invoices follows. */
function paymentsChanged(queryClient: ReturnType<typeof useQueryClient>) {
  void documentChanged(queryClient, 'payment_run');
}

/** Someone else changed the run first (412): show their version, so a second try is based on it. */
function runStale(queryClient: ReturnType<typeof useQueryClient>, error: unknown, id: string) {
  if (isApiError(error) && error.status === 412)
    void queryClient.invalidateQueries({ queryKey: paymentKeys.detail(id) });
}

export function useProposePaymentRun() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ProposePaymentRunInput) => {
      const key = newIdempotencyKey();
      return read(
        PaymentRunSchema,
        () => client.POST('/api/v1/payment-runs', { params: { header: { 'Idempotency-Key': key } }, body }),
        { retry: true },
      );
    },
    onSuccess: () => paymentsChanged(queryClient),
  });
}

export function useRevisePaymentRun() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (args: { id: string; version: number; lines: PaymentRunLineRevision[] }) =>
      read(PaymentRunSchema, () =>
        client.PATCH('/api/v1/payment-runs/{id}', {
          params: { path: { id: args.id }, header: { 'If-Match': ifMatch(args.version) } },
          body: { lines: args.lines },
        }),
      ),
    onSuccess: (run) => {
      queryClient.setQueryData(paymentKeys.detail(run.id), run);
      paymentsChanged(queryClient);
    },
    onError: (error, { id }) => runStale(queryClient, error, id),
  });
}

export type PaymentRunAction = 'confirm' | 'mark-paid' | 'cancel';

export function usePaymentRunAction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (args: { id: string; version: number; action: PaymentRunAction; reason?: string }) => {
      const options = {
        params: { path: { id: args.id }, header: { 'If-Match': ifMatch(args.version) } },
        body: args.reason ? { reason: args.reason } : {},
      };
      return read(PaymentRunSchema, () =>
        args.action === 'confirm'
          ? client.POST('/api/v1/payment-runs/{id}/confirm', options)
          : args.action === 'mark-paid'
            ? client.POST('/api/v1/payment-runs/{id}/mark-paid', options)
            : client.POST('/api/v1/payment-runs/{id}/cancel', options),
      );
    },
    onSuccess: (run) => {
      queryClient.setQueryData(paymentKeys.detail(run.id), run);
      paymentsChanged(queryClient);
    },
    onError: (error, { id }) => runStale(queryClient, error, id),
  });
}

/** The run's SEPA credit-transfer file (pain.001), as a download. */
export function downloadCreditTransferFile(run: Pick<PaymentRun, 'id' | 'number'>) {
  return saveDownload(
    () =>
      client.GET('/api/v1/payment-runs/{id}/pain001', {
        params: { path: { id: run.id } },
        parseAs: 'blob',
      }),
    `${run.number}.pain.001.xml`,
  );
}

/** The run's other payments as the bank's CSV, as a download. */
export function downloadBankTransfers(run: Pick<PaymentRun, 'id' | 'number'>) {
  return saveDownload(
    () =>
      client.GET('/api/v1/payment-runs/{id}/bank-transfers.csv', {
        params: { path: { id: run.id } },
        parseAs: 'blob',
      }),
    `${run.number}.bank-transfers.csv`,
  );
}

/** Imports the bank's status report (pain.002) for a run: what it paid, rejected or left pending. */
export function useImportStatusReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (args: { id: string; version: number; file: File }) =>
      read(PaymentStatusReportResultSchema, () =>
        client.POST('/api/v1/payment-runs/{id}/status-report', {
          params: { path: { id: args.id }, header: { 'If-Match': ifMatch(args.version) } },
          body: args.file,
          bodySerializer: (body: Blob) => body,
          headers: { 'content-type': 'application/xml' },
        }),
      ),
    onSuccess: (result) => {
      queryClient.setQueryData(paymentKeys.detail(result.run.id), result.run);
      paymentsChanged(queryClient);
    },
  });
}
