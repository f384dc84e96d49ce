import type { WorkbenchLine, WorkbenchOrderResult } from '@contracts/requisitions';
import { plural } from '@lingui/core/macro';
import { Plural, Trans, useLingui } from '@lingui/react/macro';
import {
  Alert,
  Anchor,
  Badge,
  Box,
  Button,
  Checkbox,
  Group,
  List,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useDebouncedValue } from '@mantine/hooks';
import { IconAlertTriangle, IconCircleCheck, IconShoppingCartPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { EmptyState, ErrorState, LoadingState } from '@/components/states';
import type { SupplierRankingField } from '@/features/evaluation/components/supplier-ranking';
import { errorMessage, isApiError } from '@/lib/api';
import { todayIso } from '@/lib/dates';
import { isAmountInput, lineAmounts } from '@/lib/document-totals';
import { formatDate, formatDecimal, formatMoney } from '@/lib/format';
import { compareDecimal } from '@/lib/money';
import { useCreateOrdersFromLines, workbenchKeys } from '../queries';

/** What a page's supplier picker (another feature) gets. */
export type SupplierPickerField = {
  'aria-label': string;
  value: string | null;
  onChange: (value: string | null) => void;
  error?: ReactNode;
  placeholder?: string;
  size: 'xs';
};

export type PriceAnswer =
  | { found: true; unitPrice: string; currency: string; minQuantity: string }
  | { found: false; currency: string | null; warning: string };

export type WorkbenchBoardProps = {
  lines: WorkbenchLine[] | undefined;
  isLoading: boolean;
  error: unknown;
  onRetry: () => void;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  onLoadMore: () => void;
  filtered: boolean;
  /** Search and filters, above the lines. */
  toolbar?: ReactNode;
  renderSupplierSelect: (field: SupplierPickerField) => ReactNode;
  /**
   * The suppliers of a catalog item ranked by price and scorecard, each to choose from (another
   * feature); absent where the user may not read scorecards.
   */
  renderSupplierRanking?: (field: SupplierRankingField) => ReactNode;
  /** The supplier's price list price for an item and quantity today, in the supplier's currency. */
  lookUpPrice: (query: { supplierId: string; itemId: string; quantity: string }) => Promise<PriceAnswer>;
  minorUnitsOf: (currency: string) => number;
};

/** What the buyer chose for one line. Blank text means "what the server finds". */
type Pick = { quantity: string; supplierId: string | null; unitPrice: string; taxRate: string };

type LineErrors = Partial<Record<'quantity' | 'supplierId' | 'unitPrice' | 'taxRate' | 'line', string>>;

const FIELD_OF: Record<string, keyof LineErrors> = {
  quantity: 'quantity',
  supplierId: 'supplierId',
  unitPrice: 'unitPrice',
  taxRate: 'taxRate',
  requisitionLineId: 'line',
};

/** The order a line's errors are listed in under it. */
const ERROR_ORDER: (keyof LineErrors)[] = ['line', 'quantity', 'supplierId', 'unitPrice', 'taxRate'];

const numeric = {
  input: { textAlign: 'right' as const, fontFamily: 'var(--mantine-font-family-monospace)' },
};

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const defaultPick = (line: WorkbenchLine): Pick => ({
  quantity: line.quantityRemaining,
  supplierId: line.suggestedSupplier?.id ?? null,
  unitPrice: '',
  taxRate: '',
});

/**
 * The buyer's workbench: open requisition lines, each with the price the server found (or why
 * none); the buyer ticks lines, adjusts quantity, supplier, price and tax where needed, and creates
 * one draft purchase order per supplier.
 */
export function WorkbenchBoard(props: WorkbenchBoardProps) {
  const { t } = useLingui();
  const [picks, setPicks] = useState<Record<string, Pick>>({});
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [expectedDeliveryDate, setExpectedDeliveryDate] = useState<string | null>(null);
  const [lineErrors, setLineErrors] = useState<Record<string, LineErrors>>({});
  const [failure, setFailure] = useState<{ error: unknown; other: string[] } | null>(null);
  const [created, setCreated] = useState<WorkbenchOrderResult['purchaseOrders'] | null>(null);
  const create = useCreateOrdersFromLines();
  const lines = props.lines ?? [];
  const byId = useMemo(() => new Map(lines.map((l) => [l.requisitionLineId, l])), [lines]);
  const chosen = lines.filter((l) => selected.has(l.requisitionLineId));

  const pickOf = (line: WorkbenchLine) => picks[line.requisitionLineId] ?? defaultPick(line);
  const update = (line: WorkbenchLine, patch: Partial<Pick>) => {
    setPicks((p) => ({ ...p, [line.requisitionLineId]: { ...pickOf(line), ...patch } }));
    setLineErrors((e) => {
      if (!e[line.requisitionLineId]) return e;
      const next = { ...e };
      delete next[line.requisitionLineId];
      return next;
    });
  };
  const toggle = (id: string, on: boolean) =>
    setSelected((s) => {
      const next = new Set(s);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const allChecked = lines.length > 0 && lines.every((l) => selected.has(l.requisitionLineId));
  const someChecked = lines.some((l) => selected.has(l.requisitionLineId));
  const suppliers = new Set(chosen.map((l) => pickOf(l).supplierId ?? '—'));

  async function createOrders() {
    const order = chosen.map((l) => l.requisitionLineId);
    setFailure(null);
    setLineErrors({});
    setCreated(null);
    // Checked here first, in the words the server would use: a free-text line has no item to take
    // its tax rate from, and every line needs a quantity above zero.
    const before: Record<string, LineErrors> = {};
    for (const l of chosen) {
      const p = pickOf(l);
      const problems: LineErrors = {};
      if (!isAmountInput(p.quantity) || compareDecimal(p.quantity.trim(), '0') <= 0)
        problems.quantity = t`Enter a quantity greater than 0`;
      if (!l.itemId && !p.taxRate.trim())
        problems.taxRate = t`Enter the tax rate in % (0 when none): a free-text line has no item to take it from`;
      else if (p.taxRate.trim() && !isAmountInput(p.taxRate))
        problems.taxRate = t`Enter the tax rate as a number of percent, e.g. 20`;
      if (Object.keys(problems).length) before[l.requisitionLineId] = problems;
    }
    if (Object.keys(before).length) {
      setLineErrors(before);
      return;
    }
    try {
      const result = await create.mutateAsync({
        lines: chosen.map((l) => {
          const p = pickOf(l);
          return {
            requisitionLineId: l.requisitionLineId,
            quantity: p.quantity.trim(),
            ...(p.supplierId && p.supplierId !== l.suggestedSupplier?.id ? { supplierId: p.supplierId } : {}),
            ...(p.unitPrice.trim() ? { unitPrice: p.unitPrice.trim() } : {}),
            ...(p.taxRate.trim() ? { taxRate: p.taxRate.trim() } : {}),
          };
        }),
        ...(expectedDeliveryDate ? { expectedDeliveryDate } : {}),
      });
      setCreated(result.purchaseOrders);
      setSelected(new Set());
      setPicks({});
    } catch (err) {
      // "lines[2].unitPrice" names the third picked line: show it on that line.
      const errors: Record<string, LineErrors> = {};
      const other: string[] = [];
      if (isApiError(err)) {
        for (const e of err.fieldErrors) {
          const match = /^lines[.[](\d+)\]?(?:\.(\w+))?/.exec(e.path);
          const id = match ? order[Number(match[1])] : undefined;
          if (!id) {
            other.push(e.path ? `${e.path}: ${e.message}` : e.message);
            continue;
          }
          const field = FIELD_OF[match?.[2] ?? ''] ?? 'line';
          errors[id] = { ...errors[id], [field]: capitalise(e.message) };
        }
      }
      setLineErrors(errors);
      setFailure({ error: err, other });
    }
  }

  let body: ReactNode;
  if (props.error && lines.length === 0) {
    body = (
      <Box p="md">
        <ErrorState error={props.error} onRetry={props.onRetry} />
      </Box>
    );
  } else if (props.isLoading && !props.lines) {
    body = <LoadingState label={t`Loading open lines…`} />;
  } else if (lines.length === 0) {
    body = (
      <EmptyState title={props.filtered ? t`No line matches` : t`Nothing waiting to be ordered`}>
        {props.filtered
          ? t`Try another search or clear the filters.`
          : t`Lines of approved requisitions appear here until they are fully ordered.`}
      </EmptyState>
    );
  } else {
    body = (
      <Table.ScrollContainer minWidth={1060}>
        <Table
          verticalSpacing="sm"
          horizontalSpacing="xs"
          layout="fixed"
          aria-label={t`Open requisition lines`}
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={40}>
                <Checkbox
                  aria-label={t`Select all lines shown`}
                  checked={allChecked}
                  indeterminate={someChecked && !allChecked}
                  onChange={(e) => {
                    const on = e.currentTarget.checked;
                    setSelected(on ? new Set(lines.map((l) => l.requisitionLineId)) : new Set());
                  }}
                />
              </Table.Th>
              <Table.Th>
                <Trans>Requisition line</Trans>
              </Table.Th>
              <Table.Th w={108}>
                <Trans>Needed by</Trans>
              </Table.Th>
              <Table.Th w={96} ta="right">
                <Trans>Remaining</Trans>
              </Table.Th>
              <Table.Th w={96} ta="right">
                <Trans>Order qty</Trans>
              </Table.Th>
              <Table.Th w={230}>
                <Trans>Supplier</Trans>
              </Table.Th>
              <Table.Th w={170}>
                <Trans>Unit price</Trans>
              </Table.Th>
              <Table.Th w={72} ta="right">
                <Trans>Tax %</Trans>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {lines.map((line) => (
              <WorkbenchRow
                key={line.requisitionLineId}
                line={line}
                pick={pickOf(line)}
                selected={selected.has(line.requisitionLineId)}
                errors={lineErrors[line.requisitionLineId]}
                onSelect={(on) => toggle(line.requisitionLineId, on)}
                onChange={(patch) => {
                  update(line, patch);
                  toggle(line.requisitionLineId, true);
                }}
                board={props}
              />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    );
  }

  return (
    <Stack gap="md">
      {props.toolbar && (
        <Group gap="sm" align="flex-end" wrap="wrap">
          {props.toolbar}
        </Group>
      )}
      {created && (
        <Alert
          color="teal"
          variant="light"
          icon={<IconCircleCheck size={18} />}
          title={t`${plural(created.length, { one: '# purchase order created', other: '# purchase orders created' })}`}
          withCloseButton
          onClose={() => setCreated(null)}
          role="status"
        >
          <Stack gap={6}>
            <Text size="sm">
              <Trans>Drafts, one per supplier. Open each to check it and submit it for approval.</Trans>
            </Text>
            <List size="sm" spacing={4}>
              {created.map((o) => (
                <List.Item key={o.id}>
                  <Anchor component={Link} to={`/purchase-orders/${o.id}`} ff="monospace" fw={600}>
                    {o.number}
                  </Anchor>{' '}
                  · <Plural value={o.lineCount} one="# line" other="# lines" /> ·{' '}
                  {formatMoney(o.total, o.currency)}
                  {o.warnings.map((w) => (
                    <Text key={w.code} size="xs" c="orange">
                      {w.message}
                    </Text>
                  ))}
                </List.Item>
              ))}
            </List>
          </Stack>
        </Alert>
      )}
      {failure && (
        <Alert
          color="red"
          variant="light"
          icon={<IconAlertTriangle size={18} />}
          title={
            isApiError(failure.error) && failure.error.fieldErrors.length > 0
              ? t`Some lines cannot be ordered like this: see the highlighted lines`
              : t`No purchase order was created`
          }
          role="alert"
        >
          {!(isApiError(failure.error) && failure.error.fieldErrors.length > 0) && (
            <Text size="sm">{errorMessage(failure.error)}</Text>
          )}
          {failure.other.length > 0 && (
            <List size="sm">
              {failure.other.map((m) => (
                <List.Item key={m}>{m}</List.Item>
              ))}
            </List>
          )}
        </Alert>
      )}
      <Paper withBorder radius="md" style={{ overflow: 'hidden' }}>
        {body}
      </Paper>
      {props.hasNextPage && (
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onLoadMore} loading={props.isFetchingNextPage}>
            <Trans>Load more lines</Trans>
          </Button>
        </Group>
      )}
      <Paper
        withBorder
        radius="md"
        p="sm"
        shadow={chosen.length > 0 ? 'md' : undefined}
        style={{ position: 'sticky', bottom: 12, zIndex: 5 }}
        aria-label={t`Order the selected lines`}
        role="region"
      >
        <Group justify="space-between" wrap="wrap" gap="sm">
          <Text size="sm" c={chosen.length ? undefined : 'dimmed'} aria-live="polite">
            {chosen.length === 0
              ? t`Tick the lines to order.`
              : t`${plural(chosen.length, { one: '# line selected', other: '# lines selected' })} · ${plural(
                  suppliers.size,
                  { one: '# supplier: one order', other: '# suppliers: # orders' },
                )}`}
          </Text>
          {/* eslint-disable-next-line lingui/no-unlocalized-strings -- a CSS flex value, not text */}
          <Group gap="sm" wrap="wrap" style={{ flex: '1 1 auto', justifyContent: 'flex-end' }}>
            <DateInput
              aria-label={t`Expected delivery`}
              placeholder={t`Expected delivery (optional)`}
              valueFormat="YYYY-MM-DD"
              clearable
              minDate={todayIso()}
              value={expectedDeliveryDate}
              onChange={setExpectedDeliveryDate}
              w={{ base: '100%', xs: 230 }}
            />
            <Button
              leftSection={<IconShoppingCartPlus size={16} />}
              disabled={chosen.length === 0 || [...selected].some((id) => !byId.has(id))}
              loading={create.isPending}
              onClick={() => void createOrders()}
              w={{ base: '100%', xs: 'auto' }}
            >
              <Trans>Create purchase orders</Trans>
            </Button>
          </Group>
        </Group>
      </Paper>
    </Stack>
  );
}

function WorkbenchRow({
  line,
  pick,
  selected,
  errors,
  onSelect,
  onChange,
  board,
}: {
  line: WorkbenchLine;
  pick: Pick;
  selected: boolean;
  errors: LineErrors | undefined;
  onSelect: (on: boolean) => void;
  onChange: (patch: Partial<Pick>) => void;
  board: WorkbenchBoardProps;
}) {
  const { t } = useLingui();
  const { requisitionNumber, lineNo } = line;
  const label = t`${requisitionNumber} line ${lineNo}`;
  const [quantity] = useDebouncedValue(pick.quantity.trim(), 400);
  const quantityValid = isAmountInput(quantity) && compareDecimal(quantity, '0') > 0;
  // The server's price fits the suggested supplier and the remaining quantity; anything else is looked up.
  const differs =
    pick.supplierId !== (line.suggestedSupplier?.id ?? null) || quantity !== line.quantityRemaining;
  /** A line's error as it is listed under it, introduced by the field it is about. */
  const errorLine = (field: keyof LineErrors, message: string) => {
    switch (field) {
      case 'quantity':
        return t`Quantity: ${message}`;
      case 'supplierId':
        return t`Supplier: ${message}`;
      case 'unitPrice':
        return t`Unit price: ${message}`;
      case 'taxRate':
        return t`Tax rate: ${message}`;
      default:
        return message;
    }
  };
  const lookup = useQuery({
    queryKey: workbenchKeys.price({ supplierId: pick.supplierId, itemId: line.itemId, quantity }),
    queryFn: () => board.lookUpPrice({ supplierId: pick.supplierId!, itemId: line.itemId!, quantity }),
    enabled: differs && !!pick.supplierId && !!line.itemId && quantityValid,
    staleTime: 60_000,
    retry: false,
  });

  let price: { unitPrice: string; currency: string; minQuantity: string } | null = null;
  let warning: string | null = null;
  if (!differs) {
    price = line.price;
    warning = line.price ? line.warning : (line.warning ?? t`No valid price: enter one`);
  } else if (!pick.supplierId) {
    warning = t`Choose a supplier`;
  } else if (!line.itemId) {
    warning = t`Free-text line: enter the agreed price`;
  } else if (lookup.data?.found) {
    price = lookup.data;
  } else if (lookup.data && !lookup.data.found) {
    warning = lookup.data.warning;
  }
  const currency = price?.currency ?? (lookup.data && !lookup.data.found ? lookup.data.currency : null);
  const unitPrice = pick.unitPrice.trim() || price?.unitPrice || '';
  const amount =
    currency && isAmountInput(unitPrice) && isAmountInput(pick.quantity)
      ? lineAmounts({ quantity: pick.quantity.trim(), unitPrice, taxRate: '0' }, board.minorUnitsOf(currency))
          .net
      : null;
  const requested = formatDecimal(line.quantity);
  const unitCode = line.unitCode;
  const listPrice = price ? formatMoney(price.unitPrice, price.currency) : null;
  const minQuantity = price ? formatDecimal(price.minQuantity) : '';
  const leadTimeDays = line.price && !differs ? line.price.leadTimeDays : null;
  const listAmount = price && amount ? formatMoney(amount, price.currency) : null;
  const over = isAmountInput(pick.quantity) && compareDecimal(pick.quantity, line.quantityRemaining) > 0;

  return (
    <>
      <Table.Tr bg={selected ? 'var(--mantine-color-indigo-light)' : undefined}>
        <Table.Td style={{ verticalAlign: 'top' }}>
          <Checkbox
            aria-label={t`Select ${label}`}
            checked={selected}
            onChange={(e) => onSelect(e.currentTarget.checked)}
            mt={4}
          />
        </Table.Td>
        <Table.Td style={{ verticalAlign: 'top', overflowWrap: 'anywhere' }}>
          <Stack gap={2}>
            <Text size="sm" fw={500}>
              {line.description}
            </Text>
            <Group gap={6}>
              <Anchor component={Link} to={`/requisitions/${line.requisitionId}`} size="xs" ff="monospace">
                {line.requisitionNumber}/{line.lineNo}
              </Anchor>
              <Text size="xs" c="dimmed">
                {line.requesterName} · {line.departmentCode}
              </Text>
              {line.itemSku ? (
                <Badge size="xs" variant="light" color="gray" radius="sm" tt="none">
                  {line.itemSku}
                </Badge>
              ) : (
                <Badge size="xs" variant="outline" color="gray" radius="sm">
                  <Trans>Free text</Trans>
                </Badge>
              )}
              <Text size="xs" c="dimmed">
                {line.categoryCode}
              </Text>
            </Group>
          </Stack>
        </Table.Td>
        <Table.Td style={{ verticalAlign: 'top' }}>
          <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
            {line.neededBy ? formatDate(line.neededBy) : '—'}
          </Text>
        </Table.Td>
        <Table.Td ta="right" style={{ verticalAlign: 'top' }}>
          <Text size="sm" ff="monospace">
            {formatDecimal(line.quantityRemaining)} {line.unitCode}
          </Text>
          {compareDecimal(line.quantityOrdered, '0') > 0 && (
            <Text size="xs" c="dimmed">
              <Trans>of {requested}</Trans>
            </Text>
          )}
        </Table.Td>
        <Table.Td style={{ verticalAlign: 'top' }}>
          <TextInput
            size="xs"
            aria-label={t`Quantity to order, ${label}`}
            inputMode="decimal"
            autoComplete="off"
            styles={numeric}
            value={pick.quantity}
            onChange={(e) => onChange({ quantity: e.currentTarget.value })}
            error={!!errors?.quantity}
            description={over && !errors?.quantity ? t`More than requested` : undefined}
          />
        </Table.Td>
        <Table.Td style={{ verticalAlign: 'top' }}>
          {board.renderSupplierSelect({
            'aria-label': t`Supplier, ${label}`,
            placeholder: t`Choose a supplier`,
            size: 'xs',
            value: pick.supplierId,
            onChange: (supplierId) => onChange({ supplierId }),
            error: !!errors?.supplierId,
          })}
          {line.suggestedSupplier?.status === 'on_hold' && pick.supplierId === line.suggestedSupplier.id && (
            <Text size="xs" c="orange" mt={2}>
              <Trans>Supplier on hold</Trans>
            </Text>
          )}
          {line.itemId &&
            board.renderSupplierRanking?.({
              itemId: line.itemId,
              quantity: pick.quantity,
              value: pick.supplierId,
              onChoose: (supplierId) => onChange({ supplierId }),
              label,
            })}
        </Table.Td>
        <Table.Td style={{ verticalAlign: 'top' }}>
          <TextInput
            size="xs"
            aria-label={t`Unit price, ${label}`}
            inputMode="decimal"
            autoComplete="off"
            styles={numeric}
            placeholder={price ? price.unitPrice : t`Enter price`}
            value={pick.unitPrice}
            onChange={(e) => onChange({ unitPrice: e.currentTarget.value })}
            error={!!errors?.unitPrice}
            rightSection={
              currency ? (
                <Text size="xs" c="dimmed">
                  {currency}
                </Text>
              ) : undefined
            }
            rightSectionWidth={40}
          />
          {lookup.isFetching ? (
            <Text size="xs" c="dimmed" mt={2}>
              <Trans>Looking up the price…</Trans>
            </Text>
          ) : pick.unitPrice.trim() ? (
            <Text size="xs" c="dimmed" mt={2}>
              {listPrice ? <Trans>Your price (list: {listPrice})</Trans> : <Trans>Your price</Trans>}
            </Text>
          ) : price ? (
            <Tooltip
              label={
                leadTimeDays !== null
                  ? t`Price list entry from ${minQuantity} ${unitCode}, lead time ${leadTimeDays} days`
                  : t`Price list entry from ${minQuantity} ${unitCode}`
              }
            >
              <Text size="xs" c="teal" mt={2}>
                {listAmount ? <Trans>Price list · {listAmount}</Trans> : <Trans>Price list</Trans>}
              </Text>
            </Tooltip>
          ) : warning ? (
            <Text size="xs" c="orange" mt={2}>
              {warning}
            </Text>
          ) : null}
        </Table.Td>
        <Table.Td style={{ verticalAlign: 'top' }}>
          <TextInput
            size="xs"
            aria-label={t`Tax rate percent, ${label}`}
            inputMode="decimal"
            autoComplete="off"
            styles={numeric}
            placeholder={line.itemId ? t`Item’s` : t`Required`}
            title={
              line.itemId ? t`Blank: the item’s tax rate` : t`Required for a free-text line: it has no item`
            }
            value={pick.taxRate}
            onChange={(e) => onChange({ taxRate: e.currentTarget.value })}
            error={!!errors?.taxRate}
          />
        </Table.Td>
      </Table.Tr>
      {errors && Object.keys(errors).length > 0 && (
        <Table.Tr bg={selected ? 'var(--mantine-color-indigo-light)' : undefined}>
          <Table.Td />
          <Table.Td colSpan={7} pt={0}>
            <Stack gap={2} role="alert" aria-label={t`Problems with ${label}`}>
              {ERROR_ORDER.filter((k) => errors[k]).map((k) => (
                <Text key={k} size="xs" c="red">
                  <IconAlertTriangle size={12} style={{ verticalAlign: -1, marginRight: 4 }} />
                  {errorLine(k, errors[k] ?? '')}
                </Text>
              ))}
            </Stack>
          </Table.Td>
        </Table.Tr>
      )}
    </>
  );
}
