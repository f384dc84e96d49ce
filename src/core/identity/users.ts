import { asLanguage, canonicalLocale, type Language } from '../../domain/languages';
import type { Actor } from '../shared/actor';
import { diff, recordAudit } from '../shared/audit';
import type { Ctx } from '../shared/context';
import { AppError, constraintOf, isForeignKeyViolation, isUniqueViolation } from '../shared/errors';
import { newId } from '../shared/ids';
import { decodeListCursor, type Page, pageOf } from '../shared/pagination';
import type { Role } from '../shared/permissions';
import { assertVersion } from '../shared/versioning';
import { hashPassword, MIN_PASSWORD_LENGTH, verifyPassword } from './passwords';
import * as repo from './repository';
import { actorOf } from './rules';
import { sha256 } from './secrets';

export type User = {
  id: string;
  email: string;
  name: string;
  roles: Role[];
  departmentId: string | null;
  /** A supplier's user: the supplier it is bound to (role `supplier`); null for the organisation's people. */
  supplierId: string | null;
  active: boolean;
  /** The language of the web app, e-mails and documents for this user; null: not chosen (the browser's). */
  language: Language | null;
  /** Locale for dates, numbers and money; null: the browser's, of the same language. */
  locale: string | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
};

const AUDITED: (keyof User)[] = ['email', 'name', 'roles', 'departmentId', 'active'];

export function toUser(row: repo.UserRow): User {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    roles: row.roles as Role[],
    departmentId: row.departmentId,
    supplierId: row.supplierId,
    active: row.active,
    language: row.language === null ? null : asLanguage(row.language),
    locale: row.locale,
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

function rethrowEmailTaken(err: unknown): never {
  if (isUniqueViolation(err) && constraintOf(err) === 'users_email_lower_key') {
    throw AppError.field('email', 'is already used by another user');
  }
  if (isUniqueViolation(err)) throw AppError.field('email', 'is already used by another user');
  throw err;
}

export function assertPasswordStrength(path: string, password: string): void {
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw AppError.field(path, `must be at least ${MIN_PASSWORD_LENGTH} characters`);
  }
}

export type CreateUserInput = {
  email: string;
  name: string;
  password: string;
  roles: Role[];
  departmentId?: string | null;
  active?: boolean;
};

/** A supplier's users are invited from the supplier's page, bound to it; never made here. */
function assertNoSupplierRole(roles: readonly Role[] | undefined): void {
  if (roles?.includes('supplier')) {
    throw AppError.field('roles', "supplier users are invited from their supplier's page (Portal users)");
  }
}

export async function createUser(ctx: Ctx, opts: { actor: Actor; input: CreateUserInput }): Promise<User> {
  const { input } = opts;
  assertNoSupplierRole(input.roles);
  assertPasswordStrength('password', input.password);
  const passwordHash = await hashPassword(input.password);
  const now = ctx.clock.now();
  try {
    return await ctx.db.transaction(async (tx) => {
      const row = await repo.insertUser(tx, {
        id: newId(),
        email: input.email.trim(),
        name: input.name.trim(),
        passwordHash,
        roles: [...new Set(input.roles)],
        departmentId: input.departmentId ?? null,
        active: input.active ?? true,
        createdAt: now,
        updatedAt: now,
        passwordChangedAt: now,
      });
      const user = toUser(row);
      await recordAudit(tx, ctx.clock, {
        actor: opts.actor,
        entityType: 'user',
        entityId: user.id,
        action: 'create',
        changes: diff(null, user, AUDITED),
      });
      return user;
    });
  } catch (err) {
    if (isForeignKeyViolation(err)) {
      throw AppError.field('departmentId', 'does not name an existing department');
    }
    rethrowEmailTaken(err);
  }
}

export async function getUserByEmail(ctx: Ctx, email: string): Promise<User> {
  const row = await repo.findUserByEmail(ctx.db, email.trim().toLowerCase());
  if (!row) throw AppError.notFound('User', email);
  return toUser(row);
}

export async function getUser(ctx: Ctx, opts: { id: string }): Promise<User> {
  const row = await repo.findUserById(ctx.db, opts.id);
  if (!row) throw AppError.notFound('User', opts.id);
  return toUser(row);
}

/**
 * The ids among `ids` that name active users of the organisation (not a supplier's portal user):
 * one statement.
 */
export async function activeUserIds(ctx: Ctx, opts: { ids: string[] }): Promise<Set<string>> {
  const rows = await repo.findUsersByIds(ctx.db, [...new Set(opts.ids)]);
  return new Set(rows.filter((u) => u.active && !u.supplierId).map((u) => u.id));
}

/** Active users among `ids` as actors (what they may see and do): one statement. */
export async function activeActors(ctx: Ctx, opts: { ids: string[] }): Promise<Map<string, Actor>> {
  const rows = await repo.findUsersByIds(ctx.db, [...new Set(opts.ids)]);
  return new Map(rows.filter((u) => u.active).map((u) => [u.id, actorOf(u, 'session')]));
}

/** A person to mention or pick: only a name (and an id), for anyone signed in. */
export type Person = { id: string; name: string };

/** The names of users, active or not, by id: one statement. */
export async function userNamesByIds(ctx: Ctx, opts: { ids: string[] }): Promise<Map<string, string>> {
  const rows = await repo.userNames(ctx.db, [...new Set(opts.ids)]);
  return new Map(rows.map((u) => [u.id, u.name]));
}

/**
 * Active people of the organisation whose name or e-mail contains `q`, by name: what a mention's
 * list offers (a supplier's portal users never see internal discussions).
 */
export async function findPeople(ctx: Ctx, opts: { q: string; limit: number }): Promise<Person[]> {
  const rows = await repo.listUsers(
    ctx.db,
    { q: opts.q.trim() || undefined, active: true, kind: 'organisation' },
    undefined,
    opts.limit,
  );
  return rows.map((u) => ({ id: u.id, name: u.name }));
}

export async function listUsers(
  ctx: Ctx,
  opts: { filter: repo.UserFilter; limit: number; cursor?: string },
): Promise<Page<User>> {
  const c = decodeListCursor(opts.cursor, { k: 'text' });
  const rows = await repo.listUsers(
    ctx.db,
    opts.filter,
    c ? { name: String(c.k), id: c.id } : undefined,
    opts.limit + 1,
  );
  return pageOf(rows.map(toUser), opts.limit, (u) => ({ k: u.name, id: u.id }));
}

export type UpdateUserInput = Partial<Omit<CreateUserInput, 'password'>> & { password?: string };

export async function updateUser(
  ctx: Ctx,
  opts: { actor: Actor; id: string; version: number; input: UpdateUserInput },
): Promise<User> {
  const { input } = opts;
  if (input.password !== undefined) assertPasswordStrength('password', input.password);
  const passwordHash = input.password !== undefined ? await hashPassword(input.password) : undefined;
  if (opts.actor.userId === opts.id && input.active === false) {
    throw AppError.field('active', 'you cannot deactivate your own account');
  }
  if (
    opts.actor.userId === opts.id &&
    input.roles &&
    !input.roles.includes('admin') &&
    opts.actor.roles.includes('admin')
  ) {
    throw AppError.field('roles', 'you cannot remove the admin role from yourself');
  }
  const now = ctx.clock.now();
  try {
    return await ctx.db.transaction(async (tx) => {
      const before = await repo.findUserById(tx, opts.id);
      if (!before) throw AppError.notFound('User', opts.id);
      assertVersion(before.version, opts.version);
      if (input.roles !== undefined) {
        if (before.supplierId) {
          if (input.roles.length !== 1 || input.roles[0] !== 'supplier')
            throw AppError.field('roles', "a supplier's user has the supplier role and no other");
        } else assertNoSupplierRole(input.roles);
      }
      const row = await repo.updateUser(tx, opts.id, opts.version, {
        ...(input.email !== undefined && { email: input.email.trim() }),
        ...(input.name !== undefined && { name: input.name.trim() }),
        ...(input.roles !== undefined && { roles: [...new Set(input.roles)] }),
        ...(input.departmentId !== undefined && { departmentId: input.departmentId }),
        ...(input.active !== undefined && { active: input.active }),
        ...(passwordHash && { passwordHash, passwordChangedAt: now }),
      });
      if (!row) assertVersion(-1, opts.version);
      const user = toUser(row!);
      // Deactivation and a password set by an admin end every open session of that user.
      if (input.active === false || passwordHash) await repo.revokeUserSessions(tx, opts.id, now);
      // Deactivation also revokes their API tokens for good: reactivating the user does not bring
      // them back (new ones are created from a session).
      const revokedTokens =
        input.active === false && before.active ? await repo.revokeUserTokens(tx, opts.id, now) : 0;
      const changes = diff(toUser(before), user, AUDITED);
      if (revokedTokens > 0) changes.apiTokensRevoked = { before: null, after: revokedTokens };
      if (passwordHash) changes.password = { before: '(hidden)', after: '(changed)' };
      await recordAudit(tx, ctx.clock, {
        actor: opts.actor,
        entityType: 'user',
        entityId: user.id,
        action: 'update',
        changes,
      });
      return user;
    });
  } catch (err) {
    if (isForeignKeyViolation(err)) {
      throw AppError.field('departmentId', 'does not name an existing department');
    }
    rethrowEmailTaken(err);
  }
}

/** The signed-in user changes their own password; every other session of theirs ends. */
export async function changeOwnPassword(
  ctx: Ctx,
  opts: { actor: Actor; currentPassword: string; newPassword: string; currentSessionToken?: string },
): Promise<void> {
  if (!opts.actor.userId) throw AppError.forbidden();
  const user = await repo.findUserById(ctx.db, opts.actor.userId);
  if (!user || !(await verifyPassword(user.passwordHash, opts.currentPassword))) {
    throw AppError.field('currentPassword', 'is not your current password');
  }
  assertPasswordStrength('newPassword', opts.newPassword);
  if (opts.newPassword === opts.currentPassword)
    throw AppError.field('newPassword', 'must differ from the current password');
  const passwordHash = await hashPassword(opts.newPassword);
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    await repo.updateUser(tx, user.id, user.version, { passwordHash, passwordChangedAt: now });
    await repo.revokeUserSessions(
      tx,
      user.id,
      now,
      opts.currentSessionToken ? sha256(opts.currentSessionToken) : undefined,
    );
    await recordAudit(tx, ctx.clock, {
      actor: opts.actor,
      entityType: 'user',
      entityId: user.id,
      action: 'change_password',
      changes: { password: { before: '(hidden)', after: '(changed)' } },
    });
  });
}

/**
 * A user's own language and locale (My account). Either may be left out; `locale: null` goes back
 * to the browser's. Recorded in the audit trail; no version is asked for (a person's own setting,
 * the last choice wins).
 */
export async function updateOwnPreferences(
  ctx: Ctx,
  opts: { actor: Actor; language?: Language | null; locale?: string | null },
): Promise<User> {
  if (!opts.actor.userId) throw AppError.forbidden();
  let locale: string | null | undefined = opts.locale;
  if (typeof opts.locale === 'string') {
    locale = canonicalLocale(opts.locale);
    if (!locale)
      throw AppError.field('locale', 'is not a locale this server can format in (e.g. en-GB, de-DE)');
  }
  // A few tries: each reads the account again, so a change an administrator made meanwhile stays.
  for (let attempt = 0; attempt < 3; attempt++) {
    const user = await repo.findUserById(ctx.db, opts.actor.userId);
    if (!user) throw AppError.notFound('user', opts.actor.userId);
    const patch = {
      ...(opts.language !== undefined ? { language: opts.language } : {}),
      ...(locale !== undefined ? { locale } : {}),
    };
    const before = { language: user.language, locale: user.locale };
    const changes = diff(before, { ...before, ...patch }, ['language', 'locale']);
    if (Object.keys(changes).length === 0) return toUser(user);
    const updated = await ctx.db.transaction(async (tx) => {
      const row = await repo.updateUser(tx, user.id, user.version, patch);
      if (!row) return undefined;
      await recordAudit(tx, ctx.clock, {
        actor: opts.actor,
        entityType: 'user',
        entityId: user.id,
        action: 'change_preferences',
        changes,
      });
      return row;
    });
    // Changed by someone else meanwhile (an administrator): read again and apply on top.
    if (updated) return toUser(updated);
  }
  throw AppError.conflict('Your account was being changed at the same moment. Try again.');
}
