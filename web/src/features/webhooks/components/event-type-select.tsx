import { useLingui } from '@lingui/react/macro';
import { type ComboboxItem, MultiSelect, type MultiSelectProps, Stack, Text } from '@mantine/core';
import { describePattern, eventTypeOptions } from './event-types';

/** A searchable multi-select of event types and patterns (`*`, `<subject>.*`), grouped by subject. */
export function EventTypeSelect({
  types,
  value,
  ...props
}: Omit<MultiSelectProps, 'data'> & { types: readonly string[] | undefined; value: string[] }) {
  const { t, i18n } = useLingui();
  // Built on every render (a few dozen options), so the group names follow the language.
  const data = eventTypeOptions(i18n, types ?? [], value);
  return (
    <MultiSelect
      label={t`Event types`}
      placeholder={value.length === 0 ? t`Search event types, e.g. approved` : undefined}
      searchable
      clearable
      hidePickedOptions
      nothingFoundMessage={t`No such event type`}
      maxDropdownHeight={320}
      comboboxProps={{ withinPortal: true }}
      renderOption={({ option }: { option: ComboboxItem }) => {
        const description = describePattern(i18n, option.value);
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
