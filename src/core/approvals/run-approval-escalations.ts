import { approvalEscalatedMessage, approvalReminderMessage } from '../../documents/email/approval-messages';
import * as notifications from '../notifications';
import type { Actor } from '../shared/actor';
import { recordAudit } from '../shared/audit';
import type { Ctx } from '../shared/context';
import * as repo from './repository';
import { documentLink, loadDocumentFacts } from './route-notifications';
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
 * approvers, told, and named in the audit trail. Each happens once per step: steps are locked
 * (`FOR UPDATE SKIP LOCKED`) in one transaction and marked, so concurrent or repeated runs send
 * nothing twice.
 */
export async function runApprovalEscalations(
  ctx: Ctx,
  opts: { limit?: number } = {},
): Promise<EscalationRun> {
  return ctx.db.transaction(async (db) => {
    const tx: Ctx = { ...ctx, db };
    const now = ctx.clock.now();
    const steps = await repo.lockDueSteps(db, now, opts.limit ?? 200);
    let reminded = 0;
    let escalated = 0;
    for (const step of steps) {
      const ref = { documentType: step.documentType, documentId: step.documentId };
      const doc = await loadDocumentFacts(tx, ref);
      const due = dueActions(step, now, doc?.authors);
      const link = documentLink(ref);
      const document = { type: step.documentType, id: step.documentId };
      if (due.remind) {
        const decided = new Set(step.decisions.map((d) => d.onBehalfOfUserId ?? d.actorUserId));
        const waiting = step.approverUserIds.filter((id) => !decided.has(id) && !doc?.authors.has(id));
        if (doc && waiting.length > 0) {
          const message = approvalReminderMessage(doc, {
            stepName: step.name,
            hours: step.reminderHours ?? 0,
          });
          await notifications.notify(tx, {
            userIds: waiting,
            kind: 'approval_reminder',
            ...message,
            link,
            document,
          });
        }
        await repo.updateDocumentStep(db, step.id, { remindedAt: now });
        reminded++;
      }
      if (due.escalate && step.fallbackUserId) {
        const fallback = step.fallbackUserId;
        const approvers = due.fallbackJoins ? [...step.approverUserIds, fallback] : step.approverUserIds;
        await repo.updateDocumentStep(db, step.id, { escalatedAt: now, approverUserIds: approvers });
        if (doc && due.fallbackJoins) {
          const message = approvalEscalatedMessage(doc, {
            stepName: step.name,
            hours: step.escalationHours ?? 0,
          });
          await notifications.notify(tx, {
            userIds: [fallback],
            kind: 'approval_escalated',
            ...message,
            link,
            document,
          });
        }
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
