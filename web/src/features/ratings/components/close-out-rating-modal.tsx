import { Trans, useLingui } from '@lingui/react/macro';
import { Button, Modal, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useCallback, useEffect, useRef } from 'react';
import { useModalGuard } from '@/components/leave-guard';
import { useOrderRatings } from '../queries';
import { RatingForm } from './rating-form';

/**
 * The buyer's close-out evaluation, offered right after they closed the order: the rating form in
 * a dialog, which they may skip (the order page keeps "Rate this order" for later).
 */
export function CloseOutRatingModal({
  order,
  opened,
  onClose,
}: {
  order: { id: string; number: string; supplierName: string };
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useLingui();
  const dirty = useRef(false);
  const onDirtyChange = useCallback((d: boolean) => {
    dirty.current = d;
  }, []);
  // Offered only while the buyer may still give it (not twice, not to a buyer who rated already).
  const ratings = useOrderRatings(order.id, { enabled: opened });
  const state = ratings.data?.you.state;
  const shown = opened && state === 'can_rate';
  useEffect(() => {
    if (opened && state !== undefined && state !== 'can_rate') onClose();
  }, [opened, state, onClose]);
  const { requestClose, dialogs } = useModalGuard({ opened: shown, isDirty: () => dirty.current, onClose });
  const { number, supplierName } = order;
  return (
    <>
      <Modal opened={shown} onClose={requestClose} title={t`Rate ${supplierName} on ${number}`} size="lg">
        <Text size="sm" c="dimmed" mb="md">
          <Trans>
            The order is closed. Your close-out evaluation counts in the supplier’s satisfaction score; it is
            optional.
          </Trans>
        </Text>
        {shown && (
          <RatingForm
            orderId={order.id}
            onDirtyChange={onDirtyChange}
            onRated={() => {
              dirty.current = false;
              notifications.show({
                color: 'teal',
                title: t`Thank you`,
                message: t`Your rating of ${number} is recorded.`,
              });
              onClose();
            }}
            secondary={
              <Button variant="default" onClick={requestClose}>
                <Trans>Skip</Trans>
              </Button>
            }
          />
        )}
      </Modal>
      {dialogs}
    </>
  );
}
