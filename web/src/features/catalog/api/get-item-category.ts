import { ItemCategory } from '@contracts/catalog';
import { api } from '@/lib/api';

/** One item category: the current version, e.g. to reload after someone else saved it. */
export function getItemCategory(id: string, signal?: AbortSignal): Promise<ItemCategory> {
  return api.get(`/item-categories/${encodeURIComponent(id)}`, ItemCategory, { signal });
}
