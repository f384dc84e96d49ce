import { Currency } from '@contracts/organisation';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api';
import { auditRootKey, organisationKeys } from './query-keys';

/**
 * Offers a currency for new documents, or stops offering it. The base currency cannot be
 * deactivated: the server answers 409 and says why.
 */
export function setCurrencyActive(args: { code: string; active: boolean }): Promise<Currency> {
  return api.patch(`/currencies/${encodeURIComponent(args.code)}`, Currency, {
    body: { active: args.active },
  });
}

export function useSetCurrencyActive() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setCurrencyActive,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: organisationKeys.currencies });
      void queryClient.invalidateQueries({ queryKey: auditRootKey });
    },
  });
}
