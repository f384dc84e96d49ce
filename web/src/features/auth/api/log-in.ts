import { type LoginRequest, Me } from '@contracts/identity';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '@/lib/api';
import { meQueryKey } from './get-me';

export type LogInInput = z.input<typeof LoginRequest>;

export function logIn(input: LogInInput): Promise<Me> {
  return api.post('/auth/login', Me, { body: input });
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
