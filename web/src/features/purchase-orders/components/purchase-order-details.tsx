import type { OrderAddress, PurchaseOrder } from '@contracts/purchase-orders';
import {
  ActionIcon,
  Anchor,
  Badge,
  Group,
  Progress,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Tooltip,
} from '@mantine/core';
import { IconScissors } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { DetailField, Muted, SectionCard } from '@/components/detail-section';
import {
  countryName,
  formatDate,
  formatDateTime,
  formatDecimal,
  formatMoney,
  formatPercent,
} from '@/lib/format';
import { compareDecimal, percentOf } from '@/lib/money';
import { describeOrderTerms, INCOTERM_NAMES } from '../purchase-order-format';
import { OrderTotals } from './order-totals';

type Order = PurchaseOrder;
type Line = Order['lines'][number];

function AddressBlock({ address }: { address: Partial<OrderAddress> | null }) {
  if (!address?.line1) return <Muted>Not given</Muted>;
  return (
    <Stack gap={0} component="address" style={{ fontStyle: 'normal' }}>
      <Text size="sm">{address.line1}</Text>
      {address.line2 && <Text size="sm">{address.line2}</Text>}
      <Text size="sm">
        {[[address.postalCode, address.city].filter(Boolean).join(' '), address.region]
          .filter(Boolean)
          .join(', ')}
      </Text>
      {address.country && <Text size="sm">{countryName(address.country)}</Text>}
    </Stack>
  );
}

/** A percentage string ("62.50") as a bar width; display only. */
const barValue = (percent: string) => percentOf(percent, '100');

export function ProgressBar({ label, percent, color }: { label: string; percent: string; color: string }) {
  return (
    <Stack gap={2}>
      <Group justify="space-between" gap={4} wrap="nowrap">
        <Text size="xs" c="dimmed">
          {label}
        </Text>
        <Text size="xs" ff="monospace">
          {formatPercent(percent)}
        </Text>
      </Group>
      <Progress value={barValue(percent)} size="sm" color={color} aria-label={`${label} ${percent}%`} />
    </Stack>
  );
}

export function PurchaseOrderSummaryCard({
  order: o,
  renderSupplier,
}: {
  order: Order;
  renderSupplier: (supplierId: string) => ReactNode;
}) {
  return (
    <SectionCard title="Order">
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="lg" verticalSpacing="md">
        <DetailField label="Supplier">
          <Stack gap={2}>
            {renderSupplier(o.supplierId)}
            {o.supplier.taxId && (
              <Text size="xs" c="dimmed">
                Tax ID {o.supplier.taxId}
              </Text>
            )}
          </Stack>
        </DetailField>
        <DetailField label="Supplier address">
          <AddressBlock address={o.supplier.address} />
        </DetailField>
        <DetailField label="Buyer">
          <Stack gap={0}>
            <Text size="sm">{o.buyer.name}</Text>
            <Anchor href={`mailto:${o.buyer.email}`} size="xs">
              {o.buyer.email}
            </Anchor>
          </Stack>
        </DetailField>
        <DetailField label="Order date">{formatDate(o.orderDate)}</DetailField>
        <DetailField label="Expected delivery">
          {o.expectedDeliveryDate ? formatDate(o.expectedDeliveryDate) : <Muted>Not given</Muted>}
        </DetailField>
        <DetailField label="Payment terms">{describeOrderTerms(o)}</DetailField>
        <DetailField label="Currency">
          {o.currency}
          {o.currency !== o.baseCurrency && (
            <Text size="xs" c="dimmed">
              1 {o.currency} = {o.exchangeRate} {o.baseCurrency} ({formatDate(o.exchangeRateDate)})
            </Text>
          )}
        </DetailField>
        <DetailField label="Incoterms">
          {o.incoterms ? (
            <>
              <Text size="sm">
                {o.incoterms} · {INCOTERM_NAMES[o.incoterms]}
              </Text>
              {o.incotermsPlace && (
                <Text size="xs" c="dimmed">
                  {o.incotermsPlace}
                </Text>
              )}
            </>
          ) : (
            <Muted>Not given</Muted>
          )}
        </DetailField>
        <DetailField label="Department / cost centre">
          {o.department || o.costCentre ? (
            <Text size="sm">
              {o.department ? `${o.department.code} · ${o.department.name}` : '—'}
              {o.costCentre && (
                <Text span size="sm" c="dimmed">
                  {' '}
                  / {o.costCentre.code} · {o.costCentre.name}
                </Text>
              )}
            </Text>
          ) : (
            <Muted>Not given</Muted>
          )}
        </DetailField>
        <DetailField label="Submitted">
          {o.submittedAt ? formatDateTime(o.submittedAt) : <Muted>Not yet</Muted>}
        </DetailField>
        <DetailField label="Approved">
          {o.approvedAt ? formatDateTime(o.approvedAt) : <Muted>Not yet</Muted>}
        </DetailField>
        <DetailField label="Revision">
          {o.revision === 0 ? 'Original' : `Revision ${o.revision}`}
          <Text size="xs" c="dimmed">
            Last changed {formatDateTime(o.updatedAt)}
          </Text>
        </DetailField>
      </SimpleGrid>
    </SectionCard>
  );
}

export function PurchaseOrderAddressesCard({ order: o }: { order: Order }) {
  return (
    <SectionCard title="Delivery and billing">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
        <DetailField label="Ship to">
          <AddressBlock address={o.shipTo} />
        </DetailField>
        <DetailField label="Bill to">
          <AddressBlock address={o.billTo} />
        </DetailField>
      </SimpleGrid>
    </SectionCard>
  );
}

export function PurchaseOrderNotesCard({ order: o }: { order: Order }) {
  return (
    <SectionCard title="Notes and terms">
      <Stack gap="md">
        <DetailField label="Notes">
          {o.notes ? (
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {o.notes}
            </Text>
          ) : (
            <Muted>None</Muted>
          )}
        </DetailField>
        <DetailField label="Terms">
          {o.terms ? (
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {o.terms}
            </Text>
          ) : (
            <Muted>None</Muted>
          )}
        </DetailField>
      </Stack>
    </SectionCard>
  );
}

export function PurchaseOrderLinesCard({
  order: o,
  renderItem,
  onShortCloseLine,
}: {
  order: Order;
  renderItem: (itemId: string) => ReactNode;
  /** Offered on lines with something still expected, when the order may be short-closed. */
  onShortCloseLine?: (line: Line) => void;
}) {
  return (
    <SectionCard
      title="Lines"
      description={`${o.lines.length} ${o.lines.length === 1 ? 'line' : 'lines'} · received ${formatPercent(o.progress.receivedPercent)} · billed ${formatPercent(o.progress.billedPercent)}`}
    >
      <Stack gap="lg">
        <Table.ScrollContainer minWidth={900}>
          <Table verticalSpacing="sm" horizontalSpacing="sm" layout="fixed" aria-label="Order lines">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={40}>#</Table.Th>
                <Table.Th>Item</Table.Th>
                <Table.Th w={100} ta="right">
                  Quantity
                </Table.Th>
                <Table.Th w={110} ta="right">
                  Unit price
                </Table.Th>
                <Table.Th w={60} ta="right">
                  Disc.
                </Table.Th>
                <Table.Th w={60} ta="right">
                  Tax
                </Table.Th>
                <Table.Th w={120} ta="right">
                  Net amount
                </Table.Th>
                <Table.Th w={140}>Progress</Table.Th>
                {onShortCloseLine && <Table.Th w={44} aria-label="Actions" />}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {o.lines.map((l) => {
                const expectsMore = compareDecimal(l.progress.outstanding, '0') > 0;
                return (
                  <Table.Tr key={l.id}>
                    <Table.Td c="dimmed" style={{ verticalAlign: 'top' }}>
                      {l.lineNo}
                    </Table.Td>
                    <Table.Td style={{ verticalAlign: 'top', overflowWrap: 'anywhere' }}>
                      <Stack gap={2}>
                        <Text size="sm" fw={500}>
                          {l.description}
                        </Text>
                        <Group gap={6}>
                          {l.itemId ? (
                            renderItem(l.itemId)
                          ) : (
                            <Badge size="xs" variant="outline" color="gray" radius="sm">
                              Free text
                            </Badge>
                          )}
                          {l.neededBy && (
                            <Text size="xs" c="dimmed">
                              needed by {formatDate(l.neededBy)}
                            </Text>
                          )}
                        </Group>
                        {l.sources.length > 0 && (
                          <Group gap={4}>
                            <Text size="xs" c="dimmed">
                              For
                            </Text>
                            {l.sources.map((s) => (
                              <Anchor
                                key={s.requisitionLineId}
                                component={Link}
                                to={`/requisitions/${s.requisitionId}`}
                                size="xs"
                                ff="monospace"
                              >
                                {s.requisitionNumber}/{s.requisitionLineNo} ({formatDecimal(s.quantity)})
                              </Anchor>
                            ))}
                          </Group>
                        )}
                        {l.shortCloseReason && compareDecimal(l.quantityShortClosed, '0') > 0 && (
                          <Text size="xs" c="orange">
                            Short-closed {formatDecimal(l.quantityShortClosed)} {l.unitCode}:{' '}
                            {l.shortCloseReason}
                          </Text>
                        )}
                      </Stack>
                    </Table.Td>
                    <Table.Td ta="right" style={{ verticalAlign: 'top' }}>
                      <Text size="sm" ff="monospace">
                        {formatDecimal(l.quantity)} {l.unitCode}
                      </Text>
                    </Table.Td>
                    <Table.Td ta="right" style={{ verticalAlign: 'top' }}>
                      <Text size="sm" ff="monospace">
                        {formatMoney(l.unitPrice, o.currency)}
                      </Text>
                    </Table.Td>
                    <Table.Td ta="right" style={{ verticalAlign: 'top' }}>
                      <Text size="sm" ff="monospace" c={l.discountPercent === '0' ? 'dimmed' : undefined}>
                        {l.discountPercent === '0' ? '—' : formatPercent(l.discountPercent)}
                      </Text>
                    </Table.Td>
                    <Table.Td ta="right" style={{ verticalAlign: 'top' }}>
                      <Text size="sm" ff="monospace">
                        {formatPercent(l.taxRate)}
                      </Text>
                    </Table.Td>
                    <Table.Td ta="right" style={{ verticalAlign: 'top' }}>
                      <Text size="sm" ff="monospace" fw={500}>
                        {formatMoney(l.netAmount, o.currency)}
                      </Text>
                      <Text size="xs" c="dimmed" ff="monospace">
                        + {formatMoney(l.taxAmount, o.currency)} tax
                      </Text>
                    </Table.Td>
                    <Table.Td style={{ verticalAlign: 'top' }}>
                      <Stack gap={4}>
                        <ProgressBar label="Received" percent={l.progress.receivedPercent} color="teal" />
                        <ProgressBar label="Billed" percent={l.progress.billedPercent} color="indigo" />
                      </Stack>
                    </Table.Td>
                    {onShortCloseLine && (
                      <Table.Td style={{ verticalAlign: 'top' }}>
                        {expectsMore && (
                          <Tooltip label={`Short-close line ${l.lineNo}`}>
                            <ActionIcon
                              variant="subtle"
                              color="orange"
                              aria-label={`Short-close line ${l.lineNo}`}
                              onClick={() => onShortCloseLine(l)}
                            >
                              <IconScissors size={16} />
                            </ActionIcon>
                          </Tooltip>
                        )}
                      </Table.Td>
                    )}
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <Group justify="space-between" align="flex-start" gap="xl">
          <Stack gap="xs" w={260}>
            <ProgressBar label="Received (whole order)" percent={o.progress.receivedPercent} color="teal" />
            <ProgressBar label="Billed (whole order)" percent={o.progress.billedPercent} color="indigo" />
          </Stack>
          <OrderTotals
            totals={o.totals}
            currency={o.currency}
            base={{
              total: o.totalBase,
              currency: o.baseCurrency,
              rate: o.exchangeRate,
              date: o.exchangeRateDate,
            }}
          />
        </Group>
      </Stack>
    </SectionCard>
  );
}
