import type { Ctx } from '../shared/context';
import { newId } from '../shared/ids';
import * as repo from './repository';

export type QueueEmailInput = {
  toAddress: string;
  subject: string;
  textBody: string;
  /** The text as the outbox may show it, when `textBody` holds a secret (a one-time link). */
  shownTextBody?: string;
};

/**
 * Queues a plain-text e-mail to an address that belongs to no user (an operator's mailbox), in the
 * caller's transaction; the delivery job sends it like any other. Returns its id.
 */
export async function queueEmail(ctx: Ctx, input: QueueEmailInput): Promise<string> {
  const now = ctx.clock.now();
  const id = newId(now.getTime());
  await repo.insertEmails(ctx.db, [
    {
      id,
      toUserId: null,
      toAddress: input.toAddress,
      subject: input.subject,
      textBody: input.textBody,
      shownTextBody: input.shownTextBody ?? null,
      htmlBody: null,
      status: 'queued',
      createdAt: now,
    },
  ]);
  return id;
}

export type QueueComposedEmailInput = {
  id: string;
  /** The recipients, as the message's To header lists them. */
  toAddresses: string[];
  subject: string;
  textBody: string;
  htmlBody: string | null;
  /** The whole message (MIME), sent exactly as it is. */
  raw: Buffer;
};

/**
 * Queues a message composed by its caller (with attachments), in the caller's transaction: the
 * delivery sends these very bytes, so what the caller kept of it is what left.
 */
export async function queueComposedEmail(ctx: Ctx, input: QueueComposedEmailInput): Promise<void> {
  await repo.insertEmails(ctx.db, [
    {
      id: input.id,
      toUserId: null,
      toAddress: input.toAddresses.join(', '),
      subject: input.subject,
      textBody: input.textBody,
      htmlBody: input.htmlBody,
      raw: input.raw,
      status: 'queued',
      createdAt: ctx.clock.now(),
    },
  ]);
}
