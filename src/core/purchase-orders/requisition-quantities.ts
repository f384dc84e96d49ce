import type { Db } from '../../db/client';
import * as requisitions from '../requisitions';
import type { Actor } from '../shared/actor';
import type { Clock } from '../shared/clock';
import { AppError } from '../shared/errors';
import { D, normalize } from '../shared/money';

/** A change of a requisition line's ordered quantity, with the request field it comes from. */
export type QuantityChange = { requisitionLineId: string; quantityDelta: string; path: string };

type Source = { requisitionLineId: string; quantity: string };

/**
 * The net change per requisition line between two sets of sources (before and after a write),
 * each named by the first place the new sources mention it (else `fallbackPath`).
 */
export function sourceDeltas(
  before: readonly Source[],
  after: readonly (Source & { path: string })[],
  fallbackPath: string,
): QuantityChange[] {
  const net = new Map<string, { delta: InstanceType<typeof D>; path: string }>();
  for (const s of before) {
    const entry = net.get(s.requisitionLineId) ?? { delta: new D(0), path: fallbackPath };
    entry.delta = entry.delta.minus(s.quantity);
    net.set(s.requisitionLineId, entry);
  }
  for (const s of after) {
    const entry = net.get(s.requisitionLineId) ?? { delta: new D(0), path: s.path };
    if (entry.path === fallbackPath) entry.path = s.path;
    entry.delta = entry.delta.plus(s.quantity);
    net.set(s.requisitionLineId, entry);
  }
  return [...net.entries()]
    .filter(([, e]) => !e.delta.isZero())
    .map(([requisitionLineId, e]) => ({
      requisitionLineId,
      quantityDelta: normalize(e.delta.toFixed()),
      path: e.path,
    }));
}

/**
 * Tells requisitions how much of their lines is now on order (inside the caller's transaction).
 * A refused change comes back as a 422 naming the order's own field (lines[i].sources[j].quantity).
 */
export async function recordRequisitionQuantities(
  tx: Db,
  changes: QuantityChange[],
  audit: { actor: Actor; clock: Clock },
): Promise<void> {
  if (changes.length === 0) return;
  try {
    await requisitions.recordOrderedQuantities(
      tx,
      changes.map((c) => ({ requisitionLineId: c.requisitionLineId, quantityDelta: c.quantityDelta })),
      audit,
    );
  } catch (err) {
    if (!(err instanceof AppError) || err.code !== 'validation') throw err;
    throw AppError.validation(
      err.errors.map((e) => {
        const m = /^changes\[(\d+)\]\.(\w+)$/.exec(e.path);
        const change = m ? changes[Number(m[1])] : undefined;
        if (!change) return e;
        const field = m![2] === 'requisitionLineId' ? 'requisitionLineId' : 'quantity';
        return {
          path: change.path.endsWith(']') ? `${change.path}.${field}` : change.path,
          message: e.message,
        };
      }),
      err.message,
    );
  }
}
