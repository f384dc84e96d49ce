import {
  AWAITING_DELIVERY_STATUSES,
  type PurchaseOrder,
  type PurchaseOrderStatus,
} from '@contracts/purchase-orders';
import type { I18n } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import type { Permission } from '@/lib/roles';
import type { PurchaseOrderTransition } from './queries';

/** Who is looking: the signed-in user's id and a check of their permissions. */
export type Viewer = { userId: string; can: (permission: Permission) => boolean };

export type PurchaseOrderAction = PurchaseOrderTransition | 'short_close';

/**
 * The states each action starts from, as the server's transition table has them (the server
 * decides again on every request and answers 409 naming the state).
 */
const FROM: Record<PurchaseOrderAction, readonly PurchaseOrderStatus[]> = {
  submit: ['draft'],
  approve: ['pending_approval'],
  request_changes: ['pending_approval'],
  reject: ['pending_approval'],
  hold: ['draft', 'pending_approval', 'approved', 'sent', 'acknowledged', 'partially_received'],
  release: ['on_hold'],
  cancel: ['draft', 'pending_approval', 'approved', 'sent', 'acknowledged', 'on_hold'],
  close: ['approved', 'sent', 'acknowledged', 'partially_received', 'received'],
  short_close: AWAITING_DELIVERY_STATUSES,
};

/** Statuses in which the order can be edited: freely in draft, as a change order once approved. */
const EDITABLE: readonly PurchaseOrderStatus[] = [
  'draft',
  'approved',
  'sent',
  'acknowledged',
  'partially_received',
  'received',
];

/** Whether the viewer created or buys the order: nobody approves a document they created. */
export function isOwnOrder(o: Pick<PurchaseOrder, 'buyerId' | 'createdBy'>, viewer: Viewer): boolean {
  return o.buyerId === viewer.userId || o.createdBy === viewer.userId;
}

export function canEditOrder(o: PurchaseOrder, viewer: Viewer): boolean {
  return EDITABLE.includes(o.status) && viewer.can('purchase_orders:write');
}

/** Whether an edit now makes a change order (a new revision) rather than changing a draft. */
export function editMakesRevision(o: Pick<PurchaseOrder, 'status'>): boolean {
  return o.status !== 'draft';
}

export function allowedOrderActions(o: PurchaseOrder, viewer: Viewer): PurchaseOrderAction[] {
  const write = viewer.can('purchase_orders:write');
  const approve = viewer.can('purchase_orders:approve') && !isOwnOrder(o, viewer);
  const may: Record<PurchaseOrderAction, boolean> = {
    submit: write,
    approve,
    request_changes: approve,
    reject: approve,
    hold: write,
    release: write,
    cancel: write && !o.progress.anyReceived,
    close: write,
    short_close: write && !o.progress.fullyReceived,
  };
  return (Object.keys(FROM) as PurchaseOrderAction[]).filter((a) => FROM[a].includes(o.status) && may[a]);
}

/** States an order can be sent to its supplier from (first send, change, or again). */
const SENDABLE: readonly PurchaseOrderStatus[] = [
  'approved',
  'sent',
  'acknowledged',
  'partially_received',
  'received',
];

/** Whether an order in this state can have been sent: its page shows what was sent. */
export function wasSendable(status: PurchaseOrderStatus): boolean {
  return status !== 'draft' && status !== 'pending_approval';
}

/**
 * What "Send" does now: the order itself when it was never sent, a change order when it has a
 * revision the supplier has not had, else the same revision again. Null when the viewer may not
 * send or the state does not allow it.
 */
export function sendKindOf(
  o: Pick<PurchaseOrder, 'status' | 'revision' | 'sentRevision'>,
  viewer: Viewer,
): 'order' | 'change' | 'again' | null {
  if (!viewer.can('purchase_orders:write') || !SENDABLE.includes(o.status)) return null;
  if (o.sentRevision === null) return 'order';
  return o.revision > o.sentRevision ? 'change' : 'again';
}

/** Why an approver sees no Approve button on an order awaiting approval, if that is the reason. */
export function ownApprovalNote(i18n: I18n, o: PurchaseOrder, viewer: Viewer): string | null {
  if (o.status !== 'pending_approval' || !viewer.can('purchase_orders:approve') || !isOwnOrder(o, viewer))
    return null;
  return i18n._(msg`You created or buy this order, so another approver decides on it.`);
}

/** Close needs a reason unless everything was received. */
export function closeNeedsReason(o: PurchaseOrder): boolean {
  return !o.progress.fullyReceived;
}
