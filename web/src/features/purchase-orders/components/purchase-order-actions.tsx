import type { PurchaseOrder } from '@contracts/purchase-orders';
import { Button, Menu } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  IconCheck,
  IconChevronDown,
  IconCircleX,
  IconLock,
  IconMessageCircleExclamation,
  IconPlayerPause,
  IconPlayerPlay,
  IconScissors,
  IconSend,
  IconX,
} from '@tabler/icons-react';
import { useState } from 'react';
import { ConfirmWithReasonModal } from '@/components/confirm-with-reason-modal';
import { useShortClosePurchaseOrder } from '../api/short-close-purchase-order';
import { useTransitionPurchaseOrder } from '../api/transition-purchase-order';
import { closeNeedsReason, type PurchaseOrderAction } from '../purchase-order-actions';
import { PURCHASE_ORDER_STATUS_LABELS } from '../purchase-order-format';

type Spec = {
  label: string;
  title: string;
  color: string;
  icon: typeof IconCheck;
  message: string;
  /** 'required' | 'optional' reason, or a comment (optional, or required to request changes). */
  text: 'reason' | 'optional-reason' | 'comment' | 'required-comment';
  /** Shown as its own button; the others go in the "More" menu. */
  primary?: boolean;
};

const SPECS: Record<PurchaseOrderAction, Spec> = {
  submit: {
    label: 'Submit for approval',
    title: 'Submit for approval',
    color: 'indigo',
    icon: IconSend,
    message: 'An approver other than you will approve or reject it. It cannot be edited while it waits.',
    text: 'comment',
    primary: true,
  },
  approve: {
    label: 'Approve',
    title: 'Approve purchase order',
    color: 'teal',
    icon: IconCheck,
    message: 'The order can then be sent to the supplier.',
    text: 'comment',
    primary: true,
  },
  request_changes: {
    label: 'Request changes',
    title: 'Request changes to purchase order',
    color: 'orange',
    icon: IconMessageCircleExclamation,
    message: 'It goes back to draft for the buyer, with your comment on what to change.',
    text: 'required-comment',
    primary: true,
  },
  reject: {
    label: 'Reject',
    title: 'Reject purchase order',
    color: 'red',
    icon: IconX,
    message: 'It goes back to draft for the buyer, with your reason.',
    text: 'reason',
    primary: true,
  },
  release: {
    label: 'Release',
    title: 'Release from hold',
    color: 'teal',
    icon: IconPlayerPlay,
    message: 'The order returns to the status it was held in.',
    text: 'comment',
    primary: true,
  },
  hold: {
    label: 'Put on hold',
    title: 'Put on hold',
    color: 'orange',
    icon: IconPlayerPause,
    message: 'Nothing happens with the order until it is released.',
    text: 'reason',
  },
  short_close: {
    label: 'Short-close',
    title: 'Short-close the order',
    color: 'orange',
    icon: IconScissors,
    message: 'What is not yet received on any line is no longer expected from the supplier.',
    text: 'reason',
  },
  close: {
    label: 'Close',
    title: 'Close purchase order',
    color: 'gray',
    icon: IconLock,
    message: 'No more goods or invoices are expected against it.',
    text: 'optional-reason',
  },
  cancel: {
    label: 'Cancel order',
    title: 'Cancel purchase order',
    color: 'red',
    icon: IconCircleX,
    message: 'The order is void; what it ordered of requisitions goes back to the workbench.',
    text: 'reason',
  },
};

const PAST: Record<PurchaseOrderAction, string> = {
  submit: 'submitted for approval',
  approve: 'approved',
  request_changes: 'sent back for changes',
  reject: 'rejected',
  hold: 'put on hold',
  release: 'released',
  cancel: 'cancelled',
  close: 'closed',
  short_close: 'short-closed',
};

/** What happened, in the words of the status the order is now in. */
function outcome(action: PurchaseOrderAction, status: PurchaseOrder['status']): string {
  if (action === 'approve' && status === 'pending_approval')
    return 'Your approval is recorded; it now waits for the next approver.';
  if (action === 'short_close') return 'What was not received is no longer expected.';
  if (status === 'pending_approval') return 'It is waiting for an approver.';
  if (action === 'submit' && status === 'approved')
    return 'No approval was needed: it is approved and can be sent to the supplier.';
  if (status === 'approved') return 'It can be sent to the supplier.';
  if (action === 'reject') return 'It is back with the buyer as a draft, with your reason.';
  if (action === 'request_changes') return 'It is back with the buyer as a draft, with your comment.';
  return `It is now ${PURCHASE_ORDER_STATUS_LABELS[status].toLowerCase()}.`;
}

/** The status actions the page allows: the main ones as buttons, the rest under "More". */
export function PurchaseOrderActions({
  order,
  actions,
  onDone,
}: {
  order: PurchaseOrder;
  actions: PurchaseOrderAction[];
  /** After an action succeeded (the page offers the next document after a decision). */
  onDone?: (action: PurchaseOrderAction, updated: PurchaseOrder) => void;
}) {
  const [open, setOpen] = useState<PurchaseOrderAction | null>(null);
  const transition = useTransitionPurchaseOrder();
  const shortClose = useShortClosePurchaseOrder();
  const spec = open ? SPECS[open] : null;
  const reasonRequired =
    spec?.text === 'reason' ||
    spec?.text === 'required-comment' ||
    (open === 'close' && spec?.text === 'optional-reason' && closeNeedsReason(order));
  const primary = actions.filter((a) => SPECS[a].primary);
  const more = actions.filter((a) => !SPECS[a].primary);

  return (
    <>
      {primary.map((a) => {
        const s = SPECS[a];
        return (
          <Button
            key={a}
            color={s.color}
            variant={a === 'reject' || a === 'request_changes' ? 'light' : 'filled'}
            leftSection={<s.icon size={16} />}
            onClick={() => setOpen(a)}
          >
            {s.label}
          </Button>
        );
      })}
      {more.length > 0 && (
        <Menu position="bottom-end" withinPortal>
          <Menu.Target>
            <Button variant="default" rightSection={<IconChevronDown size={14} />}>
              More actions
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            {more.map((a) => {
              const s = SPECS[a];
              return (
                <Menu.Item
                  key={a}
                  color={s.color === 'gray' ? undefined : s.color}
                  leftSection={<s.icon size={16} />}
                  onClick={() => setOpen(a)}
                >
                  {s.label}…
                </Menu.Item>
              );
            })}
          </Menu.Dropdown>
        </Menu>
      )}
      <ConfirmWithReasonModal
        opened={open !== null}
        onClose={() => setOpen(null)}
        title={spec ? `${spec.title} ${order.number}` : ''}
        message={spec?.message}
        confirmLabel={spec?.label ?? ''}
        color={spec?.color}
        reasonRequired={reasonRequired}
        reasonLabel={
          spec?.text === 'comment'
            ? 'Comment (optional)'
            : spec?.text === 'required-comment'
              ? 'What should change'
              : reasonRequired
                ? 'Reason'
                : 'Reason (optional)'
        }
        onConfirm={async (text) => {
          if (!open || !spec) return;
          const updated =
            open === 'short_close'
              ? await shortClose.mutateAsync({ id: order.id, version: order.version, reason: text })
              : await transition.mutateAsync({
                  id: order.id,
                  version: order.version,
                  action: open,
                  ...(spec.text === 'comment' || spec.text === 'required-comment'
                    ? { comment: text }
                    : { reason: text }),
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

/** Short-closing one line: asks for the reason. */
export function ShortCloseLineModal({
  order,
  lineNo,
  onClose,
}: {
  order: PurchaseOrder;
  lineNo: number | null;
  onClose: () => void;
}) {
  const shortClose = useShortClosePurchaseOrder();
  const line = order.lines.find((l) => l.lineNo === lineNo);
  return (
    <ConfirmWithReasonModal
      opened={lineNo !== null}
      onClose={onClose}
      title={`Short-close line ${lineNo ?? ''}`}
      message={
        line && (
          <>
            <strong>{line.description}</strong>: the {line.progress.outstanding} {line.unitCode} not yet
            received will no longer be expected from the supplier.
          </>
        )
      }
      confirmLabel="Short-close line"
      color="orange"
      reasonRequired
      onConfirm={async (reason) => {
        if (lineNo === null) return;
        await shortClose.mutateAsync({ id: order.id, version: order.version, lineNo, reason });
        notifications.show({
          color: 'teal',
          title: `Line ${lineNo} short-closed`,
          message: 'What was not received is no longer expected.',
        });
      }}
    />
  );
}
