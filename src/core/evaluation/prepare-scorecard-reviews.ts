import {
  type RenderedScorecardReview,
  renderScorecardReview,
  type ScorecardReviewContent,
} from '../../documents/scorecard-review-rendering';
import { MAX_SCORECARD_REVIEW_ATTEMPTS } from '../../domain/evaluation';
import { sha256Hex } from '../discussion';
import type { EventConsumer } from '../events';
import { SYSTEM_ACTOR } from '../identity';
import * as notifications from '../notifications';
import { recordAudit } from '../shared/audit';
import type { Ctx } from '../shared/context';
import { inTransaction } from '../shared/events';
import { newId } from '../shared/ids';
import * as repo from './repository';

/** Renders a review (documents/scorecard-review-rendering.ts), in this thread or a worker's. */
export type ScorecardReviewRenderer = (
  content: ScorecardReviewContent,
  message: { id: string; date: Date },
) => Promise<RenderedScorecardReview>;

/** Said by the relay when a scorecard was sent and waits to be rendered (prepareScorecardReviews). */
export const SCORECARD_REVIEWS_QUEUED = 'scorecard-reviews';

/** Tells whoever relays that a review waits to be rendered: a scorecard was sent to a supplier. */
export const scorecardReviewPreparation: EventConsumer = {
  name: 'evaluation-scorecard-reviews',
  accepts: (type) => type === 'supplier.scorecard_sent',
  async handle(_ctx, _event, batch) {
    batch.queued(SCORECARD_REVIEWS_QUEUED);
  },
};

export type ReviewPreparationRun = { prepared: number; failed: number; retried: number };

/**
 * Prepares the reviews waiting for it, oldest first: renders each one's PDF and message (`render`:
 * a worker thread in the server, this thread by default), then, in one short transaction, queues
 * the e-mail, marks the review `ready` with the PDF's fingerprint, drops its content and records
 * the fingerprint in the supplier's audit trail. Nothing is held while rendering; a review another
 * process prepared meanwhile is left as it is. A failed render is tried again on the next run, and
 * after MAX_SCORECARD_REVIEW_ATTEMPTS the review is `failed` and whoever sent it is told.
 */
export async function prepareScorecardReviews(
  ctx: Ctx,
  opts: { render?: ScorecardReviewRenderer; limit?: number } = {},
): Promise<ReviewPreparationRun> {
  const render = opts.render ?? renderScorecardReview;
  ctx = { ...ctx, events: undefined };
  const run: ReviewPreparationRun = { prepared: 0, failed: 0, retried: 0 };
  for (const row of await repo.reviewsToPrepare(ctx.db, opts.limit ?? 20)) {
    const emailId = newId(ctx.clock.now().getTime());
    let rendered: RenderedScorecardReview;
    try {
      if (!row.content) throw new Error('the review has nothing to render');
      rendered = await render(row.content, { id: emailId, date: row.sentAt });
    } catch (err) {
      const error = err instanceof Error ? err.message : String(err);
      if (await inTransaction(ctx, (tx) => recordFailure(tx, row, error))) run.failed++;
      else run.retried++;
      continue;
    }
    const done = await inTransaction(ctx, async (tx) => {
      const locked = await repo.lockScorecardReview(tx.db, row.id);
      if (locked?.status !== 'preparing') return false;
      const pdf = rendered.attachment.bytes;
      const raw = Buffer.from(rendered.raw.buffer, rendered.raw.byteOffset, rendered.raw.byteLength);
      const sha256 = sha256Hex(Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength));
      await notifications.queueComposedEmail(tx, {
        id: emailId,
        toAddresses: row.recipients,
        subject: rendered.subject,
        textBody: rendered.text,
        htmlBody: rendered.html,
        raw,
      });
      await repo.updateScorecardReview(tx.db, row.id, {
        status: 'ready',
        emailMessageId: emailId,
        fileName: rendered.attachment.fileName,
        fileSha256: sha256,
        fileSizeBytes: pdf.byteLength,
        content: null,
        error: null,
        preparedAt: tx.clock.now(),
      });
      await recordAudit(tx.db, tx.clock, {
        actor: SYSTEM_ACTOR,
        entityType: 'supplier',
        entityId: row.supplierId,
        action: 'scorecard_ready',
        changes: {
          scorecardReview: {
            before: null,
            after: { id: row.id, period: row.period, fileName: rendered.attachment.fileName, sha256 },
          },
        },
      });
      return true;
    });
    if (done) run.prepared++;
  }
  return run;
}

/** Counts a failed attempt; the last one gives the review up and tells who sent it. True: given up. */
async function recordFailure(tx: Ctx, row: repo.ScorecardReviewRow, error: string): Promise<boolean> {
  const locked = await repo.lockScorecardReview(tx.db, row.id);
  if (locked?.status !== 'preparing') return false;
  const attempts = locked.attempts + 1;
  const givenUp = attempts >= MAX_SCORECARD_REVIEW_ATTEMPTS;
  await repo.updateScorecardReview(tx.db, row.id, {
    attempts,
    error,
    ...(givenUp ? { status: 'failed' as const, content: null } : {}),
  });
  if (!givenUp || !row.sentBy) return givenUp;
  const supplier = row.content?.doc.supplier.name ?? '';
  await notifications.notify(tx, {
    userIds: [row.sentBy],
    kind: 'scorecard_review_failed',
    message: (i18n) => ({
      title: i18n._({
        id: 'scorecard.review-failed.title',
        message: 'The scorecard {period} for {supplier} could not be sent',
        values: { period: row.period, supplier },
      }),
      body: i18n._({
        id: 'scorecard.review-failed.body',
        message: 'Its PDF could not be prepared ({problem}). Send it again from the supplier’s page.',
        values: { problem: error },
      }),
    }),
    link: `/suppliers/${row.supplierId}`,
    document: { type: 'supplier', id: row.supplierId },
  });
  return true;
}
