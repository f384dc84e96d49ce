import type { Ctx } from '../shared/context';
import * as repo from './repository';

/** How a message leaves: SMTP, or a file in the outbox directory. Returns where it went. */
export type EmailTransport = {
  deliver(message: {
    id: string;
    to: string;
    subject: string;
    text: string;
    html: string | null;
  }): Promise<string>;
};

/** After this many failed attempts a message is given up as `failed`. */
export const MAX_EMAIL_ATTEMPTS = 5;

export type DeliveryOutcome =
  | { outcome: 'sent'; deliveredTo: string }
  /** Not queued any more (sent or given up before), or another worker holds it: nothing done. */
  | { outcome: 'skipped' }
  | { outcome: 'retry'; attempts: number; error: string }
  | { outcome: 'failed'; attempts: number; error: string };

/**
 * Delivers one queued e-mail, at most once: the row is locked (a worker holding it makes others
 * skip it) and only a queued message is sent. A failure counts an attempt and keeps the error;
 * the caller retries later with backoff, and after MAX_EMAIL_ATTEMPTS the message is `failed`.
 */
export async function deliverEmailMessage(
  ctx: Ctx,
  opts: { id: string; transport: EmailTransport },
): Promise<DeliveryOutcome> {
  return ctx.db.transaction(async (tx) => {
    const row = await repo.lockQueuedEmail(tx, opts.id);
    if (!row) return { outcome: 'skipped' } as const;
    try {
      const deliveredTo = await opts.transport.deliver({
        id: row.id,
        to: row.toAddress,
        subject: row.subject,
        text: row.textBody,
        html: row.htmlBody,
      });
      await repo.updateEmail(tx, row.id, {
        status: 'sent',
        attempts: row.attempts + 1,
        deliveredTo,
        lastError: null,
        sentAt: ctx.clock.now(),
      });
      return { outcome: 'sent', deliveredTo } as const;
    } catch (err) {
      const attempts = row.attempts + 1;
      const error = err instanceof Error ? err.message : String(err);
      const failed = attempts >= MAX_EMAIL_ATTEMPTS;
      await repo.updateEmail(tx, row.id, {
        attempts,
        lastError: error.slice(0, 2000),
        status: failed ? 'failed' : 'queued',
      });
      return failed
        ? ({ outcome: 'failed', attempts, error } as const)
        : ({ outcome: 'retry', attempts, error } as const);
    }
  });
}

/** Queued messages not tried yet: what the delivery sweep hands to the delivery job. */
export async function listUndeliveredEmailIds(ctx: Ctx, opts: { limit: number }): Promise<string[]> {
  return repo.untriedQueuedEmailIds(ctx.db, opts.limit);
}
