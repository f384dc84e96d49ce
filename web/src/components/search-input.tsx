import { useLingui } from '@lingui/react/macro';
import { CloseButton, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useEffect, useState } from 'react';

/** A search box that reports its text after the user pauses typing (Enter reports at once). */
export function SearchInput({
  value,
  onChange,
  label,
  placeholder,
  delay = 300,
}: {
  value: string;
  onChange: (value: string) => void;
  label?: string;
  placeholder?: string;
  delay?: number;
}) {
  const { t } = useLingui();
  const name = label ?? t`Search`;
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  const report = useDebouncedCallback((v: string) => onChange(v.trim()), delay);
  return (
    <TextInput
      aria-label={name}
      placeholder={placeholder ?? name}
      // The list's search box: where the "/" shortcut goes.
      data-page-search
      leftSection={<IconSearch size={16} stroke={1.6} />}
      value={text}
      onChange={(e) => {
        setText(e.currentTarget.value);
        report(e.currentTarget.value);
      }}
      onKeyDown={(e) => {
        if (e.key !== 'Enter') return;
        report.cancel();
        onChange(text.trim());
      }}
      rightSection={
        text ? (
          <CloseButton
            aria-label={t`Clear search`}
            size="sm"
            onClick={() => {
              report.cancel();
              setText('');
              onChange('');
            }}
          />
        ) : null
      }
      w={{ base: '100%', sm: 300 }}
    />
  );
}
