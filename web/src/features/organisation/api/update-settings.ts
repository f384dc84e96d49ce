import { Settings, type UpdateSettingsRequest } from '@contracts/organisation';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, isApiError } from '@/lib/api';
import { auditRootKey, organisationKeys } from './query-keys';

export type { UpdateSettingsRequest };

/**
 * Saves changes made to `version` of the settings (sent as If-Match, the settings' ETag); number
 * formats are merged by document type. A 412 means someone else saved first.
 */
export function updateSettings(args: { version: number; input: UpdateSettingsRequest }): Promise<Settings> {
  return api.patch('/settings', Settings, { body: args.input, version: args.version });
}

export function useUpdateSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateSettings,
    onSuccess: (settings) => {
      queryClient.setQueryData(organisationKeys.settings(), settings);
      // The base currency decides which rates apply.
      void queryClient.invalidateQueries({ queryKey: organisationKeys.rates });
      void queryClient.invalidateQueries({ queryKey: auditRootKey });
    },
    onError: (error) => {
      if (isApiError(error) && error.status === 412)
        void queryClient.invalidateQueries({ queryKey: organisationKeys.settings() });
    },
  });
}
