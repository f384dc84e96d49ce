import { Item, type UpdateItemRequest } from '@contracts/catalog';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, isApiError } from '@/lib/api';
import { auditRootKey, catalogKeys } from './query-keys';

export type { UpdateItemRequest };

/** Saves changes made to `version` of the item; a 412 means someone else saved first. */
export function updateItem(args: { id: string; version: number; input: UpdateItemRequest }): Promise<Item> {
  return api.patch(`/items/${encodeURIComponent(args.id)}`, Item, {
    body: args.input,
    version: args.version,
  });
}

export function useUpdateItem() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateItem,
    onSuccess: (item) => {
      queryClient.setQueryData(catalogKeys.item(item.id), item);
      void queryClient.invalidateQueries({ queryKey: catalogKeys.itemLists() });
      void queryClient.invalidateQueries({ queryKey: catalogKeys.itemPicker() });
      void queryClient.invalidateQueries({ queryKey: auditRootKey });
    },
    onError: (error, { id }) => {
      if (isApiError(error) && error.status === 412)
        void queryClient.invalidateQueries({ queryKey: catalogKeys.item(id) });
    },
  });
}
