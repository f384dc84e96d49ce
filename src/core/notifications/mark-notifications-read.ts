import type { Actor } from '../shared/actor';
import type { Ctx } from '../shared/context';
import { AppError } from '../shared/errors';
import { type Notification, toNotification } from './notification';
import { assertPerson } from './person';
import * as repo from './repository';

/**
 * Marks one of the caller's notifications read (reading it again changes nothing). Somebody
 * else's notification is "not found": its existence is not revealed.
 */
export async function markNotificationRead(
  ctx: Ctx,
  opts: { actor: Actor; id: string },
): Promise<Notification> {
  const userId = assertPerson(opts.actor);
  await repo.markRead(ctx.db, { userId, id: opts.id, at: ctx.clock.now() });
  const row = await repo.findNotification(ctx.db, opts.id, userId);
  if (!row) throw AppError.notFound('Notification', opts.id);
  return toNotification(row);
}

/**
 * Marks every unread notification of the caller read, or only those about one document (opening
 * a document reads what told of it); returns how many were unread.
 */
export async function markAllNotificationsRead(
  ctx: Ctx,
  opts: { actor: Actor; document?: { type: string; id: string } },
): Promise<{ marked: number }> {
  const userId = assertPerson(opts.actor);
  return {
    marked: await repo.markRead(ctx.db, {
      userId,
      at: ctx.clock.now(),
      ...(opts.document ? { document: opts.document } : {}),
    }),
  };
}
