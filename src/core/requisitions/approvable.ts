import * as approvals from '../approvals';
import { isoDate } from '../shared/clock';
import type { Ctx } from '../shared/context';
import { approveRequisition } from './approve-requisition';
import * as repo from './repository';

/**
 * Requisitions as the approvals capability sees them: an estimate in the base currency (no
 * currency of their own), from their requester, weighed against budgets on the day submitted.
 */
export const requisitionApprovable: approvals.Approvable = {
  documentType: 'requisition',
  label: 'requisition',
  link: (id) => `/requisitions/${id}`,
  async summaries(ctx: Ctx, ids) {
    const rows = await repo.approvalSummaries(ctx.db, ids);
    return new Map(
      rows.map((r) => [
        r.id,
        {
          ...r,
          supplierName: null,
          authorName: r.requesterName,
          total: null,
          currency: null,
          minorUnits: null,
          budgetDate: r.submittedAt ? isoDate(r.submittedAt) : null,
        },
      ]),
    );
  },
  approve: (ctx, opts) => approveRequisition(ctx, opts),
};

approvals.registerApprovable(requisitionApprovable);
