import * as approvals from '../approvals';
import { userNamesByIds } from '../identity';
import * as organisation from '../organisation';
import type { Ctx } from '../shared/context';
import { normalize } from '../shared/money';
import { findSuppliersByIds } from '../suppliers';
import * as repo from './repository';
import { varianceAmountOf } from './rules';
import { approveInvoiceVariance } from './variance-approval';

/**
 * The acceptance of an invoice's variances as the approvals capability sees it (inbox rows,
 * notifications, bulk approve): the invoice's number and supplier, the variances' amount (in the
 * invoice's currency and in base currency) as its total, the exceptions in words, and whoever
 * asked as its author. Not weighed against budgets: its order already was.
 */
export const invoiceVarianceApprovable: approvals.Approvable = {
  documentType: 'invoice_variance',
  label: 'invoice variance',
  link: (id) => `/invoices/${id}`,
  async summaries(ctx: Ctx, ids) {
    const rows = await repo.findInvoices(ctx.db, ids);
    const [names, suppliers] = await Promise.all([
      userNamesByIds(ctx, {
        ids: rows.flatMap((r) => (r.varianceApprovalRequestedBy ? [r.varianceApprovalRequestedBy] : [])),
      }),
      findSuppliersByIds(ctx, { ids: [...new Set(rows.map((r) => r.supplierId))] }),
    ]);
    const supplierNames = new Map(suppliers.map((s) => [s.id, s.legalName]));
    const minorUnits = new Map<string, number>();
    for (const code of new Set(rows.map((r) => r.currency))) {
      minorUnits.set(code, (await organisation.getCurrency(ctx, { code })).minorUnits);
    }
    return new Map(
      rows.map((r) => {
        const variance = varianceAmountOf(r);
        const by = r.varianceApprovalRequestedBy;
        return [
          r.id,
          {
            number: r.number,
            version: r.version,
            supplierName: supplierNames.get(r.supplierId) ?? null,
            requesterName: by ? (names.get(by) ?? null) : null,
            authorId: by,
            authorName: by ? (names.get(by) ?? null) : null,
            creatorId: null,
            total: variance.amount,
            currency: r.currency,
            minorUnits: minorUnits.get(r.currency) ?? 2,
            totalBase: r.varianceAmountBase ? normalize(r.varianceAmountBase) : variance.amountBase,
            submittedAt: r.varianceApprovalRequestedAt,
            costCentreId: null,
            budgetDate: null,
            details: r.exceptions.map((e) => e.message),
          },
        ];
      }),
    );
  },
  approve: (ctx, opts) => approveInvoiceVariance(ctx, { ...opts, reason: opts.comment ?? null }),
};

approvals.registerApprovable(invoiceVarianceApprovable);
