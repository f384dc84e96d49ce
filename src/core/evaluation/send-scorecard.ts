import type { ScorecardReviewContent } from '../../documents/scorecard-review-rendering';
import type { Grade, ScorecardReviewStatus } from '../../domain/evaluation';
import { DEFAULT_MAIL_FROM } from '../../domain/notifications';
import * as dispatch from '../dispatch';
import { listSupplierUsers } from '../identity';
import { absoluteUrl } from '../notifications';
import type { Actor } from '../shared/actor';
import { recordAudit } from '../shared/audit';
import type { Ctx } from '../shared/context';
import { AppError } from '../shared/errors';
import { inTransaction, recordEvents } from '../shared/events';
import { newId } from '../shared/ids';
import type { Supplier } from '../suppliers';
import * as repo from './repository';
import { scorecardDocumentOf } from './scorecard-review-document';

/** A scorecard e-mailed to its supplier for a review: to whom, for which period, and where it stands. */
export type ScorecardReview = {
  id: string;
  supplierId: string;
  period: string;
  language: string;
  recipients: string[];
  message: string | null;
  correctiveActionId: string | null;
  score: string | null;
  grade: Grade | null;
  status: ScorecardReviewStatus;
  sentBy: string | null;
  sentAt: Date;
  /** The PDF attached, once prepared. */
  file: { fileName: string; sha256: string; sizeBytes: number } | null;
  emailMessageId: string | null;
  error: string | null;
};

export function toScorecardReview(row: Omit<repo.ScorecardReviewRow, 'content'>): ScorecardReview {
  return {
    id: row.id,
    supplierId: row.supplierId,
    period: row.period,
    language: row.language,
    recipients: row.recipients,
    message: row.message,
    correctiveActionId: row.correctiveActionId,
    score: row.score,
    grade: row.grade,
    status: row.status,
    sentBy: row.sentBy,
    sentAt: row.sentAt,
    file:
      row.fileName && row.fileSha256 && row.fileSizeBytes !== null
        ? { fileName: row.fileName, sha256: row.fileSha256, sizeBytes: row.fileSizeBytes }
        : null,
    emailMessageId: row.emailMessageId,
    error: row.error,
  };
}

/**
 * Who a review goes to: the supplier's order contacts, else its portal users who set their
 * password; nobody is a 409 that says what to add.
 */
async function recipientsOf(ctx: Ctx, supplier: Supplier): Promise<string[]> {
  const contacts = dispatch.orderContactsOf(supplier.contacts).map((c) => c.email!.trim());
  const addresses = contacts.length
    ? contacts
    : (await listSupplierUsers(ctx, { supplierId: supplier.id }))
        .filter((u) => u.active && u.invitation?.state !== 'pending' && u.invitation?.state !== 'expired')
        .map((u) => u.email);
  const seen = new Set<string>();
  const distinct = addresses.filter((a) => {
    const key = a.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  if (distinct.length === 0)
    throw AppError.conflict(
      `${supplier.legalName} has no order contact and no portal user to send its scorecard to: mark a contact with an e-mail address as the order contact on the supplier.`,
      { missing: 'orderContact' },
    );
  return distinct;
}

/**
 * A buyer e-mails a supplier its scorecard for a review: the period (by default the last complete
 * quarter), an optional message and optionally one of its open corrective actions to include. The
 * request records the review with the scorecard as the supplier will read it, its audit entry and
 * `supplier.scorecard_sent`, and renders nothing: the PDF and the message, in the supplier's
 * language, are made a moment later outside any request (prepareScorecardReviews), and the e-mail
 * is queued then. Answers what was recorded (status `preparing`).
 */
export async function sendScorecard(
  ctx: Ctx,
  opts: {
    actor: Actor;
    supplierId: string;
    period?: string;
    message?: string | null;
    correctiveActionId?: string | null;
  },
): Promise<ScorecardReview> {
  const { doc, supplier, correctiveActionId } = await scorecardDocumentOf(ctx, opts);
  const recipients = await recipientsOf(ctx, supplier);
  const message = opts.message?.trim() || null;
  const content: ScorecardReviewContent = {
    doc,
    recipients,
    contact: { name: opts.actor.name, email: opts.actor.email || null },
    message,
    portalUrl: absoluteUrl(ctx.baseUrl, `/portal/scorecard?period=${encodeURIComponent(doc.period.key)}`),
    from: ctx.mailFrom ?? DEFAULT_MAIL_FROM,
  };
  const row = await inTransaction(ctx, async (tx) => {
    const now = tx.clock.now();
    const inserted = await repo.insertScorecardReview(tx.db, {
      id: newId(now.getTime()),
      supplierId: supplier.id,
      period: doc.period.key,
      language: doc.language,
      recipients,
      message,
      correctiveActionId,
      score: doc.enoughData ? doc.score : null,
      grade: doc.enoughData ? doc.grade : null,
      sentBy: opts.actor.userId,
      sentAt: now,
      status: 'preparing',
      content,
    });
    const facts = {
      id: inserted.id,
      period: inserted.period,
      recipients,
      correctiveActionId,
      score: inserted.score,
      grade: inserted.grade,
    };
    await recordAudit(tx.db, tx.clock, {
      actor: opts.actor,
      entityType: 'supplier',
      entityId: supplier.id,
      action: 'scorecard_sent',
      changes: { scorecardReview: { before: null, after: facts } },
    });
    await recordEvents(tx.db, tx.clock, [
      {
        type: 'supplier.scorecard_sent',
        subject: { type: 'supplier', id: supplier.id },
        actor: opts.actor,
        payload: {
          supplierId: supplier.id,
          reviewId: inserted.id,
          period: inserted.period,
          recipients,
          correctiveActionId,
          score: inserted.score,
          grade: inserted.grade,
        },
      },
    ]);
    return inserted;
  });
  return toScorecardReview(row);
}
