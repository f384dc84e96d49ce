import { and, asc, desc, eq, ilike, inArray, isNotNull, isNull, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { preparedPer } from '../../db/prepared';
import {
  apiTokens,
  knownLoginAddresses,
  loginFailures,
  savedViews,
  sessions,
  userInvitations,
  users,
} from '../../db/schema';
import type { SavedViewList } from '../../domain/saved-views';
import { likeEscape } from '../shared/pagination';
import { rowsOf } from '../shared/sql';

export type UserRow = typeof users.$inferSelect;
export type SessionRow = typeof sessions.$inferSelect;
export type TokenRow = typeof apiTokens.$inferSelect;

export async function findUserByEmail(db: Db, email: string): Promise<UserRow | undefined> {
  const [row] = await db
    .select()
    .from(users)
    .where(sql`lower(${users.email}) = ${email.trim().toLowerCase()}`)
    .limit(1);
  return row;
}

export async function findUserById(db: Db, id: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.id, id)).limit(1);
  return row;
}

export async function findUsersByIds(db: Db, ids: string[]): Promise<UserRow[]> {
  if (ids.length === 0) return [];
  return db.select().from(users).where(inArray(users.id, ids));
}

export async function insertUser(db: Db, row: typeof users.$inferInsert): Promise<UserRow> {
  const [created] = await db.insert(users).values(row).returning();
  return created!;
}

/** Updates when the version still matches; returns undefined on a stale version. */
export async function updateUser(
  db: Db,
  id: string,
  expectedVersion: number,
  patch: Partial<typeof users.$inferInsert>,
): Promise<UserRow | undefined> {
  const [row] = await db
    .update(users)
    .set({ ...patch, version: sql`${users.version} + 1`, updatedAt: new Date() })
    .where(and(eq(users.id, id), eq(users.version, expectedVersion)))
    .returning();
  return row;
}

export type UserFilter = {
  q?: string;
  role?: string;
  active?: boolean;
  departmentId?: string;
  /** `organisation`: the organisation's own people; `supplier`: suppliers' portal users. */
  kind?: 'organisation' | 'supplier';
};

export async function listUsers(
  db: Db,
  filter: UserFilter,
  after: { name: string; id: string } | undefined,
  limit: number,
): Promise<UserRow[]> {
  const where = [];
  if (filter.q) {
    const like = `%${likeEscape(filter.q)}%`;
    where.push(or(ilike(users.name, like), ilike(users.email, like)));
  }
  if (filter.role) where.push(sql`${filter.role} = any(${users.roles})`);
  if (filter.active !== undefined) where.push(eq(users.active, filter.active));
  if (filter.departmentId) where.push(eq(users.departmentId, filter.departmentId));
  if (filter.kind === 'organisation') where.push(isNull(users.supplierId));
  if (filter.kind === 'supplier') where.push(isNotNull(users.supplierId));
  if (after) where.push(sql`(${users.name}, ${users.id}) > (${after.name}, ${after.id})`);
  return db
    .select()
    .from(users)
    .where(and(...where))
    .orderBy(asc(users.name), asc(users.id))
    .limit(limit);
}

// sessions

export async function insertSession(db: Db, row: typeof sessions.$inferInsert): Promise<void> {
  await db.insert(sessions).values(row);
}

const liveSession = preparedPer((db) =>
  db
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, sql.placeholder('hash')), isNull(sessions.revokedAt)))
    .limit(1)
    .prepare('live_session_by_hash'),
);

export async function findLiveSession(
  db: Db,
  tokenHash: string,
): Promise<{ session: SessionRow; user: UserRow } | undefined> {
  const [row] = await liveSession(db).execute({ hash: tokenHash });
  return row;
}

export async function touchSession(db: Db, tokenHash: string, at: Date): Promise<void> {
  await db.update(sessions).set({ lastSeenAt: at }).where(eq(sessions.tokenHash, tokenHash));
}

export async function revokeSession(db: Db, tokenHash: string, at: Date): Promise<void> {
  await db
    .update(sessions)
    .set({ revokedAt: at })
    .where(and(eq(sessions.tokenHash, tokenHash), isNull(sessions.revokedAt)));
}

/** Revokes every token of a user that is not revoked yet (a deactivation: for good). */
export async function revokeUserTokens(db: Db, userId: string, at: Date): Promise<number> {
  const rows = await db
    .update(apiTokens)
    .set({ revokedAt: at })
    .where(and(eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)))
    .returning({ id: apiTokens.id });
  return rows.length;
}

export async function revokeUserSessions(
  db: Db,
  userId: string,
  at: Date,
  exceptTokenHash?: string,
): Promise<void> {
  const where = [eq(sessions.userId, userId), isNull(sessions.revokedAt)];
  if (exceptTokenHash) where.push(sql`${sessions.tokenHash} <> ${exceptTokenHash}`);
  await db
    .update(sessions)
    .set({ revokedAt: at })
    .where(and(...where));
}

// login throttling

/**
 * Sign-in attempts in the window (failed ones, and the one under way): for this account from this
 * address, from this address, for this account; and whether the account has signed in from this
 * address before. The same statement whether or not the e-mail belongs to an account.
 */
export async function attemptCounts(
  db: Db,
  by: { email: string; ip: string; since: Date },
): Promise<{ accountAndAddress: number; address: number; account: number; knownAddress: boolean }> {
  const [row] = rowsOf<{ account_and_address: string; address: string; account: string; known: boolean }>(
    await db.execute(sql`select
        count(*) filter (where f.email = ${by.email} and f.ip = ${by.ip}) as account_and_address,
        count(*) filter (where f.ip = ${by.ip}) as address,
        count(*) filter (where f.email = ${by.email}) as account,
        exists (select 1 from ${knownLoginAddresses} k join ${users} u on u.id = k.user_id
          where lower(u.email) = ${by.email} and k.ip = ${by.ip}) as known
      from ${loginFailures} f
      where f.at > ${by.since.toISOString()}::timestamptz and (f.email = ${by.email} or f.ip = ${by.ip})`),
  );
  return {
    accountAndAddress: Number(row?.account_and_address ?? 0),
    address: Number(row?.address ?? 0),
    account: Number(row?.account ?? 0),
    knownAddress: row?.known === true,
  };
}

export async function insertFailure(db: Db, email: string, ip: string, at: Date): Promise<void> {
  await db.insert(loginFailures).values({ email, ip, at });
}

export async function clearFailures(db: Db, email: string, ip: string): Promise<void> {
  await db.delete(loginFailures).where(and(eq(loginFailures.email, email), eq(loginFailures.ip, ip)));
}

export async function rememberAddress(db: Db, userId: string, ip: string, at: Date): Promise<void> {
  await db
    .insert(knownLoginAddresses)
    .values({ userId, ip, lastAt: at })
    .onConflictDoUpdate({
      target: [knownLoginAddresses.userId, knownLoginAddresses.ip],
      set: { lastAt: at },
    });
}

// API tokens

export async function insertToken(db: Db, row: typeof apiTokens.$inferInsert): Promise<TokenRow> {
  const [created] = await db.insert(apiTokens).values(row).returning();
  return created!;
}

const tokenByHash = preparedPer((db) =>
  db
    .select({ token: apiTokens, user: users })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(and(eq(apiTokens.tokenHash, sql.placeholder('hash')), isNull(apiTokens.revokedAt)))
    .limit(1)
    .prepare('api_token_by_hash'),
);

export async function findTokenByHash(
  db: Db,
  tokenHash: string,
): Promise<{ token: TokenRow; user: UserRow } | undefined> {
  const [row] = await tokenByHash(db).execute({ hash: tokenHash });
  return row;
}

export async function findTokenById(db: Db, id: string): Promise<TokenRow | undefined> {
  const [row] = await db.select().from(apiTokens).where(eq(apiTokens.id, id)).limit(1);
  return row;
}

export async function listTokens(db: Db, userId: string | undefined): Promise<TokenRow[]> {
  return db
    .select()
    .from(apiTokens)
    .where(userId ? eq(apiTokens.userId, userId) : undefined)
    .orderBy(asc(apiTokens.createdAt))
    .limit(500);
}

export async function markTokenUsed(db: Db, id: string, at: Date): Promise<void> {
  await db.update(apiTokens).set({ lastUsedAt: at }).where(eq(apiTokens.id, id));
}

export async function revokeToken(db: Db, id: string, at: Date): Promise<void> {
  await db
    .update(apiTokens)
    .set({ revokedAt: at })
    .where(and(eq(apiTokens.id, id), isNull(apiTokens.revokedAt)));
}

// ── saved views ─────────────────────────────────────────────────────────────

export type SavedViewRow = typeof savedViews.$inferSelect;

export async function listSavedViews(
  db: Db,
  userId: string,
  list: SavedViewList,
  limit: number,
): Promise<SavedViewRow[]> {
  return db
    .select()
    .from(savedViews)
    .where(and(eq(savedViews.userId, userId), eq(savedViews.list, list)))
    .orderBy(asc(savedViews.name), asc(savedViews.id))
    .limit(limit);
}

export async function countSavedViews(db: Db, userId: string, list: SavedViewList): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(savedViews)
    .where(and(eq(savedViews.userId, userId), eq(savedViews.list, list)));
  return row?.n ?? 0;
}

export async function insertSavedView(db: Db, row: typeof savedViews.$inferInsert): Promise<void> {
  await db.insert(savedViews).values(row);
}

/** Deletes the view if it is the user's; whether it was. */
export async function deleteSavedView(db: Db, id: string, userId: string): Promise<boolean> {
  const rows = await db
    .delete(savedViews)
    .where(and(eq(savedViews.id, id), eq(savedViews.userId, userId)))
    .returning({ id: savedViews.id });
  return rows.length === 1;
}

/** Names of these users. */
export async function userNames(db: Db, ids: string[]) {
  if (ids.length === 0) return [];
  return db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, ids));
}

/** Names of these API tokens. */
export async function apiTokenNames(db: Db, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({ id: apiTokens.id, name: apiTokens.name })
    .from(apiTokens)
    .where(inArray(apiTokens.id, ids));
}

// ── invitations ─────────────────────────────────────────────────────────────

export type InvitationRow = typeof userInvitations.$inferSelect;

export async function insertInvitation(db: Db, row: typeof userInvitations.$inferInsert): Promise<void> {
  await db.insert(userInvitations).values(row);
}

/** Ends every open invitation of a user (a new one replaces them). */
export async function closeInvitations(db: Db, userId: string, at: Date): Promise<void> {
  await db
    .update(userInvitations)
    .set({ usedAt: at })
    .where(and(eq(userInvitations.userId, userId), isNull(userInvitations.usedAt)));
}

export async function acceptInvitation(db: Db, id: string, at: Date): Promise<void> {
  await db.update(userInvitations).set({ usedAt: at, acceptedAt: at }).where(eq(userInvitations.id, id));
}

export async function hasAcceptedInvitation(db: Db, userId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: userInvitations.id })
    .from(userInvitations)
    .where(and(eq(userInvitations.userId, userId), sql`${userInvitations.acceptedAt} is not null`))
    .limit(1);
  return row !== undefined;
}

export async function lockInvitationByHash(db: Db, tokenHash: string): Promise<InvitationRow | undefined> {
  const [row] = await db
    .select()
    .from(userInvitations)
    .where(eq(userInvitations.tokenHash, tokenHash))
    .for('update');
  return row;
}

/** A supplier's users (at most 200), by name, each with its latest invitation. */
export async function supplierUsers(
  db: Db,
  supplierId: string,
): Promise<{ user: UserRow; invitation: InvitationRow | null }[]> {
  const rows = await db
    .select()
    .from(users)
    .where(eq(users.supplierId, supplierId))
    .orderBy(users.name, users.id)
    .limit(200);
  if (rows.length === 0) return [];
  const invitations = await db
    .select()
    .from(userInvitations)
    .where(
      inArray(
        userInvitations.userId,
        rows.map((r) => r.id),
      ),
    )
    .orderBy(desc(userInvitations.createdAt));
  return rows.map((user) => ({ user, invitation: invitations.find((i) => i.userId === user.id) ?? null }));
}
