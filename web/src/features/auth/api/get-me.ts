import type { Me } from '@contracts/identity';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { followAccount } from '@/i18n';
import { decode, isApiError, request } from '@/lib/api';
import { identityContract } from './identity-contract';

export type { Me };

export const meQueryKey = ['auth', 'me'] as const;

/**
 * Whether this browser has signed in (a cookie the server sets beside the httpOnly session one).
 * Without it nobody is signed in and the server need not be asked, so the sign-in page comes up
 * one round trip sooner; with it the server decides.
 */
const mayHaveSession = () => document.cookie.split(/;\s*/).includes('openpo_signed_in=1');

/** The signed-in user and their permissions, or null when nobody is signed in. */
export async function getMe(signal?: AbortSignal): Promise<Me | null> {
  if (!mayHaveSession()) return null;
  // The contract decodes a session's answer; an anonymous visitor's is a 401 and needs none, so
  // the sign-in page comes up without it.
  try {
    const data = await request('GET', '/auth/me', { signal });
    const me = decode((await identityContract()).Me, data, 'GET /auth/me');
    // The account's language and locale, as chosen on any device.
    await followAccount(me.user);
    return me;
  } catch (err) {
    if (isApiError(err) && err.status === 401) return null;
    throw err;
  }
}

export const meQueryOptions = () =>
  queryOptions({
    queryKey: meQueryKey,
    queryFn: ({ signal }) => getMe(signal),
    staleTime: 5 * 60_000,
    retry: false,
  });

export function useMe() {
  return useQuery(meQueryOptions());
}
