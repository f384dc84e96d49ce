import type { RecordNamers } from '../shared/record-names';
import { namesFrom, uuidsOnly } from '../shared/record-names';
import * as repo from './repository';

/** How the audit trail names requisitions: by number. */
export const recordNamers: RecordNamers = {
  requisition: async (ctx, ids) =>
    namesFrom(await repo.requisitionNames(ctx.db, uuidsOnly(ids)), (r) => ({ label: r.number })),
};
