import { Delegation } from '@contracts/approvals';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '@/lib/api';
import { approvalKeys } from './query-keys';

export type { Delegation };

const DelegationList = z.object({ items: z.array(Delegation) });

/** GET /delegations: the signed-in user's delegations, given and received, that have not ended. */
export function listDelegations(signal?: AbortSignal): Promise<Delegation[]> {
  return api.get('/delegations', DelegationList, { signal }).then((r) => r.items);
}

export const delegationsQueryOptions = () =>
  queryOptions({
    queryKey: approvalKeys.delegations(),
    queryFn: ({ signal }) => listDelegations(signal),
  });

export function useDelegations(opts: { enabled?: boolean } = {}) {
  return useQuery({ ...delegationsQueryOptions(), enabled: opts.enabled ?? true });
}
