import { Trans, useLingui } from '@lingui/react/macro';
import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileCode, IconFileTypePdf } from '@tabler/icons-react';
import { useState } from 'react';
import { errorMessage } from '@/lib/api';
import { downloadPurchaseOrder, type PurchaseOrderDocument } from '../queries';

/** "Download PDF" and "Download UBL XML": the order as the supplier receives it. */
export function DocumentDownloads({ order }: { order: { id: string; number: string } }) {
  const { t } = useLingui();
  const [busy, setBusy] = useState<PurchaseOrderDocument | null>(null);
  async function download(kind: PurchaseOrderDocument) {
    setBusy(kind);
    try {
      await downloadPurchaseOrder(order, kind);
    } catch (err) {
      notifications.show({ color: 'red', title: t`Download failed`, message: errorMessage(err) });
    } finally {
      setBusy(null);
    }
  }
  return (
    <>
      <Button
        variant="default"
        leftSection={<IconFileTypePdf size={16} />}
        loading={busy === 'pdf'}
        onClick={() => void download('pdf')}
      >
        <Trans>Download PDF</Trans>
      </Button>
      <Button
        variant="default"
        leftSection={<IconFileCode size={16} />}
        loading={busy === 'ubl'}
        onClick={() => void download('ubl')}
      >
        <Trans>Download UBL XML</Trans>
      </Button>
    </>
  );
}
