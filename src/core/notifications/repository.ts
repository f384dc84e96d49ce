import { and, count, desc, eq, getTableColumns, inArray, isNull, lt, lte, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { emailMessages, notifications, users } from '../../db/schema';
import { asLanguage, type Language } from '../../domain/languages';

/** SQL of the notifications capability: in-app notifications and the e-mail outbox. */

export type NotificationRow = typeof notifications.$inferSelect;
export type NotificationInsert = typeof notifications.$inferInsert;
export type EmailRow = typeof emailMessages.$inferSelect;
/** A message without its composed bytes (lists never need them). */
export type EmailListRow = Omit<EmailRow, 'raw'> & { hasRaw: boolean };
export type EmailInsert = typeof emailMessages.$inferInsert;

/** Active users among `ids`, with their address. */
export async function activeRecipients(
  db: Db,
  ids: string[],
): Promise<{ id: string; name: string; email: string; language: Language }[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select({ id: users.id, name: users.name, email: users.email, language: users.language })
    .from(users)
    .where(and(inArray(users.id, [...new Set(ids)]), eq(users.active, true)));
  return rows.map((r) => ({ ...r, language: asLanguage(r.language ?? 'en') }));
}

export async function insertNotifications(db: Db, rows: NotificationInsert[]): Promise<void> {
  if (rows.length > 0) await db.insert(notifications).values(rows);
}

export async function insertEmails(db: Db, rows: EmailInsert[]): Promise<void> {
  if (rows.length > 0) await db.insert(emailMessages).values(rows);
}

type After = { at: Date; id: string } | undefined;

/** Newest first: rows strictly before the cursor in (created_at desc, id desc). */
function before(table: typeof notifications | typeof emailMessages, after: After) {
  if (!after) return undefined;
  return or(lt(table.createdAt, after.at), and(eq(table.createdAt, after.at), lt(table.id, after.id)));
}

export async function listNotifications(
  db: Db,
  opts: { userId: string; unreadOnly: boolean; after: After; limit: number },
): Promise<NotificationRow[]> {
  return db
    .select()
    .from(notifications)
    .where(
      and(
        eq(notifications.userId, opts.userId),
        opts.unreadOnly ? isNull(notifications.readAt) : undefined,
        before(notifications, opts.after),
      ),
    )
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(opts.limit);
}

export async function countUnread(db: Db, userId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return Number(row?.n ?? 0);
}

export async function findNotification(
  db: Db,
  id: string,
  userId: string,
): Promise<NotificationRow | undefined> {
  const [row] = await db
    .select()
    .from(notifications)
    .where(and(eq(notifications.id, id), eq(notifications.userId, userId)));
  return row;
}

/** Marks unread notifications of `userId` read (one, or all when `id` is absent); returns how many. */
export async function markRead(
  db: Db,
  opts: { userId: string; id?: string; document?: { type: string; id: string }; at: Date },
): Promise<number> {
  const rows = await db
    .update(notifications)
    .set({ readAt: opts.at })
    .where(
      and(
        eq(notifications.userId, opts.userId),
        isNull(notifications.readAt),
        opts.id ? eq(notifications.id, opts.id) : undefined,
        opts.document ? eq(notifications.documentType, opts.document.type) : undefined,
        opts.document ? eq(notifications.documentId, opts.document.id) : undefined,
      ),
    )
    .returning({ id: notifications.id });
  return rows.length;
}

export async function listEmails(
  db: Db,
  opts: { status?: EmailRow['status']; after: After; limit: number },
): Promise<EmailListRow[]> {
  const { raw, ...columns } = getTableColumns(emailMessages);
  return db
    .select({ ...columns, hasRaw: sql<boolean>`${raw} is not null` })
    .from(emailMessages)
    .where(
      and(opts.status ? eq(emailMessages.status, opts.status) : undefined, before(emailMessages, opts.after)),
    )
    .orderBy(desc(emailMessages.createdAt), desc(emailMessages.id))
    .limit(opts.limit);
}

/** Delivery state of messages, by id. */
export async function emailStates(
  db: Db,
  ids: string[],
): Promise<{ id: string; status: EmailRow['status']; sentAt: Date | null; lastError: string | null }[]> {
  if (ids.length === 0) return [];
  return db
    .select({
      id: emailMessages.id,
      status: emailMessages.status,
      sentAt: emailMessages.sentAt,
      lastError: emailMessages.lastError,
    })
    .from(emailMessages)
    .where(inArray(emailMessages.id, ids));
}

export async function findEmail(db: Db, id: string): Promise<EmailRow | undefined> {
  const [row] = await db.select().from(emailMessages).where(eq(emailMessages.id, id));
  return row;
}

/** Locks a queued message for delivery; undefined when another worker holds it or it is no longer queued. */
/** A queued message no other delivery is sending (its claim ended or never was), locked. */
export async function lockQueuedEmail(db: Db, id: string, now: Date): Promise<EmailRow | undefined> {
  const [row] = await db
    .select()
    .from(emailMessages)
    .where(
      and(
        eq(emailMessages.id, id),
        eq(emailMessages.status, 'queued'),
        or(isNull(emailMessages.claimedUntil), lte(emailMessages.claimedUntil, now)),
      ),
    )
    .for('update', { skipLocked: true });
  return row;
}

export async function updateEmail(db: Db, id: string, patch: Partial<EmailInsert>): Promise<void> {
  await db.update(emailMessages).set(patch).where(eq(emailMessages.id, id));
}

/** Queued messages never tried yet, oldest first (retries of tried ones are scheduled with backoff). */
export async function untriedQueuedEmailIds(db: Db, limit: number): Promise<string[]> {
  const rows = await db
    .select({ id: emailMessages.id })
    .from(emailMessages)
    .where(and(eq(emailMessages.status, 'queued'), eq(emailMessages.attempts, 0)))
    .orderBy(emailMessages.createdAt, emailMessages.id)
    .limit(limit);
  return rows.map((r) => r.id);
}
