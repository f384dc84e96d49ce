import { useLingui } from '@lingui/react/macro';
import { type ComboboxItem, Loader, Select, type SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo, useRef, useState } from 'react';

export type RemoteOption = { value: string; label: string; disabled?: boolean };

export type RemoteSelectProps = Omit<
  SelectProps,
  'data' | 'value' | 'onChange' | 'searchable' | 'searchValue' | 'onSearchChange' | 'filter'
> & {
  /** Names the option source in the query cache, e.g. ['suppliers', 'options']. */
  queryKey: readonly unknown[];
  /** The options matching what the user typed (an empty text lists the first ones), from a list endpoint's q. */
  search: (q: string, signal: AbortSignal) => Promise<RemoteOption[]>;
  /** The option of a value that is not among the results, e.g. the one a record already has. */
  resolve?: (value: string, signal: AbortSignal) => Promise<RemoteOption>;
  value: string | null;
  onChange: (value: string | null) => void;
};

/**
 * A searchable select whose options come from the server as the user types, for lists too long to
 * load whole (suppliers, items, users). The chosen option stays labelled whatever the search shows.
 */
export function RemoteSelect({ queryKey, search, resolve, value, onChange, ...props }: RemoteSelectProps) {
  const { t } = useLingui();
  const [text, setText] = useState('');
  const known = useRef(new Map<string, RemoteOption>());
  const selectedLabel = value ? known.current.get(value)?.label : undefined;
  // Showing the chosen option's label is not a search: list the first options instead.
  const [q] = useDebouncedValue(text === selectedLabel ? '' : text.trim(), 250);

  const results = useQuery({
    queryKey: [...queryKey, 'search', q],
    queryFn: ({ signal }) => search(q, signal),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
  const missing = !!value && !known.current.has(value) && !results.data?.some((o) => o.value === value);
  const resolved = useQuery({
    queryKey: [...queryKey, 'resolve', value],
    queryFn: ({ signal }) => resolve!(value!, signal),
    enabled: missing && !!resolve,
    staleTime: 5 * 60_000,
  });

  const data = useMemo(() => {
    const options: ComboboxItem[] = [...(results.data ?? [])];
    for (const o of options) known.current.set(o.value, o);
    if (resolved.data) known.current.set(resolved.data.value, resolved.data);
    const chosen = value ? known.current.get(value) : undefined;
    if (chosen && !options.some((o) => o.value === chosen.value)) options.unshift(chosen);
    if (value && !chosen) options.unshift({ value, label: '…' });
    return options;
  }, [results.data, resolved.data, value]);

  return (
    <Select
      {...props}
      searchable
      data={data}
      value={value}
      onChange={(v) => onChange(v)}
      searchValue={text}
      onSearchChange={setText}
      // The server has filtered already.
      filter={({ options }) => options}
      nothingFoundMessage={
        results.isFetching ? t`Searching…` : (props.nothingFoundMessage ?? t`Nothing found`)
      }
      rightSection={results.isFetching && text ? <Loader size={14} /> : props.rightSection}
    />
  );
}
