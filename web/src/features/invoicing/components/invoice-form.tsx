import { Trans, useLingui } from '@lingui/react/macro';
import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Divider,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { applyServerErrors, FormErrorAlert, revealFormProblem } from '@/components/form-errors';
import { useLeaveGuard } from '@/components/leave-guard';
import { StaleRecordAlert } from '@/components/stale-record-alert';
import { type FieldError, isApiError } from '@/lib/api';
import { todayIso } from '@/lib/dates';
import { formatDecimal, formatMoney } from '@/lib/format';
import { compareDecimal, isDecimal, isZero, subtractDecimal, sumDecimal } from '@/lib/money';
import { taxCategoryOptions } from '@/lib/tax-categories';
import {
  type CreateInvoiceRequest,
  type Invoice,
  type InvoiceableLine,
  type InvoiceableOrder,
  type UpdateInvoiceRequest,
  useCreateInvoice,
  useUpdateDraftInvoice,
} from '../capture-queries';
import { invoiceTotals } from '../invoice-totals';

type AllowanceCharge = Invoice['lines'][number]['allowancesCharges'][number];

type FormLine = {
  key: string;
  orderLineNo: string | null;
  description: string;
  quantity: string;
  unitPrice: string;
  taxCategory: string;
  taxRate: string;
  /** Kept as the supplier's document stated them (an imported draft); not edited here. */
  unitCode: string | null;
  baseQuantity: string;
  allowancesCharges: AllowanceCharge[];
};

type FormValues = {
  supplierInvoiceNumber: string;
  issueDate: string | null;
  receivedOn: string | null;
  /** The total the supplier's invoice states: checked against the lines to the cent. */
  statedPayable: string;
  note: string;
  lines: FormLine[];
};

let keySeq = 0;
const nextKey = () => `line-${++keySeq}`;

function lineFromOrder(l: InvoiceableLine, quantity: string): FormLine {
  return {
    key: nextKey(),
    orderLineNo: String(l.lineNo),
    description: l.description,
    quantity,
    unitPrice: l.netUnitPrice,
    taxCategory: l.taxCategory,
    taxRate: l.taxRate,
    unitCode: null,
    baseQuantity: '1',
    allowancesCharges: [],
  };
}

function lineFromDraft(l: Invoice['lines'][number]): FormLine {
  return {
    key: nextKey(),
    orderLineNo: l.orderLineNo === null ? null : String(l.orderLineNo),
    description: l.description,
    quantity: l.quantity,
    unitPrice: l.unitPrice,
    taxCategory: l.taxCategory,
    taxRate: l.taxRate,
    unitCode: l.unitCode,
    baseQuantity: l.baseQuantity,
    allowancesCharges: l.allowancesCharges,
  };
}

/** Line charges less line allowances, as a signed amount. */
function allowanceChargeNet(list: AllowanceCharge[]): string {
  return sumDecimal('0', ...list.map((ac) => (ac.charge ? ac.amount : subtractDecimal('0', ac.amount))));
}

function initialValues(order: InvoiceableOrder, draft: Invoice | undefined): FormValues {
  if (draft) {
    return {
      supplierInvoiceNumber: draft.supplierInvoiceNumber,
      issueDate: draft.issueDate,
      receivedOn: draft.receivedOn,
      statedPayable: '',
      note: draft.note ?? '',
      lines: draft.lines.map(lineFromDraft),
    };
  }
  return {
    supplierInvoiceNumber: '',
    issueDate: todayIso(),
    receivedOn: null,
    statedPayable: '',
    note: '',
    lines: order.lines
      .filter((l) => !isZero(l.quantityToInvoice))
      .map((l) => lineFromOrder(l, l.quantityToInvoice)),
  };
}

/**
 * An invoice entered against one order: its lines start as what the order has to invoice (accepted
 * and not yet billed, at the order's net price and tax) and can be changed, removed or added; the
 * totals are computed as the server checks them, and the total the supplier states, when typed, is
 * compared to the cent. Submitting matches it at once; a draft is kept to finish later. With
 * `draft`, the form edits that draft (an imported invoice's proposed order lines are confirmed here).
 */
export function InvoiceForm({
  order,
  draft,
  onSaved,
  onReload,
}: {
  order: InvoiceableOrder;
  draft?: Invoice;
  onSaved: (invoice: Invoice) => void;
  /** After a 412 (someone else saved the draft): fetches its current version, which the form then shows. */
  onReload?: () => Promise<unknown>;
}) {
  const { t, i18n } = useLingui();
  const create = useCreateInvoice();
  const update = useUpdateDraftInvoice();
  const ref = useRef<HTMLFormElement>(null);
  const [error, setError] = useState<unknown>(null);
  const [unmatched, setUnmatched] = useState<FieldError[]>([]);
  const [reloading, setReloading] = useState(false);
  const stale = isApiError(error) && error.status === 412;
  const form = useForm<FormValues>({
    mode: 'controlled',
    initialValues: initialValues(order, draft),
    validate: {
      supplierInvoiceNumber: (v) => (v.trim() ? null : t`Enter the supplier’s invoice number`),
      issueDate: (v) => (v ? null : t`Enter the date the invoice was issued`),
      statedPayable: (v) => (!v.trim() || isDecimal(v) ? null : t`Enter an amount such as 1234.50`),
      lines: {
        quantity: (v) => (isDecimal(v) && !isZero(v) ? null : t`Enter a quantity`),
        unitPrice: (v) => (isDecimal(v) ? null : t`Enter a price`),
        taxRate: (v) => (isDecimal(v) ? null : t`Enter a rate`),
      },
    },
  });
  const leave = useLeaveGuard(() => form.isDirty());
  const values = form.getValues();
  const byNo = new Map(order.lines.map((l) => [String(l.lineNo), l]));
  const totals = invoiceTotals(
    values.lines.map((l) => ({
      quantity: l.quantity,
      unitPrice: l.unitPrice,
      baseQuantity: l.baseQuantity,
      allowanceChargeNet: allowanceChargeNet(l.allowancesCharges),
      taxCategory: l.taxCategory,
      taxRate: l.taxRate,
    })),
    order.minorUnits,
  );
  const stated = values.statedPayable.trim();
  const statedDiffers = isDecimal(stated) && compareDecimal(stated, totals.payable) !== 0;
  const orderLineOptions = order.lines.map((l) => ({
    value: String(l.lineNo),
    label: `${l.lineNo} — ${l.description}`,
  }));
  // A supplier's document may state a category orders do not use (AA, L, M, B): it stays choosable.
  const categories: { value: string; label: string }[] = taxCategoryOptions(i18n);
  for (const l of values.lines) {
    if (l.taxCategory && !categories.some((c) => c.value === l.taxCategory))
      categories.push({ value: l.taxCategory, label: l.taxCategory });
  }
  const busy = create.isPending || update.isPending;
  const currency = order.currency;
  const orderNumber = order.purchaseOrderNumber;
  const orderStatus = order.status;
  const statedText = formatMoney(stated, currency);
  const payableText = formatMoney(totals.payable, currency);

  function body(v: FormValues) {
    return {
      supplierInvoiceNumber: v.supplierInvoiceNumber.trim(),
      issueDate: v.issueDate ?? '',
      receivedOn: v.receivedOn || null,
      note: v.note.trim() || null,
      lines: v.lines.map((l) => ({
        orderLineNo: l.orderLineNo ? Number(l.orderLineNo) : null,
        description: l.description.trim() || null,
        quantity: l.quantity.trim(),
        unitPrice: l.unitPrice.trim(),
        taxCategory: l.taxCategory,
        taxRate: l.taxRate.trim(),
        ...(l.unitCode ? { unitCode: l.unitCode } : {}),
        ...(l.baseQuantity && l.baseQuantity !== '1' ? { baseQuantity: l.baseQuantity } : {}),
        ...(l.allowancesCharges.length > 0
          ? {
              allowancesCharges: l.allowancesCharges.map((ac) => ({
                charge: ac.charge,
                amount: ac.amount,
                reason: ac.reason,
                reasonCode: ac.reasonCode,
              })),
            }
          : {}),
      })),
      totals: isDecimal(v.statedPayable) ? { payableAmount: v.statedPayable.trim() } : null,
    };
  }

  async function save(submit: boolean) {
    const check = form.validate();
    if (check.hasErrors) {
      revealFormProblem(ref.current);
      return;
    }
    setError(null);
    setUnmatched([]);
    const v = form.getValues();
    try {
      // Saving is not leaving: the invoice's page opens afterwards without asking.
      await leave.whileSaving(async () => {
        const saved = draft
          ? await update.mutateAsync({
              id: draft.id,
              version: draft.version,
              body: body(v) satisfies UpdateInvoiceRequest,
              submit,
            })
          : await create.mutateAsync({
              ...body(v),
              purchaseOrderId: order.purchaseOrderId,
              submit,
            } satisfies CreateInvoiceRequest);
        onSaved(saved);
      });
    } catch (err) {
      setError(err);
      setUnmatched(applyServerErrors(form, err, { 'totals.payableAmount': 'statedPayable' }));
      revealFormProblem(ref.current);
    }
  }

  async function reload() {
    if (!onReload) return;
    setReloading(true);
    try {
      await onReload();
      setError(null);
      setUnmatched([]);
    } finally {
      setReloading(false);
    }
  }

  function onOrderLine(index: number, value: string | null) {
    form.setFieldValue(`lines.${index}.orderLineNo`, value);
    const l = value ? byNo.get(value) : undefined;
    if (!l) return;
    form.setFieldValue(`lines.${index}.description`, l.description);
    form.setFieldValue(`lines.${index}.unitPrice`, l.netUnitPrice);
    form.setFieldValue(`lines.${index}.taxCategory`, l.taxCategory);
    form.setFieldValue(`lines.${index}.taxRate`, l.taxRate);
    form.setFieldValue(`lines.${index}.unitCode`, null);
    form.setFieldValue(`lines.${index}.baseQuantity`, '1');
  }

  function addLine() {
    const free = order.lines.find((l) => !values.lines.some((x) => x.orderLineNo === String(l.lineNo)));
    const first = free ?? order.lines[0];
    form.insertListItem('lines', first ? lineFromOrder(first, '') : { ...emptyLine(), key: nextKey() });
  }

  return (
    <form
      ref={ref}
      noValidate
      aria-label={t`Invoice`}
      onSubmit={(e) => {
        e.preventDefault();
        void save(true);
      }}
    >
      {leave.dialog}
      <Stack gap="lg">
        {!order.invoiceable && (
          <Alert color="yellow" variant="light" title={t`This order does not take invoices now`}>
            <Trans>
              Invoices are entered against orders sent to the supplier. {orderNumber} is in status “
              {orderStatus}”.
            </Trans>
          </Alert>
        )}
        <Paper withBorder radius="md" p="md">
          <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="md" style={{ alignItems: 'end' }}>
            <TextInput
              label={t`Supplier’s invoice number`}
              required
              maxLength={100}
              autoComplete="off"
              {...form.getInputProps('supplierInvoiceNumber')}
            />
            <DateInput
              label={t`Issue date`}
              required
              valueFormat="YYYY-MM-DD"
              placeholder="YYYY-MM-DD"
              maxDate={todayIso()}
              {...form.getInputProps('issueDate')}
            />
            <DateInput
              label={t`Received on`}
              description={t`Today when left empty`}
              valueFormat="YYYY-MM-DD"
              placeholder="YYYY-MM-DD"
              clearable
              maxDate={todayIso()}
              {...form.getInputProps('receivedOn')}
            />
            <TextInput
              label={t`Total on the invoice (${currency})`}
              description={t`Checked against the lines to the cent`}
              inputMode="decimal"
              autoComplete="off"
              {...form.getInputProps('statedPayable')}
            />
          </SimpleGrid>
        </Paper>

        <Stack gap="sm">
          <Group justify="space-between" wrap="wrap">
            <Title order={2} size="h4">
              <Trans>Lines</Trans>
            </Title>
            <Button variant="default" size="xs" leftSection={<IconPlus size={14} />} onClick={addLine}>
              <Trans>Add line</Trans>
            </Button>
          </Group>
          {values.lines.length === 0 && (
            <Alert color="gray" variant="light">
              <Trans>
                Nothing on {orderNumber} is accepted and not yet invoiced. Add a line to bill it anyway: the
                match will say what differs.
              </Trans>
            </Alert>
          )}
          {values.lines.map((line, index) => {
            const ol = line.orderLineNo ? byNo.get(line.orderLineNo) : undefined;
            const net = totals.lineNets[index];
            const lineNumber = index + 1;
            const unit = line.unitCode;
            const base = line.baseQuantity;
            const toInvoice = ol ? formatDecimal(ol.quantityToInvoice) : '';
            const unitName = ol?.unitName ?? '';
            const ordered = ol ? formatDecimal(ol.quantityOrdered) : '';
            const accepted = ol ? formatDecimal(ol.quantityAccepted) : '';
            const billed = ol ? formatDecimal(ol.quantityBilled) : '';
            const pending = ol ? formatDecimal(ol.quantityPending) : '';
            const orderPrice = ol ? formatMoney(ol.netUnitPrice, currency) : '';
            const adjustments = formatMoney(allowanceChargeNet(line.allowancesCharges), currency);
            return (
              <Paper key={line.key} withBorder radius="md" p="sm">
                <Stack gap="xs">
                  <Group justify="space-between" wrap="nowrap" align="flex-start">
                    <Select
                      style={{ flex: 1 }}
                      label={t`Order line`}
                      placeholder={t`Not on the order`}
                      data={orderLineOptions}
                      clearable
                      {...form.getInputProps(`lines.${index}.orderLineNo`)}
                      onChange={(v) => onOrderLine(index, v)}
                    />
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      mt={26}
                      aria-label={t`Remove line ${lineNumber}`}
                      onClick={() => form.removeListItem('lines', index)}
                    >
                      <IconTrash size={16} />
                    </ActionIcon>
                  </Group>
                  {ol && (
                    <Group gap="xs" wrap="wrap">
                      <Badge variant="light" color={isZero(ol.quantityToInvoice) ? 'gray' : 'teal'}>
                        <Trans>
                          to invoice {toInvoice} {unitName}
                        </Trans>
                      </Badge>
                      <Text size="xs" c="dimmed">
                        <Trans>
                          ordered {ordered}, accepted {accepted}, billed {billed}, on open invoices {pending},
                          at the order’s price {orderPrice}
                        </Trans>
                      </Text>
                    </Group>
                  )}
                  <SimpleGrid cols={{ base: 2, sm: 5 }} spacing="sm">
                    <TextInput
                      label={unit ? t`Quantity (${unit})` : t`Quantity`}
                      inputMode="decimal"
                      autoComplete="off"
                      {...form.getInputProps(`lines.${index}.quantity`)}
                    />
                    <TextInput
                      label={line.baseQuantity !== '1' ? t`Net price per ${base}` : t`Net unit price`}
                      inputMode="decimal"
                      autoComplete="off"
                      {...form.getInputProps(`lines.${index}.unitPrice`)}
                    />
                    <Select
                      label={t`Tax category`}
                      data={categories}
                      allowDeselect={false}
                      comboboxProps={{ width: 240, position: 'bottom-start' }}
                      {...form.getInputProps(`lines.${index}.taxCategory`)}
                    />
                    <TextInput
                      label={t`Tax rate %`}
                      inputMode="decimal"
                      autoComplete="off"
                      {...form.getInputProps(`lines.${index}.taxRate`)}
                    />
                    <Stack gap={2}>
                      <Text size="sm" fw={500}>
                        <Trans>Net amount</Trans>
                      </Text>
                      <Text size="sm" py={6} ta="right" ff="monospace" aria-live="polite">
                        {net === null || net === undefined ? '—' : formatMoney(net, order.currency)}
                      </Text>
                    </Stack>
                  </SimpleGrid>
                  {!ol && (
                    <TextInput
                      label={t`Description`}
                      maxLength={500}
                      {...form.getInputProps(`lines.${index}.description`)}
                    />
                  )}
                  {line.allowancesCharges.length > 0 && (
                    <Text size="xs" c="dimmed">
                      <Trans>Line allowances and charges as the supplier stated them: {adjustments}</Trans>
                    </Text>
                  )}
                </Stack>
              </Paper>
            );
          })}
        </Stack>

        <Paper withBorder radius="md" p="md" maw={520} ml="auto" w="100%">
          <Table withRowBorders={false} verticalSpacing={4} aria-label={t`Invoice totals`}>
            <Table.Tbody>
              <Table.Tr>
                <Table.Th scope="row" fw={400}>
                  <Trans>Lines</Trans>
                </Table.Th>
                <Table.Td ta="right" ff="monospace">
                  {formatMoney(totals.lineExtension, order.currency)}
                </Table.Td>
              </Table.Tr>
              {totals.bands.map((b) => {
                const category = b.taxCategory;
                const rate = formatDecimal(b.taxRate);
                const taxable = formatMoney(b.taxable, currency);
                return (
                  <Table.Tr key={`${b.taxCategory}|${b.taxRate}`}>
                    <Table.Th scope="row" fw={400}>
                      <Trans>
                        Tax {category} {rate} % on {taxable}
                      </Trans>
                    </Table.Th>
                    <Table.Td ta="right" ff="monospace">
                      {formatMoney(b.tax, currency)}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
              <Table.Tr>
                <Table.Th scope="row">
                  <Trans>Total payable</Trans>
                </Table.Th>
                <Table.Td ta="right" ff="monospace" fw={700}>
                  {formatMoney(totals.payable, order.currency)}
                </Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
          {statedDiffers && (
            <Text size="sm" c="red.8" mt="xs" role="status">
              <Trans>
                The invoice states {statedText}; its lines come to {payableText}.
              </Trans>
            </Text>
          )}
        </Paper>

        <Textarea label={t`Note`} autosize minRows={2} maxLength={2000} {...form.getInputProps('note')} />

        {stale ? (
          <StaleRecordAlert onReload={onReload && (() => void reload())} reloading={reloading} />
        ) : (
          <FormErrorAlert error={error} unmatched={unmatched} />
        )}
        <Divider />
        <Group justify="flex-end" gap="sm" wrap="wrap">
          <Button variant="default" loading={busy} onClick={() => void save(false)}>
            {draft ? <Trans>Save draft</Trans> : <Trans>Save as draft</Trans>}
          </Button>
          <Button type="submit" loading={busy}>
            <Trans>Submit for matching</Trans>
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function emptyLine(): Omit<FormLine, 'key'> {
  return {
    orderLineNo: null,
    description: '',
    quantity: '',
    unitPrice: '',
    taxCategory: 'S',
    taxRate: '0',
    unitCode: null,
    baseQuantity: '1',
    allowancesCharges: [],
  };
}
