import { useLingui } from '@lingui/react/macro';
import { DateInput } from '@mantine/dates';

/** The day a report is taken at the end of (YYYY-MM-DD); never empty. */
export function AsOfPicker({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const { t } = useLingui();
  return (
    <DateInput
      label={t`As of`}
      valueFormat="YYYY-MM-DD"
      value={value}
      onChange={(v) => {
        if (v) onChange(v);
      }}
      w={{ base: '100%', xs: 180 }}
    />
  );
}
