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
    /** The message composed when it was queued: sent byte for byte (the other fields describe it). */
    raw: Buffer | null;
  }): Promise<string>;
};

/** After this many failed attempts a message is given up as `failed`. */
export const MAX_EMAIL_ATTEMPTS = 5;

/**
 * How long a delivery holds the message it is sending: longer than the SMTP transport's own
 * limits (connect 10 s, greeting 10 s, 20 s of silence), so a second delivery of the same message
 * (a job retried while the first still runs) finds it taken and skips it.
 */
export const EMAIL_CLAIM_SECONDS = 120;

/**
 * Thrown by a transport when the mail server could not take any message now (unreachable, a
 * timeout, a temporary 4xx answer, refused credentials): the message is not at fault, so the
 * attempt does not count, and it waits queued until the server takes it.
 */
export class EmailServerUnavailable extends Error {
  override name = 'EmailServerUnavailable';
}

export type DeliveryOutcome =
  | { outcome: 'sent'; deliveredTo: string }
  /** Not queued any more (sent or given up before), or another worker holds it: nothing done. */
  | { outcome: 'skipped' }
  | { outcome: 'retry'; attempts: number; error: string }
  /** The mail server was unavailable: still queued, the attempt not counted; the sweep tries again. */
  | { outcome: 'deferred'; error: string }
  | { outcome: 'failed'; attempts: number; error: string };

/**
 * Delivers one queued e-mail. A short transaction claims it (locks the row, skipping one another
 * worker holds or is sending, counts the attempt and holds it for EMAIL_CLAIM_SECONDS); the message is then sent with no transaction open, so a
 * slow SMTP server never holds the database. Only a queued message is sent, so a delivered one is
 * never sent again; a crash between sending and recording it can repeat the message once (at least
 * once, with the same Message-ID so mail clients drop the copy). A failure keeps the error; the
 * caller retries later with backoff, and after MAX_EMAIL_ATTEMPTS the message is `failed`. When
 * the mail server itself is unavailable (EmailServerUnavailable) the attempt is not counted: the
 * message stays queued and untried, so every sweep offers it again until the server is back, however
 * long that takes.
 */
export async function deliverEmailMessage(
  ctx: Ctx,
  opts: { id: string; transport: EmailTransport },
): Promise<DeliveryOutcome> {
  const now = ctx.clock.now();
  const row = await ctx.db.transaction(async (tx) => {
    const queued = await repo.lockQueuedEmail(tx, opts.id, now);
    if (queued) {
      await repo.updateEmail(tx, queued.id, {
        attempts: queued.attempts + 1,
        claimedUntil: new Date(now.getTime() + EMAIL_CLAIM_SECONDS * 1000),
      });
    }
    return queued;
  });
  if (!row) return { outcome: 'skipped' };
  const attempts = row.attempts + 1;
  try {
    const deliveredTo = await opts.transport.deliver({
      id: row.id,
      to: row.toAddress,
      subject: row.subject,
      text: row.textBody,
      html: row.htmlBody,
      raw: row.raw,
    });
    await repo.updateEmail(ctx.db, row.id, {
      status: 'sent',
      deliveredTo,
      lastError: null,
      sentAt: ctx.clock.now(),
      claimedUntil: null,
    });
    return { outcome: 'sent', deliveredTo };
  } catch (err) {
    const error = err instanceof Error ? err.message : String(err);
    if (err instanceof EmailServerUnavailable) {
      await repo.updateEmail(ctx.db, row.id, {
        attempts: row.attempts,
        lastError: error.slice(0, 2000),
        claimedUntil: null,
      });
      return { outcome: 'deferred', error };
    }
    const failed = attempts >= MAX_EMAIL_ATTEMPTS;
    await repo.updateEmail(ctx.db, row.id, {
      lastError: error.slice(0, 2000),
      status: failed ? 'failed' : 'queued',
      claimedUntil: null,
    });
    return failed ? { outcome: 'failed', attempts, error } : { outcome: 'retry', attempts, error };
  }
}

/** Queued messages not tried yet: what the delivery sweep hands to the delivery job. */
export async function listUndeliveredEmailIds(ctx: Ctx, opts: { limit: number }): Promise<string[]> {
  return repo.untriedQueuedEmailIds(ctx.db, opts.limit);
}
