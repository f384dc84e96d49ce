import { pageOf } from '@contracts/common';
import {
  type CloseCorrectiveActionRequest,
  CorrectiveAction,
  type CorrectiveActionRequest,
  PortalScorecard,
  ScorecardReview,
  type ScorecardSendRequest,
} from '@contracts/evaluation-feedback';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { client, ifMatch, newIdempotencyKey, read, saveDownload } from '@/lib/api';

/**
 * The supplier's side of evaluation through the generated API client: its scorecard in the portal,
 * the corrective actions asked of a supplier, and the scorecard e-mailed for a review.
 */

export type { CorrectiveAction, PortalScorecard, ScorecardReview };

const CorrectiveActionPage = pageOf(CorrectiveAction);
const Reviews = z.object({ items: z.array(ScorecardReview) });

export const feedbackKeys = {
  portalScorecard: (period: string) => ['portal', 'scorecard', period] as const,
  correctiveActions: (supplierId: string) => ['suppliers', 'corrective-actions', supplierId] as const,
  reviews: (supplierId: string) => ['suppliers', 'scorecard-reviews', supplierId] as const,
};

/** The signed-in supplier's own scorecard for a period (`12m`, `2026-Q4`, `2026-11`). */
export function usePortalScorecard(period: string) {
  return useQuery({
    queryKey: feedbackKeys.portalScorecard(period),
    queryFn: ({ signal }) =>
      read(PortalScorecard, () =>
        client.GET('/api/v1/portal/scorecard', { params: { query: { period } }, signal }),
      ),
  });
}

/** A supplier's corrective actions, newest first (the 50 newest: open ones rarely pass 20). */
export function useCorrectiveActions(supplierId: string) {
  return useQuery({
    queryKey: feedbackKeys.correctiveActions(supplierId),
    queryFn: ({ signal }) =>
      read(CorrectiveActionPage, () =>
        client.GET('/api/v1/suppliers/{id}/corrective-actions', {
          params: { path: { id: supplierId }, query: { limit: 50 } },
          signal,
        }),
      ),
  });
}

export function useRequestCorrectiveAction(supplierId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CorrectiveActionRequest) => {
      const key = newIdempotencyKey();
      return read(
        CorrectiveAction,
        () =>
          client.POST('/api/v1/suppliers/{id}/corrective-actions', {
            params: { path: { id: supplierId }, header: { 'Idempotency-Key': key } },
            body,
          }),
        { retry: true },
      );
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: feedbackKeys.correctiveActions(supplierId) }),
  });
}

export function useCloseCorrectiveAction(supplierId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (args: { action: CorrectiveAction; body: CloseCorrectiveActionRequest }) =>
      read(CorrectiveAction, () =>
        client.POST('/api/v1/suppliers/{id}/corrective-actions/{actionId}/close', {
          params: {
            path: { id: supplierId, actionId: args.action.id },
            header: { 'If-Match': ifMatch(args.action.version) },
          },
          body: args.body,
        }),
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: feedbackKeys.correctiveActions(supplierId) }),
  });
}

/** The scorecards e-mailed to a supplier, newest first; asked again while one is being prepared. */
export function useScorecardReviews(supplierId: string) {
  return useQuery({
    queryKey: feedbackKeys.reviews(supplierId),
    queryFn: ({ signal }) =>
      read(Reviews, () =>
        client.GET('/api/v1/suppliers/{id}/scorecard/reviews', {
          params: { path: { id: supplierId } },
          signal,
        }),
      ),
    refetchInterval: (query) =>
      query.state.data?.items.some((r) => r.status === 'preparing') ? 2000 : false,
  });
}

export function useSendScorecard(supplierId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ScorecardSendRequest) => {
      const key = newIdempotencyKey();
      return read(
        ScorecardReview,
        () =>
          client.POST('/api/v1/suppliers/{id}/scorecard/send', {
            params: { path: { id: supplierId }, header: { 'Idempotency-Key': key } },
            body,
          }),
        { retry: true },
      );
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: feedbackKeys.reviews(supplierId) }),
  });
}

/** Downloads the supplier's scorecard for a period as the PDF it would be sent. */
export function downloadScorecardPdf(supplier: { id: string; code: string }, period: string) {
  return saveDownload(
    () =>
      client.GET('/api/v1/suppliers/{id}/scorecard.pdf', {
        params: { path: { id: supplier.id }, query: { period } },
        parseAs: 'blob',
        headers: { accept: 'application/pdf, application/problem+json' },
      }),
    `scorecard-${supplier.code}-${period}.pdf`,
  );
}

/** The quarters a review may cover: the last complete one first, then the three before it. */
export function recentQuarters(today: string, count = 4): string[] {
  let year = Number(today.slice(0, 4));
  let quarter = Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1;
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    quarter -= 1;
    if (quarter === 0) {
      quarter = 4;
      year -= 1;
    }
    out.push(`${year}-Q${quarter}`);
  }
  return out;
}
