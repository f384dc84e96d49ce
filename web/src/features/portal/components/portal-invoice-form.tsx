import { Trans, useLingui } from '@lingui/react/macro';
import { ActionIcon, Alert, Button, Group, Paper, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconSend, IconTrash } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import { errorMessage, isApiError } from '@/lib/api';
import { translateFieldMessage } from '@/lib/contract-messages';
import { formatDecimal, formatMoney } from '@/lib/format';
import { isDecimal, isNegative, isZero, multiplyDecimal, roundDecimal, sumDecimal } from '@/lib/money';
import { type PortalInvoiceable, useCreatePortalInvoice } from '../invoice-queries';

type Line = { orderLineNo: number; quantity: string; unitPrice: string };

const today = () => new Date().toISOString().slice(0, 10);

/**
 * The supplier's invoice for one of its orders: its number and dates, and a card per line filled in
 * with what was received and not invoiced yet at the order's price — quantity and price editable,
 * lines removable. The server checks and matches it; its problems show at their fields.
 */
export function PortalInvoiceForm({ offer }: { offer: PortalInvoiceable }) {
  const { t } = useLingui();
  const navigate = useNavigate();
  const create = useCreatePortalInvoice();
  const initial = (): Line[] =>
    offer.lines
      .filter(
        (l) =>
          isDecimal(l.quantityToInvoice) && !isZero(l.quantityToInvoice) && !isNegative(l.quantityToInvoice),
      )
      .map((l) => ({ orderLineNo: l.lineNo, quantity: l.quantityToInvoice, unitPrice: l.unitPrice }));
  const [lines, setLines] = useState<Line[]>(initial);
  const [number, setNumber] = useState('');
  const [issueDate, setIssueDate] = useState(today);
  const [taxPointDate, setTaxPointDate] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const byNo = new Map(offer.lines.map((l) => [l.lineNo, l]));

  const set = (i: number, patch: Partial<Line>) =>
    setLines((ls) => ls.map((l, j) => (j === i ? { ...l, ...patch } : l)));
  const netOf = (l: Line) =>
    isDecimal(l.quantity) && isDecimal(l.unitPrice)
      ? roundDecimal(multiplyDecimal(l.quantity, l.unitPrice), offer.minorUnits)
      : null;
  const nets = lines.map(netOf);
  const net = nets.every((n) => n !== null) ? sumDecimal(...(nets as string[])) : null;
  const netText = net === null ? null : formatMoney(net, offer.currency);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    setErrors({});
    try {
      const invoice = await create.mutateAsync({
        orderId: offer.purchaseOrderId,
        body: {
          supplierInvoiceNumber: number.trim(),
          issueDate,
          taxPointDate: taxPointDate || null,
          lines: lines.map((l) => ({
            orderLineNo: l.orderLineNo,
            quantity: l.quantity.trim(),
            unitPrice: l.unitPrice.trim(),
          })),
        },
      });
      notifications.show({
        color: 'teal',
        title: t`Invoice sent`,
        message: t`We received your invoice and check it against the order.`,
      });
      void navigate(`/portal/invoices/${invoice.id}`);
    } catch (err) {
      if (isApiError(err) && err.fieldErrors.length > 0) {
        setErrors(Object.fromEntries(err.fieldErrors.map((f) => [f.path, translateFieldMessage(f.message)])));
        setError(
          isApiError(err) && err.status === 422 ? t`Some fields need another look.` : errorMessage(err),
        );
      } else setError(errorMessage(err));
    }
  }

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate aria-label={t`Your invoice`}>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
          <TextInput
            label={t`Your invoice number`}
            required
            maxLength={100}
            value={number}
            onChange={(e) => setNumber(e.currentTarget.value)}
            error={errors.supplierInvoiceNumber}
          />
          {/* The browser's own date fields: a phone opens its native picker. */}
          <TextInput
            type="date"
            label={t`Issue date`}
            required
            value={issueDate}
            onChange={(e) => setIssueDate(e.currentTarget.value)}
            error={errors.issueDate}
          />
          <TextInput
            type="date"
            label={t`Tax point date`}
            value={taxPointDate}
            onChange={(e) => setTaxPointDate(e.currentTarget.value)}
            error={errors.taxPointDate}
          />
        </SimpleGrid>
        {lines.length === 0 && (
          <Alert color="yellow" variant="light">
            <Trans>No line left to invoice.</Trans>{' '}
            <Button variant="subtle" size="compact-sm" onClick={() => setLines(initial())}>
              <Trans>Start again</Trans>
            </Button>
          </Alert>
        )}
        {errors.lines && (
          <Text c="red" size="sm" role="alert">
            {errors.lines}
          </Text>
        )}
        {lines.map((l, i) => {
          const o = byNo.get(l.orderLineNo);
          const lineNo = l.orderLineNo;
          const at = (f: string) => errors[`lines[${i}].${f}`];
          const lineError = at('orderLineNo') ?? at('netAmount') ?? at('unitCode') ?? at('taxRate');
          const received = o ? formatDecimal(o.quantityReceived) : '';
          const invoiced = o ? formatDecimal(o.quantityInvoiced) : '';
          const ordered = o ? formatDecimal(o.quantityOrdered) : '';
          const unit = o?.unitName ?? l.orderLineNo;
          const { currency } = offer;
          return (
            <Paper
              key={l.orderLineNo}
              withBorder
              radius="md"
              p="sm"
              data-testid={`invoice-line-${l.orderLineNo}`}
            >
              <Stack gap="xs">
                <Group justify="space-between" wrap="nowrap" align="flex-start">
                  <div style={{ minWidth: 0 }}>
                    <Text fw={600} size="sm">
                      {lineNo}. {o?.description}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {o?.needsReceipt ? (
                        <Trans>
                          Ordered {ordered}, received {received}, invoiced {invoiced}
                        </Trans>
                      ) : (
                        <Trans>
                          Ordered {ordered}, invoiced {invoiced}
                        </Trans>
                      )}
                    </Text>
                  </div>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={t`Remove line ${lineNo}`}
                    onClick={() => setLines((ls) => ls.filter((_, j) => j !== i))}
                  >
                    <IconTrash size={16} />
                  </ActionIcon>
                </Group>
                <Group grow wrap="wrap" gap="xs" align="flex-start">
                  <TextInput
                    label={t`Quantity (${unit})`}
                    inputMode="decimal"
                    value={l.quantity}
                    onChange={(e) => set(i, { quantity: e.currentTarget.value })}
                    error={at('quantity')}
                    miw={120}
                  />
                  <TextInput
                    label={t`Unit price (${currency})`}
                    inputMode="decimal"
                    value={l.unitPrice}
                    onChange={(e) => set(i, { unitPrice: e.currentTarget.value })}
                    error={at('unitPrice')}
                    miw={120}
                  />
                </Group>
                {lineError && (
                  <Text c="red" size="xs">
                    {lineError}
                  </Text>
                )}
              </Stack>
            </Paper>
          );
        })}
        <Group justify="space-between" wrap="wrap">
          <Text size="sm" c="dimmed">
            {netText !== null && <Trans>Net before tax: {netText}</Trans>}
          </Text>
          <Button
            type="submit"
            leftSection={<IconSend size={16} />}
            loading={create.isPending}
            disabled={lines.length === 0}
          >
            <Trans>Send invoice</Trans>
          </Button>
        </Group>
        {error && (
          <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} role="alert">
            {error}
          </Alert>
        )}
      </Stack>
    </form>
  );
}
