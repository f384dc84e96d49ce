import { downloadFile } from '@/lib/api';

export type PurchaseOrderDocument = 'pdf' | 'ubl';

const FORMATS: Record<PurchaseOrderDocument, { accept: string; extension: string }> = {
  pdf: { accept: 'application/pdf', extension: 'pdf' },
  ubl: { accept: 'application/xml', extension: 'xml' },
};

/**
 * Downloads the order as the standard PDF (GET /purchase-orders/{id}/pdf) or as a UBL 2.1 Order
 * (GET /purchase-orders/{id}/ubl), named after its number unless the server names it.
 */
export function downloadPurchaseOrder(order: { id: string; number: string }, kind: PurchaseOrderDocument) {
  const format = FORMATS[kind];
  return downloadFile(`/purchase-orders/${encodeURIComponent(order.id)}/${kind}`, {
    fileName: `${order.number}.${format.extension}`,
    accept: format.accept,
  });
}
