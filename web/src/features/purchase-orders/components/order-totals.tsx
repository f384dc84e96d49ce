import { Trans, useLingui } from '@lingui/react/macro';
import { Divider, Group, Stack, Text } from '@mantine/core';
import { formatMoney, formatPercent } from '@/lib/format';
import { type TaxCategory, taxCategoryName } from '@/lib/tax-categories';

export type TotalsView = {
  subtotal: string;
  tax: string;
  total: string;
  byTaxRate: { taxCategory: TaxCategory; taxRate: string; net: string; tax: string }[];
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
  label,
}: {
  totals: TotalsView;
  currency: string;
  base?: { total: string; currency: string; rate: string; date: string } | null;
  label?: string;
}) {
  const { t, i18n } = useLingui();
  return (
    <Stack gap={6} miw={280} aria-label={label ?? t`Order totals`} role="group">
      <Row label={t`Subtotal`} value={formatMoney(totals.subtotal, currency)} />
      {totals.byTaxRate.map((r) => {
        const rate = formatPercent(r.taxRate);
        const net = formatMoney(r.net, currency);
        // Standard and zero rates name their rate; the untaxed categories say why there is no tax.
        const category = taxCategoryName(i18n, r.taxCategory);
        return (
          <Row
            key={`${r.taxCategory}|${r.taxRate}`}
            label={r.taxCategory === 'S' || r.taxCategory === 'Z' ? t`Tax ${rate}` : category}
            hint={t`on ${net}`}
            value={formatMoney(r.tax, currency)}
          />
        );
      })}
      {totals.byTaxRate.length === 0 && <Row label={t`Tax`} value={formatMoney(totals.tax, currency)} />}
      <Divider my={2} />
      <Row label={t`Total`} value={formatMoney(totals.total, currency)} strong />
      {base && base.currency !== currency && <BaseTotal base={base} currency={currency} />}
    </Stack>
  );
}

/** The total in the base currency at the order's rate. */
function BaseTotal({
  base,
  currency,
}: {
  base: { total: string; currency: string; rate: string; date: string };
  currency: string;
}) {
  const amount = formatMoney(base.total, base.currency);
  const { rate, date } = base;
  const baseCurrency = base.currency;
  return (
    <Text size="xs" c="dimmed" ta="right">
      <Trans>
        {amount} at {rate} {baseCurrency}/{currency} ({date})
      </Trans>
    </Text>
  );
}
