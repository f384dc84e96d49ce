import type { PurchaseOrder } from '@contracts/purchase-orders';
import { Trans, useLingui } from '@lingui/react/macro';
import { Button, Group, Modal } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconTruckDelivery } from '@tabler/icons-react';
import { useState } from 'react';
import { SectionCard } from '@/components/detail-section';
import { isZero } from '@/lib/money';
import { useImportDespatchAdvice } from '../queries';
import { openToShip, ShipNoticeForm } from './ship-notice-form';
import { ShipNoticeList } from './ship-notice-list';
import { UblUploadButton } from './ubl-upload-button';

const SHIPPABLE = ['sent', 'acknowledged', 'partially_received'];

/**
 * The order's ship notices for the buyer, who can also record one on the supplier's behalf (told by
 * phone, a paper delivery note) or upload the supplier's UBL Despatch Advice.
 */
export function ShipNoticesCard({ order, canWrite }: { order: PurchaseOrder; canWrite: boolean }) {
  const { t } = useLingui();
  const [recording, setRecording] = useState(false);
  const importAdvice = useImportDespatchAdvice();
  const canShip =
    canWrite &&
    SHIPPABLE.includes(order.status) &&
    order.sentRevision === order.revision &&
    order.lines.some((l) => !isZero(openToShip(l)));
  return (
    <div id="ship-notices">
      <SectionCard
        title={t`Ship notices`}
        description={t`What the supplier shipped, when it left and when it should arrive.`}
        extra={
          canShip && (
            <Group gap="xs" align="flex-start">
              <Button
                size="xs"
                variant="default"
                leftSection={<IconTruckDelivery size={14} />}
                onClick={() => setRecording(true)}
              >
                <Trans>Record a ship notice</Trans>
              </Button>
              <UblUploadButton
                label={<Trans>Upload Despatch Advice</Trans>}
                upload={async (file) => {
                  const notice = await importAdvice.mutateAsync({ orderId: order.id, file });
                  const { number } = notice;
                  notifications.show({
                    color: 'teal',
                    title: t`Ship notice ${number} recorded`,
                    message: file.name,
                  });
                }}
              />
            </Group>
          )
        }
      >
        <ShipNoticeList orderId={order.id} lines={order.lines} />
      </SectionCard>
      <Modal
        opened={recording}
        onClose={() => setRecording(false)}
        title={t`Record a ship notice for the supplier`}
        size="lg"
      >
        <ShipNoticeForm orderId={order.id} lines={order.lines} onBehalf onDone={() => setRecording(false)} />
      </Modal>
    </div>
  );
}
