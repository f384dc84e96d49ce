import { Trans, useLingui } from '@lingui/react/macro';
import { Alert, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { ApprovalRouteCard } from '@/features/approvals/components/approval-route-card';
import { useCan } from '@/features/auth/use-can';
import { useSettings } from '@/features/organisation/queries';
import { errorMessage } from '@/lib/api';
import { formatDateTime, formatMoney } from '@/lib/format';
import type { Invoice } from '../queries';
import {
  useDecideInvoiceVariance,
  useInvoiceApprovalRoute,
  type VarianceDecision,
} from '../variance-approval-queries';

type VarianceApproval = NonNullable<Invoice['varianceApproval']>;

/** Where the acceptance of the variances stands, in one sentence. */
function VarianceApprovalAlert({ approval }: { approval: VarianceApproval }) {
  const { t } = useLingui();
  const baseCurrency = useSettings().data?.baseCurrency;
  const amount = approval.amountBase && baseCurrency ? formatMoney(approval.amountBase, baseCurrency) : '—';
  const requestedBy = approval.requestedBy?.name ?? t`Unknown user`;
  const decidedBy = approval.decidedBy?.name ?? t`Unknown user`;
  const reason = approval.reason ?? t`No reason was given.`;
  const note = approval.note ?? t`No reason was given.`;
  switch (approval.status) {
    case 'pending':
      return (
        <Alert color="yellow" variant="light" title={t`Variance acceptance awaiting approval`}>
          <Trans>
            {requestedBy} accepted variances of {amount}: “{reason}” The invoice cannot be paid until the
            approval route below has approved them.
          </Trans>
        </Alert>
      );
    case 'rejected':
      return (
        <Alert color="red" variant="light" title={t`Variance acceptance rejected`}>
          <Trans>
            {decidedBy} rejected accepting these variances: “{note}” Ask the supplier for a credit note,
            reject the invoice, hold it, or accept again with a new reason.
          </Trans>
        </Alert>
      );
    case 'approved':
      return (
        <Alert color="green" variant="light" title={t`Variance acceptance approved`}>
          <Trans>
            The variances of {amount} that {requestedBy} accepted were approved; the last approval was by{' '}
            {decidedBy}.
          </Trans>
        </Alert>
      );
    case 'withdrawn':
      return (
        <Alert color="gray" variant="light" title={t`Variance acceptance withdrawn`}>
          <Trans>The invoice was rejected or cancelled while its variances waited for approval.</Trans>
        </Alert>
      );
  }
}

/** Approve (optional comment) or reject (reason required) the viewer's step of the route. */
function DecideVariance({ invoice, stepName }: { invoice: Invoice; stepName: string | null }) {
  const { t } = useLingui();
  const decide = useDecideInvoiceVariance();
  const [comment, setComment] = useState('');
  const [missingReason, setMissingReason] = useState(false);
  const run = (decision: VarianceDecision) => {
    if (decision === 'reject' && !comment.trim()) {
      setMissingReason(true);
      return;
    }
    decide.mutate(
      { id: invoice.id, version: invoice.version, decision, reason: comment },
      {
        onSuccess: () => {
          setComment('');
          notifications.show({
            color: 'green',
            message:
              decision === 'approve' ? t`Your approval was recorded.` : t`The acceptance was rejected.`,
          });
        },
        onError: (err) =>
          notifications.show({ color: 'red', title: t`Not recorded`, message: errorMessage(err) }),
      },
    );
  };
  return (
    <Stack gap="xs">
      <Text size="sm" fw={500}>
        {stepName ? <Trans>Your decision on step “{stepName}”</Trans> : <Trans>Your decision</Trans>}
      </Text>
      <Textarea
        label={t`Comment (required to reject)`}
        autosize
        minRows={1}
        maxRows={4}
        maxLength={1000}
        value={comment}
        error={missingReason && !comment.trim() ? t`Give a reason to reject` : undefined}
        onChange={(e) => setComment(e.currentTarget.value)}
      />
      <Group gap="sm">
        <Button
          leftSection={<IconCheck size={16} />}
          loading={decide.isPending && decide.variables?.decision === 'approve'}
          disabled={decide.isPending}
          onClick={() => run('approve')}
        >
          <Trans>Approve the variances</Trans>
        </Button>
        <Button
          color="red"
          variant="light"
          leftSection={<IconX size={16} />}
          loading={decide.isPending && decide.variables?.decision === 'reject'}
          disabled={decide.isPending}
          onClick={() => run('reject')}
        >
          <Trans>Reject</Trans>
        </Button>
      </Group>
    </Stack>
  );
}

/**
 * The acceptance of an invoice's variances that the approval policy routed: where it stands, its
 * route (the same card as an order's), and the viewer's decision when a step waits for them.
 * Nothing when the invoice's variances were never routed.
 */
export function InvoiceVarianceApproval({ invoice }: { invoice: Invoice }) {
  const { t } = useLingui();
  const can = useCan();
  const approval = invoice.varianceApproval;
  const route = useInvoiceApprovalRoute(invoice.id, invoice.version, { enabled: approval !== null });
  if (!approval) return null;
  const viewer = route.data?.viewer;
  const requestedAt = approval.requestedAt ? formatDateTime(approval.requestedAt) : null;
  return (
    <Stack gap="sm">
      <VarianceApprovalAlert approval={approval} />
      <ApprovalRouteCard
        route={route.data}
        isPending={route.isPending}
        error={route.error}
        onRetry={() => void route.refetch()}
      />
      {approval.status === 'pending' &&
        invoice.status === 'exception' &&
        viewer?.mayDecide &&
        can('invoices:resolve') && <DecideVariance invoice={invoice} stepName={viewer.stepName} />}
      {approval.status === 'pending' && viewer && !viewer.mayDecide && viewer.reason && (
        <Text size="sm" c="dimmed">
          {requestedAt ? t`Asked on ${requestedAt}.` : null} {viewer.reason}
        </Text>
      )}
    </Stack>
  );
}
