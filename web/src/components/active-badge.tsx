import { Badge } from '@mantine/core';

/** "Active" / "Inactive" for master data that can be switched off rather than deleted. */
export function ActiveBadge({ active, size = 'sm' }: { active: boolean; size?: 'sm' | 'md' | 'lg' }) {
  return (
    <Badge color={active ? 'teal' : 'gray'} variant="light" size={size} radius="sm">
      {active ? 'Active' : 'Inactive'}
    </Badge>
  );
}

/** The options of an "active" list filter (the API takes 'true' / 'false'). */
export const ACTIVE_FILTER_OPTIONS = [
  { value: 'true', label: 'Active' },
  { value: 'false', label: 'Inactive' },
];

/** 'true' / 'false' from the URL, anything else as "no filter". */
export function asActiveFilter(value: string): 'true' | 'false' | undefined {
  return value === 'true' || value === 'false' ? value : undefined;
}
