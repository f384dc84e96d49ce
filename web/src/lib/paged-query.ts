import {
  type DefaultError,
  type InfiniteData,
  infiniteQueryOptions,
  keepPreviousData,
  type QueryKey,
} from '@tanstack/react-query';

/**
 * A list read a page at a time by cursor (the API's `nextCursor`), keeping the last page on screen
 * while the next filter loads (unless `keepPrevious` is false).
 */
export function pagedQueryOptions<Page extends { nextCursor: string | null }, Key extends QueryKey>(opts: {
  queryKey: Key;
  page: (cursor: string | undefined, signal: AbortSignal) => Promise<Page>;
  keepPrevious?: boolean;
}) {
  return infiniteQueryOptions<Page, DefaultError, InfiniteData<Page>, Key, string | undefined>({
    queryKey: opts.queryKey,
    queryFn: ({ pageParam, signal }) => opts.page(pageParam, signal),
    initialPageParam: undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    ...(opts.keepPrevious === false ? {} : { placeholderData: keepPreviousData }),
  });
}
