import type { RecordNamers } from '../shared/record-names';
import { namesFrom, uuidsOnly } from '../shared/record-names';
import * as repo from './repository';

/** How the audit trail names purchase orders: by number, their money in their currency. */
export const recordNamers: RecordNamers = {
  purchase_order: async (ctx, ids) =>
    namesFrom(await repo.orderNames(ctx.db, uuidsOnly(ids)), (r) => ({
      label: r.number,
      currency: r.currency,
    })),
};
