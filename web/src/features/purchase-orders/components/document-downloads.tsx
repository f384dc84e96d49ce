import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileCode, IconFileTypePdf } from '@tabler/icons-react';
import { useState } from 'react';
import { errorMessage } from '@/lib/api';
import { downloadPurchaseOrder, type PurchaseOrderDocument } from '../api/download-purchase-order';

/** "Download PDF" and "Download UBL XML": the order as the supplier receives it. */
export function DocumentDownloads({ order }: { order: { id: string; number: string } }) {
  const [busy, setBusy] = useState<PurchaseOrderDocument | null>(null);
  async function download(kind: PurchaseOrderDocument) {
    setBusy(kind);
    try {
      await downloadPurchaseOrder(order, kind);
    } catch (err) {
      notifications.show({ color: 'red', title: 'Download failed', message: errorMessage(err) });
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
        Download PDF
      </Button>
      <Button
        variant="default"
        leftSection={<IconFileCode size={16} />}
        loading={busy === 'ubl'}
        onClick={() => void download('ubl')}
      >
        Download UBL XML
      </Button>
    </>
  );
}
