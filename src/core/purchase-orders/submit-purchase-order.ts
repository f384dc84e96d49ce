import * as approvals from '../approvals';
import type { Ctx } from '../shared/context';
import { supplierGrades } from '../suppliers';
import type { PurchaseOrder } from './purchase-order';
import { approvalBasics } from './resolve-approval';
import { assertSupplierNotBlocked } from './supplier-check';
import {
  type TransitionInput,
  type TransitionStep,
  transitionPurchaseOrder,
} from './transition-purchase-order';

/**
 * Sends a draft for approval. Under an approval policy its route is resolved and stored with the
 * order now (later policy edits do not change it); when no step applies, the order is approved on
 * submission and the audit entry names the policy that decided it.
 */
export async function submitPurchaseOrder(ctx: Ctx, opts: TransitionInput): Promise<PurchaseOrder> {
  return transitionPurchaseOrder(ctx, {
    ...opts,
    transition: 'submit',
    step: async (tx, order, next, facts): Promise<TransitionStep> => {
      assertSupplierNotBlocked(facts);
      const now = tx.clock.now();
      const route = await approvals.startApprovalRoute(tx, {
        documentType: 'purchase_order',
        documentId: order.id,
        basics: await approvalBasics(tx, order),
      });
      // Submitting again answers a reject or a request for changes: the draft no longer carries it.
      // A supplier graded below the warning grade is kept with the order, for its approvers.
      const grade = (await supplierGrades(tx, [order.supplierId])).get(order.supplierId);
      const cleared = {
        returnKind: null,
        returnReason: null,
        returnedBy: null,
        returnedAt: null,
        supplierGradeWarning:
          grade?.belowWarning && grade.grade && grade.score
            ? { grade: grade.grade, score: grade.score, warnBelowGrade: grade.warnBelowGrade }
            : null,
      };
      if (route.kind === 'approved') {
        return {
          patch: {
            ...cleared,
            submittedAt: now,
            approvedAt: now,
            approvedBy: null,
            approvedTotalBase: order.totalBase,
          },
          state: { ...next, status: 'approved' },
          changes: { approvalRoute: { before: null, after: route.explanation } },
        };
      }
      return {
        patch: { ...cleared, submittedAt: now },
        changes: route.kind === 'routed' ? { approvalRoute: { before: null, after: route.explanation } } : {},
      };
    },
  });
}
