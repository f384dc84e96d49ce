import type { ChangePasswordRequest, LoginRequest, Me, UpdatePreferencesRequest } from '@contracts/identity';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { followAccount } from '@/i18n';
import { answerOf, client, decode, isApiError, send } from '@/lib/api';

/**
 * Signing in and out and the signed-in user's own account through the generated API client, with
 * the cache key of "me". The sign-in page loads this file: it imports no contract values (only
 * types), the identity contract comes through `identityContract()`.
 */

export type { Me };

/**
 * The identity contract (and with it the schema library), loaded when first needed rather than
 * with the sign-in page: an anonymous visitor sees the form without it, and it arrives while they
 * type (docs/performance.md#first-load). Every page after sign-in needs it anyway.
 */
export const identityContract = () => import('@contracts/identity');

export const meQueryKey = ['auth', 'me'] as const;

// ── The session ───────────────────────────────────────────────────────────────────────────────────

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
    const answer = await answerOf(() => client.GET('/api/v1/auth/me', { signal }), { signal });
    const me = decode((await identityContract()).Me, answer.data ?? null, 'GET /auth/me');
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

export type LogInInput = z.input<typeof LoginRequest>;

export async function logIn(input: LogInInput): Promise<Me> {
  const contract = identityContract();
  const answer = await answerOf(() => client.POST('/api/v1/auth/login', { body: input }));
  const me = decode((await contract).Me, answer.data ?? null, 'POST /auth/login');
  // The account's language and locale from the first page on.
  await followAccount(me.user);
  return me;
}

export function useLogIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logIn,
    onSuccess: (me) => {
      // Nothing cached for whoever was signed in before may leak into this session.
      queryClient.clear();
      queryClient.setQueryData(meQueryKey, me);
    },
  });
}

export function logOut(): Promise<void> {
  return send(() => client.POST('/api/v1/auth/logout'));
}

export function useLogOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logOut,
    onSettled: () => {
      queryClient.clear();
      queryClient.setQueryData(meQueryKey, null);
    },
  });
}

// ── The user's own account ────────────────────────────────────────────────────────────────────────

export type ChangePasswordInput = z.input<typeof ChangePasswordRequest>;

/** Changes the signed-in user's own password; their other sessions end. */
export function changePassword(input: ChangePasswordInput): Promise<void> {
  return send(() => client.POST('/api/v1/auth/password', { body: input }));
}

export function useChangePassword() {
  return useMutation({ mutationFn: changePassword });
}

export type PreferencesInput = z.input<typeof UpdatePreferencesRequest>;

/** Sets the signed-in user's own language and locale; the answer is the new "me". */
export async function updatePreferences(input: PreferencesInput): Promise<Me> {
  // Decoded with the contract through identityContract(), like "me" itself: a value import here
  // would bring the contract into the sign-in page, which loads this file.
  const contract = identityContract();
  const answer = await answerOf(() => client.PATCH('/api/v1/auth/me/preferences', { body: input }));
  return decode((await contract).Me, answer.data ?? null, 'PATCH /auth/me/preferences');
}

export function useUpdatePreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updatePreferences,
    onSuccess: (me) => queryClient.setQueryData(meQueryKey, me),
  });
}
