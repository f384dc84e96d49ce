import { plural } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { Alert, Button, Card, Grid, Group, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { IconAlertTriangle, IconCalculator, IconCircleCheck } from '@tabler/icons-react';
import { type FormEvent, type ReactNode, useState } from 'react';
import { errorMessage, isApiError } from '@/lib/api';
import { formatDecimal, formatMoney } from '@/lib/format';
import { compareDecimal, isDecimal, isZero, multiplyDecimal } from '@/lib/money';
import { type PriceLookupParams, usePriceLookup } from '../queries';
import { ItemSelect } from './item-select';
import type { Option, SupplierPickerField } from './price-entry-modal';
import { describeValidity, today } from './price-validity';

export type PriceCheckPanelProps = {
  currencyOptions: Option[];
  renderSupplierSelect: (field: SupplierPickerField) => ReactNode;
  /** Start with this item (and hide the item picker), e.g. on the item's page. */
  itemId?: string;
};

/**
 * "What would this supplier charge for this quantity on this date?" — asks the server's price
 * lookup and shows the price that applies, or the server's explanation of why none does.
 */
export function PriceCheckPanel(props: PriceCheckPanelProps) {
  const { t, i18n } = useLingui();
  const [supplierId, setSupplierId] = useState<string | null>(null);
  const [itemId, setItemId] = useState<string | null>(props.itemId ?? null);
  const [quantity, setQuantity] = useState('1');
  const [date, setDate] = useState<string | null>(today());
  const [currency, setCurrency] = useState<string | null>(null);
  const [params, setParams] = useState<PriceLookupParams | null>(null);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const lookup = usePriceLookup(params);

  function check(event: FormEvent) {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (!supplierId) found.supplier = t`Choose a supplier`;
    if (!itemId) found.item = t`Choose an item`;
    if (!isDecimal(quantity) || !(compareDecimal(quantity, '0') > 0))
      found.quantity = t`Give a quantity greater than 0`;
    if (!date) found.date = t`Choose a date`;
    setProblems(found);
    if (Object.keys(found).length > 0 || !supplierId || !itemId || !date) return;
    setParams({ supplierId, itemId, quantity: quantity.trim(), date, currency: currency ?? undefined });
  }

  const result = lookup.data;
  const notFound = isApiError(lookup.error) && lookup.error.status === 404;
  const otherProblem = lookup.error && !notFound;
  const unitPrice = result ? formatMoney(result.unitPrice, result.currency) : '';
  const minQuantity = result ? formatDecimal(result.entry.minQuantity) : '';
  const quantityBreak =
    result && isZero(result.entry.minQuantity)
      ? t`Quantity break any quantity`
      : t`Quantity break ≥ ${minQuantity}`;
  const partNumber = result?.entry.supplierPartNumber;
  const partText = partNumber ? t`part no. ${partNumber}` : '';

  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-label={t`Price check`}>
      <Group gap="xs" mb={4}>
        <IconCalculator size={20} stroke={1.6} color="var(--mantine-color-indigo-text)" aria-hidden />
        <Title order={2} fz="lg" fw={600}>
          <Trans>Price check</Trans>
        </Title>
      </Group>
      <Text size="sm" c="dimmed" mb="md">
        <Trans>
          What a supplier charges for a quantity on a date: the lowest valid price whose quantity break the
          quantity reaches. Name a currency when the supplier prices the item in several.
        </Trans>
      </Text>
      <form onSubmit={check} noValidate aria-label={t`Price check`}>
        <Grid gutter="sm" align="flex-start" columns={24}>
          <Grid.Col span={{ base: 24, sm: 12, lg: props.itemId ? 11 : 6 }}>
            {props.renderSupplierSelect({
              label: t`Supplier`,
              required: true,
              value: supplierId,
              onChange: setSupplierId,
              error: problems.supplier,
            })}
          </Grid.Col>
          {!props.itemId && (
            <Grid.Col span={{ base: 24, sm: 12, lg: 6 }}>
              <ItemSelect
                label={t`Item`}
                required
                placeholder={t`Search SKU or name`}
                value={itemId}
                onChange={setItemId}
                error={problems.item}
              />
            </Grid.Col>
          )}
          <Grid.Col span={{ base: 12, sm: 6, lg: 3 }}>
            <TextInput
              label={t`Quantity`}
              required
              inputMode="decimal"
              autoComplete="off"
              value={quantity}
              onChange={(e) => setQuantity(e.currentTarget.value)}
              error={problems.quantity}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6, lg: props.itemId ? 4 : 3 }}>
            <DatePickerInput
              label={t`On`}
              required
              withAsterisk
              valueFormat={t({
                message: 'D MMM YYYY',
                comment: 'dayjs pattern of a picked date, e.g. 4 Dec 2026',
              })}
              value={date}
              onChange={setDate}
              error={problems.date}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6, lg: 3 }}>
            <Select
              label={t`Currency`}
              placeholder={t`Any`}
              clearable
              searchable
              data={props.currencyOptions}
              value={currency}
              onChange={setCurrency}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6, lg: 3 }}>
            <Button type="submit" variant="light" loading={lookup.isFetching} mt={25} fullWidth>
              <Trans>Check</Trans>
            </Button>
          </Grid.Col>
        </Grid>
      </form>

      {params && result && !lookup.isFetching && (
        <Alert
          mt="md"
          color="teal"
          variant="light"
          icon={<IconCircleCheck size={18} />}
          title={t`${unitPrice} per unit`}
          role="status"
        >
          <Stack gap={4}>
            <Text size="sm">
              {formatDecimal(params.quantity)} × {formatMoney(result.unitPrice, result.currency)} ={' '}
              <strong>
                {formatMoney(multiplyDecimal(params.quantity, result.unitPrice), result.currency)}
              </strong>
            </Text>
            <Text size="sm" c="dimmed">
              {quantityBreak}
              {' · '}
              {describeValidity(i18n, result.entry)}
              {' · '}
              {plural(result.leadTimeDays, { one: 'lead time # day', other: 'lead time # days' })}
              {partText ? ` · ${partText}` : ''}
            </Text>
          </Stack>
        </Alert>
      )}
      {params && notFound && !lookup.isFetching && (
        <Alert
          mt="md"
          color="orange"
          variant="light"
          icon={<IconAlertTriangle size={18} />}
          title={t`No valid price`}
          role="status"
        >
          <Text size="sm">{explain(isApiError(lookup.error) ? (lookup.error.detail ?? '') : '')}</Text>
        </Alert>
      )}
      {params && otherProblem && !lookup.isFetching && (
        <Alert
          mt="md"
          color="red"
          variant="light"
          icon={<IconAlertTriangle size={18} />}
          title={t`Could not check the price`}
          role="alert"
        >
          {errorMessage(lookup.error)}
        </Alert>
      )}
    </Card>
  );
}

/** The server's sentence (it names the supplier by code and the item by SKU), without its heading. */
function explain(detail: string): string {
  return detail.replace(/^No valid price:\s*/, '');
}
