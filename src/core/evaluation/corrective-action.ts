import type { CorrectiveActionStatus } from '../../domain/evaluation';
import { userNamesByIds } from '../identity';
import type { Ctx } from '../shared/context';
import type { CorrectiveActionRow } from './repository';
import { isOverdue } from './rules';

/**
 * A corrective action a buyer asked a supplier for: what, by when, for which period reviewed; open
 * until closed with its outcome. `overdue`: open and past its due date, as of today.
 */
export type CorrectiveAction = {
  id: string;
  supplierId: string;
  note: string;
  dueDate: string;
  period: string | null;
  status: CorrectiveActionStatus;
  overdue: boolean;
  requestedBy: { id: string; name: string };
  requestedAt: Date;
  closedBy: { id: string; name: string } | null;
  closedAt: Date | null;
  outcome: string | null;
  version: number;
};

/** The rows as the API hands them out, with the people's names (one statement for all). */
export async function toCorrectiveActions(
  ctx: Ctx,
  rows: CorrectiveActionRow[],
  today: string,
): Promise<CorrectiveAction[]> {
  const ids = rows.flatMap((r) => (r.closedBy ? [r.requestedBy, r.closedBy] : [r.requestedBy]));
  const names = ids.length > 0 ? await userNamesByIds(ctx, { ids }) : new Map<string, string>();
  const person = (id: string) => ({ id, name: names.get(id) ?? '' });
  return rows.map((r) => ({
    id: r.id,
    supplierId: r.supplierId,
    note: r.note,
    dueDate: r.dueDate,
    period: r.period,
    status: r.status,
    overdue: isOverdue(r, today),
    requestedBy: person(r.requestedBy),
    requestedAt: r.requestedAt,
    closedBy: r.closedBy ? person(r.closedBy) : null,
    closedAt: r.closedAt,
    outcome: r.outcome,
    version: r.version,
  }));
}
