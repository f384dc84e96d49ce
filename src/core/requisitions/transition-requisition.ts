import type { Actor } from '../shared/actor';
import type { Ctx } from '../shared/context';
import {
  type TransitionStep as DocumentStep,
  type DocumentType,
  type TransitionStepFn,
  transitionDocument,
} from '../shared/transition-document';
import { findVisibleRequisition, readRequisition } from './access';
import * as repo from './repository';
import type { Requisition } from './requisition';
import { REASON_REQUIRED, type RequisitionTransition, transition } from './rules';

export type TransitionStep = DocumentStep<repo.RequisitionRow, repo.RequisitionInsert>;

/** Requisitions as the shared transition core sees them. */
export const requisitionType: DocumentType<
  repo.RequisitionRow,
  RequisitionTransition,
  null,
  repo.RequisitionInsert,
  Requisition
> = {
  kind: 'requisition',
  label: 'requisition',
  permissions: {
    edit: 'requisitions:write',
    submit: 'requisitions:write',
    approve: 'requisitions:approve',
    reject: 'requisitions:approve',
    request_changes: 'requisitions:approve',
    cancel: 'requisitions:write',
    close: 'workbench:use',
  },
  async lock(ctx, { id, actor }) {
    const row = await findVisibleRequisition(ctx, { actor, id, forUpdate: true });
    return { row, facts: null };
  },
  next: (row, t) => ({ status: transition(row.status, t) }),
  reasonRequired: (t) => REASON_REQUIRED.has(t),
  write: (ctx, row, patch) => repo.updateRequisition(ctx.db, row.id, row.version, patch),
  read: (ctx, id) => readRequisition(ctx, id),
  eventFacts: (r) => ({
    number: r.number,
    requesterId: r.requesterId,
    departmentId: r.departmentId,
    estimatedTotalBase: r.estimatedTotalBase,
  }),
};

/** A state change of a requisition through the shared core. */
export function transitionRequisition(
  ctx: Ctx,
  opts: {
    actor: Actor;
    id: string;
    version: number;
    transition: RequisitionTransition;
    reason?: string | null;
    step?: TransitionStepFn<repo.RequisitionRow, repo.RequisitionInsert, null>;
  },
): Promise<Requisition> {
  return transitionDocument(ctx, requisitionType, opts);
}
