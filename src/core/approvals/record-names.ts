import type { RecordNamers } from '../shared/record-names';
import { namesFrom, uuidsOnly } from '../shared/record-names';
import * as repo from './repository';

/** How the audit trail names policies and delegations. */
export const recordNamers: RecordNamers = {
  approval_policy: async (ctx, ids) =>
    namesFrom(await repo.policyNames(ctx.db, uuidsOnly(ids)), (r) => ({ label: r.name })),
  approval_delegation: async (ctx, ids) =>
    namesFrom(await repo.delegationNames(ctx.db, uuidsOnly(ids)), (r) => ({ label: `${r.from} → ${r.to}` })),
};
