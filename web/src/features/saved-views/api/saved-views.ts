import { SavedView, type SavedViewListName } from '@contracts/identity';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '@/lib/api';

type ListName = z.infer<typeof SavedViewListName>;

export const savedViewKeys = {
  all: ['saved-views'] as const,
  list: (list: ListName) => ['saved-views', list] as const,
};

const SavedViews = z.object({ items: z.array(SavedView) });

/** GET /saved-views?list=: the caller's views of a list. */
export function useSavedViews(list: ListName) {
  return useQuery({
    queryKey: savedViewKeys.list(list),
    queryFn: ({ signal }) =>
      api.get('/saved-views', SavedViews, { query: { list }, signal }).then((r) => r.items),
  });
}

/** POST /saved-views: the current filters under a name. */
export function useSaveView(list: ListName) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { name: string; query: string }) =>
      api.post('/saved-views', SavedView, { body: { list, ...input }, idempotent: true }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: savedViewKeys.list(list) }),
  });
}

/** DELETE /saved-views/{id}. */
export function useDeleteView(list: ListName) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.send('DELETE', `/saved-views/${id}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: savedViewKeys.list(list) }),
  });
}
