import { plural } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import {
  Anchor,
  Badge,
  Button,
  Group,
  List,
  Modal,
  Stack,
  Text,
  TextInput,
  VisuallyHidden,
} from '@mantine/core';
import { IconAlertTriangle, IconCoins, IconTrash } from '@tabler/icons-react';
import { type FormEvent, useEffect, useState } from 'react';
import { Link } from 'react-router';
import { type Column, DataTable } from '@/components/data-table';
import { MaskedValue } from '@/components/masked-value';
import { RowAction } from '@/components/row-action';
import { StaleRecordAlert } from '@/components/stale-record-alert';
import { errorMessage, isApiError } from '@/lib/api';
import { translateFieldMessage } from '@/lib/contract-messages';
import { formatDate, formatMoney } from '@/lib/format';
import { isNegative, isZero } from '@/lib/money';
import { LINE_STATUS_LABELS, METHOD_LABELS, PAYMENT_STATUS_LABELS, REASON_LABELS } from '../labels';
import {
  type Payment,
  type PaymentRun,
  type PaymentRunLine,
  type PaymentRunSupplier,
  usePaymentRun,
  useRevisePaymentRun,
} from '../queries';

const numeric = { fontVariantNumeric: 'tabular-nums' } as const;

/** Per supplier and currency: what the run pays, how, and what stops it or deserves a look. */
export function RunSuppliersTable({ run }: { run: PaymentRun }) {
  const { t, i18n } = useLingui();
  const columns: Column<PaymentRunSupplier>[] = [
    {
      key: 'supplier',
      header: t`Supplier`,
      phone: 'title',
      render: (s) => (
        <Stack gap={4}>
          <Anchor component={Link} to={`/suppliers/${s.supplierId}`} fw={600}>
            {s.supplierName}
          </Anchor>
          {s.problems.map((p) => (
            <Text key={p} size="sm" c="red" role="alert">
              <IconAlertTriangle size={14} style={{ verticalAlign: -2 }} /> {p}
            </Text>
          ))}
          {s.warnings.map((w) => (
            <Text key={w} size="sm" c="orange.8">
              {w}
            </Text>
          ))}
        </Stack>
      ),
    },
    {
      key: 'documents',
      header: t`Invoices`,
      width: 150,
      render: (s) => {
        const invoices = plural(s.invoices, { one: '# invoice', other: '# invoices' });
        const credits = plural(s.creditNotes, { one: '# credit note', other: '# credit notes' });
        return s.creditNotes > 0 ? `${invoices}, ${credits}` : invoices;
      },
    },
    {
      key: 'method',
      header: t`How`,
      width: 170,
      hideOnMobile: true,
      render: (s) => (s.method ? i18n._(METHOD_LABELS[s.method]) : '—'),
    },
    {
      key: 'discount',
      header: t({ message: 'Discount', context: 'early payment' }),
      align: 'right',
      width: 130,
      render: (s) => (
        <span style={numeric}>
          {isZero(s.discountAmount) ? '—' : formatMoney(s.discountAmount, s.currency)}
        </span>
      ),
    },
    {
      key: 'amount',
      header: t`To pay`,
      align: 'right',
      width: 150,
      phone: 'aside',
      render: (s) => (
        <Text fw={600} size="sm" style={numeric}>
          {formatMoney(s.amount, s.currency)}
        </Text>
      ),
    },
  ];
  return (
    <DataTable
      label={t`Suppliers paid`}
      columns={columns}
      rows={run.suppliers}
      rowKey={(s) => `${s.supplierId}-${s.currency}`}
      minWidth={760}
    />
  );
}

/** The invoices and credit notes of the run; in a draft each can be removed or paid in part. */
export function RunLinesTable({ run, editable }: { run: PaymentRun; editable: boolean }) {
  const { t, i18n } = useLingui();
  const revise = useRevisePaymentRun();
  const reload = useReloadRun(run.id);
  const [partial, setPartial] = useState<PaymentRunLine | null>(null);
  const [error, setError] = useState<unknown>(null);
  const supplierNames = new Map(run.suppliers.map((s) => [s.supplierId, s.supplierName]));

  async function remove(line: PaymentRunLine) {
    setError(null);
    try {
      await revise.mutateAsync({
        id: run.id,
        version: run.version,
        lines: [{ lineNo: line.lineNo, remove: true }],
      });
    } catch (err) {
      setError(err);
    }
  }

  const columns: Column<PaymentRunLine>[] = [
    {
      key: 'invoice',
      header: t`Invoice`,
      phone: 'title',
      render: (l) => (
        <Stack gap={0}>
          <Group gap={6} wrap="nowrap">
            <Anchor component={Link} to={`/invoices/${l.invoiceId}`} fw={600}>
              {l.invoiceNumber}
            </Anchor>
            {l.kind === 'credit_note' && (
              <Badge size="xs" color="grape" variant="light">
                <Trans>Credit note</Trans>
              </Badge>
            )}
          </Group>
          <Text size="xs" c="dimmed">
            {l.supplierInvoiceNumber} · {l.purchaseOrderNumber}
          </Text>
        </Stack>
      ),
    },
    {
      key: 'supplier',
      header: t`Supplier`,
      hideOnMobile: true,
      render: (l) => supplierNames.get(l.supplierId) ?? '',
    },
    {
      key: 'due',
      header: t`Due`,
      width: 150,
      render: (l) => (
        <Stack gap={0}>
          <Text size="sm">{formatDate(l.dueDate)}</Text>
          <Text size="xs" c={l.reason === 'discount' ? 'teal.8' : 'dimmed'}>
            {i18n._(REASON_LABELS[l.reason])}
            {l.reason === 'discount' && l.discountDate ? ` · ${formatDate(l.discountDate)}` : ''}
          </Text>
        </Stack>
      ),
    },
    {
      key: 'open',
      header: t`Open`,
      align: 'right',
      width: 120,
      hideOnMobile: true,
      render: (l) => <span style={numeric}>{formatMoney(l.openAmount, l.currency)}</span>,
    },
    {
      key: 'discount',
      header: t({ message: 'Discount', context: 'early payment' }),
      align: 'right',
      width: 110,
      render: (l) => (
        <span style={numeric}>
          {isZero(l.discountAmount) ? '—' : formatMoney(l.discountAmount, l.currency)}
        </span>
      ),
    },
    {
      key: 'amount',
      header: t`Paid`,
      align: 'right',
      width: 130,
      phone: 'aside',
      render: (l) => (
        <Text size="sm" fw={600} c={isNegative(l.amount) ? 'grape.8' : undefined} style={numeric}>
          {formatMoney(l.amount, l.currency)}
        </Text>
      ),
    },
    editable
      ? {
          key: 'actions',
          header: <VisuallyHidden>{t`Actions`}</VisuallyHidden>,
          width: 90,
          render: (l) => {
            const { invoiceNumber } = l;
            return (
              <Group gap={2} wrap="nowrap">
                {l.kind === 'invoice' && (
                  <RowAction
                    label={t`Pay ${invoiceNumber} in part`}
                    icon={<IconCoins size={16} />}
                    onClick={() => setPartial(l)}
                  />
                )}
                <RowAction
                  label={t`Remove ${invoiceNumber} from the run`}
                  icon={<IconTrash size={16} />}
                  color="red"
                  onClick={() => void remove(l)}
                />
              </Group>
            );
          },
        }
      : {
          key: 'status',
          header: t`Status`,
          width: 130,
          render: (l) => i18n._(LINE_STATUS_LABELS[l.status]),
        },
  ];
  return (
    <Stack gap="xs">
      {isStale(error) ? (
        <StaleRecordAlert
          onReload={() => void reload.run().then(() => setError(null))}
          reloading={reload.busy}
        />
      ) : error ? (
        <Text c="red" size="sm" role="alert">
          {errorMessage(error)}
        </Text>
      ) : null}
      <DataTable
        label={t`Invoices in the run`}
        columns={columns}
        rows={run.lines}
        rowKey={(l) => String(l.lineNo)}
        minWidth={880}
      />
      <PartialPaymentModal run={run} line={partial} onClose={() => setPartial(null)} />
    </Stack>
  );
}

const isStale = (error: unknown) => isApiError(error) && error.status === 412;

/** Fetches the run again after a 412: someone else changed it, their version is shown. */
function useReloadRun(id: string) {
  const query = usePaymentRun(id);
  const [busy, setBusy] = useState(false);
  return {
    busy,
    run: async () => {
      setBusy(true);
      try {
        await query.refetch();
      } finally {
        setBusy(false);
      }
    },
  };
}

/** Pay an invoice in part: an amount above 0 and at most what is open (the discount is dropped). */
function PartialPaymentModal({
  run,
  line,
  onClose,
}: {
  run: PaymentRun;
  line: PaymentRunLine | null;
  onClose: () => void;
}) {
  const { t } = useLingui();
  const revise = useRevisePaymentRun();
  const reload = useReloadRun(run.id);
  const [amount, setAmount] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [stale, setStale] = useState(false);
  // Each line opens the form afresh: nothing typed for another line, nor its error, stays.
  const lineNo = line?.lineNo ?? null;
  useEffect(() => {
    if (lineNo === null) return;
    setAmount('');
    setError(null);
    setStale(false);
  }, [lineNo]);
  const open = line ? formatMoney(line.openAmount, line.currency) : '';
  const invoiceNumber = line?.invoiceNumber ?? '';
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!line) return;
    setError(null);
    setStale(false);
    try {
      await revise.mutateAsync({
        id: run.id,
        version: run.version,
        lines: [{ lineNo: line.lineNo, amount: amount.trim() }],
      });
      setAmount('');
      onClose();
    } catch (err) {
      if (isStale(err)) {
        setStale(true);
        return;
      }
      const field = isApiError(err) ? err.fieldErrors.find((f) => f.path.endsWith('.amount')) : undefined;
      setError(field ? translateFieldMessage(field.message) : errorMessage(err));
    }
  }
  return (
    <Modal opened={line !== null} onClose={onClose} title={t`Pay ${invoiceNumber} in part`} centered>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="md">
          <Text size="sm">
            <Trans>
              {open} is open. A partial payment takes no early-payment discount; the rest stays approved for
              the next run.
            </Trans>
          </Text>
          {stale && (
            <StaleRecordAlert
              onReload={() => void reload.run().then(() => setStale(false))}
              reloading={reload.busy}
            />
          )}
          <TextInput
            label={t`Amount to pay`}
            required
            inputMode="decimal"
            value={amount}
            onChange={(e) => setAmount(e.currentTarget.value)}
            error={error}
            data-autofocus
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              <Trans>Cancel</Trans>
            </Button>
            <Button type="submit" loading={revise.isPending}>
              <Trans>Pay in part</Trans>
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** The payments of a confirmed run: one per supplier and currency, the account, the exchange difference. */
export function RunPaymentsTable({ run, baseCurrency }: { run: PaymentRun; baseCurrency: string | null }) {
  const { t, i18n } = useLingui();
  const columns: Column<Payment>[] = [
    {
      key: 'number',
      header: t`Payment`,
      phone: 'title',
      render: (p) => (
        <Stack gap={0}>
          <Text fw={600} size="sm">
            {p.number}
          </Text>
          <Text size="xs" c="dimmed">
            {p.supplierName}
          </Text>
        </Stack>
      ),
    },
    {
      key: 'account',
      header: t`Account`,
      hideOnMobile: true,
      render: (p) => (
        <Stack gap={2}>
          <Text size="sm">{p.creditorAccount.accountName}</Text>
          <MaskedValue value={p.creditorAccount.iban ?? p.creditorAccount.accountNumber} />
          <Text size="xs" c="dimmed">
            {i18n._(METHOD_LABELS[p.method])}
          </Text>
        </Stack>
      ),
    },
    {
      key: 'remittance',
      header: t`Remittance`,
      hideOnMobile: true,
      render: (p) => (
        <Text size="xs" c="dimmed">
          {p.remittance}
        </Text>
      ),
    },
    {
      key: 'fx',
      header: t`Exchange difference`,
      align: 'right',
      width: 150,
      render: (p) =>
        baseCurrency && p.currency !== baseCurrency ? (
          <span style={numeric}>{formatMoney(p.exchangeDifference, baseCurrency)}</span>
        ) : (
          '—'
        ),
    },
    {
      key: 'status',
      header: t`Status`,
      width: 120,
      render: (p) => i18n._(PAYMENT_STATUS_LABELS[p.status]),
    },
    {
      key: 'amount',
      header: t`Amount`,
      align: 'right',
      width: 140,
      phone: 'aside',
      render: (p) => (
        <Text size="sm" fw={600} style={numeric}>
          {formatMoney(p.amount, p.currency)}
        </Text>
      ),
    },
  ];
  return (
    <DataTable
      label={t`Payments`}
      columns={columns}
      rows={run.payments}
      rowKey={(p) => p.id}
      minWidth={900}
    />
  );
}

/** What the run does not pay yet: every supplier's problems, in a list above the actions. */
export function RunProblems({ run }: { run: PaymentRun }) {
  const problems = run.suppliers.flatMap((s) => s.problems.map((p) => `${s.supplierName}: ${p}`));
  if (problems.length === 0) return null;
  return (
    <List size="sm" c="red" role="alert" spacing={2}>
      {problems.map((p) => (
        <List.Item key={p}>{p}</List.Item>
      ))}
    </List>
  );
}
