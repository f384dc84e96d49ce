import type { RecordNamers } from '../shared/record-names';
import { codeAndName, namesFrom, uuidsOnly } from '../shared/record-names';
import * as repo from './repository';

/** How the audit trail names suppliers: code and legal name. */
export const recordNamers: RecordNamers = {
  supplier: async (ctx, ids) =>
    namesFrom(await repo.supplierNames(ctx.db, uuidsOnly(ids)), (r) => ({
      label: codeAndName(r.code, r.name),
      currency: r.currency,
    })),
};
