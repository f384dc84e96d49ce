import { Trans, useLingui } from '@lingui/react/macro';
import { Badge, Box, Group, Paper, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { KEYBOARD_SCROLL, PHONE_QUERY } from '@/components/data-table';
import { DetailField, Muted, SectionCard } from '@/components/detail-section';
import { formatDate, formatDateTime, formatDecimal, formatMoney, formatPercent } from '@/lib/format';
import { isZero, subtractDecimal, sumDecimal } from '@/lib/money';
import { LINE_MATCH_COLORS, LINE_MATCH_LABELS } from '../invoice-format';
import type { Invoice, InvoiceLine } from '../queries';
import { DueDate } from './invoice-table';

/** What the match view needs of an order line (the page reads the order). */
export type OrderLineFacts = {
  lineNo: number;
  description: string;
  quantity: string;
  unitCode: string;
  unitPrice: string;
  discountPercent: string;
  quantityAccepted: string;
  quantityBilled: string;
};

/** The header: who, which order, the dates, the terms and where to pay. */
export function InvoiceSummaryCard({
  invoice,
  paymentTerms,
}: {
  invoice: Invoice;
  /** The terms in words ("Net 30, 2% if paid within 10 days"). */
  paymentTerms: string;
}) {
  const { t } = useLingui();
  const bank = invoice.bankAccount;
  const discountPercent = invoice.paymentTerms.discountPercent;
  const discountDate = invoice.discountDate;
  const discount = formatPercent(discountPercent);
  const discountUntil = formatDate(discountDate);
  return (
    <SectionCard title={t`Invoice`}>
      <SimpleGrid cols={{ base: 2, md: 4 }} spacing="lg" verticalSpacing="md">
        <DetailField label={t`Supplier`}>
          <Link to={`/suppliers/${invoice.supplierId}`}>{invoice.supplierName}</Link>
        </DetailField>
        <DetailField label={t`Supplier’s invoice number`}>
          <Text span ff="monospace" size="sm">
            {invoice.supplierInvoiceNumber}
          </Text>
        </DetailField>
        <DetailField label={t`Purchase order`}>
          <Link to={`/purchase-orders/${invoice.purchaseOrderId}`}>{invoice.purchaseOrderNumber}</Link>
        </DetailField>
        <DetailField label={t`Payable`}>
          <Text span fw={600} ff="monospace" size="sm">
            {formatMoney(invoice.payableAmount, invoice.currency)}
          </Text>
        </DetailField>
        <DetailField label={t`Issued`}>{formatDate(invoice.issueDate)}</DetailField>
        <DetailField label={t`Received on`}>{formatDate(invoice.receivedOn)}</DetailField>
        <DetailField label={t`Due`}>
          <DueDate invoice={invoice} />
        </DetailField>
        <DetailField label={t`Early-payment discount`}>
          {discountDate && discountPercent ? (
            <Trans>
              {discount} until {discountUntil}
            </Trans>
          ) : (
            <Muted>
              <Trans>None</Trans>
            </Muted>
          )}
        </DetailField>
        <DetailField label={t`Payment terms`}>{paymentTerms}</DetailField>
        <DetailField label={t`Bank account`}>
          {bank && (bank.iban || bank.accountNumber) ? (
            <Stack gap={0}>
              {bank.accountName && <Text size="sm">{bank.accountName}</Text>}
              <Text size="sm" ff="monospace">
                {bank.iban ?? bank.accountNumber}
              </Text>
              {bank.bic && (
                <Text size="xs" c="dimmed" ff="monospace">
                  {bank.bic}
                </Text>
              )}
            </Stack>
          ) : (
            <Muted>
              <Trans>Not stated</Trans>
            </Muted>
          )}
        </DetailField>
        <DetailField label={t`Entered by`}>
          {invoice.createdBy?.name ?? (
            <Muted>
              <Trans>Imported</Trans>
            </Muted>
          )}
        </DetailField>
        {invoice.exchangeRate !== '1' ? (
          <DetailField label={t`Exchange rate`}>
            {formatDecimal(invoice.exchangeRate)} ({formatDate(invoice.exchangeRateDate)})
          </DetailField>
        ) : null}
      </SimpleGrid>
      {invoice.note && (
        <Text size="sm" mt="md" style={{ whiteSpace: 'pre-wrap' }}>
          {invoice.note}
        </Text>
      )}
    </SectionCard>
  );
}

/** The quantity an invoice consumed of each order line in the ledger. */
function consumedByOrderLine(invoice: Invoice): Map<number, string> {
  const out = new Map<number, string>();
  for (const m of invoice.matches)
    out.set(m.orderLineNo, sumDecimal(out.get(m.orderLineNo) ?? '0', m.quantity));
  return out;
}

/** "+0.50 (2.5 %)"-like: a signed variance, or "—" when none. */
function signed(value: string | null | undefined): string {
  if (value === null || value === undefined || isZero(value)) return '—';
  const text = formatDecimal(value);
  return value.startsWith('-') ? text : `+${text}`;
}

type MatchRow = {
  line: InvoiceLine;
  order: OrderLineFacts | undefined;
  invoicedBefore: string | null;
};

/**
 * The three-way match side by side, line by line: the order line, what was ordered, accepted and
 * invoiced before, this invoice in the order's unit and price, the variances and the verdict in words.
 */
export function InvoiceMatchCard({
  invoice,
  orderLines,
  tolerance,
}: {
  invoice: Invoice;
  /** The order's lines; undefined while they load or when the order cannot be read. */
  orderLines: OrderLineFacts[] | undefined;
  /** The tolerances that apply to a line now, when the viewer may read them. */
  tolerance?: (orderLineNo: number) => ReactNode;
}) {
  const { t, i18n } = useLingui();
  const phone = useMediaQuery(PHONE_QUERY);
  const consumed = consumedByOrderLine(invoice);
  const rows: MatchRow[] = invoice.lines.map((line) => {
    const order = orderLines?.find((o) => o.lineNo === line.orderLineNo);
    // The order's billed quantity counts what this invoice consumed; before it is the rest.
    const invoicedBefore = order
      ? subtractDecimal(order.quantityBilled, consumed.get(order.lineNo) ?? '0')
      : null;
    return { line, order, invoicedBefore };
  });
  const currency = invoice.currency;
  const qty = (value: string | null | undefined, unit: string | undefined) =>
    value === null || value === undefined ? '—' : `${formatDecimal(value)} ${unit ?? ''}`.trim();
  const status = (line: InvoiceLine) =>
    line.match ? (
      <Badge color={LINE_MATCH_COLORS[line.match.status]} variant="light" radius="sm" size="sm">
        {i18n._(LINE_MATCH_LABELS[line.match.status])}
      </Badge>
    ) : (
      <Muted>
        <Trans>Not matched yet</Trans>
      </Muted>
    );
  const orderLabel = (r: MatchRow) => {
    const price = r.order ? formatMoney(r.order.unitPrice, currency) : '';
    const discount =
      r.order && !isZero(r.order.discountPercent) ? ` −${formatPercent(r.order.discountPercent)}` : '';
    return r.line.orderLineNo === null ? (
      <Text size="sm" c="red" fw={500}>
        <Trans>Not on the order</Trans>
      </Text>
    ) : (
      <Stack gap={0}>
        <Text size="sm" fw={500}>
          {r.line.orderLineNo}. {r.order?.description ?? r.line.description}
        </Text>
        {r.order && (
          <Text size="xs" c="dimmed">
            <Trans>
              at {price}
              {discount}
            </Trans>
          </Text>
        )}
      </Stack>
    );
  };
  const thisInvoice = (r: MatchRow) => {
    const stated = formatDecimal(r.line.quantity);
    const statedUnit = r.line.unitCode;
    return (
      <Stack gap={0}>
        <Text size="sm" ff="monospace">
          {qty(r.line.match?.quantity ?? r.line.quantity, r.order?.unitCode ?? r.line.unitCode)}
        </Text>
        <Text size="xs" c="dimmed" ff="monospace">
          @ {formatMoney(r.line.match?.unitPrice ?? r.line.unitPrice, currency)}
        </Text>
        {r.order && r.line.unitCode !== r.order.unitCode && (
          <Text size="xs" c="dimmed">
            <Trans>
              stated: {stated} {statedUnit}
            </Trans>
          </Text>
        )}
      </Stack>
    );
  };
  const variance = (r: MatchRow) => {
    const price = signed(r.line.match?.priceVariance);
    const quantity = signed(r.line.match?.quantityVariance);
    return (
      <Stack gap={0}>
        <Text size="sm" ff="monospace">
          <Trans>price {price}</Trans>
        </Text>
        <Text size="sm" ff="monospace">
          <Trans>qty {quantity}</Trans>
        </Text>
      </Stack>
    );
  };

  return (
    <SectionCard
      title={t`Three-way match`}
      description={t`Each line against its order line, in the order’s unit and net price: price against the order, quantity against what was accepted and not invoiced before.`}
    >
      {phone ? (
        <Stack gap="md">
          {rows.map((r) => (
            <Paper key={r.line.lineNo} p="sm" withBorder radius="md">
              <Stack gap={6} mb="xs">
                {orderLabel(r)}
                <Box>{status(r.line)}</Box>
              </Stack>
              <SimpleGrid cols={2} spacing="sm" verticalSpacing={6}>
                <DetailField label={t`Ordered`}>{qty(r.order?.quantity, r.order?.unitCode)}</DetailField>
                <DetailField label={t`Accepted`}>
                  {qty(r.order?.quantityAccepted, r.order?.unitCode)}
                </DetailField>
                <DetailField label={t`Invoiced before`}>
                  {qty(r.invoicedBefore, r.order?.unitCode)}
                </DetailField>
                <DetailField label={t`This invoice`}>{thisInvoice(r)}</DetailField>
                <DetailField label={t`Variance`}>{variance(r)}</DetailField>
                {tolerance && r.line.orderLineNo !== null && (
                  <DetailField label={t`Tolerance`}>{tolerance(r.line.orderLineNo)}</DetailField>
                )}
              </SimpleGrid>
              {r.line.match?.explanation && (
                <Text size="sm" mt="xs">
                  {r.line.match.explanation}
                </Text>
              )}
            </Paper>
          ))}
        </Stack>
      ) : (
        <Table.ScrollContainer minWidth={980} scrollAreaProps={KEYBOARD_SCROLL}>
          <Table verticalSpacing="sm" aria-label={t`Three-way match`}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>
                  <Trans>Order line</Trans>
                </Table.Th>
                <Table.Th ta="right">
                  <Trans>Ordered</Trans>
                </Table.Th>
                <Table.Th ta="right">
                  <Trans>Accepted</Trans>
                </Table.Th>
                <Table.Th ta="right">
                  <Trans>Invoiced before</Trans>
                </Table.Th>
                <Table.Th ta="right">
                  <Trans>This invoice</Trans>
                </Table.Th>
                <Table.Th>
                  <Trans>Variance</Trans>
                </Table.Th>
                {tolerance && (
                  <Table.Th>
                    <Trans>Tolerance</Trans>
                  </Table.Th>
                )}
                <Table.Th>
                  <Trans>Match</Trans>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r) => (
                <Table.Tr key={r.line.lineNo}>
                  <Table.Td maw={260}>{orderLabel(r)}</Table.Td>
                  <Table.Td ta="right" ff="monospace" fz="sm" style={{ whiteSpace: 'nowrap' }}>
                    {qty(r.order?.quantity, r.order?.unitCode)}
                  </Table.Td>
                  <Table.Td ta="right" ff="monospace" fz="sm" style={{ whiteSpace: 'nowrap' }}>
                    {qty(r.order?.quantityAccepted, r.order?.unitCode)}
                  </Table.Td>
                  <Table.Td ta="right" ff="monospace" fz="sm" style={{ whiteSpace: 'nowrap' }}>
                    {qty(r.invoicedBefore, r.order?.unitCode)}
                  </Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {thisInvoice(r)}
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{variance(r)}</Table.Td>
                  {tolerance && (
                    <Table.Td fz="sm">
                      {r.line.orderLineNo === null ? '—' : tolerance(r.line.orderLineNo)}
                    </Table.Td>
                  )}
                  <Table.Td maw={320}>
                    <Stack gap={4}>
                      {status(r.line)}
                      {r.line.match?.explanation && (
                        <Text size="xs" lh={1.4}>
                          {r.line.match.explanation}
                        </Text>
                      )}
                    </Stack>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </SectionCard>
  );
}

/** The document's arithmetic: lines, allowances and charges, tax per category and rate, the totals. */
export function InvoiceTotalsCard({ invoice }: { invoice: Invoice }) {
  const { t } = useLingui();
  const c = invoice.currency;
  const money = (v: string) => formatMoney(v, c);
  const totals: [string, string][] = [
    [t`Sum of lines`, invoice.lineExtensionAmount],
    [t`Allowances`, invoice.allowanceTotal],
    [t`Charges`, invoice.chargeTotal],
    [t`Net`, invoice.taxExclusiveAmount],
    [t`Tax`, invoice.taxAmount],
    [t`Total`, invoice.taxInclusiveAmount],
    [t`Prepaid`, invoice.prepaidAmount],
    [t`Rounding`, invoice.roundingAmount],
  ];
  return (
    <SectionCard title={t`Tax and totals`}>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
        <Stack gap="md">
          <Table.ScrollContainer minWidth={280} scrollAreaProps={KEYBOARD_SCROLL}>
            <Table verticalSpacing={6} horizontalSpacing="xs" aria-label={t`Tax breakdown`}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>
                    <Trans>Tax category</Trans>
                  </Table.Th>
                  <Table.Th ta="right">
                    <Trans>Taxable</Trans>
                  </Table.Th>
                  <Table.Th ta="right">
                    <Trans>Tax</Trans>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {invoice.taxSubtotals.map((s) => (
                  <Table.Tr key={`${s.taxCategory}:${s.taxRate}`}>
                    <Table.Td fz="sm">
                      {s.taxCategory} · {formatPercent(s.taxRate)}
                      {s.exemptionReason && (
                        <Text size="xs" c="dimmed">
                          {s.exemptionReason}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td ta="right" ff="monospace" fz="sm">
                      {money(s.taxableAmount)}
                    </Table.Td>
                    <Table.Td ta="right" ff="monospace" fz="sm">
                      {money(s.taxAmount)}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Box>
            <Text size="sm" fw={600} mb={4}>
              <Trans>Allowances and charges</Trans>
            </Text>
            {invoice.allowancesCharges.length === 0 &&
            invoice.lines.every((l) => l.allowancesCharges.length === 0) ? (
              <Muted>
                <Trans>None</Trans>
              </Muted>
            ) : (
              <Stack gap={4}>
                {invoice.allowancesCharges.map((a, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: allowances and charges have no id of their own
                  <Group key={`h${i}`} justify="space-between" wrap="nowrap">
                    <Text size="sm">
                      {a.charge ? <Trans>Charge</Trans> : <Trans>Allowance</Trans>}
                      {a.reason ? `: ${a.reason}` : ''}
                    </Text>
                    <Text size="sm" ff="monospace">
                      {a.charge ? '' : '−'}
                      {money(a.amount)}
                    </Text>
                  </Group>
                ))}
                {invoice.lines.flatMap((l) => {
                  const lineNo = l.lineNo;
                  return l.allowancesCharges.map((a, i) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: allowances and charges have no id of their own
                    <Group key={`l${lineNo}:${i}`} justify="space-between" wrap="nowrap">
                      <Text size="sm">
                        {a.charge ? (
                          <Trans>Line {lineNo}: charge</Trans>
                        ) : (
                          <Trans>Line {lineNo}: allowance</Trans>
                        )}
                        {a.reason ? `: ${a.reason}` : ''}
                      </Text>
                      <Text size="sm" ff="monospace">
                        {a.charge ? '' : '−'}
                        {money(a.amount)}
                      </Text>
                    </Group>
                  ));
                })}
              </Stack>
            )}
          </Box>
        </Stack>
        <Stack gap={4}>
          {totals
            .filter(([label, v]) => !isZero(v) || label === t`Tax` || label === t`Net`)
            .map(([label, v]) => (
              <Group key={label} justify="space-between" wrap="nowrap">
                <Text size="sm" c="dimmed">
                  {label}
                </Text>
                <Text size="sm" ff="monospace">
                  {money(v)}
                </Text>
              </Group>
            ))}
          <Group
            justify="space-between"
            wrap="nowrap"
            pt={6}
            style={{
              borderTopWidth: 1,
              borderTopStyle: 'solid',
              borderTopColor: 'var(--mantine-color-default-border)',
            }}
          >
            <Text size="sm" fw={600}>
              <Trans>Payable</Trans>
            </Text>
            <Text size="sm" fw={600} ff="monospace">
              {money(invoice.payableAmount)}
            </Text>
          </Group>
        </Stack>
      </SimpleGrid>
    </SectionCard>
  );
}

/** The match ledger: which receipts' accepted goods this invoice consumed (or gave back). */
export function InvoiceLedgerCard({
  invoice,
  receiptNumber,
}: {
  invoice: Invoice;
  /** A receipt's number (GR-…), when the viewer may read receipts. */
  receiptNumber?: (receiptId: string) => string | undefined;
}) {
  const { t } = useLingui();
  return (
    <SectionCard
      title={t`Match ledger`}
      description={t`What this invoice consumed of the accepted goods, oldest receipt first; a credit note gives quantity back.`}
    >
      {invoice.matches.length === 0 ? (
        <Muted>
          <Trans>Nothing consumed: the invoice is not matched.</Trans>
        </Muted>
      ) : (
        <Table.ScrollContainer minWidth={560} scrollAreaProps={KEYBOARD_SCROLL}>
          <Table verticalSpacing={6} aria-label={t`Match ledger`}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>
                  <Trans>Invoice line</Trans>
                </Table.Th>
                <Table.Th>
                  <Trans>Order line</Trans>
                </Table.Th>
                <Table.Th>
                  <Trans>Against</Trans>
                </Table.Th>
                <Table.Th ta="right">
                  <Trans>Quantity</Trans>
                </Table.Th>
                <Table.Th ta="right">
                  <Trans>Amount</Trans>
                </Table.Th>
                <Table.Th>
                  <Trans>Recorded</Trans>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {invoice.matches.map((m, i) => {
                const receipt = m.receiptId
                  ? (receiptNumber?.(m.receiptId) ?? m.receiptId.slice(0, 8))
                  : null;
                const receiptLineNo = m.receiptLineNo;
                return (
                  // biome-ignore lint/suspicious/noArrayIndexKey: ledger entries have no id of their own
                  <Table.Tr key={i}>
                    <Table.Td fz="sm">{m.invoiceLineNo}</Table.Td>
                    <Table.Td fz="sm">{m.orderLineNo}</Table.Td>
                    <Table.Td fz="sm">
                      {m.variance ? (
                        <Badge size="sm" color="orange" variant="light" radius="sm">
                          <Trans>Accepted variance</Trans>
                        </Badge>
                      ) : receipt ? (
                        <Trans>
                          Receipt {receipt}, line {receiptLineNo}
                        </Trans>
                      ) : (
                        <Trans>The order (two-way)</Trans>
                      )}
                    </Table.Td>
                    <Table.Td ta="right" ff="monospace" fz="sm">
                      {formatDecimal(m.quantity)}
                    </Table.Td>
                    <Table.Td ta="right" ff="monospace" fz="sm">
                      {formatMoney(m.amount, invoice.currency)}
                    </Table.Td>
                    <Table.Td fz="sm">{formatDateTime(m.recordedAt)}</Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </SectionCard>
  );
}
