import { Trans, useLingui } from '@lingui/react/macro';
import { Anchor, Badge, Button, Group, Popover, Stack, Text } from '@mantine/core';
import { IconListNumbers } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Link } from 'react-router';
import { ErrorState, LoadingState } from '@/components/states';
import { formatMoney } from '@/lib/format';
import { compareDecimal } from '@/lib/money';
import { formatShare } from '../labels';
import { type SupplierCandidate, supplierRankingQueryOptions } from '../queries';
import { GradeBadge } from './grade-badge';

/**
 * Why a candidate ranks where it does, in the user's language: "10.0% dearer than the lowest ·
 * grade A, score 91.0 · 93.5 combined".
 */
function RankingReason({ candidate: c }: { candidate: SupplierCandidate }) {
  const { t } = useLingui();
  const above = formatShare(c.priceAboveLowestPercent);
  const grade = c.grade;
  const score = c.score;
  const combined = c.combinedScore;
  const parts = [
    c.priceAboveLowestPercent === '0.0' ? t`the lowest price` : t`${above} dearer than the lowest`,
    grade && score ? t`grade ${grade}, score ${score}` : t`not graded yet (counted as 50)`,
    t`${combined} combined`,
  ];
  return (
    <Text size="xs" c="dimmed">
      {parts.join(' · ')}
    </Text>
  );
}

/**
 * "Rank suppliers" beside a supplier picker: the suppliers with a valid price today for the
 * quantity of the item, best first by price and scorecard together (the settings' weights), each
 * with its price, grade and the reason, and a button to choose it.
 */
/** What a line gives its "Rank suppliers" (a form or board of another feature renders it through the page). */
export type SupplierRankingField = {
  itemId: string;
  /** In the item's unit; a blank or invalid quantity ranks for 1. */
  quantity: string;
  value: string | null;
  onChoose: (supplierId: string) => void;
  /** What the ranking is for, e.g. "PR-2026-00012 line 2" (names the dialog). */
  label: string;
};

export function SupplierRankingButton({ itemId, quantity, value, onChoose, label }: SupplierRankingField) {
  const { t } = useLingui();
  const [opened, setOpened] = useState(false);
  const titleId = useId();
  const typed = quantity.trim();
  const amount = /^\d+(\.\d{1,6})?$/.test(typed) && compareDecimal(typed, '0') > 0 ? typed : '1';
  const ranking = useQuery({ ...supplierRankingQueryOptions(itemId, amount), enabled: opened });
  const data = ranking.data;
  const priceWeight = data?.priceWeight ?? 0;
  const scoreWeight = 100 - priceWeight;
  return (
    <Popover opened={opened} onChange={setOpened} width={440} position="bottom-start" trapFocus shadow="md">
      <Popover.Target>
        <Button
          size="compact-xs"
          variant="subtle"
          leftSection={<IconListNumbers size={14} />}
          onClick={() => setOpened((o) => !o)}
          aria-label={t`Rank suppliers for ${label}`}
          aria-expanded={opened}
          mt={2}
        >
          <Trans>Rank suppliers</Trans>
        </Button>
      </Popover.Target>
      <Popover.Dropdown role="dialog" aria-labelledby={titleId} style={{ maxWidth: 'calc(100vw - 24px)' }}>
        <Text id={titleId} size="sm" fw={600} mb={4}>
          <Trans>Suppliers ranked for {label}</Trans>
        </Text>
        {data ? (
          <Stack gap="xs">
            <Text size="xs" c="dimmed">
              <Trans>
                Suppliers with a valid price today, best first. Price weighs {priceWeight}%, the scorecard{' '}
                {scoreWeight}% (
                <Anchor component={Link} to="/organisation/scorecard-settings" size="xs">
                  settings
                </Anchor>
                ).
              </Trans>
            </Text>
            {data.candidates.length === 0 && (
              <Text size="sm">
                <Trans>No supplier has a valid price for this quantity today.</Trans>
              </Text>
            )}
            <Stack gap={6} component="ol" m={0} p={0} style={{ listStyle: 'none' }}>
              {data.candidates.map((c) => {
                const chosen = c.supplier.id === value;
                const name = c.supplier.name;
                return (
                  <Group key={c.supplier.id} component="li" gap="xs" wrap="nowrap" align="flex-start">
                    <Text size="sm" fw={600} w={18} ta="right" ff="monospace" aria-hidden>
                      {c.rank}
                    </Text>
                    <GradeBadge grade={c.grade} score={c.score} size="sm" />
                    <Stack gap={0} style={{ flex: 1, minWidth: 0 }}>
                      <Group gap={6} wrap="wrap">
                        <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
                          {c.supplier.code} · {name}
                        </Text>
                        {c.supplier.status === 'on_hold' && (
                          <Badge size="xs" color="orange" variant="light">
                            <Trans>On hold</Trans>
                          </Badge>
                        )}
                      </Group>
                      <Text size="xs" ff="monospace">
                        {formatMoney(c.unitPrice, c.currency)}
                      </Text>
                      <RankingReason candidate={c} />
                    </Stack>
                    <Button
                      size="compact-xs"
                      variant={chosen ? 'light' : 'default'}
                      disabled={chosen}
                      onClick={() => {
                        onChoose(c.supplier.id);
                        setOpened(false);
                      }}
                      aria-label={chosen ? t`${name} is chosen` : t`Choose ${name}`}
                    >
                      {chosen ? <Trans>Chosen</Trans> : <Trans>Choose</Trans>}
                    </Button>
                  </Group>
                );
              })}
            </Stack>
          </Stack>
        ) : ranking.error ? (
          <ErrorState error={ranking.error} onRetry={() => void ranking.refetch()} />
        ) : (
          <LoadingState />
        )}
      </Popover.Dropdown>
    </Popover>
  );
}
