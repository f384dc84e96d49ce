import { ExchangeRate, type UpdateExchangeRateRequest } from '@contracts/organisation';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api';
import { auditRootKey, organisationKeys } from './query-keys';

export type { UpdateExchangeRateRequest };

/** Corrects the rate of `version` of the entry; a 412 means someone else saved first. */
export function updateExchangeRate(args: {
  id: string;
  version: number;
  input: UpdateExchangeRateRequest;
}): Promise<ExchangeRate> {
  return api.patch(`/exchange-rates/${encodeURIComponent(args.id)}`, ExchangeRate, {
    body: args.input,
    version: args.version,
  });
}

export function useUpdateExchangeRate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateExchangeRate,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: organisationKeys.rates });
      void queryClient.invalidateQueries({ queryKey: auditRootKey });
    },
  });
}
