import type { Actor } from '../shared/actor';
import { diff, recordAudit } from '../shared/audit';
import type { Ctx } from '../shared/context';
import { AppError, FieldErrors } from '../shared/errors';
import { inTransaction } from '../shared/events';
import { newId } from '../shared/ids';
import { recordDocumentEvent } from '../shared/transition-document';
import { assertVersion } from '../shared/versioning';
import { assertOwnRequisition, baseMoney, findVisibleRequisition, readRequisition } from './access';
import type { CreateRequisitionInput } from './create-requisition';
import * as repo from './repository';
import { AUDITED_FIELDS, auditView, type Requisition } from './requisition';
import { transition } from './rules';
import { requisitionType } from './transition-requisition';
import { assertHeaderReferences, resolveLines } from './validate-requisition';

/** Fields to change; `lines`, when given, replaces every line. */
export type UpdateRequisitionInput = Partial<CreateRequisitionInput>;

/** Edits a draft; only its requester may. */
export async function updateRequisition(
  ctx: Ctx,
  opts: { actor: Actor; id: string; version: number; input: UpdateRequisitionInput },
): Promise<Requisition> {
  const { actor, input } = opts;
  const money = await baseMoney(ctx);
  return inTransaction(ctx, async (txCtx) => {
    const tx = txCtx.db;
    const row = await findVisibleRequisition(txCtx, { actor, id: opts.id, forUpdate: true });
    assertVersion(row.version, opts.version);
    transition(row.status, 'edit');
    assertOwnRequisition(actor, row);

    const errors = new FieldErrors();
    const departmentId = input.departmentId ?? row.departmentId;
    const costCentreId = input.costCentreId ?? row.costCentreId;
    if (input.departmentId !== undefined || input.costCentreId !== undefined) {
      await assertHeaderReferences(txCtx, { departmentId, costCentreId }, errors);
    }
    const resolved = input.lines ? await resolveLines(txCtx, input.lines, money, errors) : undefined;
    errors.throwIfAny();

    const before = await readRequisition(txCtx, opts.id, money);
    const now = ctx.clock.now();
    const patch: Partial<repo.RequisitionInsert> = { departmentId, costCentreId, updatedAt: now };
    if (input.justification !== undefined) patch.justification = input.justification.trim();
    if (resolved) {
      patch.estimatedTotalBase = resolved.estimatedTotalBase;
      await repo.deleteLines(tx, opts.id);
      await repo.insertLines(
        tx,
        resolved.lines.map((l, i) => ({
          ...l,
          id: newId(now.getTime()),
          requisitionId: opts.id,
          lineNo: i + 1,
        })),
      );
    }
    const updated = await repo.updateRequisition(tx, opts.id, opts.version, patch);
    if (!updated) throw AppError.conflict('The requisition changed while saving; reload and try again.');
    const after = await readRequisition(txCtx, opts.id, money);
    const changes = diff(auditView(before), auditView(after), AUDITED_FIELDS);
    await recordDocumentEvent(txCtx, requisitionType, {
      what: 'updated',
      id: opts.id,
      doc: after,
      actor,
      status: after.status,
      previousStatus: row.status,
      version: after.version,
      extra: { changedFields: Object.keys(changes) },
    });
    if (Object.keys(changes).length > 0) {
      await recordAudit(tx, ctx.clock, {
        actor,
        entityType: 'requisition',
        entityId: opts.id,
        action: 'update',
        changes,
      });
    }
    return after;
  });
}
