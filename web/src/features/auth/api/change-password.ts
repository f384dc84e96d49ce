import type { ChangePasswordRequest } from '@contracts/identity';
import { useMutation } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '@/lib/api';

export type ChangePasswordInput = z.input<typeof ChangePasswordRequest>;

/** Changes the signed-in user's own password; their other sessions end. */
export function changePassword(input: ChangePasswordInput): Promise<void> {
  return api.send('POST', '/auth/password', { body: input });
}

export function useChangePassword() {
  return useMutation({ mutationFn: changePassword });
}
