import { Alert, Button, Card, Grid, Group, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { IconAlertTriangle, IconCalculator, IconCircleCheck } from '@tabler/icons-react';
import { type FormEvent, type ReactNode, useState } from 'react';
import { errorMessage, isApiError } from '@/lib/api';
import { formatDecimal, formatMoney } from '@/lib/format';
import { compareDecimal, isDecimal, isZero, multiplyDecimal } from '@/lib/money';
import { type PriceLookupParams, usePriceLookup } from '../api/look-up-price';
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
    if (!supplierId) found.supplier = 'Choose a supplier';
    if (!itemId) found.item = 'Choose an item';
    if (!isDecimal(quantity) || !(compareDecimal(quantity, '0') > 0))
      found.quantity = 'Give a quantity greater than 0';
    if (!date) found.date = 'Choose a date';
    setProblems(found);
    if (Object.keys(found).length > 0 || !supplierId || !itemId || !date) return;
    setParams({ supplierId, itemId, quantity: quantity.trim(), date, currency: currency ?? undefined });
  }

  const result = lookup.data;
  const notFound = isApiError(lookup.error) && lookup.error.status === 404;
  const otherProblem = lookup.error && !notFound;

  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-label="Price check">
      <Group gap="xs" mb={4}>
        <IconCalculator size={20} stroke={1.6} color="var(--mantine-color-indigo-text)" aria-hidden />
        <Title order={2} fz="lg" fw={600}>
          Price check
        </Title>
      </Group>
      <Text size="sm" c="dimmed" mb="md">
        What a supplier charges for a quantity on a date: the lowest valid price whose quantity break the
        quantity reaches. Name a currency when the supplier prices the item in several.
      </Text>
      <form onSubmit={check} noValidate aria-label="Price check">
        <Grid gutter="sm" align="flex-start" columns={24}>
          <Grid.Col span={{ base: 24, sm: 12, lg: props.itemId ? 11 : 6 }}>
            {props.renderSupplierSelect({
              label: 'Supplier',
              required: true,
              value: supplierId,
              onChange: setSupplierId,
              error: problems.supplier,
            })}
          </Grid.Col>
          {!props.itemId && (
            <Grid.Col span={{ base: 24, sm: 12, lg: 6 }}>
              <ItemSelect
                label="Item"
                required
                placeholder="Search SKU or name"
                value={itemId}
                onChange={setItemId}
                error={problems.item}
              />
            </Grid.Col>
          )}
          <Grid.Col span={{ base: 12, sm: 6, lg: 3 }}>
            <TextInput
              label="Quantity"
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
              label="On"
              required
              withAsterisk
              valueFormat="D MMM YYYY"
              value={date}
              onChange={setDate}
              error={problems.date}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6, lg: 3 }}>
            <Select
              label="Currency"
              placeholder="Any"
              clearable
              searchable
              data={props.currencyOptions}
              value={currency}
              onChange={setCurrency}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6, lg: 3 }}>
            <Button type="submit" variant="light" loading={lookup.isFetching} mt={25} fullWidth>
              Check
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
          title={`${formatMoney(result.unitPrice, result.currency)} per unit`}
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
              Quantity break{' '}
              {isZero(result.entry.minQuantity)
                ? 'any quantity'
                : `≥ ${formatDecimal(result.entry.minQuantity)}`}
              {' · '}
              {describeValidity(result.entry)}
              {' · '}
              lead time {result.leadTimeDays} {result.leadTimeDays === 1 ? 'day' : 'days'}
              {result.entry.supplierPartNumber ? ` · part no. ${result.entry.supplierPartNumber}` : ''}
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
          title="No valid price"
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
          title="Could not check the price"
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
