import { type CreateItemCategoryRequest, ItemCategory } from '@contracts/catalog';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api';
import { catalogKeys } from './query-keys';

export type { CreateItemCategoryRequest };

export function createItemCategory(input: CreateItemCategoryRequest): Promise<ItemCategory> {
  return api.post('/item-categories', ItemCategory, { body: input, idempotent: true });
}

export function useCreateItemCategory() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createItemCategory,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: catalogKeys.categories }),
  });
}
