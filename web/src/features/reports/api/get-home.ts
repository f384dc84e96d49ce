import { Home } from '@contracts/reports';
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '@/lib/api';

export type HomeData = z.output<typeof Home>;

/** The home page's key: every document change marks it stale (lib/document-changes.ts). */
export const homeKeys = { all: ['home'] as const };

/** GET /home: what waits for the signed-in user, and the figures of their roles. */
export function getHome(signal?: AbortSignal): Promise<HomeData> {
  return api.get('/home', Home, { signal });
}

export const homeQueryOptions = () =>
  queryOptions({
    queryKey: homeKeys.all,
    queryFn: ({ signal }) => getHome(signal),
    // What waits changes with other people's work too: asked again every minute while open.
    refetchInterval: 60_000,
  });

export function useHome(opts: { enabled?: boolean } = {}) {
  return useQuery({ ...homeQueryOptions(), enabled: opts.enabled ?? true });
}
