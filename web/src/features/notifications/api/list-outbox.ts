import { pageOf } from '@contracts/common';
import { EMAIL_STATUSES, EmailMessage } from '@contracts/notifications';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '@/lib/api';
import { outboxKeys } from './query-keys';

export type OutboxMessage = z.output<typeof EmailMessage>;
export type EmailStatus = (typeof EMAIL_STATUSES)[number];
export { EMAIL_STATUSES };

const OutboxPage = pageOf(EmailMessage);

/** GET /outbox: every e-mail sent or waiting, newest first. */
export function listOutbox(
  opts: { status?: EmailStatus; cursor?: string; limit?: number; signal?: AbortSignal } = {},
): Promise<z.output<typeof OutboxPage>> {
  return api.get('/outbox', OutboxPage, {
    query: { status: opts.status, cursor: opts.cursor, limit: opts.limit ?? 50 },
    signal: opts.signal,
  });
}

export function useOutbox(opts: { status?: EmailStatus } = {}) {
  return useInfiniteQuery(
    infiniteQueryOptions({
      queryKey: outboxKeys.list(opts.status),
      queryFn: ({ pageParam, signal }) => listOutbox({ status: opts.status, cursor: pageParam, signal }),
      initialPageParam: undefined as string | undefined,
      getNextPageParam: (last) => last.nextCursor ?? undefined,
    }),
  );
}
