import type { ApprovalDocumentType } from '../../db/schema';
import {
  type ApprovalDocumentFacts,
  approvalRequestedMessage,
  type RouteOutcome,
  routeEndedMessage,
} from '../../documents/email/approval-messages';
import * as notifications from '../notifications';
import type { Ctx } from '../shared/context';
import * as repo from './repository';
import { nextLevelSteps, type RouteAction } from './rules';

/**
 * Who hears of a route, in the transaction that changed it: the approvers of each step when it
 * becomes current (and the delegates of those approvers, on their behalf), and the document's
 * authors when the route ends. Links open the document's page; deciding needs a signed-in POST.
 */

type Ref = { documentType: ApprovalDocumentType; documentId: string };

/** Path of the document's page in the web app. */
export function documentLink(ref: Ref): string {
  return ref.documentType === 'requisition'
    ? `/requisitions/${ref.documentId}`
    : `/purchase-orders/${ref.documentId}`;
}

export type LoadedFacts = ApprovalDocumentFacts & { authors: Set<string> };

export async function loadDocumentFacts(ctx: Ctx, ref: Ref): Promise<LoadedFacts | null> {
  const row = await repo.documentNotificationFacts(ctx.db, ref.documentType, ref.documentId);
  if (!row || row.number === null) return null;
  return {
    documentType: ref.documentType === 'requisition' ? 'requisition' : 'purchase_order',
    number: row.number,
    supplierName: row.supplierName,
    requesterName: row.requesterName,
    total: row.total,
    currency: row.currency,
    minorUnits: row.minorUnits ?? 2,
    authors: new Set([row.authorId, row.creatorId].filter((id): id is string => id !== null)),
  };
}

/** Tells each approver of these (just activated) steps, and their delegates, that a document waits. */
export async function notifyApprovers(
  ctx: Ctx,
  ref: Ref,
  steps: { approverUserIds: string[]; explanation: string }[],
  facts?: LoadedFacts | null,
): Promise<void> {
  if (steps.length === 0) return;
  const doc = facts ?? (await loadDocumentFacts(ctx, ref));
  if (!doc) return;
  const link = documentLink(ref);
  const document = { type: ref.documentType, id: ref.documentId };
  const now = ctx.clock.now();
  for (const step of steps) {
    const approvers = step.approverUserIds.filter((id) => !doc.authors.has(id));
    const message = approvalRequestedMessage(doc, { explanation: step.explanation, onBehalfOfName: null });
    await notifications.notify(ctx, {
      userIds: approvers,
      kind: 'approval_requested',
      ...message,
      link,
      document,
    });
    const delegations = (await repo.delegatesOf(ctx.db, approvers, now)).filter(
      (d) => !doc.authors.has(d.delegateUserId) && !approvers.includes(d.delegateUserId),
    );
    if (delegations.length === 0) continue;
    const names = await repo.userNames(
      ctx.db,
      delegations.map((d) => d.userId),
    );
    for (const d of delegations) {
      const behalf = approvalRequestedMessage(doc, {
        explanation: step.explanation,
        onBehalfOfName: names.get(d.userId) ?? 'an approver',
      });
      await notifications.notify(ctx, {
        userIds: [d.delegateUserId],
        kind: 'approval_requested',
        ...behalf,
        link,
        document,
      });
    }
  }
}

const OUTCOMES: Record<RouteAction, RouteOutcome> = {
  approve: 'approved',
  reject: 'rejected',
  request_changes: 'changes_requested',
};

/**
 * After a decision on a stored route: when it completes a level, the next level's steps become
 * current and their approvers are told; when it ends the route (the last approval, a rejection,
 * a request for changes), the document's authors are told, with the approver's comment.
 */
export async function announceDecision(
  ctx: Ctx,
  opts: Ref & {
    round: number;
    action: RouteAction;
    routeCompletes: boolean;
    stepName: string;
    by: string;
    actorUserId: string;
    comment: string | null;
  },
): Promise<void> {
  const ref = { documentType: opts.documentType, documentId: opts.documentId };
  if (opts.routeCompletes) {
    const doc = await loadDocumentFacts(ctx, ref);
    if (!doc) return;
    const outcome = OUTCOMES[opts.action];
    const message = routeEndedMessage(doc, {
      outcome,
      byName: opts.by,
      stepName: opts.stepName,
      comment: opts.comment,
    });
    await notifications.notify(ctx, {
      userIds: [...doc.authors].filter((id) => id !== opts.actorUserId),
      kind: outcome,
      ...message,
      link: documentLink(ref),
      document: { type: ref.documentType, id: ref.documentId },
    });
    return;
  }
  if (opts.action !== 'approve') return;
  const steps = await repo.findDocumentSteps(ctx.db, opts.documentType, opts.documentId, opts.round);
  const opening = nextLevelSteps(steps).filter((s) => s.activatedAt === null);
  if (opening.length === 0) return;
  const now = ctx.clock.now();
  for (const s of opening) await repo.updateDocumentStep(ctx.db, s.id, { activatedAt: now });
  await notifyApprovers(ctx, ref, opening);
}
