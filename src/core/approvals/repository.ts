import {
  and,
  asc,
  eq,
  getTableColumns,
  gt,
  inArray,
  isNotNull,
  isNull,
  lt,
  lte,
  max,
  notExists,
  or,
  sql,
} from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client';
import {
  type ApprovalDocumentType,
  approvalDelegations,
  approvalPolicies,
  approvalPolicySteps,
  costCentres,
  currencies,
  departments,
  documentApprovalSteps,
  itemCategories,
  settings,
  users,
} from '../../db/schema';
import { likeEscape } from '../shared/pagination';
import { rowsOf } from '../shared/sql';

/**
 * SQL of the approvals capability: policies and their steps, the routes stored with documents,
 * delegations. Reads of users, departments and cost centres are look-ups for routing, read only.
 */

export type PolicyRow = typeof approvalPolicies.$inferSelect;
export type PolicyInsert = typeof approvalPolicies.$inferInsert;
export type PolicyStepRow = typeof approvalPolicySteps.$inferSelect;
export type PolicyStepInsert = typeof approvalPolicySteps.$inferInsert;
export type DocumentStepRow = typeof documentApprovalSteps.$inferSelect;
export type DocumentStepInsert = typeof documentApprovalSteps.$inferInsert;
export type DelegationRow = typeof approvalDelegations.$inferSelect;
export type DelegationInsert = typeof approvalDelegations.$inferInsert;

// ── policies ────────────────────────────────────────────────────────────────

export async function findPolicyById(
  db: Db,
  id: string,
  opts: { forUpdate?: boolean } = {},
): Promise<PolicyRow | undefined> {
  const q = db.select().from(approvalPolicies).where(eq(approvalPolicies.id, id));
  const [row] = opts.forUpdate ? await q.for('update') : await q;
  return row;
}

export async function findEnabledPolicy(
  db: Db,
  documentType: ApprovalDocumentType,
): Promise<PolicyRow | undefined> {
  const [row] = await db
    .select()
    .from(approvalPolicies)
    .where(and(eq(approvalPolicies.documentType, documentType), eq(approvalPolicies.enabled, true)));
  return row;
}

export async function listPolicies(db: Db, documentType?: ApprovalDocumentType): Promise<PolicyRow[]> {
  return db
    .select()
    .from(approvalPolicies)
    .where(documentType ? eq(approvalPolicies.documentType, documentType) : undefined)
    .orderBy(asc(approvalPolicies.documentType), asc(approvalPolicies.name), asc(approvalPolicies.id))
    .limit(1000);
}

export async function insertPolicy(db: Db, row: PolicyInsert): Promise<PolicyRow> {
  const [inserted] = await db.insert(approvalPolicies).values(row).returning();
  return inserted!;
}

export async function updatePolicy(
  db: Db,
  id: string,
  expectedVersion: number,
  patch: Partial<PolicyInsert>,
): Promise<PolicyRow | undefined> {
  const [row] = await db
    .update(approvalPolicies)
    .set({ ...patch, version: sql`${approvalPolicies.version} + 1` })
    .where(and(eq(approvalPolicies.id, id), eq(approvalPolicies.version, expectedVersion)))
    .returning();
  return row;
}

export async function findPolicySteps(db: Db, policyIds: string[]): Promise<PolicyStepRow[]> {
  if (policyIds.length === 0) return [];
  return db
    .select()
    .from(approvalPolicySteps)
    .where(inArray(approvalPolicySteps.policyId, policyIds))
    .orderBy(asc(approvalPolicySteps.policyId), asc(approvalPolicySteps.position));
}

export async function replacePolicySteps(db: Db, policyId: string, rows: PolicyStepInsert[]): Promise<void> {
  await db.delete(approvalPolicySteps).where(eq(approvalPolicySteps.policyId, policyId));
  if (rows.length > 0) await db.insert(approvalPolicySteps).values(rows);
}

// ── reference checks and routing look-ups ───────────────────────────────────

async function existing(
  db: Db,
  table: 'users' | 'departments' | 'cost_centres' | 'categories',
  ids: string[],
) {
  if (ids.length === 0) return new Set<string>();
  const unique = [...new Set(ids)];
  const rows =
    table === 'users'
      ? await db
          .select({ id: users.id })
          .from(users)
          .where(and(inArray(users.id, unique), eq(users.active, true), isNull(users.supplierId)))
      : table === 'departments'
        ? await db.select({ id: departments.id }).from(departments).where(inArray(departments.id, unique))
        : table === 'cost_centres'
          ? await db.select({ id: costCentres.id }).from(costCentres).where(inArray(costCentres.id, unique))
          : await db
              .select({ id: itemCategories.id })
              .from(itemCategories)
              .where(inArray(itemCategories.id, unique));
  return new Set(rows.map((r) => r.id));
}

/** Active users of the organisation (a supplier's portal user never approves). */
export const existingActiveUsers = (db: Db, ids: string[]) => existing(db, 'users', ids);
export const existingDepartments = (db: Db, ids: string[]) => existing(db, 'departments', ids);
export const existingCostCentres = (db: Db, ids: string[]) => existing(db, 'cost_centres', ids);
export const existingCategories = (db: Db, ids: string[]) => existing(db, 'categories', ids);

/** Active users holding each of these roles. */
export async function activeUsersByRole(db: Db, roles: string[]): Promise<Record<string, string[]>> {
  const result: Record<string, string[]> = {};
  if (roles.length === 0) return result;
  const rows = await db
    .select({ id: users.id, roles: users.roles })
    .from(users)
    .where(and(eq(users.active, true), sql`${users.roles} && ${sql.param(roles)}::text[]`))
    .orderBy(asc(users.id));
  for (const role of roles) result[role] = rows.filter((r) => r.roles.includes(role)).map((r) => r.id);
  return result;
}

export async function departmentHead(db: Db, departmentId: string | null): Promise<string | null> {
  if (!departmentId) return null;
  const [row] = await db
    .select({ id: users.id })
    .from(departments)
    .innerJoin(users, and(eq(users.id, departments.headUserId), eq(users.active, true)))
    .where(eq(departments.id, departmentId));
  return row?.id ?? null;
}

export async function costCentreOwner(db: Db, costCentreId: string | null): Promise<string | null> {
  if (!costCentreId) return null;
  const [row] = await db
    .select({ id: users.id })
    .from(costCentres)
    .innerJoin(users, and(eq(users.id, costCentres.ownerUserId), eq(users.active, true)))
    .where(eq(costCentres.id, costCentreId));
  return row?.id ?? null;
}

export async function userNames(db: Db, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(inArray(users.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, r.name]));
}

// ── routes stored with documents ────────────────────────────────────────────

export async function latestRound(
  db: Db,
  documentType: ApprovalDocumentType,
  documentId: string,
): Promise<number> {
  const [row] = await db
    .select({ round: max(documentApprovalSteps.round) })
    .from(documentApprovalSteps)
    .where(
      and(
        eq(documentApprovalSteps.documentType, documentType),
        eq(documentApprovalSteps.documentId, documentId),
      ),
    );
  return row?.round ?? 0;
}

export async function findDocumentSteps(
  db: Db,
  documentType: ApprovalDocumentType,
  documentId: string,
  round: number,
): Promise<DocumentStepRow[]> {
  return db
    .select()
    .from(documentApprovalSteps)
    .where(
      and(
        eq(documentApprovalSteps.documentType, documentType),
        eq(documentApprovalSteps.documentId, documentId),
        eq(documentApprovalSteps.round, round),
      ),
    )
    .orderBy(asc(documentApprovalSteps.level), asc(documentApprovalSteps.position));
}

export async function insertDocumentSteps(db: Db, rows: DocumentStepInsert[]): Promise<void> {
  if (rows.length > 0) await db.insert(documentApprovalSteps).values(rows);
}

export async function updateDocumentStep(
  db: Db,
  id: string,
  patch: Partial<DocumentStepInsert>,
): Promise<void> {
  await db.update(documentApprovalSteps).set(patch).where(eq(documentApprovalSteps.id, id));
}

// ── delegations ─────────────────────────────────────────────────────────────

/** Users who delegated their approvals to `delegateUserId` at `at`. */
export async function delegatorsOf(db: Db, delegateUserId: string, at: Date): Promise<string[]> {
  const rows = await db
    .select({ userId: approvalDelegations.userId })
    .from(approvalDelegations)
    .where(
      and(
        eq(approvalDelegations.delegateUserId, delegateUserId),
        lte(approvalDelegations.validFrom, at),
        gt(approvalDelegations.validTo, at),
        isNull(approvalDelegations.revokedAt),
      ),
    );
  return [...new Set(rows.map((r) => r.userId))];
}

export async function insertDelegation(db: Db, row: DelegationInsert): Promise<DelegationRow> {
  const [inserted] = await db.insert(approvalDelegations).values(row).returning();
  return inserted!;
}

export async function findDelegationById(db: Db, id: string): Promise<DelegationRow | undefined> {
  const [row] = await db
    .select()
    .from(approvalDelegations)
    .where(eq(approvalDelegations.id, id))
    .for('update');
  return row;
}

export async function revokeDelegation(db: Db, id: string, at: Date): Promise<void> {
  await db.update(approvalDelegations).set({ revokedAt: at }).where(eq(approvalDelegations.id, id));
}

/** Delegations a user gave or received that have not ended or been revoked, soonest first. */
export async function listDelegationsOf(db: Db, userId: string, at: Date): Promise<DelegationRow[]> {
  return db
    .select()
    .from(approvalDelegations)
    .where(
      and(
        or(eq(approvalDelegations.userId, userId), eq(approvalDelegations.delegateUserId, userId)),
        gt(approvalDelegations.validTo, at),
        isNull(approvalDelegations.revokedAt),
      ),
    )
    .orderBy(asc(approvalDelegations.validFrom), asc(approvalDelegations.id))
    .limit(200);
}

// ── the inbox ───────────────────────────────────────────────────────────────

/**
 * Open steps (pending, activated: at the lowest pending level of their route) that name one of
 * `principals`, longest waiting first. What the documents are, their adapters say.
 */
export async function openStepsFor(
  db: Db,
  principals: string[],
  after: { at: Date; id: string } | undefined,
  limit: number,
): Promise<DocumentStepRow[]> {
  const das = documentApprovalSteps;
  const lower = alias(documentApprovalSteps, 'lower_step');
  return db
    .select({
      ...getTableColumns(das),
    })
    .from(das)
    .where(
      and(
        eq(das.status, 'pending'),
        isNotNull(das.activatedAt),
        sql`${das.approverUserIds} && ${sql.param(principals)}::uuid[]`,
        notExists(
          db
            .select({ one: sql`1` })
            .from(lower)
            .where(
              and(
                eq(lower.documentType, das.documentType),
                eq(lower.documentId, das.documentId),
                eq(lower.round, das.round),
                eq(lower.status, 'pending'),
                lt(lower.level, das.level),
              ),
            ),
        ),
        after
          ? or(gt(das.activatedAt, after.at), and(eq(das.activatedAt, after.at), gt(das.id, after.id)))
          : undefined,
      ),
    )
    .orderBy(asc(das.activatedAt), asc(das.id))
    .limit(limit);
}

/** Decimals of the base currency, for amounts shown in it. */
export async function baseMinorUnits(db: Db): Promise<number> {
  const [row] = await db
    .select({ minorUnits: currencies.minorUnits })
    .from(settings)
    .innerJoin(currencies, eq(currencies.code, settings.baseCurrency))
    .limit(1);
  return row?.minorUnits ?? 2;
}

// ── notifications, reminders and escalation ─────────────────────────────────

/** Valid delegations at `at` given by any of `userIds`: who acts for whom. */
export async function delegatesOf(
  db: Db,
  userIds: string[],
  at: Date,
): Promise<{ userId: string; delegateUserId: string }[]> {
  if (userIds.length === 0) return [];
  return db
    .select({ userId: approvalDelegations.userId, delegateUserId: approvalDelegations.delegateUserId })
    .from(approvalDelegations)
    .innerJoin(users, and(eq(users.id, approvalDelegations.delegateUserId), eq(users.active, true)))
    .where(
      and(
        inArray(approvalDelegations.userId, [...new Set(userIds)]),
        lte(approvalDelegations.validFrom, at),
        gt(approvalDelegations.validTo, at),
        isNull(approvalDelegations.revokedAt),
      ),
    )
    .orderBy(asc(approvalDelegations.userId), asc(approvalDelegations.delegateUserId));
}

/**
 * Pending, current steps with a reminder or an escalation due at `now`, locked for this
 * transaction; steps another worker holds are skipped, so two sweeps never handle one step.
 */
export async function lockDueSteps(db: Db, now: Date, limit: number): Promise<DocumentStepRow[]> {
  const das = documentApprovalSteps;
  const waitedHours = (hours: typeof das.reminderHours | typeof das.escalationHours) =>
    sql`${das.activatedAt} + make_interval(hours => ${hours}) <= ${now.toISOString()}::timestamptz`;
  return db
    .select()
    .from(das)
    .where(
      and(
        eq(das.status, 'pending'),
        isNotNull(das.activatedAt),
        or(
          and(isNotNull(das.reminderHours), isNull(das.remindedAt), waitedHours(das.reminderHours)),
          and(
            isNotNull(das.escalationHours),
            isNull(das.escalatedAt),
            isNotNull(das.fallbackUserId),
            waitedHours(das.escalationHours),
          ),
        ),
      ),
    )
    .orderBy(asc(das.activatedAt), asc(das.id))
    .limit(limit)
    .for('update', { skipLocked: true, of: das });
}

/**
 * Who may be chosen as a delegate: active users other than `excludeUserId` holding one of `roles`,
 * by name; `q` matches name or e-mail.
 */
export async function delegateCandidates(
  db: Db,
  opts: { excludeUserId: string; roles: string[]; q?: string; limit: number },
): Promise<{ id: string; name: string; email: string; roles: string[] }[]> {
  const q = opts.q?.trim();
  return db
    .select({ id: users.id, name: users.name, email: users.email, roles: users.roles })
    .from(users)
    .where(
      and(
        eq(users.active, true),
        sql`${users.id} <> ${opts.excludeUserId}`,
        sql`${users.roles} && ${sql.param(opts.roles)}::text[]`,
        q
          ? or(
              sql`${users.name} ilike ${`%${likeEscape(q)}%`}`,
              sql`${users.email} ilike ${`%${likeEscape(q)}%`}`,
            )
          : undefined,
      ),
    )
    .orderBy(asc(users.name), asc(users.id))
    .limit(opts.limit);
}

/**
 * Submission → approval times of the routes most recently approved since `since`: at most
 * `limit` approved steps are read (document_approval_steps_completed_idx, newest first), and the
 * routes they end are measured from their first step's creation (the submission) to their last
 * decision. Routes with a step rejected or sent back are not approved and not counted.
 */
export async function recentApprovalCycles(
  db: Db,
  since: Date,
  limit: number,
): Promise<{ documentType: string; routes: number; medianSeconds: number; p90Seconds: number }[]> {
  const result = await db.execute(sql`
    WITH recent AS (
      SELECT DISTINCT document_type, document_id, round FROM (
        SELECT document_type, document_id, round FROM document_approval_steps
        WHERE status = 'approved' AND completed_at >= ${since.toISOString()}::timestamptz
        ORDER BY completed_at DESC LIMIT ${limit}
      ) s
    ), routes AS (
      SELECT d.document_type, min(d.created_at) AS started, max(d.completed_at) AS ended,
             bool_and(d.status IN ('approved', 'skipped')) AS approved
      FROM document_approval_steps d
      JOIN recent r ON r.document_type = d.document_type AND r.document_id = d.document_id AND r.round = d.round
      GROUP BY d.document_type, d.document_id, d.round
    )
    SELECT document_type,
           count(*)::int AS routes,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM ended - started))::float8 AS median_seconds,
           percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM ended - started))::float8 AS p90_seconds
    FROM routes WHERE approved GROUP BY document_type ORDER BY document_type`);
  return rowsOf<{ document_type: string; routes: number; median_seconds: number; p90_seconds: number }>(
    result,
  ).map((r) => ({
    documentType: r.document_type,
    routes: r.routes,
    medianSeconds: Number(r.median_seconds),
    p90Seconds: Number(r.p90_seconds),
  }));
}

/** Names of these policies. */
export async function policyNames(db: Db, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({ id: approvalPolicies.id, name: approvalPolicies.name })
    .from(approvalPolicies)
    .where(inArray(approvalPolicies.id, ids));
}

/** Who delegates to whom in these delegations. */
export async function delegationNames(db: Db, ids: string[]) {
  if (ids.length === 0) return [];
  const delegate = alias(users, 'delegate');
  return db
    .select({ id: approvalDelegations.id, from: users.name, to: delegate.name })
    .from(approvalDelegations)
    .innerJoin(users, eq(users.id, approvalDelegations.userId))
    .innerJoin(delegate, eq(delegate.id, approvalDelegations.delegateUserId))
    .where(inArray(approvalDelegations.id, ids));
}
