import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api';
import { auditRootKey, catalogKeys } from './query-keys';

/** Deletes `version` of the entry; the audit trail keeps its values and the reason. */
export function deletePriceListEntry(args: { id: string; version: number; reason?: string }): Promise<void> {
  return api.send('DELETE', `/price-list-entries/${encodeURIComponent(args.id)}`, {
    query: { reason: args.reason },
    version: args.version,
  });
}

export function useDeletePriceListEntry() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deletePriceListEntry,
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: catalogKeys.prices });
      void queryClient.invalidateQueries({ queryKey: auditRootKey });
    },
  });
}
