import {
  type ApprovalDocumentFacts,
  approvalEscalatedMessage,
  approvalReminderMessage,
  approvalRequestedMessage,
  type RouteOutcome,
  routeEndedMessage,
} from '../../documents/email/approval-messages';
import type { ApprovalDocumentType } from '../../domain/approvals';
import type { DomainEvent, EventConsumer } from '../events';
import * as notifications from '../notifications';
import * as organisation from '../organisation';
import type { Ctx } from '../shared/context';
import { recordEvents } from '../shared/events';
import { approvableOf } from './approvable';
import * as repo from './repository';
import { nextLevelSteps, type RouteAction } from './rules';

/**
 * Who hears of a route: the transaction that changes it records an approval event; the
 * approvalNotifications consumer, run by the event relay after commit, tells the approvers of
 * each step when it becomes current (and their delegates, on their behalf), and the document's
 * authors when the route ends. Links open the document's page; deciding needs a signed-in POST.
 */

type Ref = { documentType: ApprovalDocumentType; documentId: string };

/** Path of the document's page in the web app. */
export function documentLink(ref: Ref): string {
  return approvableOf(ref.documentType).link(ref.documentId);
}

export type LoadedFacts = ApprovalDocumentFacts & { authors: Set<string> };

/** What notifications say of a document, from its adapter: amounts of requisitions are in base currency. */
export async function loadDocumentFacts(ctx: Ctx, ref: Ref): Promise<LoadedFacts | null> {
  const [doc] = (await approvableOf(ref.documentType).summaries(ctx, [ref.documentId])).values();
  if (!doc) return null;
  const base = doc.total === null ? await organisation.getSettings(ctx).then((s) => s.baseCurrency) : null;
  return {
    documentType: ref.documentType === 'requisition' ? 'requisition' : 'purchase_order',
    number: doc.number,
    supplierName: doc.supplierName,
    requesterName: doc.requesterName,
    total: doc.total ?? doc.totalBase,
    currency: doc.currency ?? base,
    minorUnits: doc.total !== null ? (doc.minorUnits ?? 2) : await repo.baseMinorUnits(ctx.db),
    authors: new Set([doc.authorId, doc.creatorId].filter((id): id is string => id !== null)),
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
    await notifications.notify(ctx, {
      userIds: approvers,
      kind: 'approval_requested',
      message: (i18n) =>
        approvalRequestedMessage(i18n, doc, { explanation: step.explanation, onBehalfOfName: null }),
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
      await notifications.notify(ctx, {
        userIds: [d.delegateUserId],
        kind: 'approval_requested',
        message: (i18n) =>
          approvalRequestedMessage(i18n, doc, {
            explanation: step.explanation,
            onBehalfOfName:
              names.get(d.userId) ?? i18n._({ id: 'approval.an-approver', message: 'an approver' }),
          }),
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

/** The approval events (docs/events.md); their consumer, approvalNotifications, tells people. */
export const APPROVAL_EVENTS = {
  stepsActivated: 'approval.steps_activated',
  routeEnded: 'approval.route_ended',
  reminderDue: 'approval.reminder_due',
  escalated: 'approval.escalated',
} as const;

type ActivatedStep = { stepId: string; name: string; explanation: string; approverUserIds: string[] };

/** Records that these steps of a document's route became current (their approvers are told). */
export async function announceStepsActivated(
  ctx: Ctx,
  ref: Ref & { round: number; steps: ActivatedStep[] },
): Promise<void> {
  if (ref.steps.length === 0) return;
  await recordEvents(ctx.db, ctx.clock, [
    {
      type: APPROVAL_EVENTS.stepsActivated,
      subject: { type: ref.documentType, id: ref.documentId },
      actor: null,
      payload: {
        documentType: ref.documentType,
        documentId: ref.documentId,
        round: ref.round,
        steps: ref.steps.map((s) => ({
          stepId: s.stepId,
          name: s.name,
          explanation: s.explanation,
          approverUserIds: s.approverUserIds,
        })),
      },
    },
  ]);
}

/**
 * After a decision on a stored route: when it completes a level, the next level's steps become
 * current (and an event tells their approvers); when it ends the route (the last approval, a
 * rejection, a request for changes), an event tells the document's authors, with the comment.
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
    await recordEvents(ctx.db, ctx.clock, [
      {
        type: APPROVAL_EVENTS.routeEnded,
        subject: { type: ref.documentType, id: ref.documentId },
        actor: { userId: opts.actorUserId },
        payload: {
          ...ref,
          round: opts.round,
          outcome: OUTCOMES[opts.action],
          stepName: opts.stepName,
          byName: opts.by,
          actorUserId: opts.actorUserId,
          comment: opts.comment,
        },
      },
    ]);
    return;
  }
  if (opts.action !== 'approve') return;
  const steps = await repo.findDocumentSteps(ctx.db, opts.documentType, opts.documentId, opts.round);
  const opening = nextLevelSteps(steps).filter((s) => s.activatedAt === null);
  if (opening.length === 0) return;
  const now = ctx.clock.now();
  for (const s of opening) await repo.updateDocumentStep(ctx.db, s.id, { activatedAt: now });
  await announceStepsActivated(ctx, {
    ...ref,
    round: opts.round,
    steps: opening.map((s) => ({
      stepId: s.id,
      name: s.name,
      explanation: s.explanation,
      approverUserIds: s.approverUserIds,
    })),
  });
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
const refOf = (e: DomainEvent): Ref => ({
  documentType: e.subjectType as ApprovalDocumentType,
  documentId: e.subjectId,
});

/**
 * Tells people about approval events: approvers (and their delegates) when their step opens,
 * the authors when the route ends, approvers when a reminder is due, the fallback approver on
 * escalation. In-app notifications and queued e-mails are written in the relay's transaction.
 */
export const approvalNotifications: EventConsumer = {
  name: 'approval-notifications',
  accepts: (type) => type.startsWith('approval.'),
  async handle(ctx, event) {
    const ref = refOf(event);
    const p = event.payload;
    switch (event.type) {
      case APPROVAL_EVENTS.stepsActivated: {
        const steps = Array.isArray(p.steps) ? (p.steps as Record<string, unknown>[]) : [];
        await notifyApprovers(
          ctx,
          ref,
          steps.map((s) => ({
            approverUserIds: strings(s.approverUserIds),
            explanation: str(s.explanation),
          })),
        );
        return;
      }
      case APPROVAL_EVENTS.routeEnded: {
        const doc = await loadDocumentFacts(ctx, ref);
        if (!doc) return;
        const outcome = str(p.outcome) as RouteOutcome;
        await notifications.notify(ctx, {
          userIds: [...doc.authors].filter((id) => id !== p.actorUserId),
          kind: outcome,
          message: (i18n) =>
            routeEndedMessage(i18n, doc, {
              outcome,
              byName: str(p.byName),
              stepName: str(p.stepName),
              comment: typeof p.comment === 'string' ? p.comment : null,
            }),
          link: documentLink(ref),
          document: { type: ref.documentType, id: ref.documentId },
        });
        return;
      }
      case APPROVAL_EVENTS.reminderDue: {
        const doc = await loadDocumentFacts(ctx, ref);
        if (!doc) return;
        await notifications.notify(ctx, {
          userIds: strings(p.userIds),
          kind: 'approval_reminder',
          message: (i18n) =>
            approvalReminderMessage(i18n, doc, { stepName: str(p.stepName), hours: Number(p.hours) }),
          link: documentLink(ref),
          document: { type: ref.documentType, id: ref.documentId },
        });
        return;
      }
      case APPROVAL_EVENTS.escalated: {
        const doc = await loadDocumentFacts(ctx, ref);
        if (!doc || !p.fallbackJoins) return;
        await notifications.notify(ctx, {
          userIds: [str(p.fallbackUserId)],
          kind: 'approval_escalated',
          message: (i18n) =>
            approvalEscalatedMessage(i18n, doc, { stepName: str(p.stepName), hours: Number(p.hours) }),
          link: documentLink(ref),
          document: { type: ref.documentType, id: ref.documentId },
        });
        return;
      }
      default:
        return;
    }
  },
};
