import { type CreateItemRequest, Item } from '@contracts/catalog';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api';
import { catalogKeys } from './query-keys';

export type { CreateItemRequest };

export function createItem(input: CreateItemRequest): Promise<Item> {
  return api.post('/items', Item, { body: input, idempotent: true });
}

export function useCreateItem() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createItem,
    onSuccess: (item) => {
      queryClient.setQueryData(catalogKeys.item(item.id), item);
      void queryClient.invalidateQueries({ queryKey: catalogKeys.itemLists() });
      void queryClient.invalidateQueries({ queryKey: catalogKeys.itemPicker() });
    },
  });
}
