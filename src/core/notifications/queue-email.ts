import type { Ctx } from '../shared/context';
import { newId } from '../shared/ids';
import * as repo from './repository';

export type QueueEmailInput = { toAddress: string; subject: string; textBody: string };

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
      htmlBody: null,
      status: 'queued',
      createdAt: now,
    },
  ]);
  return id;
}
