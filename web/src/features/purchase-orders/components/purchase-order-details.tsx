import type { OrderAddress, PurchaseOrder } from '@contracts/purchase-orders';
import { plural } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
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
  formatAddress,
  formatDate,
  formatDateTime,
  formatDecimal,
  formatMoney,
  formatPercent,
} from '@/lib/format';
import { compareDecimal, isZero as isZeroDecimal, percentOf, subtractDecimal } from '@/lib/money';
import { taxCategoryName } from '@/lib/tax-categories';
import { describeOrderTerms, incotermName } from '../purchase-order-format';
import { OrderTotals } from './order-totals';

type Order = PurchaseOrder;
type Line = Order['lines'][number];

function AddressBlock({ address }: { address: Partial<OrderAddress> | null }) {
  if (!address?.line1)
    return (
      <Muted>
        <Trans>Not given</Trans>
      </Muted>
    );
  return (
    <Stack gap={0} component="address" style={{ fontStyle: 'normal' }}>
      {formatAddress(address).map((line) => (
        <Text size="sm" key={line}>
          {line}
        </Text>
      ))}
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
  const { t, i18n } = useLingui();
  const taxId = o.supplier.taxId;
  const notGiven = (
    <Muted>
      <Trans>Not given</Trans>
    </Muted>
  );
  const notYet = (
    <Muted>
      <Trans>Not yet</Trans>
    </Muted>
  );
  const revision = o.revision;
  const lastChanged = formatDateTime(o.updatedAt);
  return (
    <SectionCard title={t`Order`}>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="lg" verticalSpacing="md">
        <DetailField label={t`Supplier`}>
          <Stack gap={2}>
            {renderSupplier(o.supplierId)}
            {taxId && (
              <Text size="xs" c="dimmed">
                <Trans>Tax ID {taxId}</Trans>
              </Text>
            )}
          </Stack>
        </DetailField>
        <DetailField label={t`Supplier address`}>
          <AddressBlock address={o.supplier.address} />
        </DetailField>
        <DetailField label={t`Buyer`}>
          <Stack gap={0}>
            <Text size="sm">{o.buyer.name}</Text>
            <Anchor href={`mailto:${o.buyer.email}`} size="xs">
              {o.buyer.email}
            </Anchor>
          </Stack>
        </DetailField>
        <DetailField label={t`Order date`}>{formatDate(o.orderDate)}</DetailField>
        <DetailField label={t`Expected delivery`}>
          {o.expectedDeliveryDate ? formatDate(o.expectedDeliveryDate) : notGiven}
        </DetailField>
        <DetailField label={t`Payment terms`}>{describeOrderTerms(i18n, o)}</DetailField>
        <DetailField label={t`Currency`}>
          {o.currency}
          {o.currency !== o.baseCurrency && (
            <Text size="xs" c="dimmed">
              1 {o.currency} = {o.exchangeRate} {o.baseCurrency} ({formatDate(o.exchangeRateDate)})
            </Text>
          )}
        </DetailField>
        <DetailField label={t`Incoterms`}>
          {o.incoterms ? (
            <>
              <Text size="sm">
                {o.incoterms} · {incotermName(i18n, o.incoterms)}
              </Text>
              {o.incotermsPlace && (
                <Text size="xs" c="dimmed">
                  {o.incotermsPlace}
                </Text>
              )}
            </>
          ) : (
            notGiven
          )}
        </DetailField>
        <DetailField label={t`Department / cost centre`}>
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
            notGiven
          )}
        </DetailField>
        <DetailField label={t`Submitted`}>
          {o.submittedAt ? formatDateTime(o.submittedAt) : notYet}
        </DetailField>
        <DetailField label={t`Approved`}>{o.approvedAt ? formatDateTime(o.approvedAt) : notYet}</DetailField>
        <DetailField label={t`Revision`}>
          {revision === 0 ? t`Original` : t`Revision ${revision}`}
          <Text size="xs" c="dimmed">
            <Trans>Last changed {lastChanged}</Trans>
          </Text>
        </DetailField>
      </SimpleGrid>
    </SectionCard>
  );
}

export function PurchaseOrderAddressesCard({ order: o }: { order: Order }) {
  const { t } = useLingui();
  return (
    <SectionCard title={t`Delivery and billing`}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
        <DetailField label={t`Ship to`}>
          <AddressBlock address={o.shipTo} />
        </DetailField>
        <DetailField label={t`Bill to`}>
          <AddressBlock address={o.billTo} />
        </DetailField>
      </SimpleGrid>
    </SectionCard>
  );
}

export function PurchaseOrderNotesCard({ order: o }: { order: Order }) {
  const { t } = useLingui();
  const none = (
    <Muted>
      <Trans>None</Trans>
    </Muted>
  );
  return (
    <SectionCard title={t`Notes and terms`}>
      <Stack gap="md">
        <DetailField label={t`Notes`}>
          {o.notes ? (
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {o.notes}
            </Text>
          ) : (
            none
          )}
        </DetailField>
        <DetailField label={t`Terms`}>
          {o.terms ? (
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {o.terms}
            </Text>
          ) : (
            none
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
  const { t, i18n } = useLingui();
  const lineCount = o.lines.length;
  // Only accepted goods count as delivered; what awaits inspection or was rejected is said per line.
  const received = formatPercent(o.progress.acceptedPercent);
  const billed = formatPercent(o.progress.billedPercent);
  return (
    <SectionCard
      title={t`Lines`}
      description={plural(lineCount, {
        one: `# line · received ${received} · billed ${billed}`,
        other: `# lines · received ${received} · billed ${billed}`,
      })}
    >
      <Stack gap="lg">
        <Table.ScrollContainer minWidth={900}>
          <Table verticalSpacing="sm" horizontalSpacing="sm" layout="fixed" aria-label={t`Order lines`}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={40}>#</Table.Th>
                <Table.Th>
                  <Trans>Item</Trans>
                </Table.Th>
                <Table.Th w={100} ta="right">
                  <Trans>Quantity</Trans>
                </Table.Th>
                <Table.Th w={110} ta="right">
                  <Trans>Unit price</Trans>
                </Table.Th>
                <Table.Th w={60} ta="right">
                  <Trans>Disc.</Trans>
                </Table.Th>
                <Table.Th w={60} ta="right">
                  <Trans>Tax</Trans>
                </Table.Th>
                <Table.Th w={120} ta="right">
                  <Trans>Net amount</Trans>
                </Table.Th>
                <Table.Th w={140}>
                  <Trans>Progress</Trans>
                </Table.Th>
                {onShortCloseLine && <Table.Th w={44} aria-label={t`Actions`} />}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {o.lines.map((l) => {
                const expectsMore = compareDecimal(l.progress.outstanding, '0') > 0;
                const neededBy = l.neededBy ? formatDate(l.neededBy) : null;
                // Returns for credit are part of the short-closed quantity; the line says them apart.
                const shortClosedOnly = subtractDecimal(l.quantityShortClosed, l.quantityCredited);
                const shortClosed = formatDecimal(shortClosedOnly);
                const { unitCode, shortCloseReason, lineNo } = l;
                const tax = formatMoney(l.taxAmount, o.currency);
                const pendingInspection = formatDecimal(l.progress.pendingInspection);
                const rejected = formatDecimal(l.quantityRejected);
                const returned = formatDecimal(l.quantityReturned);
                const credited = formatDecimal(l.quantityCredited);
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
                              <Trans>Free text</Trans>
                            </Badge>
                          )}
                          {neededBy && (
                            <Text size="xs" c="dimmed">
                              <Trans>needed by {neededBy}</Trans>
                            </Text>
                          )}
                        </Group>
                        {l.sources.length > 0 && (
                          <Group gap={4}>
                            <Text size="xs" c="dimmed">
                              <Trans>For</Trans>
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
                        {shortCloseReason && compareDecimal(shortClosedOnly, '0') > 0 && (
                          <Text size="xs" c="orange">
                            <Trans>
                              Short-closed {shortClosed} {unitCode}: {shortCloseReason}
                            </Trans>
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
                      <Text size="sm" ff="monospace" title={taxCategoryName(i18n, l.taxCategory)}>
                        {formatPercent(l.taxRate)}
                      </Text>
                      {l.taxCategory !== 'S' && l.taxCategory !== 'Z' && (
                        <Text size="xs" c="dimmed">
                          {taxCategoryName(i18n, l.taxCategory)}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td ta="right" style={{ verticalAlign: 'top' }}>
                      <Text size="sm" ff="monospace" fw={500}>
                        {formatMoney(l.netAmount, o.currency)}
                      </Text>
                      <Text size="xs" c="dimmed" ff="monospace">
                        <Trans>+ {tax} tax</Trans>
                      </Text>
                    </Table.Td>
                    <Table.Td style={{ verticalAlign: 'top' }}>
                      <Stack gap={4}>
                        <ProgressBar label={t`Received`} percent={l.progress.acceptedPercent} color="teal" />
                        {!isZeroDecimal(l.progress.pendingInspection) && (
                          <Text size="xs" c="yellow.9">
                            <Trans>{pendingInspection} awaiting inspection</Trans>
                          </Text>
                        )}
                        {!isZeroDecimal(l.quantityRejected) && (
                          <Text size="xs" c="red.8">
                            <Trans>{rejected} rejected</Trans>
                          </Text>
                        )}
                        {!isZeroDecimal(l.quantityReturned) && (
                          <Text size="xs" c="dimmed">
                            {isZeroDecimal(l.quantityCredited) ? (
                              <Trans>{returned} returned, replacement expected</Trans>
                            ) : (
                              <Trans>
                                {returned} returned, {credited} to be credited
                              </Trans>
                            )}
                          </Text>
                        )}
                        <ProgressBar label={t`Billed`} percent={l.progress.billedPercent} color="indigo" />
                      </Stack>
                    </Table.Td>
                    {onShortCloseLine && (
                      <Table.Td style={{ verticalAlign: 'top' }}>
                        {expectsMore && (
                          <Tooltip label={t`Short-close line ${lineNo}`}>
                            <ActionIcon
                              variant="subtle"
                              color="orange"
                              aria-label={t`Short-close line ${lineNo}`}
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
            <ProgressBar
              label={t`Received (whole order)`}
              percent={o.progress.acceptedPercent}
              color="teal"
            />
            <ProgressBar label={t`Billed (whole order)`} percent={o.progress.billedPercent} color="indigo" />
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
