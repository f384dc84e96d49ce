import { EventTypeList } from '@contracts/webhooks';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api';
import { webhookKeys } from './query-keys';

/** GET /webhooks/event-types: every event type an endpoint can subscribe to. */
export function listEventTypes(signal?: AbortSignal): Promise<string[]> {
  return api.get('/webhooks/event-types', EventTypeList, { signal }).then((r) => r.items);
}

export const eventTypesQueryOptions = () =>
  queryOptions({
    queryKey: webhookKeys.eventTypes(),
    queryFn: ({ signal }) => listEventTypes(signal),
    // The catalogue changes only with a new version of the server.
    staleTime: Number.POSITIVE_INFINITY,
  });

export function useEventTypes(opts: { enabled?: boolean } = {}) {
  return useQuery({ ...eventTypesQueryOptions(), enabled: opts.enabled ?? true });
}
