import { and, asc, eq, gt, ilike, inArray, isNull, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { preparedPer } from '../../db/prepared';
import { apiTokens, knownLoginAddresses, loginFailures, sessions, users } from '../../db/schema';
import { likeEscape } from '../shared/pagination';

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

export type UserFilter = { q?: string; role?: string; active?: boolean; departmentId?: string };

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

export async function countFailures(
  db: Db,
  since: Date,
  by: { email?: string; ip?: string },
): Promise<number> {
  const where = [gt(loginFailures.at, since)];
  if (by.email !== undefined) where.push(eq(loginFailures.email, by.email));
  if (by.ip !== undefined) where.push(eq(loginFailures.ip, by.ip));
  const [row] = await db
    .select({ n: sql<string>`count(*)` })
    .from(loginFailures)
    .where(and(...where));
  return Number(row?.n ?? 0);
}

export async function insertFailure(db: Db, email: string, ip: string, at: Date): Promise<void> {
  await db.insert(loginFailures).values({ email, ip, at });
}

export async function clearFailures(db: Db, email: string, ip: string): Promise<void> {
  await db.delete(loginFailures).where(and(eq(loginFailures.email, email), eq(loginFailures.ip, ip)));
}

export async function isKnownAddress(db: Db, userId: string, ip: string): Promise<boolean> {
  const [row] = await db
    .select({ ip: knownLoginAddresses.ip })
    .from(knownLoginAddresses)
    .where(and(eq(knownLoginAddresses.userId, userId), eq(knownLoginAddresses.ip, ip)))
    .limit(1);
  return row !== undefined;
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
