import type { Requisition } from '@contracts/requisitions';
import type { I18n, MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { useLingui } from '@lingui/react/macro';
import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  IconCheck,
  IconCircleX,
  IconLock,
  IconMessageCircleExclamation,
  IconSend,
  IconX,
} from '@tabler/icons-react';
import { useState } from 'react';
import { ConfirmWithReasonModal } from '@/components/confirm-with-reason-modal';
import { type RequisitionAction, useTransitionRequisition } from '../queries';

type ActionSpec = {
  label: MessageDescriptor;
  color: string;
  variant: 'filled' | 'light';
  icon: typeof IconCheck;
  message: MessageDescriptor;
  reasonRequired: boolean;
  reasonLabel: MessageDescriptor;
};

const SPECS: Record<RequisitionAction, ActionSpec> = {
  submit: {
    label: msg`Submit`,
    color: 'indigo',
    variant: 'filled',
    icon: IconSend,
    message: msg`An approver will review it. You can no longer change it once it is submitted.`,
    reasonRequired: false,
    reasonLabel: msg`Comment for the approver (optional)`,
  },
  approve: {
    label: msg`Approve`,
    color: 'teal',
    variant: 'filled',
    icon: IconCheck,
    message: msg`Its lines go to the buyers’ workbench to be ordered.`,
    reasonRequired: false,
    reasonLabel: msg`Comment (optional)`,
  },
  request_changes: {
    label: msg`Request changes`,
    color: 'orange',
    variant: 'light',
    icon: IconMessageCircleExclamation,
    message: msg`It goes back to draft for the requester, with your comment on what to change.`,
    reasonRequired: true,
    reasonLabel: msg`What should change`,
  },
  reject: {
    label: msg`Reject`,
    color: 'red',
    variant: 'light',
    icon: IconX,
    message: msg`The requester sees your reason. Nothing will be ordered.`,
    reasonRequired: true,
    reasonLabel: msg`Reason`,
  },
  cancel: {
    label: msg`Cancel requisition`,
    color: 'red',
    variant: 'light',
    icon: IconCircleX,
    message: msg`Nothing will be ordered from it. This cannot be undone.`,
    reasonRequired: true,
    reasonLabel: msg`Reason`,
  },
  close: {
    label: msg({ message: 'Close', context: 'close a requisition' }),
    color: 'gray',
    variant: 'light',
    icon: IconLock,
    message: msg`What is not ordered yet will not be ordered: its lines leave the workbench.`,
    reasonRequired: true,
    reasonLabel: msg`Reason`,
  },
};

/** The confirmation dialog's title, naming the requisition. */
function confirmTitle(i18n: I18n, action: RequisitionAction, number: string): string {
  switch (action) {
    case 'submit':
      return i18n._(msg`Submit for approval ${number}`);
    case 'approve':
      return i18n._(msg`Approve requisition ${number}`);
    case 'request_changes':
      return i18n._(msg`Request changes to requisition ${number}`);
    case 'reject':
      return i18n._(msg`Reject requisition ${number}`);
    case 'cancel':
      return i18n._(msg`Cancel requisition ${number}`);
    case 'close':
      return i18n._(msg`Close requisition ${number}`);
  }
}

/** The notification's title once the action is done. */
function doneTitle(i18n: I18n, action: RequisitionAction, number: string): string {
  switch (action) {
    case 'submit':
      return i18n._(msg`${number} submitted`);
    case 'approve':
      return i18n._(msg`${number} approved`);
    case 'request_changes':
      return i18n._(msg`${number} sent back for changes`);
    case 'reject':
      return i18n._(msg`${number} rejected`);
    case 'cancel':
      return i18n._(msg`${number} cancelled`);
    case 'close':
      return i18n._(msg`${number} closed`);
  }
}

/** "It is now …": the status a requisition ended up in, as a sentence. */
const NOW_IN_STATUS: Record<Requisition['status'], MessageDescriptor> = {
  draft: msg`It is now draft.`,
  submitted: msg`It is now awaiting approval.`,
  approved: msg`It is now approved.`,
  rejected: msg`It is now rejected.`,
  cancelled: msg`It is now cancelled.`,
  partially_ordered: msg`It is now partially ordered.`,
  ordered: msg`It is now ordered.`,
  closed: msg`It is now closed.`,
};

/** What happened, in the words of the status the requisition is now in. */
function outcome(i18n: I18n, action: RequisitionAction, status: Requisition['status']): string {
  if (action === 'approve' && status === 'submitted')
    return i18n._(msg`Your approval is recorded; it now waits for the next approver.`);
  if (status === 'submitted') return i18n._(msg`It is waiting for an approver.`);
  if (action === 'submit' && status === 'approved')
    return i18n._(msg`No approval was needed: its lines are on the buyers’ workbench.`);
  if (status === 'approved') return i18n._(msg`Its lines are on the buyers’ workbench.`);
  if (action === 'reject' && status === 'draft')
    return i18n._(msg`It is back with the requester, with your reason.`);
  if (action === 'request_changes') return i18n._(msg`It is back with the requester, with your comment.`);
  return i18n._(NOW_IN_STATUS[status]);
}

/** The transition buttons the page allows, each confirming (with a reason where one is required). */
export function RequisitionActions({
  requisition,
  actions,
  onDone,
}: {
  requisition: Requisition;
  actions: RequisitionAction[];
  /** After an action succeeded (the page offers the next document after a decision). */
  onDone?: (action: RequisitionAction, updated: Requisition) => void;
}) {
  const { i18n } = useLingui();
  const [open, setOpen] = useState<RequisitionAction | null>(null);
  const transition = useTransitionRequisition();
  const spec = open ? SPECS[open] : null;
  return (
    <>
      {actions.map((a) => {
        const s = SPECS[a];
        return (
          <Button
            key={a}
            color={s.color}
            variant={s.variant}
            leftSection={<s.icon size={16} />}
            onClick={() => setOpen(a)}
          >
            {i18n._(s.label)}
          </Button>
        );
      })}
      <ConfirmWithReasonModal
        opened={open !== null}
        onClose={() => setOpen(null)}
        title={open ? confirmTitle(i18n, open, requisition.number) : ''}
        message={spec ? i18n._(spec.message) : undefined}
        confirmLabel={spec ? i18n._(spec.label) : ''}
        color={spec?.color}
        reasonRequired={spec?.reasonRequired}
        reasonLabel={spec ? i18n._(spec.reasonLabel) : undefined}
        onConfirm={async (text) => {
          if (!open) return;
          const updated = await transition.mutateAsync({
            id: requisition.id,
            version: requisition.version,
            action: open,
            text,
          });
          notifications.show({
            color: 'teal',
            title: doneTitle(i18n, open, updated.number),
            message: outcome(i18n, open, updated.status),
          });
          onDone?.(open, updated);
        }}
      />
    </>
  );
}
