import type { PurchaseOrderSummary } from '@contracts/purchase-orders';
import { plural } from '@lingui/core/macro';
import { useLingui } from '@lingui/react/macro';
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
  const { t } = useLingui();
  const [opened, setOpened] = useState(false);
  const queryClient = useQueryClient();
  if (orders.length === 0) return null;
  const count = orders.length;
  const numbers = orders.map((o) => o.number).join(', ');

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
    const notCancelled = failed.join('; ');
    notifications.show({
      color: failed.length === 0 ? 'green' : 'orange',
      title: plural(count, {
        one: `${done} of # draft cancelled`,
        other: `${done} of # drafts cancelled`,
      }),
      message: failed.length === 0 ? t`The reason is recorded on each.` : t`Not cancelled: ${notCancelled}`,
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
        {plural(count, { one: 'Cancel # draft…', other: 'Cancel # drafts…' })}
      </Button>
      <ConfirmWithReasonModal
        opened={opened}
        onClose={() => setOpened(false)}
        title={plural(count, { one: 'Cancel # draft?', other: 'Cancel # drafts?' })}
        message={t`${numbers} will be cancelled; the reason is recorded on each.`}
        confirmLabel={plural(count, { one: 'Cancel # draft', other: 'Cancel # drafts' })}
        color="red"
        reasonRequired
        onConfirm={cancelAll}
      />
    </>
  );
}
