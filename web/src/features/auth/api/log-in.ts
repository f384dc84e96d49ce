import type { LoginRequest, Me } from '@contracts/identity';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { followAccount } from '@/i18n';
import { decode, request } from '@/lib/api';
import { meQueryKey } from './get-me';
import { identityContract } from './identity-contract';

export type LogInInput = z.input<typeof LoginRequest>;

export async function logIn(input: LogInInput): Promise<Me> {
  const contract = identityContract();
  const data = await request('POST', '/auth/login', { body: input });
  const me = decode((await contract).Me, data, 'POST /auth/login');
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
