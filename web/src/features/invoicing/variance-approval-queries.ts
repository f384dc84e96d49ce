import { ApprovalRoute } from '@contracts/approvals';
import { Invoice as InvoiceSchema } from '@contracts/invoicing';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, ifMatch, isApiError, read } from '@/lib/api';
import { documentChanged } from '@/lib/document-changes';
import { type Invoice, invoiceKeys } from './queries';

/** The approval route of an invoice's variances, and the decisions on it (approve, reject). */

export const invoiceApprovalRouteQueryOptions = (id: string, version: number) =>
  queryOptions({
    queryKey: ['invoices', 'approval-route', id, version] as const,
    queryFn: ({ signal }) =>
      read(ApprovalRoute, () =>
        client.GET('/api/v1/invoices/{id}/approval-route', { params: { path: { id } }, signal }),
      ),
  });

export function useInvoiceApprovalRoute(id: string, version: number, opts: { enabled?: boolean } = {}) {
  return useQuery({ ...invoiceApprovalRouteQueryOptions(id, version), enabled: opts.enabled ?? true });
}

const DECISION_PATHS = {
  approve: '/api/v1/invoices/{id}/approve-variance',
  reject: '/api/v1/invoices/{id}/reject-variance',
} as const;

export type VarianceDecision = keyof typeof DECISION_PATHS;

/** Decides the viewer's step (If-Match): approve with an optional comment, reject with a reason. */
export function decideInvoiceVariance(args: {
  id: string;
  version: number;
  decision: VarianceDecision;
  reason?: string;
}): Promise<Invoice> {
  const reason = args.reason?.trim();
  return read(InvoiceSchema, () =>
    client.POST(DECISION_PATHS[args.decision], {
      params: { path: { id: args.id }, header: { 'If-Match': ifMatch(args.version) } },
      body: reason ? { reason } : {},
    }),
  );
}

export function useDecideInvoiceVariance() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: decideInvoiceVariance,
    onSuccess: (invoice) => {
      queryClient.setQueryData(invoiceKeys.detail(invoice.id), invoice);
      void documentChanged(queryClient, 'invoice');
    },
    onError: (error, { id }) => {
      if (isApiError(error) && error.status === 412)
        void queryClient.invalidateQueries({ queryKey: invoiceKeys.detail(id) });
    },
  });
}
