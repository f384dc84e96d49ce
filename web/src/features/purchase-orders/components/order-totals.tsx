import { Divider, Group, Stack, Text } from '@mantine/core';
import { formatMoney, formatPercent } from '@/lib/format';

export type TotalsView = {
  subtotal: string;
  tax: string;
  total: string;
  byTaxRate: { taxRate: string; net: string; tax: string }[];
};

function Row({
  label,
  value,
  strong,
  hint,
}: {
  label: string;
  value: string;
  strong?: boolean;
  hint?: string;
}) {
  return (
    <Group justify="space-between" gap="lg" wrap="nowrap">
      <Stack gap={0}>
        <Text size={strong ? 'md' : 'sm'} fw={strong ? 650 : undefined} c={strong ? undefined : 'dimmed'}>
          {label}
        </Text>
        {hint && (
          <Text size="xs" c="dimmed">
            {hint}
          </Text>
        )}
      </Stack>
      <Text size={strong ? 'lg' : 'sm'} fw={strong ? 650 : 500} ff="monospace" ta="right">
        {value}
      </Text>
    </Group>
  );
}

/** Subtotal, tax by rate and total of an order, in its currency (and the base currency, if given). */
export function OrderTotals({
  totals,
  currency,
  base,
  label = 'Order totals',
}: {
  totals: TotalsView;
  currency: string;
  base?: { total: string; currency: string; rate: string; date: string } | null;
  label?: string;
}) {
  return (
    <Stack gap={6} miw={280} aria-label={label} role="group">
      <Row label="Subtotal" value={formatMoney(totals.subtotal, currency)} />
      {totals.byTaxRate.map((t) => (
        <Row
          key={t.taxRate}
          label={`Tax ${formatPercent(t.taxRate)}`}
          hint={`on ${formatMoney(t.net, currency)}`}
          value={formatMoney(t.tax, currency)}
        />
      ))}
      {totals.byTaxRate.length === 0 && <Row label="Tax" value={formatMoney(totals.tax, currency)} />}
      <Divider my={2} />
      <Row label="Total" value={formatMoney(totals.total, currency)} strong />
      {base && base.currency !== currency && (
        <Text size="xs" c="dimmed" ta="right">
          {formatMoney(base.total, base.currency)} at {base.rate} {base.currency}/{currency} ({base.date})
        </Text>
      )}
    </Stack>
  );
}
