import type { Actor } from '../shared/actor';
import { recordAudit } from '../shared/audit';
import type { Ctx } from '../shared/context';
import { AppError } from '../shared/errors';
import { assertVersion } from '../shared/versioning';
import * as repo from './repository';
import { reasonRequired, STATUS_TRANSITIONS, type SupplierStatus } from './rules';
import { type Supplier, toSupplier } from './supplier';

function assertCanMoveTo(from: SupplierStatus, to: SupplierStatus): void {
  if (!STATUS_TRANSITIONS[from].includes(to)) {
    throw AppError.conflict(`The supplier is already ${from.replace('_', ' ')}.`, { currentStatus: from });
  }
}

/**
 * Puts a supplier on hold, blocks it (reason required) or makes it active again. `scorecard`: the
 * scorecard that caused it, kept in the supplier's history with the reason (supplier evaluation).
 */
export async function changeSupplierStatus(
  ctx: Ctx,
  opts: {
    actor: Actor;
    id: string;
    version: number;
    status: SupplierStatus;
    reason?: string;
    scorecard?: Record<string, unknown>;
  },
): Promise<Supplier> {
  const reason = opts.reason?.trim() || null;
  if (reasonRequired(opts.status) && !reason) {
    throw AppError.field(
      'reason',
      `is required to put a supplier ${opts.status === 'blocked' ? 'on the block list' : 'on hold'}`,
    );
  }
  return ctx.db.transaction(async (tx) => {
    const before = await repo.findById(tx, opts.id, { forUpdate: true });
    if (!before) throw AppError.notFound('Supplier', opts.id);
    assertVersion(before.version, opts.version);
    assertCanMoveTo(before.status, opts.status);
    const row = await repo.update(tx, opts.id, opts.version, {
      status: opts.status,
      statusReason: reason,
      updatedAt: ctx.clock.now(),
    });
    await recordAudit(tx, ctx.clock, {
      actor: opts.actor,
      entityType: 'supplier',
      entityId: opts.id,
      action: `status:${opts.status}`,
      changes: {
        status: { before: before.status, after: opts.status },
        ...(opts.scorecard ? { scorecard: { before: null, after: opts.scorecard } } : {}),
      },
      reason,
    });
    return toSupplier(row!);
  });
}
