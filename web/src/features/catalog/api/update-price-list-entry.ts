import { PriceListEntry, type UpdatePriceListEntryRequest } from '@contracts/catalog';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api';
import { auditRootKey, catalogKeys } from './query-keys';

export type { UpdatePriceListEntryRequest };

/** Saves changes made to `version` of the entry (supplier and item never change); 412 means someone else saved first. */
export function updatePriceListEntry(args: {
  id: string;
  version: number;
  input: UpdatePriceListEntryRequest;
}): Promise<PriceListEntry> {
  return api.patch(`/price-list-entries/${encodeURIComponent(args.id)}`, PriceListEntry, {
    body: args.input,
    version: args.version,
  });
}

export function useUpdatePriceListEntry() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updatePriceListEntry,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: catalogKeys.prices });
      void queryClient.invalidateQueries({ queryKey: auditRootKey });
    },
  });
}
