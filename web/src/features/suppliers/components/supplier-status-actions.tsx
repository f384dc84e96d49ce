import type { Supplier, SupplierStatus } from '@contracts/suppliers';
import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconBan, IconCircleCheck, IconPlayerPause } from '@tabler/icons-react';
import { useState } from 'react';
import { ConfirmWithReasonModal } from '@/components/confirm-with-reason-modal';
import { useChangeSupplierStatus } from '../api/change-supplier-status';

type Action = {
  to: SupplierStatus;
  label: string;
  title: string;
  color: string;
  message: string;
  icon: typeof IconBan;
};

const ACTIONS: Action[] = [
  {
    to: 'on_hold',
    label: 'Hold',
    title: 'Put supplier on hold',
    color: 'orange',
    message: 'New orders to this supplier will show a warning until it is activated again.',
    icon: IconPlayerPause,
  },
  {
    to: 'blocked',
    label: 'Block',
    title: 'Block supplier',
    color: 'red',
    message: 'New orders to this supplier will be refused until it is activated again.',
    icon: IconBan,
  },
  {
    to: 'active',
    label: 'Activate',
    title: 'Activate supplier',
    color: 'teal',
    message: 'The supplier can be ordered from again without warnings.',
    icon: IconCircleCheck,
  },
];

/** Hold / Block / Activate buttons (those allowed from the current status), each asking for a reason. */
export function SupplierStatusActions({ supplier }: { supplier: Supplier }) {
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
          {a.label}
        </Button>
      ))}
      <ConfirmWithReasonModal
        opened={open !== null}
        onClose={() => setOpen(null)}
        title={open?.title ?? ''}
        message={
          open && (
            <>
              <strong>{supplier.legalName}</strong>: {open.message}
            </>
          )
        }
        confirmLabel={open?.label ?? ''}
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
          notifications.show({
            color: 'teal',
            title: 'Status changed',
            message: `${updated.legalName} is now ${updated.status === 'on_hold' ? 'on hold' : updated.status}.`,
          });
        }}
      />
    </>
  );
}
