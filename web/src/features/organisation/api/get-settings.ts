import { Settings } from '@contracts/organisation';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api';
import { organisationKeys } from './query-keys';

export type { Settings };

export function getSettings(signal?: AbortSignal): Promise<Settings> {
  return api.get('/settings', Settings, { signal });
}

export const settingsQueryOptions = () =>
  queryOptions({
    queryKey: organisationKeys.settings(),
    queryFn: ({ signal }) => getSettings(signal),
    staleTime: 10 * 60_000,
  });

/** Pass `enabled: false` for users without organisation:read. */
export function useSettings(opts: { enabled?: boolean } = {}) {
  return useQuery({ ...settingsQueryOptions(), enabled: opts.enabled ?? true });
}
