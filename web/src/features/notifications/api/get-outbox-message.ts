import { EmailMessageDetail } from '@contracts/notifications';
import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '@/lib/api';
import { outboxKeys } from './query-keys';

export type OutboxMessageDetail = z.output<typeof EmailMessageDetail>;

/** GET /outbox/{id}: one e-mail with its text. */
export function getOutboxMessage(id: string, signal?: AbortSignal): Promise<OutboxMessageDetail> {
  return api.get(`/outbox/${encodeURIComponent(id)}`, EmailMessageDetail, { signal });
}

export function useOutboxMessage(id: string | null) {
  return useQuery({
    queryKey: outboxKeys.one(id ?? ''),
    queryFn: ({ signal }) => getOutboxMessage(id!, signal),
    enabled: id !== null,
  });
}
