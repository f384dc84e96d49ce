import { Unit } from '@contracts/catalog';
import { api } from '@/lib/api';

/** One unit of measure: the current version, e.g. to reload after someone else saved it. */
export function getUnit(code: string, signal?: AbortSignal): Promise<Unit> {
  return api.get(`/units/${encodeURIComponent(code)}`, Unit, { signal });
}
