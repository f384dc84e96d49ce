import { type NewOrderRating, OrderRating, OrderRatings } from '@contracts/ratings';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, newIdempotencyKey, read } from '@/lib/api';
import { documentChanged } from '@/lib/document-changes';

/**
 * The ratings of an order (docs/evaluation.md#ratings): reading them with what the viewer may do,
 * and rating. Keyed under the order's views, so any change to the order reloads them.
 */
export type { NewOrderRating, OrderRating, OrderRatings };

export const ratingKeys = {
  ofOrder: (orderId: string) => ['purchase-orders', 'ratings', orderId] as const,
};

/** The newest 50 ratings of the order (an order has one per person, per line at most). */
export function useOrderRatings(orderId: string, opts: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: ratingKeys.ofOrder(orderId),
    enabled: opts.enabled ?? true,
    queryFn: ({ signal }) =>
      read(OrderRatings, () =>
        client.GET('/api/v1/purchase-orders/{id}/ratings', {
          params: { path: { id: orderId }, query: { limit: 50 } },
          signal,
        }),
      ),
  });
}

/** Rates the order (or a line); the supplier's scores follow once the server relays it. */
export function useRateOrder(orderId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewOrderRating) => {
      const key = newIdempotencyKey();
      return read(
        OrderRating,
        () =>
          client.POST('/api/v1/purchase-orders/{id}/ratings', {
            params: { path: { id: orderId }, header: { 'Idempotency-Key': key } },
            body,
          }),
        { retry: true },
      );
    },
    onSuccess: () => documentChanged(queryClient, 'purchase_order.rated'),
  });
}
