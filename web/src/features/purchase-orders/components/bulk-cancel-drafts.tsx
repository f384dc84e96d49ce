import type { PurchaseOrderSummary } from '@contracts/purchase-orders';
import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCircleX } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ConfirmWithReasonModal } from '@/components/confirm-with-reason-modal';
import { errorMessage } from '@/lib/api';
import { documentChanged } from '@/lib/document-changes';
import { transitionPurchaseOrder } from '../api/transition-purchase-order';

/**
 * "Cancel N drafts…" for the drafts picked on the list: one reason for all, each order cancelled
 * with its own version (If-Match), so one changed meanwhile is refused alone; the outcome is told
 * per order.
 */
export function BulkCancelDrafts({ orders, onDone }: { orders: PurchaseOrderSummary[]; onDone: () => void }) {
  const [opened, setOpened] = useState(false);
  const queryClient = useQueryClient();
  if (orders.length === 0) return null;
  const noun = orders.length === 1 ? 'draft' : 'drafts';

  const cancelAll = async (reason: string) => {
    const failed: string[] = [];
    for (const o of orders) {
      try {
        await transitionPurchaseOrder({ id: o.id, version: o.version, action: 'cancel', reason });
      } catch (err) {
        failed.push(`${o.number}: ${errorMessage(err)}`);
      }
    }
    await documentChanged(queryClient, 'purchase_order');
    onDone();
    const done = orders.length - failed.length;
    notifications.show({
      color: failed.length === 0 ? 'green' : 'orange',
      title: `${done} of ${orders.length} ${noun} cancelled`,
      message:
        failed.length === 0 ? 'The reason is recorded on each.' : `Not cancelled: ${failed.join('; ')}`,
      autoClose: failed.length === 0 ? 4000 : false,
    });
  };

  return (
    <>
      <Button
        color="red"
        variant="light"
        leftSection={<IconCircleX size={16} />}
        onClick={() => setOpened(true)}
      >
        Cancel {orders.length} {noun}…
      </Button>
      <ConfirmWithReasonModal
        opened={opened}
        onClose={() => setOpened(false)}
        title={`Cancel ${orders.length} ${noun}?`}
        message={`${orders.map((o) => o.number).join(', ')} will be cancelled; the reason is recorded on each.`}
        confirmLabel={`Cancel ${orders.length} ${noun}`}
        color="red"
        reasonRequired
        onConfirm={cancelAll}
      />
    </>
  );
}
