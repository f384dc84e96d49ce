import type { RecordNamers } from '../shared/record-names';
import { namesFrom, uuidsOnly } from '../shared/record-names';
import * as repo from './repository';

/** How the audit trail names people and their API tokens. */
export const recordNamers: RecordNamers = {
  user: async (ctx, ids) =>
    namesFrom(await repo.userNames(ctx.db, uuidsOnly(ids)), (r) => ({ label: r.name })),
  api_token: async (ctx, ids) =>
    namesFrom(await repo.apiTokenNames(ctx.db, uuidsOnly(ids)), (r) => ({ label: r.name })),
};
