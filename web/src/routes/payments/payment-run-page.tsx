import { Trans, useLingui } from '@lingui/react/macro';
import { Alert, Badge, Button, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconDownload, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useParams } from 'react-router';
import { ConfirmWithReasonModal } from '@/components/confirm-with-reason-modal';
import { DetailField, Muted, SectionCard } from '@/components/detail-section';
import { MaskedValue } from '@/components/masked-value';
import { PageHeader } from '@/components/page-header';
import { ErrorState, LoadingState } from '@/components/states';
import { RecordHistory } from '@/features/audit/components/record-history';
import { useCan } from '@/features/auth/use-can';
import { useSettings } from '@/features/organisation/queries';
import { BankStatusReport } from '@/features/payments/components/bank-status-report';
import {
  RunLinesTable,
  RunPaymentsTable,
  RunProblems,
  RunSuppliersTable,
} from '@/features/payments/components/run-tables';
import { RUN_STATUS_COLORS, RUN_STATUS_LABELS } from '@/features/payments/labels';
import {
  downloadBankTransfers,
  downloadCreditTransferFile,
  type PaymentRunAction,
  usePaymentRun,
  usePaymentRunAction,
} from '@/features/payments/queries';
import { errorMessage, isApiError } from '@/lib/api';
import { formatDate, formatDateTime, formatMoney } from '@/lib/format';
import { usePageTitle } from '@/lib/use-page-title';
import { NotFoundPage } from '../not-found-page';

/**
 * A payment run: per supplier what it pays and what stops it, its invoices (removable, payable in
 * part while a draft), then its payments and bank files once confirmed.
 */
export function PaymentRunPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useLingui();
  const can = useCan();
  const query = usePaymentRun(id);
  const settings = useSettings({ enabled: can('organisation:read') });
  const act = usePaymentRunAction();
  const [asking, setAsking] = useState<PaymentRunAction | null>(null);
  const [downloading, setDownloading] = useState<'sepa' | 'csv' | null>(null);
  const run = query.data;
  const runNumber = run?.number;
  usePageTitle(runNumber ? t`Payment run ${runNumber}` : t`Payment run`);

  if (query.isPending) return <LoadingState />;
  if (isApiError(query.error) && [404, 422].includes(query.error.status)) return <NotFoundPage />;
  if (!run) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;

  const draft = run.status === 'draft';
  const live = run.status === 'confirmed' || run.status === 'paid';
  const blocked = run.suppliers.some((s) => s.problems.length > 0);
  const hasSepa = run.payments.some((p) => p.method === 'sepa_credit_transfer' && p.status !== 'cancelled');
  const hasOther = run.payments.some((p) => p.method === 'bank_transfer' && p.status !== 'cancelled');
  const download = async (file: 'sepa' | 'csv', save: () => Promise<void>) => {
    setDownloading(file);
    try {
      await save();
    } catch (err) {
      notifications.show({ color: 'red', title: t`Download failed`, message: errorMessage(err) });
    } finally {
      setDownloading(null);
    }
  };
  const { number } = run;
  const totals = run.totals.map((x) => formatMoney(x.amount, x.currency)).join(' · ');
  const paymentDate = formatDate(run.paymentDate);

  const actions = (
    <Group gap="xs">
      {live && can('payments:approve') && hasSepa && (
        <Button
          variant="default"
          leftSection={<IconDownload size={16} />}
          loading={downloading === 'sepa'}
          onClick={() => void download('sepa', () => downloadCreditTransferFile(run))}
        >
          <Trans>SEPA file (pain.001)</Trans>
        </Button>
      )}
      {live && can('payments:approve') && hasOther && (
        <Button
          variant="default"
          leftSection={<IconDownload size={16} />}
          loading={downloading === 'csv'}
          onClick={() => void download('csv', () => downloadBankTransfers(run))}
        >
          <Trans>Bank transfers (CSV)</Trans>
        </Button>
      )}
      {draft && can('payments:approve') && (
        <Button leftSection={<IconCheck size={16} />} disabled={blocked} onClick={() => setAsking('confirm')}>
          <Trans>Confirm run</Trans>
        </Button>
      )}
      {run.status === 'confirmed' && can('payments:approve') && (
        <Button color="teal" leftSection={<IconCheck size={16} />} onClick={() => setAsking('mark-paid')}>
          <Trans>Mark as paid</Trans>
        </Button>
      )}
      {(draft ? can('payments:write') : run.status === 'confirmed' && can('payments:approve')) && (
        <Button
          variant="subtle"
          color="red"
          leftSection={<IconX size={16} />}
          onClick={() => setAsking('cancel')}
        >
          {draft ? <Trans>Discard draft</Trans> : <Trans>Cancel run</Trans>}
        </Button>
      )}
    </Group>
  );

  const modal =
    asking === 'confirm'
      ? {
          title: t`Confirm ${number}?`,
          message: t`Its invoices are scheduled (no other run can pay them), one payment per supplier and currency is made, and each supplier is sent a remittance advice. Totals: ${totals}.`,
          label: t`Confirm run`,
          color: undefined,
          withoutReason: true,
          reasonRequired: false,
        }
      : asking === 'mark-paid'
        ? {
            title: t`Mark ${number} as paid?`,
            message: t`Do this once the bank has executed the transfers: its invoices become paid (or, paid in part, stay approved for the rest).`,
            label: t`Mark as paid`,
            color: 'teal',
            withoutReason: true,
            reasonRequired: false,
          }
        : {
            title: draft ? t`Discard ${number}?` : t`Cancel ${number}?`,
            message: draft
              ? t`The draft is dropped; its invoices stay approved for payment.`
              : t`Do not send its file to the bank: its invoices become approved for payment again.`,
            label: draft ? t`Discard draft` : t`Cancel run`,
            color: 'red',
            withoutReason: draft,
            reasonRequired: !draft,
          };

  return (
    <>
      <PageHeader
        breadcrumbs={[{ label: t`Payment runs`, to: '/payment-runs' }, { label: run.number }]}
        title={run.number}
        badge={
          <Badge color={RUN_STATUS_COLORS[run.status]} variant="light" size="lg">
            {i18n._(RUN_STATUS_LABELS[run.status])}
          </Badge>
        }
        description={t`Payment date ${paymentDate} · ${totals}`}
        actions={actions}
      />
      <Stack gap="lg">
        {draft && blocked && (
          <Alert color="red" variant="light" title={t`This run cannot be confirmed yet`}>
            <RunProblems run={run} />
          </Alert>
        )}
        {run.status === 'cancelled' && run.cancelReason && (
          <Alert color="gray" variant="light" title={t`Cancelled`}>
            {run.cancelReason}
          </Alert>
        )}
        <BankStatusReport run={run} />
        <SectionCard title={t`Run`}>
          <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="md">
            <DetailField label={t`Payment date`}>{formatDate(run.paymentDate)}</DetailField>
            <DetailField label={t`Invoices due by`}>{formatDate(run.dueBy)}</DetailField>
            <DetailField label={t`Discounts expiring before`}>{formatDate(run.nextRunDate)}</DetailField>
            <DetailField label={t`Paid from`}>
              {run.debtorAccount ? (
                <Stack gap={2}>
                  <Text size="sm">{run.debtorAccount.accountName}</Text>
                  <MaskedValue value={run.debtorAccount.iban} />
                </Stack>
              ) : (
                <Muted>
                  <Trans>The organisation’s payment account, when confirmed</Trans>
                </Muted>
              )}
            </DetailField>
            <DetailField label={t`Proposed by`}>
              {run.createdBy?.name ?? ''} · {formatDateTime(run.createdAt)}
            </DetailField>
            {run.confirmedAt && (
              <DetailField label={t`Confirmed by`}>
                {run.confirmedBy?.name ?? ''} · {formatDateTime(run.confirmedAt)}
              </DetailField>
            )}
            {run.paidAt && <DetailField label={t`Paid`}>{formatDateTime(run.paidAt)}</DetailField>}
            {run.note && <DetailField label={t`Note`}>{run.note}</DetailField>}
          </SimpleGrid>
        </SectionCard>
        <SectionCard title={t`Suppliers`}>
          <RunSuppliersTable run={run} />
        </SectionCard>
        {run.payments.length > 0 && (
          <SectionCard title={t`Payments`}>
            <RunPaymentsTable run={run} baseCurrency={settings.data?.baseCurrency ?? null} />
          </SectionCard>
        )}
        <SectionCard
          title={t`Invoices`}
          description={
            draft ? (
              <Text size="sm" c="dimmed" component="span">
                <Trans>Remove an invoice to pay it later, or pay it in part.</Trans>
              </Text>
            ) : undefined
          }
        >
          <RunLinesTable run={run} editable={draft && can('payments:write')} />
        </SectionCard>
        <SectionCard title={t`History`}>
          <RecordHistory entityType="payment_run" entityId={run.id} />
        </SectionCard>
      </Stack>
      <ConfirmWithReasonModal
        opened={asking !== null}
        onClose={() => setAsking(null)}
        title={modal.title}
        message={modal.message}
        confirmLabel={modal.label}
        color={modal.color}
        withoutReason={modal.withoutReason}
        reasonRequired={modal.reasonRequired}
        onConfirm={async (reason) => {
          if (!asking) return;
          const updated = await act.mutateAsync({
            id: run.id,
            version: run.version,
            action: asking,
            reason: reason || undefined,
          });
          const status = i18n._(RUN_STATUS_LABELS[updated.status]);
          notifications.show({
            color: 'teal',
            title:
              asking === 'confirm'
                ? t`${number} confirmed`
                : asking === 'mark-paid'
                  ? t`${number} marked as paid`
                  : draft
                    ? t`${number} discarded`
                    : t`${number} cancelled`,
            message: t`It is now: ${status}.`,
          });
        }}
      />
    </>
  );
}
