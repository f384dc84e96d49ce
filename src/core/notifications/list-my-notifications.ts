import type { Actor } from '../shared/actor';
import type { Ctx } from '../shared/context';
import { decodeListCursor, type Page, pageOf } from '../shared/pagination';
import { type Notification, toNotification } from './notification';
import { assertPerson } from './person';
import * as repo from './repository';

/** The caller's notifications, newest first; `unread` keeps only those not read yet. */
export async function listMyNotifications(
  ctx: Ctx,
  opts: { actor: Actor; unread?: boolean; limit: number; cursor?: string },
): Promise<Page<Notification>> {
  const userId = assertPerson(opts.actor);
  const c = decodeListCursor(opts.cursor, { k: 'timestamp' });
  const rows = await repo.listNotifications(ctx.db, {
    userId,
    unreadOnly: opts.unread ?? false,
    after: c ? { at: new Date(String(c.k)), id: c.id } : undefined,
    limit: opts.limit + 1,
  });
  const page = pageOf(rows, opts.limit, (r) => ({ k: r.createdAt.toISOString(), id: r.id }));
  return { items: page.items.map(toNotification), nextCursor: page.nextCursor };
}

/** How many of the caller's notifications are unread (the bell's badge). */
export async function countMyUnreadNotifications(ctx: Ctx, opts: { actor: Actor }): Promise<number> {
  return repo.countUnread(ctx.db, assertPerson(opts.actor));
}
