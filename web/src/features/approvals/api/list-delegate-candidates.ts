import { DelegateCandidate } from '@contracts/approvals';
import { z } from 'zod';
import { api } from '@/lib/api';

export type { DelegateCandidate };

const CandidateList = z.object({ items: z.array(DelegateCandidate) });

/**
 * GET /delegations/candidates: whom the signed-in user may choose as delegate (active users other
 * than them who may approve), by name; `q` matches name or e-mail.
 */
export function listDelegateCandidates(
  q: string,
  opts: { limit?: number; signal?: AbortSignal } = {},
): Promise<DelegateCandidate[]> {
  return api
    .get('/delegations/candidates', CandidateList, {
      query: { q: q || undefined, limit: opts.limit ?? 20 },
      signal: opts.signal,
    })
    .then((r) => r.items);
}
