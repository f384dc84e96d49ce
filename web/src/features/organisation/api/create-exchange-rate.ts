import { type CreateExchangeRateRequest, ExchangeRate } from '@contracts/organisation';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api';
import { organisationKeys } from './query-keys';

export type { CreateExchangeRateRequest };

export function createExchangeRate(input: CreateExchangeRateRequest): Promise<ExchangeRate> {
  return api.post('/exchange-rates', ExchangeRate, { body: input, idempotent: true });
}

export function useCreateExchangeRate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createExchangeRate,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: organisationKeys.rates }),
  });
}
