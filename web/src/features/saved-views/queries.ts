import { SavedView, type SavedViewListName } from '@contracts/identity';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { client, newIdempotencyKey, read, send } from '@/lib/api';

/** Saved views of a list through the generated API client, with their cache keys. */

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
      read(SavedViews, () => client.GET('/api/v1/saved-views', { params: { query: { list } }, signal })).then(
        (r) => r.items,
      ),
  });
}

/** POST /saved-views: the current filters under a name. */
export function useSaveView(list: ListName) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { name: string; query: string }) => {
      const key = newIdempotencyKey();
      return read(
        SavedView,
        () =>
          client.POST('/api/v1/saved-views', {
            body: { list, ...input },
            params: { header: { 'Idempotency-Key': key } },
          }),
        { retry: true },
      );
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: savedViewKeys.list(list) }),
  });
}

/** DELETE /saved-views/{id}. */
export function useDeleteView(list: ListName) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      send(() => client.DELETE('/api/v1/saved-views/{id}', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: savedViewKeys.list(list) }),
  });
}
