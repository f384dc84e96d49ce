import { PeopleList } from '@contracts/discussion';
import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api';
import { discussionKeys } from './query-keys';

/** GET /people?q=: whom a comment can mention, while the user types after "@". */
export function usePeople(q: string | null) {
  return useQuery({
    queryKey: discussionKeys.people(q ?? ''),
    queryFn: ({ signal }): Promise<{ id: string; name: string }[]> =>
      api.get('/people', PeopleList, { query: { q, limit: 8 }, signal }).then((r) => r.items),
    enabled: q !== null,
    // The list stays while the next letters' answer comes.
    placeholderData: (previous) => previous,
    staleTime: 60_000,
  });
}
