import type { Ctx } from '../shared/context';
import * as repo from './repository';

/**
 * Who asked for each of the requisition lines `ids` (their requisitions' requesters), by line id:
 * what an order's requesters are, for the capabilities that ask them something about it.
 */
export async function requestersOfRequisitionLines(ctx: Ctx, ids: string[]): Promise<Map<string, string>> {
  const rows = await repo.requestersOfLines(ctx.db, ids);
  return new Map(rows.map((r) => [r.requisitionLineId, r.requesterId]));
}
