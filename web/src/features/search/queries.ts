import { Item } from '@contracts/catalog';
import { pageOf } from '@contracts/common';
import { PurchaseOrderSummary } from '@contracts/purchase-orders';
import { RequisitionSummary } from '@contracts/requisitions';
import { Supplier } from '@contracts/suppliers';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { PermissionName } from '@/features/auth/use-can';
import { client, read } from '@/lib/api';

export type Found = {
  id: string;
  kind: 'purchase_order' | 'requisition' | 'supplier' | 'item';
  title: string;
  detail: string;
  path: string;
};

const PER_KIND = 5;

/**
 * What the command palette finds for a text: documents by number (and what their lists search),
 * suppliers and items — each from its own list endpoint, so each keeps its access rules; only the
 * lists the user may read are asked.
 */
async function searchEverything(
  q: string,
  can: (p: PermissionName) => boolean,
  signal: AbortSignal,
): Promise<Found[]> {
  const query = { q, limit: PER_KIND };
  const asks: Promise<Found[]>[] = [];
  if (can('purchase_orders:read'))
    asks.push(
      read(pageOf(PurchaseOrderSummary), () =>
        client.GET('/api/v1/purchase-orders', { params: { query }, signal }),
      ).then((p) =>
        p.items.map((o) => ({
          id: o.id,
          kind: 'purchase_order',
          title: o.number,
          detail: o.supplierName,
          path: `/purchase-orders/${o.id}`,
        })),
      ),
    );
  if (can('requisitions:read'))
    asks.push(
      read(pageOf(RequisitionSummary), () =>
        client.GET('/api/v1/requisitions', { params: { query }, signal }),
      ).then((p) =>
        p.items.map((r) => ({
          id: r.id,
          kind: 'requisition',
          title: r.number,
          detail: r.justification || r.requesterName,
          path: `/requisitions/${r.id}`,
        })),
      ),
    );
  if (can('suppliers:read'))
    asks.push(
      read(pageOf(Supplier), () => client.GET('/api/v1/suppliers', { params: { query }, signal })).then((p) =>
        p.items.map((s) => ({
          id: s.id,
          kind: 'supplier',
          title: s.legalName,
          detail: s.code,
          path: `/suppliers/${s.id}`,
        })),
      ),
    );
  if (can('catalog:read'))
    asks.push(
      read(pageOf(Item), () => client.GET('/api/v1/items', { params: { query }, signal })).then((p) =>
        p.items.map((i) => ({
          id: i.id,
          kind: 'item',
          title: i.name,
          detail: i.sku,
          path: `/catalog/items/${i.id}`,
        })),
      ),
    );
  return (await Promise.all(asks)).flat();
}

export function useSearchEverything(q: string, can: (p: PermissionName) => boolean) {
  const text = q.trim();
  return useQuery({
    queryKey: ['search', text],
    queryFn: ({ signal }) => searchEverything(text, can, signal),
    enabled: text.length >= 2,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}
