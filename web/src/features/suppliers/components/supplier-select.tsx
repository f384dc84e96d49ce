import type { I18n } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { useLingui } from '@lingui/react/macro';
import { Group, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useRef } from 'react';
import { RemoteSelect, type RemoteSelectProps } from '@/components/remote-select';
import { GradeBadge } from '@/features/evaluation/components/grade-badge';
import { getSupplierGrades, type SupplierGrade, scorecardKeys } from '@/features/evaluation/queries';
import { getSupplier, listSuppliers, type Supplier } from '../queries';

function labelOf(i18n: I18n, s: Supplier): string {
  const { code, legalName } = s;
  if (s.status === 'blocked') return i18n._(msg`${code} · ${legalName} (blocked)`);
  if (s.status === 'on_hold') return i18n._(msg`${code} · ${legalName} (on hold)`);
  return `${code} · ${legalName}`;
}

const optionOf = (i18n: I18n, s: Supplier, disableBlocked: boolean) => ({
  value: s.id,
  label: labelOf(i18n, s),
  disabled: disableBlocked && s.status === 'blocked',
});

/**
 * A supplier picker searching code, name and tax ID as the user types. `withGrades` shows each
 * supplier's scorecard grade over the last 12 months beside its name, and the chosen one's in the
 * field (for users who may read scorecards; docs/evaluation.md#choosing-a-supplier).
 */
export function SupplierSelect({
  disableBlocked = false,
  withGrades = false,
  ...props
}: Omit<RemoteSelectProps, 'queryKey' | 'search' | 'resolve'> & {
  /** Blocked suppliers are shown but cannot be picked (e.g. for a new price). */
  disableBlocked?: boolean;
  withGrades?: boolean;
}) {
  const { t, i18n } = useLingui();
  // The grades of the options last listed, read when the options are drawn.
  const grades = useRef(new Map<string, SupplierGrade>());
  const chosen = useQuery({
    queryKey: [...scorecardKeys.all, 'grade', props.value],
    queryFn: ({ signal }) =>
      getSupplierGrades([props.value!], signal).then((m) => m.get(props.value!) ?? null),
    enabled: withGrades && !!props.value,
    staleTime: 60_000,
  });
  const lowGrade = (grade: string) => t`Grade ${grade}, below the warning grade: its approvers are warned`;
  const badge = (g: SupplierGrade | null | undefined, size: 'xs' | 'sm') => (
    <GradeBadge grade={g?.grade ?? null} score={g?.score} size={size} />
  );
  return (
    <RemoteSelect
      nothingFoundMessage={t`No supplier matches`}
      {...props}
      queryKey={['suppliers', 'picker', disableBlocked, withGrades, i18n.locale]}
      search={async (q, signal) => {
        const page = await listSuppliers({ q: q || undefined }, { limit: 20, signal });
        if (withGrades)
          grades.current = await getSupplierGrades(
            page.items.map((s) => s.id),
            signal,
          );
        return page.items.map((s) => optionOf(i18n, s, disableBlocked));
      }}
      resolve={(id, signal) => getSupplier(id, signal).then((s) => optionOf(i18n, s, disableBlocked))}
      {...(withGrades && {
        renderOption: ({ option }) => {
          const g = grades.current.get(option.value);
          return (
            <Group gap={8} wrap="nowrap" justify="space-between" w="100%">
              <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                {option.label}
              </Text>
              <Group gap={4} wrap="nowrap">
                {g?.score && (
                  <Text size="xs" c="dimmed" ff="monospace">
                    {g.score}
                  </Text>
                )}
                {badge(g, 'xs')}
              </Group>
            </Group>
          );
        },
        leftSection: props.value && chosen.data !== undefined ? badge(chosen.data, 'xs') : undefined,
        description:
          props.description ??
          (props.value && chosen.data?.belowWarning && chosen.data.grade ? (
            <Text span size="xs" c="orange">
              {lowGrade(chosen.data.grade)}
            </Text>
          ) : undefined),
      })}
    />
  );
}
