import type { Supplier, SupplierStatus } from '@contracts/suppliers';
import type { MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { useLingui } from '@lingui/react/macro';
import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconBan, IconCircleCheck, IconPlayerPause } from '@tabler/icons-react';
import { useState } from 'react';
import { ConfirmWithReasonModal } from '@/components/confirm-with-reason-modal';
import { useChangeSupplierStatus } from '../queries';

type Action = {
  to: SupplierStatus;
  label: MessageDescriptor;
  title: MessageDescriptor;
  color: string;
  message: MessageDescriptor;
  icon: typeof IconBan;
};

const ACTIONS: Action[] = [
  {
    to: 'on_hold',
    label: msg`Hold`,
    title: msg`Put supplier on hold`,
    color: 'orange',
    message: msg`New orders to this supplier will show a warning until it is activated again.`,
    icon: IconPlayerPause,
  },
  {
    to: 'blocked',
    label: msg`Block`,
    title: msg`Block supplier`,
    color: 'red',
    message: msg`New orders to this supplier will be refused until it is activated again.`,
    icon: IconBan,
  },
  {
    to: 'active',
    label: msg`Activate`,
    title: msg`Activate supplier`,
    color: 'teal',
    message: msg`The supplier can be ordered from again without warnings.`,
    icon: IconCircleCheck,
  },
];

/** Hold / Block / Activate buttons (those allowed from the current status), each asking for a reason. */
export function SupplierStatusActions({ supplier }: { supplier: Supplier }) {
  const { t, i18n } = useLingui();
  const [open, setOpen] = useState<Action | null>(null);
  const change = useChangeSupplierStatus();
  return (
    <>
      {ACTIONS.filter((a) => a.to !== supplier.status).map((a) => (
        <Button
          key={a.to}
          variant="light"
          color={a.color}
          leftSection={<a.icon size={16} />}
          onClick={() => setOpen(a)}
        >
          {i18n._(a.label)}
        </Button>
      ))}
      <ConfirmWithReasonModal
        opened={open !== null}
        onClose={() => setOpen(null)}
        title={open ? i18n._(open.title) : ''}
        message={
          open && (
            <>
              <strong>{supplier.legalName}</strong>: {i18n._(open.message)}
            </>
          )
        }
        confirmLabel={open ? i18n._(open.label) : ''}
        color={open?.color}
        reasonRequired={open?.to !== 'active'}
        onConfirm={async (reason) => {
          if (!open) return;
          const updated = await change.mutateAsync({
            id: supplier.id,
            version: supplier.version,
            to: open.to,
            reason: reason || undefined,
          });
          const name = updated.legalName;
          notifications.show({
            color: 'teal',
            title: t`Status changed`,
            message:
              updated.status === 'on_hold'
                ? t`${name} is now on hold.`
                : updated.status === 'blocked'
                  ? t`${name} is now blocked.`
                  : t`${name} is now active.`,
          });
        }}
      />
    </>
  );
}
