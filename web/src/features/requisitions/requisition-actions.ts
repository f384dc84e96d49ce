import type { Requisition, RequisitionStatus } from '@contracts/requisitions';
import type { I18n } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import type { Permission } from '@/lib/roles';
import type { RequisitionAction } from './queries';

/** Who is looking: the signed-in user's id and a check of their permissions. */
export type Viewer = { userId: string; can: (permission: Permission) => boolean };

/** The states each transition starts from (the server's table; it decides again on every request). */
const FROM: Record<RequisitionAction, readonly RequisitionStatus[]> = {
  submit: ['draft'],
  approve: ['submitted'],
  request_changes: ['submitted'],
  reject: ['submitted'],
  cancel: ['draft', 'submitted', 'approved'],
  close: ['partially_ordered', 'ordered'],
};

export function isOwnRequisition(r: Pick<Requisition, 'requesterId' | 'createdBy'>, viewer: Viewer): boolean {
  return r.requesterId === viewer.userId || r.createdBy === viewer.userId;
}

/** Whether the viewer may edit the draft (its requester, while it is a draft). */
export function canEditRequisition(r: Requisition, viewer: Viewer): boolean {
  return r.status === 'draft' && isOwnRequisition(r, viewer) && viewer.can('requisitions:write');
}

/**
 * The actions to offer: those the status allows and the viewer may take. Nobody approves their
 * own; cancelling is for requisitions nothing was ordered from.
 */
export function allowedRequisitionActions(r: Requisition, viewer: Viewer): RequisitionAction[] {
  const own = isOwnRequisition(r, viewer);
  const nothingOrdered = r.lines.every((l) => l.orderStatus === 'open');
  const may: Record<RequisitionAction, boolean> = {
    submit: own && viewer.can('requisitions:write'),
    approve: !own && viewer.can('requisitions:approve'),
    request_changes: !own && viewer.can('requisitions:approve'),
    reject: !own && viewer.can('requisitions:approve'),
    cancel:
      nothingOrdered &&
      ((own && viewer.can('requisitions:write')) ||
        viewer.can('requisitions:approve') ||
        viewer.can('workbench:use')),
    close: viewer.can('workbench:use'),
  };
  return (Object.keys(FROM) as RequisitionAction[]).filter((a) => FROM[a].includes(r.status) && may[a]);
}

/** Why an approver sees no Approve button on a submitted requisition, if that is the reason. */
export function ownApprovalNote(i18n: I18n, r: Requisition, viewer: Viewer): string | null {
  if (r.status !== 'submitted' || !viewer.can('requisitions:approve') || !isOwnRequisition(r, viewer))
    return null;
  return i18n._(msg`You raised this requisition, so another approver decides on it.`);
}
