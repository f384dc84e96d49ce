import { i18n } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { Trans } from '@lingui/react/macro';
import { Badge } from '@mantine/core';

/** "Active" / "Inactive" for master data that can be switched off rather than deleted. */
export function ActiveBadge({ active, size = 'sm' }: { active: boolean; size?: 'sm' | 'md' | 'lg' }) {
  return (
    <Badge color={active ? 'teal' : 'gray'} variant="light" size={size} radius="sm">
      {active ? <Trans>Active</Trans> : <Trans>Inactive</Trans>}
    </Badge>
  );
}

/**
 * The options of an "active" list filter (the API takes 'true' / 'false'). Each label is read
 * when the select draws it, so it is in the language the app shows then.
 */
export const ACTIVE_FILTER_OPTIONS: { value: string; readonly label: string }[] = [
  {
    value: 'true',
    get label() {
      return i18n._(msg`Active`);
    },
  },
  {
    value: 'false',
    get label() {
      return i18n._(msg`Inactive`);
    },
  },
];

/** 'true' / 'false' from the URL, anything else as "no filter". */
export function asActiveFilter(value: string): 'true' | 'false' | undefined {
  return value === 'true' || value === 'false' ? value : undefined;
}
