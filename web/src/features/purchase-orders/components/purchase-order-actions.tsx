import type { PurchaseOrder } from '@contracts/purchase-orders';
import type { I18n, MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
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
import { closeNeedsReason, type PurchaseOrderAction } from '../purchase-order-actions';
import { useShortClosePurchaseOrder, useTransitionPurchaseOrder } from '../queries';

type Spec = {
  label: MessageDescriptor;
  /** The dialog's title, naming the order. */
  title: (number: string) => MessageDescriptor;
  color: string;
  icon: typeof IconCheck;
  message: MessageDescriptor;
  /** 'required' | 'optional' reason, or a comment (optional, or required to request changes). */
  text: 'reason' | 'optional-reason' | 'comment' | 'required-comment';
  /** Shown as its own button; the others go in the "More" menu. */
  primary?: boolean;
};

const SPECS: Record<PurchaseOrderAction, Spec> = {
  submit: {
    label: msg`Submit for approval`,
    title: (number) => msg`Submit for approval ${number}`,
    color: 'indigo',
    icon: IconSend,
    message: msg`An approver other than you will approve or reject it. It cannot be edited while it waits.`,
    text: 'comment',
    primary: true,
  },
  approve: {
    label: msg`Approve`,
    title: (number) => msg`Approve purchase order ${number}`,
    color: 'teal',
    icon: IconCheck,
    message: msg`The order can then be sent to the supplier.`,
    text: 'comment',
    primary: true,
  },
  request_changes: {
    label: msg`Request changes`,
    title: (number) => msg`Request changes to purchase order ${number}`,
    color: 'orange',
    icon: IconMessageCircleExclamation,
    message: msg`It goes back to draft for the buyer, with your comment on what to change.`,
    text: 'required-comment',
    primary: true,
  },
  reject: {
    label: msg`Reject`,
    title: (number) => msg`Reject purchase order ${number}`,
    color: 'red',
    icon: IconX,
    message: msg`It goes back to draft for the buyer, with your reason.`,
    text: 'reason',
    primary: true,
  },
  release: {
    label: msg`Release`,
    title: (number) => msg`Release from hold ${number}`,
    color: 'teal',
    icon: IconPlayerPlay,
    message: msg`The order returns to the status it was held in.`,
    text: 'comment',
    primary: true,
  },
  hold: {
    label: msg`Put on hold`,
    title: (number) => msg`Put on hold ${number}`,
    color: 'orange',
    icon: IconPlayerPause,
    message: msg`Nothing happens with the order until it is released.`,
    text: 'reason',
  },
  short_close: {
    label: msg`Short-close`,
    title: (number) => msg`Short-close the order ${number}`,
    color: 'orange',
    icon: IconScissors,
    message: msg`What is not yet received on any line is no longer expected from the supplier.`,
    text: 'reason',
  },
  close: {
    label: msg`Close`,
    title: (number) => msg`Close purchase order ${number}`,
    color: 'gray',
    icon: IconLock,
    message: msg`No more goods or invoices are expected against it.`,
    text: 'optional-reason',
  },
  cancel: {
    label: msg`Cancel order`,
    title: (number) => msg`Cancel purchase order ${number}`,
    color: 'red',
    icon: IconCircleX,
    message: msg`The order is void; what it ordered of requisitions goes back to the workbench.`,
    text: 'reason',
  },
};

/** The notification's title once the action is done, naming the order. */
function doneTitle(action: PurchaseOrderAction, number: string): MessageDescriptor {
  switch (action) {
    case 'submit':
      return msg`${number} submitted for approval`;
    case 'approve':
      return msg`${number} approved`;
    case 'request_changes':
      return msg`${number} sent back for changes`;
    case 'reject':
      return msg`${number} rejected`;
    case 'hold':
      return msg`${number} put on hold`;
    case 'release':
      return msg`${number} released`;
    case 'cancel':
      return msg`${number} cancelled`;
    case 'close':
      return msg`${number} closed`;
    case 'short_close':
      return msg`${number} short-closed`;
  }
}

/** "It is now …", for each status the order can be in after an action. */
const NOW_IN: Record<PurchaseOrder['status'], MessageDescriptor> = {
  draft: msg`It is now draft.`,
  pending_approval: msg`It is now awaiting approval.`,
  approved: msg`It is now approved.`,
  sent: msg`It is now sent.`,
  acknowledged: msg`It is now acknowledged.`,
  partially_received: msg`It is now partially received.`,
  received: msg`It is now received.`,
  closed: msg`It is now closed.`,
  cancelled: msg`It is now cancelled.`,
  on_hold: msg`It is now on hold.`,
};

/** What happened, in the words of the status the order is now in. */
function outcome(i18n: I18n, action: PurchaseOrderAction, status: PurchaseOrder['status']): string {
  if (action === 'approve' && status === 'pending_approval')
    return i18n._(msg`Your approval is recorded; it now waits for the next approver.`);
  if (action === 'short_close') return i18n._(msg`What was not received is no longer expected.`);
  if (status === 'pending_approval') return i18n._(msg`It is waiting for an approver.`);
  if (action === 'submit' && status === 'approved')
    return i18n._(msg`No approval was needed: it is approved and can be sent to the supplier.`);
  if (status === 'approved') return i18n._(msg`It can be sent to the supplier.`);
  if (action === 'reject') return i18n._(msg`It is back with the buyer as a draft, with your reason.`);
  if (action === 'request_changes')
    return i18n._(msg`It is back with the buyer as a draft, with your comment.`);
  return i18n._(NOW_IN[status]);
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
  const { t, i18n } = useLingui();
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
            {i18n._(s.label)}
          </Button>
        );
      })}
      {more.length > 0 && (
        <Menu position="bottom-end" withinPortal>
          <Menu.Target>
            <Button variant="default" rightSection={<IconChevronDown size={14} />}>
              <Trans>More actions</Trans>
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
                  {i18n._(s.label)}…
                </Menu.Item>
              );
            })}
          </Menu.Dropdown>
        </Menu>
      )}
      <ConfirmWithReasonModal
        opened={open !== null}
        onClose={() => setOpen(null)}
        title={spec ? i18n._(spec.title(order.number)) : ''}
        message={spec ? i18n._(spec.message) : undefined}
        confirmLabel={spec ? i18n._(spec.label) : ''}
        color={spec?.color}
        reasonRequired={reasonRequired}
        reasonLabel={
          spec?.text === 'comment'
            ? t`Comment (optional)`
            : spec?.text === 'required-comment'
              ? t`What should change`
              : reasonRequired
                ? t`Reason`
                : t`Reason (optional)`
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
            title: i18n._(doneTitle(open, updated.number)),
            message: outcome(i18n, open, updated.status),
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
  const { t } = useLingui();
  const shortClose = useShortClosePurchaseOrder();
  const line = order.lines.find((l) => l.lineNo === lineNo);
  const shownLineNo = lineNo ?? '';
  const description = line?.description;
  const outstanding = line?.progress.outstanding;
  const unit = line?.unitCode;
  return (
    <ConfirmWithReasonModal
      opened={lineNo !== null}
      onClose={onClose}
      title={t`Short-close line ${shownLineNo}`}
      message={
        line && (
          <Trans>
            <strong>{description}</strong>: the {outstanding} {unit} not yet received will no longer be
            expected from the supplier.
          </Trans>
        )
      }
      confirmLabel={t`Short-close line`}
      color="orange"
      reasonRequired
      onConfirm={async (reason) => {
        if (lineNo === null) return;
        await shortClose.mutateAsync({ id: order.id, version: order.version, lineNo, reason });
        notifications.show({
          color: 'teal',
          title: t`Line ${lineNo} short-closed`,
          message: t`What was not received is no longer expected.`,
        });
      }}
    />
  );
}
