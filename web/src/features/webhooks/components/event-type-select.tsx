import { type ComboboxItem, MultiSelect, type MultiSelectProps, Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import { describePattern, eventTypeOptions } from './event-types';

/** A searchable multi-select of event types and patterns (`*`, `<subject>.*`), grouped by subject. */
export function EventTypeSelect({
  types,
  value,
  ...props
}: Omit<MultiSelectProps, 'data'> & { types: readonly string[] | undefined; value: string[] }) {
  const data = useMemo(() => eventTypeOptions(types ?? [], value), [types, value]);
  return (
    <MultiSelect
      label="Event types"
      placeholder={value.length === 0 ? 'Search event types, e.g. approved' : undefined}
      searchable
      clearable
      hidePickedOptions
      nothingFoundMessage="No such event type"
      maxDropdownHeight={320}
      comboboxProps={{ withinPortal: true }}
      renderOption={({ option }: { option: ComboboxItem }) => {
        const description = describePattern(option.value);
        return (
          <Stack gap={0}>
            <Text size="sm" ff="monospace">
              {option.label}
            </Text>
            {description && (
              <Text size="xs" c="dimmed">
                {description}
              </Text>
            )}
          </Stack>
        );
      }}
      data={data}
      value={value}
      {...props}
    />
  );
}
