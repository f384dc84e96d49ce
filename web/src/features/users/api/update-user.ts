import { type UpdateUserRequest, User } from '@contracts/identity';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api, isApiError } from '@/lib/api';
import { auditRootKey, userKeys } from './query-keys';

export type UpdateUserInput = z.input<typeof UpdateUserRequest>;

/**
 * Changes a user as of `version` (If-Match). Also how an administrator resets a password
 * (`{ password }`): the user's sessions end.
 */
export function updateUser(args: { id: string; version: number; input: UpdateUserInput }): Promise<User> {
  return api.patch(`/users/${encodeURIComponent(args.id)}`, User, {
    body: args.input,
    version: args.version,
  });
}

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateUser,
    onSuccess: (user) => {
      queryClient.setQueryData(userKeys.detail(user.id), user);
      void queryClient.invalidateQueries({ queryKey: userKeys.lists() });
      void queryClient.invalidateQueries({ queryKey: auditRootKey });
    },
    onError: (error, { id }) => {
      if (isApiError(error) && error.status === 412)
        void queryClient.invalidateQueries({ queryKey: userKeys.detail(id) });
    },
  });
}
