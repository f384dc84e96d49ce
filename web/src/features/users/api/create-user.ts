import { type CreateUserRequest, User } from '@contracts/identity';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '@/lib/api';
import { userKeys } from './query-keys';

export type CreateUserInput = z.input<typeof CreateUserRequest>;

export function createUser(input: CreateUserInput): Promise<User> {
  return api.post('/users', User, { body: input, idempotent: true });
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createUser,
    onSuccess: (user) => {
      queryClient.setQueryData(userKeys.detail(user.id), user);
      void queryClient.invalidateQueries({ queryKey: userKeys.lists() });
    },
  });
}
