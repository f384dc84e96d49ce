import { CostCentre } from '@contracts/organisation';
import { api } from '@/lib/api';

/** One cost centre: the current version, e.g. to reload after someone else saved it. */
export function getCostCentre(id: string, signal?: AbortSignal): Promise<CostCentre> {
  return api.get(`/cost-centres/${encodeURIComponent(id)}`, CostCentre, { signal });
}
