import { Me, type UpdatePreferencesRequest } from '@contracts/identity';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '@/lib/api';
import { meQueryKey } from './get-me';

export type PreferencesInput = z.input<typeof UpdatePreferencesRequest>;

/** Sets the signed-in user's own language and locale; the answer is the new "me". */
export function updatePreferences(input: PreferencesInput): Promise<Me> {
  return api.patch('/auth/me/preferences', Me, { body: input });
}

export function useUpdatePreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updatePreferences,
    onSuccess: (me) => queryClient.setQueryData(meQueryKey, me),
  });
}
