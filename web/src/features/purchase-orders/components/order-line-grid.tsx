import type { MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { ActionIcon, Select, Stack, Table, Text, TextInput, Tooltip } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import type { UseFormReturnType } from '@mantine/form';
import { IconAlertTriangle, IconTrash } from '@tabler/icons-react';
import { Fragment, type ReactNode, useRef } from 'react';
import { handleLineGridKeyDown } from '@/components/line-grid-keys';
import { isAmountInput, lineAmounts } from '@/lib/document-totals';
import { formatMoney } from '@/lib/format';
import { TAX_CATEGORIES, type TaxCategory, taxCategoryLabel } from '@/lib/tax-categories';

/** The tax category cell's "none chosen" choice: the item's category, else the rate's. */
const AUTO = 'auto';

import type { OrderLineValues, PurchaseOrderFormValues } from './purchase-order-form-values';

export type Option = { value: string; label: string };

/** What a page's picker (items, suppliers: other features) gets. */
export type PickerField = {
  label?: string;
  'aria-label'?: string;
  value: string | null;
  onChange: (value: string | null) => void;
  error?: ReactNode;
  placeholder?: string;
  clearable?: boolean;
  size?: 'xs' | 'sm';
  'data-line'?: number;
  'data-field'?: string;
};

export const FIRST_LINE_FIELD = 'itemId';

/** The cells whose errors are listed under their line, with the column they are in. */
const CELL_FIELDS = [
  'itemId',
  'description',
  'quantity',
  'unitCode',
  'unitPrice',
  'discountPercent',
  'taxRate',
  'taxCategory',
  'neededBy',
] as const;
const CELL_LABELS: Record<(typeof CELL_FIELDS)[number], MessageDescriptor> = {
  itemId: msg`Item`,
  description: msg`Description`,
  quantity: msg`Quantity`,
  unitCode: msg`Unit`,
  unitPrice: msg`Unit price`,
  discountPercent: msg`Discount`,
  taxRate: msg`Tax rate`,
  taxCategory: msg`Tax category`,
  neededBy: msg`Needed by`,
};

const cellStyle = { verticalAlign: 'top' } as const;
const numberInput = {
  input: { textAlign: 'right' as const, fontFamily: 'var(--mantine-font-family-monospace)' },
};

/**
 * The order's lines as a grid of inputs: Tab moves through the cells, Enter goes down a line (or
 * adds one after the last), Ctrl+Delete removes one. Amounts follow the shared totals rule.
 */
export function OrderLineGrid(props: {
  form: UseFormReturnType<PurchaseOrderFormValues>;
  renderItemSelect: (field: PickerField) => ReactNode;
  /** Unit codes (what a cell shows); the list names them too. */
  unitOptions: Option[];
  unitNames: ReadonlyMap<string, string>;
  currency: string;
  minorUnits: number;
  onAdd: () => void;
  onRemove: (index: number) => void;
  onPickItem: (index: number, itemId: string | null) => void;
  onQuantityBlur: (index: number) => void;
  /** Receipts pin a line's item (the server says which). */
  lockedItems?: ReadonlySet<number>;
}) {
  const { t } = useLingui();
  const { form } = props;
  const tableRef = useRef<HTMLTableElement>(null);
  const lines = form.values.lines;

  return (
    <Table.ScrollContainer minWidth={1100}>
      <Table
        ref={tableRef}
        layout="fixed"
        verticalSpacing={6}
        horizontalSpacing={6}
        withRowBorders
        aria-label={t`Order lines`}
        onKeyDown={(event) =>
          handleLineGridKeyDown(event, {
            container: tableRef.current,
            lineCount: form.getValues().lines.length,
            firstField: FIRST_LINE_FIELD,
            onAdd: props.onAdd,
            onRemove: props.onRemove,
          })
        }
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={34}>#</Table.Th>
            <Table.Th w="20%">
              <Trans>Item</Trans>
            </Table.Th>
            <Table.Th>
              <Trans>Description</Trans>
            </Table.Th>
            <Table.Th w={84} ta="right">
              <Trans>Quantity</Trans>
            </Table.Th>
            <Table.Th w={86}>
              <Trans>Unit</Trans>
            </Table.Th>
            <Table.Th w={104} ta="right">
              <Trans>Unit price</Trans>
            </Table.Th>
            <Table.Th w={70} ta="right">
              <Trans>Disc. %</Trans>
            </Table.Th>
            <Table.Th w={70} ta="right">
              <Trans>Tax %</Trans>
            </Table.Th>
            <Table.Th w={62}>
              <Trans>Tax cat.</Trans>
            </Table.Th>
            <Table.Th w={116}>
              <Trans>Needed by</Trans>
            </Table.Th>
            <Table.Th w={112} ta="right">
              <Trans>Net amount</Trans>
            </Table.Th>
            <Table.Th w={38} aria-label={t`Remove`} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {lines.map((line, i) => (
            <LineRow
              key={line.uid}
              index={i}
              line={line}
              props={props}
              canRemove={lines.length > 1}
              itemLocked={props.lockedItems?.has(i) ?? false}
            />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function LineRow({
  index: i,
  line,
  props,
  canRemove,
  itemLocked,
}: {
  index: number;
  line: OrderLineValues;
  props: Parameters<typeof OrderLineGrid>[0];
  canRemove: boolean;
  itemLocked: boolean;
}) {
  const { t, i18n } = useLingui();
  const { form } = props;
  const n = i + 1;
  const path = (field: keyof OrderLineValues) => `lines.${i}.${field}`;
  const cell = (field: keyof OrderLineValues) => ({ 'data-line': i, 'data-field': field });
  const fromItem = !!line.itemId;
  const complete =
    isAmountInput(line.quantity) &&
    isAmountInput(line.unitPrice) &&
    (line.discountPercent.trim() === '' || isAmountInput(line.discountPercent));
  const amount = complete
    ? lineAmounts(
        {
          quantity: line.quantity.trim(),
          unitPrice: line.unitPrice.trim(),
          discountPercent: line.discountPercent.trim() || '0',
          taxRate: isAmountInput(line.taxRate) ? line.taxRate.trim() : '0',
          taxCategory: line.taxCategory || null,
        },
        props.minorUnits,
      ).net
    : null;
  // Cells are narrow: they turn red, and the messages are listed under the line.
  const input = (field: keyof OrderLineValues) => {
    const props = form.getInputProps(path(field));
    return { ...props, error: !!props.error };
  };
  const quantityProps = input('quantity');
  const messages = CELL_FIELDS.filter((f) => form.errors[path(f)]).map(
    (f) => `${i18n._(CELL_LABELS[f])}: ${String(form.errors[path(f)])}`,
  );
  const lineError = form.errors[`lines.${i}.sources`] ?? form.errors[`lines.${i}.lineNo`];

  return (
    <Fragment>
      <Table.Tr>
        <Table.Td style={cellStyle}>
          <Text size="sm" c="dimmed" pt={6}>
            {n}
          </Text>
        </Table.Td>
        <Table.Td style={cellStyle}>
          {props.renderItemSelect({
            'aria-label': t`Line ${n} item`,
            placeholder: t`Search items…`,
            clearable: !itemLocked,
            size: 'xs',
            value: line.itemId,
            onChange: (v) => props.onPickItem(i, v),
            error: !!form.errors[path('itemId')],
            ...cell('itemId'),
          })}
        </Table.Td>
        <Table.Td style={cellStyle}>
          <TextInput
            size="xs"
            aria-label={t`Line ${n} description`}
            placeholder={fromItem ? t`As the item` : t`What is ordered`}
            maxLength={1000}
            {...input('description')}
            {...cell('description')}
          />
        </Table.Td>
        <Table.Td style={cellStyle}>
          <TextInput
            size="xs"
            aria-label={t`Line ${n} quantity`}
            inputMode="decimal"
            autoComplete="off"
            styles={numberInput}
            {...quantityProps}
            onBlur={(e) => {
              quantityProps.onBlur?.(e);
              props.onQuantityBlur(i);
            }}
            {...cell('quantity')}
          />
        </Table.Td>
        <Table.Td style={cellStyle}>
          <Select
            size="xs"
            aria-label={t`Line ${n} unit`}
            searchable
            data={props.unitOptions}
            disabled={fromItem}
            nothingFoundMessage={t`No such unit`}
            comboboxProps={{ width: 220, position: 'bottom-start' }}
            renderOption={({ option }) => props.unitNames.get(option.value) ?? option.label}
            {...input('unitCode')}
            onChange={(v) => form.setFieldValue(path('unitCode'), v ?? '')}
            {...cell('unitCode')}
          />
        </Table.Td>
        <Table.Td style={cellStyle}>
          <TextInput
            size="xs"
            aria-label={t`Line ${n} unit price`}
            inputMode="decimal"
            autoComplete="off"
            styles={numberInput}
            title={line.priceFromList ? t`From the supplier’s price list` : undefined}
            {...input('unitPrice')}
            onChange={(e) => {
              form.setFieldValue(path('unitPrice'), e.currentTarget.value);
              form.setFieldValue(path('priceFromList'), false);
              if (line.priceNote) form.setFieldValue(path('priceNote'), '');
            }}
            {...cell('unitPrice')}
          />
        </Table.Td>
        <Table.Td style={cellStyle}>
          <TextInput
            size="xs"
            aria-label={t`Line ${n} discount percent`}
            inputMode="decimal"
            autoComplete="off"
            placeholder="0"
            styles={numberInput}
            {...input('discountPercent')}
            {...cell('discountPercent')}
          />
        </Table.Td>
        <Table.Td style={cellStyle}>
          <TextInput
            size="xs"
            aria-label={t`Line ${n} tax rate percent`}
            inputMode="decimal"
            autoComplete="off"
            styles={numberInput}
            {...input('taxRate')}
            {...cell('taxRate')}
          />
        </Table.Td>
        <Table.Td style={cellStyle}>
          <Select
            size="xs"
            aria-label={t`Line ${n} tax category`}
            title={t`Auto: the item's category, else standard above 0 % and zero-rated at 0 %`}
            // The narrow cell shows the code; the list names each category.
            data={[
              { value: AUTO, label: t`Auto` },
              ...TAX_CATEGORIES.map((value) => ({ value, label: value })),
            ]}
            renderOption={({ option }) =>
              option.value === AUTO
                ? t`Auto (item, else by rate)`
                : taxCategoryLabel(i18n, option.value as TaxCategory)
            }
            allowDeselect={false}
            comboboxProps={{ width: 260, position: 'bottom-start' }}
            {...input('taxCategory')}
            value={line.taxCategory || AUTO}
            onChange={(v) =>
              form.setFieldValue(path('taxCategory'), !v || v === AUTO ? '' : (v as TaxCategory))
            }
            {...cell('taxCategory')}
          />
        </Table.Td>
        <Table.Td style={cellStyle}>
          <DateInput
            size="xs"
            aria-label={t`Line ${n} needed by`}
            valueFormat="YYYY-MM-DD"
            placeholder="YYYY-MM-DD"
            clearable
            popoverProps={{ position: 'bottom-end' }}
            {...input('neededBy')}
            {...cell('neededBy')}
          />
        </Table.Td>
        <Table.Td style={cellStyle} ta="right">
          <Text size="sm" ff="monospace" pt={6} aria-label={t`Line ${n} net amount`}>
            {amount ? formatMoney(amount, props.currency) : '—'}
          </Text>
        </Table.Td>
        <Table.Td style={cellStyle}>
          <Tooltip label={t`Remove line ${n} (Ctrl+Delete)`}>
            <ActionIcon
              variant="subtle"
              color="red"
              mt={2}
              aria-label={t`Remove line ${n}`}
              onClick={() => props.onRemove(i)}
              disabled={!canRemove}
            >
              <IconTrash size={16} />
            </ActionIcon>
          </Tooltip>
        </Table.Td>
      </Table.Tr>
      {(line.priceNote || lineError || messages.length > 0) && (
        <Table.Tr style={{ borderTop: 0 }}>
          <Table.Td />
          <Table.Td colSpan={11} pt={0}>
            <Stack gap={2} role={lineError || messages.length ? 'alert' : undefined}>
              {[...(lineError ? [String(lineError)] : []), ...messages].map((m) => (
                <Text key={m} size="xs" c="red">
                  <IconAlertTriangle size={12} style={{ verticalAlign: -1, marginRight: 4 }} />
                  {m}
                </Text>
              ))}
              {line.priceNote && (
                <Text size="xs" c="orange">
                  <IconAlertTriangle size={12} style={{ verticalAlign: -1, marginRight: 4 }} />
                  {line.priceNote}
                </Text>
              )}
            </Stack>
          </Table.Td>
        </Table.Tr>
      )}
    </Fragment>
  );
}
