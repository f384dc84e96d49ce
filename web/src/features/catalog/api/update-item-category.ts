import { ItemCategory, type UpdateItemCategoryRequest } from '@contracts/catalog';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api';
import { auditRootKey, catalogKeys } from './query-keys';

export type { UpdateItemCategoryRequest };

/** Saves changes made to `version` of the category; a 412 means someone else saved first. */
export function updateItemCategory(args: {
  id: string;
  version: number;
  input: UpdateItemCategoryRequest;
}): Promise<ItemCategory> {
  return api.patch(`/item-categories/${encodeURIComponent(args.id)}`, ItemCategory, {
    body: args.input,
    version: args.version,
  });
}

export function useUpdateItemCategory() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateItemCategory,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: catalogKeys.categories });
      void queryClient.invalidateQueries({ queryKey: auditRootKey });
    },
  });
}
