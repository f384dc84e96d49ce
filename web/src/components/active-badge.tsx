import { Trans, useLingui } from '@lingui/react/macro';
import { Badge } from '@mantine/core';

/** "Active" / "Inactive" for master data that can be switched off rather than deleted. */
export function ActiveBadge({ active, size = 'sm' }: { active: boolean; size?: 'sm' | 'md' | 'lg' }) {
  return (
    <Badge color={active ? 'teal' : 'gray'} variant="light" size={size} radius="sm">
      {active ? <Trans>Active</Trans> : <Trans>Inactive</Trans>}
    </Badge>
  );
}

/** The options of an "active" list filter (the API takes 'true' / 'false'), in the language shown now. */
export function useActiveFilterOptions(): { value: 'true' | 'false'; label: string }[] {
  const { t } = useLingui();
  return [
    { value: 'true', label: t`Active` },
    { value: 'false', label: t`Inactive` },
  ];
}

/** 'true' / 'false' from the URL, anything else as "no filter". */
export function asActiveFilter(value: string): 'true' | 'false' | undefined {
  return value === 'true' || value === 'false' ? value : undefined;
}
