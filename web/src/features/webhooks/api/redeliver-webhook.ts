import { WebhookDelivery } from '@contracts/webhooks';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api';
import type { WebhookDelivery as Delivery } from './list-webhook-deliveries';
import { webhookKeys } from './query-keys';

/** POST /webhooks/{id}/deliveries/{deliveryId}/redeliver: tries a pending or failed delivery again now. */
export function redeliverWebhook(args: { endpointId: string; deliveryId: string }): Promise<Delivery> {
  return api.post(
    `/webhooks/${encodeURIComponent(args.endpointId)}/deliveries/${encodeURIComponent(args.deliveryId)}/redeliver`,
    WebhookDelivery,
  );
}

export function useRedeliverWebhook() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: redeliverWebhook,
    onSuccess: (_delivery, { endpointId }) =>
      void queryClient.invalidateQueries({ queryKey: webhookKeys.deliveries(endpointId) }),
  });
}
