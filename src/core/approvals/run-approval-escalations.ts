import type { Actor } from '../shared/actor';
import { recordAudit } from '../shared/audit';
import type { Ctx } from '../shared/context';
import { inTransaction, recordEvents } from '../shared/events';
import * as repo from './repository';
import { APPROVAL_EVENTS, loadDocumentFacts } from './route-notifications';
import { dueActions } from './rules';

/** The actor of background work in the audit trail. */
const SYSTEM: Actor = {
  userId: null,
  name: 'OpenPO (reminders and escalation)',
  email: '',
  roles: [],
  permissions: new Set(),
  departmentId: null,
  via: 'system',
};

export type EscalationRun = { reminded: number; escalated: number };

/**
 * The reminder and escalation sweep (a job runs it every minute). A pending, current step that
 * has waited its reminder time reminds its approvers who have not decided; one that has waited
 * its escalation time is offered to its fallback approver too, who is added to the step's
 * approvers, told (approval events, see route-notifications), and named in the audit trail. Each happens once per step: steps are locked
 * (`FOR UPDATE SKIP LOCKED`) in one transaction and marked, so concurrent or repeated runs send
 * nothing twice.
 */
export async function runApprovalEscalations(
  ctx: Ctx,
  opts: { limit?: number } = {},
): Promise<EscalationRun> {
  return inTransaction(ctx, async (tx) => {
    const db = tx.db;
    const now = ctx.clock.now();
    const steps = await repo.lockDueSteps(db, now, opts.limit ?? 200);
    let reminded = 0;
    let escalated = 0;
    for (const step of steps) {
      const ref = { documentType: step.documentType, documentId: step.documentId };
      const doc = await loadDocumentFacts(tx, ref);
      const due = dueActions(step, now, doc?.authors);
      const subject = { type: step.documentType, id: step.documentId };
      if (due.remind) {
        const decided = new Set(step.decisions.map((d) => d.onBehalfOfUserId ?? d.actorUserId));
        const waiting = step.approverUserIds.filter((id) => !decided.has(id) && !doc?.authors.has(id));
        if (doc && waiting.length > 0) {
          await recordEvents(db, ctx.clock, [
            {
              type: APPROVAL_EVENTS.reminderDue,
              subject,
              actor: null,
              payload: {
                ...ref,
                stepId: step.id,
                stepName: step.name,
                hours: step.reminderHours ?? 0,
                userIds: waiting,
              },
            },
          ]);
        }
        await repo.updateDocumentStep(db, step.id, { remindedAt: now });
        reminded++;
      }
      if (due.escalate && step.fallbackUserId) {
        const fallback = step.fallbackUserId;
        const approvers = due.fallbackJoins ? [...step.approverUserIds, fallback] : step.approverUserIds;
        await repo.updateDocumentStep(db, step.id, { escalatedAt: now, approverUserIds: approvers });
        await recordEvents(db, ctx.clock, [
          {
            type: APPROVAL_EVENTS.escalated,
            subject,
            actor: null,
            payload: {
              ...ref,
              stepId: step.id,
              stepName: step.name,
              hours: step.escalationHours ?? 0,
              fallbackUserId: fallback,
              fallbackJoins: due.fallbackJoins,
            },
          },
        ]);
        const names = await repo.userNames(db, [fallback]);
        await recordAudit(db, ctx.clock, {
          actor: SYSTEM,
          entityType: step.documentType,
          entityId: step.documentId,
          action: 'approval:escalate',
          changes: {
            approvers: { before: step.approverUserIds, after: approvers },
          },
          reason: due.fallbackJoins
            ? `Step "${step.name}" waited ${step.escalationHours} hours or more; offered to fallback approver ${names.get(fallback) ?? fallback}.`
            : `Step "${step.name}" waited ${step.escalationHours} hours or more; its fallback approver ${names.get(fallback) ?? fallback} already decides it or wrote the document.`,
        });
        escalated++;
      }
    }
    return { reminded, escalated };
  });
}
