import type { MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { Button, Menu } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  IconCheck,
  IconChevronDown,
  IconCircleX,
  IconMailForward,
  IconPlayerPause,
  IconPlayerPlay,
  IconRefresh,
  IconSend,
  IconShieldCheck,
  IconX,
} from '@tabler/icons-react';
import { useState } from 'react';
import { ConfirmWithReasonModal } from '@/components/confirm-with-reason-modal';
import { INVOICE_STATUS_LABELS } from '../invoice-format';
import { type Invoice, type InvoiceTransition, useTransitionInvoice } from '../queries';

type Spec = {
  label: MessageDescriptor;
  /** The dialog's title, naming the invoice. */
  title: (number: string) => MessageDescriptor;
  color: string;
  icon: typeof IconCheck;
  message: MessageDescriptor;
  /** A reason the server requires, one it keeps if given, a note for the supplier, or none. */
  text: 'reason' | 'optional-reason' | 'supplier-note' | 'none';
  /** Shown as its own button; the others go in the "More actions" menu. */
  primary?: boolean;
};

const SPECS: Record<InvoiceTransition, Spec> = {
  submit: {
    label: msg`Submit for matching`,
    title: (number) => msg`Submit ${number} for matching`,
    color: 'indigo',
    icon: IconSend,
    message: msg`The invoice is matched against the order and what was accepted: matched, awaiting goods, or an exception explained line by line.`,
    text: 'none',
    primary: true,
  },
  approve: {
    label: msg`Approve for payment`,
    title: (number) => msg`Approve ${number} for payment`,
    color: 'teal',
    icon: IconCheck,
    message: msg`The invoice can then be paid in a payment run.`,
    text: 'none',
    primary: true,
  },
  accept: {
    label: msg`Accept variances`,
    title: (number) => msg`Accept the variances of ${number}`,
    color: 'teal',
    icon: IconShieldCheck,
    message: msg`The variances pass and the invoice is matched again. Only someone who did not buy, create, edit or request the order may accept them.`,
    text: 'reason',
    primary: true,
  },
  request_credit_note: {
    label: msg`Request credit note`,
    title: (number) => msg`Ask the supplier for a credit note against ${number}`,
    color: 'orange',
    icon: IconMailForward,
    message: msg`The supplier is notified with the variances and your note. The invoice stays an exception until the credit note comes.`,
    text: 'supplier-note',
    primary: true,
  },
  rematch: {
    label: msg`Match again`,
    title: (number) => msg`Match ${number} again`,
    color: 'indigo',
    icon: IconRefresh,
    message: msg`Receipts and inspections since the last match count; a match that changes nothing records nothing.`,
    text: 'none',
  },
  release: {
    label: msg`Release`,
    title: (number) => msg`Release ${number} from hold`,
    color: 'teal',
    icon: IconPlayerPlay,
    message: msg`The invoice returns to the status it was held in.`,
    text: 'none',
    primary: true,
  },
  hold: {
    label: msg`Put on hold`,
    title: (number) => msg`Put ${number} on hold`,
    color: 'orange',
    icon: IconPlayerPause,
    message: msg`Nothing happens with the invoice until it is released.`,
    text: 'reason',
  },
  reject: {
    label: msg`Reject`,
    title: (number) => msg`Reject ${number}`,
    color: 'red',
    icon: IconX,
    message: msg`The supplier must send another invoice; what this one consumed is given back and its number may be used again.`,
    text: 'reason',
  },
  cancel: {
    label: msg`Cancel invoice`,
    title: (number) => msg`Cancel ${number}`,
    color: 'red',
    icon: IconCircleX,
    message: msg`For an invoice entered in error: what it consumed is given back.`,
    text: 'reason',
  },
};

/** The notification's title once the action is done, naming the invoice. */
function doneTitle(action: InvoiceTransition, number: string): MessageDescriptor {
  switch (action) {
    case 'submit':
      return msg`${number} submitted`;
    case 'rematch':
      return msg`${number} matched again`;
    case 'accept':
      return msg`Variances of ${number} accepted`;
    case 'request_credit_note':
      return msg`Credit note requested for ${number}`;
    case 'approve':
      return msg`${number} approved for payment`;
    case 'hold':
      return msg`${number} put on hold`;
    case 'release':
      return msg`${number} released`;
    case 'reject':
      return msg`${number} rejected`;
    case 'cancel':
      return msg`${number} cancelled`;
  }
}

/** The status actions the page allows: the main ones as buttons, the rest under "More actions". */
export function InvoiceActions({
  invoice,
  actions,
  compact = false,
}: {
  invoice: Invoice;
  actions: InvoiceTransition[];
  /** In a list row: small buttons, the primary ones only as far as they fit. */
  compact?: boolean;
}) {
  const { t, i18n } = useLingui();
  const [open, setOpen] = useState<InvoiceTransition | null>(null);
  const transition = useTransitionInvoice();
  const spec = open ? SPECS[open] : null;
  const primary = actions.filter((a) => SPECS[a].primary);
  const more = actions.filter((a) => !SPECS[a].primary);
  const size = compact ? 'xs' : 'sm';

  return (
    <>
      {primary.map((a) => {
        const s = SPECS[a];
        return (
          <Button
            key={a}
            size={size}
            color={s.color}
            variant={a === 'request_credit_note' ? 'light' : 'filled'}
            leftSection={<s.icon size={compact ? 14 : 16} />}
            onClick={() => setOpen(a)}
          >
            {i18n._(s.label)}
          </Button>
        );
      })}
      {more.length > 0 && (
        <Menu position="bottom-end" withinPortal>
          <Menu.Target>
            <Button size={size} variant="default" rightSection={<IconChevronDown size={14} />}>
              <Trans>More actions</Trans>
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            {more.map((a) => {
              const s = SPECS[a];
              return (
                <Menu.Item
                  key={a}
                  color={s.color === 'gray' || s.color === 'indigo' ? undefined : s.color}
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
        title={spec ? i18n._(spec.title(invoice.number)) : ''}
        message={spec ? i18n._(spec.message) : undefined}
        confirmLabel={spec ? i18n._(spec.label) : ''}
        color={spec?.color}
        withoutReason={spec?.text === 'none'}
        reasonRequired={spec?.text === 'reason' || spec?.text === 'supplier-note'}
        reasonLabel={
          spec?.text === 'supplier-note'
            ? t`Note to the supplier`
            : spec?.text === 'reason'
              ? t`Reason`
              : t`Reason (optional)`
        }
        onConfirm={async (reason) => {
          if (!open) return;
          const updated = await transition.mutateAsync({
            id: invoice.id,
            version: invoice.version,
            action: open,
            reason,
          });
          const status = i18n._(INVOICE_STATUS_LABELS[updated.status]);
          notifications.show({
            color: 'teal',
            title: i18n._(doneTitle(open, updated.number)),
            message: t`It is now: ${status}.`,
          });
        }}
      />
    </>
  );
}
