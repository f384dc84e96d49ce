import type { Requisition } from '@contracts/requisitions';
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
import { type RequisitionAction, useTransitionRequisition } from '../api/transition-requisition';
import { REQUISITION_STATUS_LABELS } from '../requisition-format';

type ActionSpec = {
  label: string;
  title: string;
  color: string;
  variant: 'filled' | 'light';
  icon: typeof IconCheck;
  message: string;
  reasonRequired: boolean;
  reasonLabel: string;
};

const SPECS: Record<RequisitionAction, ActionSpec> = {
  submit: {
    label: 'Submit',
    title: 'Submit for approval',
    color: 'indigo',
    variant: 'filled',
    icon: IconSend,
    message: 'An approver will review it. You can no longer change it once it is submitted.',
    reasonRequired: false,
    reasonLabel: 'Comment for the approver (optional)',
  },
  approve: {
    label: 'Approve',
    title: 'Approve requisition',
    color: 'teal',
    variant: 'filled',
    icon: IconCheck,
    message: 'Its lines go to the buyers’ workbench to be ordered.',
    reasonRequired: false,
    reasonLabel: 'Comment (optional)',
  },
  request_changes: {
    label: 'Request changes',
    title: 'Request changes to requisition',
    color: 'orange',
    variant: 'light',
    icon: IconMessageCircleExclamation,
    message: 'It goes back to draft for the requester, with your comment on what to change.',
    reasonRequired: true,
    reasonLabel: 'What should change',
  },
  reject: {
    label: 'Reject',
    title: 'Reject requisition',
    color: 'red',
    variant: 'light',
    icon: IconX,
    message: 'The requester sees your reason. Nothing will be ordered.',
    reasonRequired: true,
    reasonLabel: 'Reason',
  },
  cancel: {
    label: 'Cancel requisition',
    title: 'Cancel requisition',
    color: 'red',
    variant: 'light',
    icon: IconCircleX,
    message: 'Nothing will be ordered from it. This cannot be undone.',
    reasonRequired: true,
    reasonLabel: 'Reason',
  },
  close: {
    label: 'Close',
    title: 'Close requisition',
    color: 'gray',
    variant: 'light',
    icon: IconLock,
    message: 'What is not ordered yet will not be ordered: its lines leave the workbench.',
    reasonRequired: true,
    reasonLabel: 'Reason',
  },
};

const PAST: Record<RequisitionAction, string> = {
  submit: 'submitted',
  approve: 'approved',
  request_changes: 'sent back for changes',
  reject: 'rejected',
  cancel: 'cancelled',
  close: 'closed',
};

/** What happened, in the words of the status the requisition is now in. */
function outcome(action: RequisitionAction, status: Requisition['status']): string {
  if (action === 'approve' && status === 'submitted')
    return 'Your approval is recorded; it now waits for the next approver.';
  if (status === 'submitted') return 'It is waiting for an approver.';
  if (action === 'submit' && status === 'approved')
    return 'No approval was needed: its lines are on the buyers’ workbench.';
  if (status === 'approved') return 'Its lines are on the buyers’ workbench.';
  if (action === 'reject' && status === 'draft') return 'It is back with the requester, with your reason.';
  if (action === 'request_changes') return 'It is back with the requester, with your comment.';
  return `It is now ${REQUISITION_STATUS_LABELS[status].toLowerCase()}.`;
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
            {s.label}
          </Button>
        );
      })}
      <ConfirmWithReasonModal
        opened={open !== null}
        onClose={() => setOpen(null)}
        title={spec ? `${spec.title} ${requisition.number}` : ''}
        message={spec?.message}
        confirmLabel={spec?.label ?? ''}
        color={spec?.color}
        reasonRequired={spec?.reasonRequired}
        reasonLabel={spec?.reasonLabel}
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
            title: `${updated.number} ${PAST[open]}`,
            message: outcome(open, updated.status),
          });
          onDone?.(open, updated);
        }}
      />
    </>
  );
}
