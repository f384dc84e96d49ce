import { useLingui } from '@lingui/react/macro';
import { Select } from '@mantine/core';
import { useCan } from '@/features/auth/use-can';
import { useItemCategoryOptions } from '@/features/catalog/queries';
import { periodLabel } from '../labels';
import { periodChoiceOf, periodChoices } from '../scorecard-figures';

/** Today as the browser's calendar has it (YYYY-MM-DD). */
export function localToday(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** The period a scorecard covers: the last 12 months, a quarter or a month. */
export function PeriodSelect({
  value,
  onChange,
  w = 230,
}: {
  value: string;
  onChange: (period: string) => void;
  w?: number | string;
}) {
  const { t, i18n } = useLingui();
  const today = localToday();
  const choices = periodChoices(today);
  const current = periodChoiceOf(value, today);
  if (current && !choices.some((c) => c.key === current.key)) choices.push(current);
  const group = (kind: 'rolling' | 'quarter' | 'month') =>
    choices.filter((c) => c.kind === kind).map((c) => ({ value: c.key, label: periodLabel(i18n, c) }));
  return (
    <Select
      label={t`Period`}
      data={[
        { group: t`Rolling`, items: group('rolling') },
        { group: t`Quarters`, items: group('quarter') },
        { group: t`Months`, items: group('month') },
      ]}
      value={value}
      onChange={(v) => v && onChange(v)}
      allowDeselect={false}
      w={w}
    />
  );
}

/** Only the lines (and orders) of one item category, or all. Left out for users who may not read the catalog. */
export function CategorySelect({
  value,
  onChange,
  w = 230,
}: {
  value: string | null;
  onChange: (categoryId: string | null) => void;
  w?: number | string;
}) {
  const { t } = useLingui();
  const can = useCan();
  const categories = useItemCategoryOptions({ enabled: can('catalog:read') });
  if (!can('catalog:read')) return null;
  return (
    <Select
      label={t`Item category`}
      placeholder={t`All categories`}
      data={(categories.data ?? []).map((c) => ({ value: c.id, label: `${c.code} · ${c.name}` }))}
      value={value}
      onChange={onChange}
      clearable
      searchable
      nothingFoundMessage={t`No such category`}
      w={w}
    />
  );
}
