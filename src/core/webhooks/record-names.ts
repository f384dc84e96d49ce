import type { RecordNamers } from '../shared/record-names';
import { namesFrom, uuidsOnly } from '../shared/record-names';
import * as repo from './repository';

/** How the audit trail names webhook endpoints: by address. */
export const recordNamers: RecordNamers = {
  webhook_endpoint: async (ctx, ids) =>
    namesFrom(await repo.endpointNames(ctx.db, uuidsOnly(ids)), (r) => ({ label: r.url })),
};
