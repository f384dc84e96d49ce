import { type CreatePriceListEntryRequest, PriceListEntry } from '@contracts/catalog';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api';
import { catalogKeys } from './query-keys';

export type { CreatePriceListEntryRequest };

export function createPriceListEntry(input: CreatePriceListEntryRequest): Promise<PriceListEntry> {
  return api.post('/price-list-entries', PriceListEntry, { body: input, idempotent: true });
}

export function useCreatePriceListEntry() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createPriceListEntry,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: catalogKeys.prices }),
  });
}
