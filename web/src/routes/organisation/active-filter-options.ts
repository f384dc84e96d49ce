import { useLingui } from '@lingui/react/macro';

/** The options of an "active" list filter (the API takes 'true' / 'false'), in the language shown now. */
export function useActiveFilterOptions(): { value: 'true' | 'false'; label: string }[] {
  const { t } = useLingui();
  return [
    { value: 'true', label: t`Active` },
    { value: 'false', label: t`Inactive` },
  ];
}
