import * as organisation from '../organisation';
import type { Actor } from '../shared/actor';
import { diff, recordAudit } from '../shared/audit';
import type { Ctx } from '../shared/context';
import { AppError } from '../shared/errors';
import { inTransaction } from '../shared/events';
import { newId } from '../shared/ids';
import { recordDocumentEvent } from '../shared/transition-document';
import { readRequisition } from './access';
import * as repo from './repository';
import { AUDITED_FIELDS, auditView, type Requisition } from './requisition';
import { requisitionType } from './transition-requisition';
import { checkNewRequisition, type RequisitionLineInput } from './validate-requisition';

export type CreateRequisitionInput = {
  /** Defaults to the requester's department. */
  departmentId?: string;
  costCentreId: string;
  justification?: string;
  lines: RequisitionLineInput[];
};

/**
 * Raises a requisition as a draft, the actor being its requester. Its number (REQ-2026-00001)
 * comes from the year's sequence before the transaction: a failed create leaves a gap, never a
 * reused number.
 */
export async function createRequisition(
  ctx: Ctx,
  opts: { actor: Actor; input: CreateRequisitionInput },
): Promise<Requisition> {
  const { actor, input } = opts;
  if (!actor.userId) throw AppError.forbidden('A requisition must be raised by a user.');
  const { departmentId, lines, estimatedTotalBase, money } = await checkNewRequisition(
    ctx,
    input,
    actor.departmentId,
  );

  const now = ctx.clock.now();
  // The number comes from a sequence, before the transaction: a create that fails after it
  // leaves a gap; a number is never given twice.
  const number = await organisation.allocateDocumentNumber(ctx.db, {
    documentType: 'requisition',
    date: now,
  });
  return inTransaction(ctx, async (txCtx) => {
    const tx = txCtx.db;
    const id = newId(now.getTime());
    await repo.insertRequisition(tx, {
      id,
      number,
      status: 'draft',
      requesterId: actor.userId!,
      departmentId,
      costCentreId: input.costCentreId,
      justification: input.justification?.trim() ?? '',
      estimatedTotalBase,
      createdBy: actor.userId,
      createdAt: now,
      updatedAt: now,
    });
    await repo.insertLines(
      tx,
      lines.map((l, i) => ({ ...l, id: newId(now.getTime()), requisitionId: id, lineNo: i + 1 })),
    );
    const requisition = await readRequisition(txCtx, id, money);
    await recordDocumentEvent(txCtx, requisitionType, {
      what: 'created',
      id,
      doc: requisition,
      actor,
      status: requisition.status,
      previousStatus: null,
      version: requisition.version,
    });
    await recordAudit(tx, ctx.clock, {
      actor,
      entityType: 'requisition',
      entityId: id,
      action: 'create',
      changes: diff(null, auditView(requisition), AUDITED_FIELDS),
    });
    return requisition;
  });
}
