import { and, asc, eq, gt, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { toleranceRules } from '../../db/schema';
import {
  TOLERANCE_MEASURES,
  TOLERANCE_SCOPES,
  type ToleranceMeasure,
  type ToleranceScope,
} from '../../domain/organisation';
import type { Actor } from '../shared/actor';
import { type Changes, recordAudit } from '../shared/audit';
import type { Ctx } from '../shared/context';
import {
  AppError,
  constraintOf,
  FieldErrors,
  isForeignKeyViolation,
  isUniqueViolation,
} from '../shared/errors';
import { newId } from '../shared/ids';
import { dec, normalize } from '../shared/money';
import { decodeListCursor, type Page, pageOf } from '../shared/pagination';
import { assertVersion } from '../shared/versioning';

/**
 * Tolerances: one policy object for what may differ from the order — more received than ordered
 * (receiving), an invoice's price or quantity above the order's or what was accepted (invoice
 * matching). Rules are set for the whole organisation, a supplier, an item category or an item;
 * for each measure the most specific rule that sets it decides (item, then category, then
 * supplier, then global), and a measure no rule sets allows nothing. docs/receiving.md.
 */

type Row = typeof toleranceRules.$inferSelect;

/** A limit of one measure: a percentage of the ordered (or accepted) value and/or an absolute one. */
import type { ToleranceLimit } from '../shared/tolerance';

export type { ToleranceLimit };

export type ToleranceRule = {
  id: string;
  scope: ToleranceScope;
  supplierId: string | null;
  categoryId: string | null;
  itemId: string | null;
  /** Null: this rule does not set the measure (a less specific rule's applies). */
  overReceipt: ToleranceLimit | null;
  priceVariance: ToleranceLimit | null;
  quantityVariance: ToleranceLimit | null;
  note: string | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
};

export type ToleranceLimitsInput = {
  overReceipt?: { percent?: string | null; absolute?: string | null } | null;
  priceVariance?: { percent?: string | null; absolute?: string | null } | null;
  quantityVariance?: { percent?: string | null; absolute?: string | null } | null;
  note?: string | null;
};

export type CreateToleranceRuleInput = ToleranceLimitsInput & {
  scope: ToleranceScope;
  supplierId?: string | null;
  categoryId?: string | null;
  itemId?: string | null;
};

const COLUMNS: Record<ToleranceMeasure, { percent: keyof Row; absolute: keyof Row }> = {
  overReceipt: { percent: 'overReceiptPercent', absolute: 'overReceiptQuantity' },
  priceVariance: { percent: 'priceVariancePercent', absolute: 'priceVarianceAmount' },
  quantityVariance: { percent: 'quantityVariancePercent', absolute: 'quantityVarianceQuantity' },
};

const TARGET: Record<Exclude<ToleranceScope, 'global'>, 'supplierId' | 'categoryId' | 'itemId'> = {
  supplier: 'supplierId',
  category: 'categoryId',
  item: 'itemId',
};

/** Percentages above this are surely a typing mistake (10 × the ordered quantity). */
const MAX_PERCENT = 1000;

function limitOf(row: Row, measure: ToleranceMeasure): ToleranceLimit | null {
  const c = COLUMNS[measure];
  const percent = row[c.percent] as string | null;
  const absolute = row[c.absolute] as string | null;
  if (percent === null && absolute === null) return null;
  return {
    percent: percent === null ? null : normalize(percent),
    absolute: absolute === null ? null : normalize(absolute),
  };
}

function toRule(row: Row): ToleranceRule {
  return {
    id: row.id,
    scope: row.scope,
    supplierId: row.supplierId,
    categoryId: row.categoryId,
    itemId: row.itemId,
    overReceipt: limitOf(row, 'overReceipt'),
    priceVariance: limitOf(row, 'priceVariance'),
    quantityVariance: limitOf(row, 'quantityVariance'),
    note: row.note,
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** The columns a rule's limits are kept in; a measure left out of the input is left as it is. */
function limitColumns(input: ToleranceLimitsInput, errors: FieldErrors): Partial<Row> {
  const out: Partial<Row> = {};
  for (const measure of TOLERANCE_MEASURES) {
    if (!(measure in input)) continue;
    const limit = input[measure];
    const c = COLUMNS[measure];
    const percent = limit?.percent ?? null;
    const absolute = limit?.absolute ?? null;
    if (percent !== null && dec(percent).gt(MAX_PERCENT)) {
      errors.add(`${measure}.percent`, `must be at most ${MAX_PERCENT} %`);
    }
    (out as Record<string, unknown>)[c.percent] = percent;
    (out as Record<string, unknown>)[c.absolute] = absolute;
  }
  if ('note' in input) out.note = input.note?.trim() || null;
  return out;
}

function targetOf(rule: Pick<Row, 'scope' | 'supplierId' | 'categoryId' | 'itemId'>): string {
  return rule.scope === 'global' ? 'global' : `${rule.scope} ${rule[TARGET[rule.scope]]}`;
}

function auditChanges(before: ToleranceRule | null, after: ToleranceRule | null): Changes {
  const changes: Changes = {};
  for (const measure of TOLERANCE_MEASURES) {
    const b = before?.[measure] ?? null;
    const a = after?.[measure] ?? null;
    if (JSON.stringify(b) !== JSON.stringify(a)) changes[measure] = { before: b, after: a };
  }
  if ((before?.note ?? null) !== (after?.note ?? null)) {
    changes.note = { before: before?.note ?? null, after: after?.note ?? null };
  }
  return changes;
}

const TARGET_NAME: Record<Exclude<ToleranceScope, 'global'>, string> = {
  supplier: 'a supplier',
  category: 'an item category',
  item: 'a catalog item',
};

/** The audit entry of a change to a rule. */
function auditRule(tx: Ctx, actor: Actor, id: string, action: string, changes: Changes): Promise<void> {
  return recordAudit(tx.db, tx.clock, { actor, entityType: 'tolerance_rule', entityId: id, action, changes });
}

/** Sets a rule for a target that has none: 409 when it has one (change that one instead). */
export async function createToleranceRule(
  ctx: Ctx,
  opts: { actor: Actor; input: CreateToleranceRuleInput },
): Promise<ToleranceRule> {
  const { input } = opts;
  const errors = new FieldErrors();
  const target: Pick<Row, 'supplierId' | 'categoryId' | 'itemId'> = {
    supplierId: null,
    categoryId: null,
    itemId: null,
  };
  for (const [scope, field] of Object.entries(TARGET) as [
    Exclude<ToleranceScope, 'global'>,
    keyof typeof target,
  ][]) {
    const value = input[field] ?? null;
    if (scope === input.scope) {
      if (value === null) errors.add(field, `is required for a rule of scope ${scope}`);
      target[field] = value;
    } else if (value !== null) {
      errors.add(field, `must be left out of a rule of scope ${input.scope}`);
    }
  }
  const limits = limitColumns(input, errors);
  errors.throwIfAny();
  const now = ctx.clock.now();
  try {
    return await ctx.db.transaction(async (tx) => {
      const [row] = await tx
        .insert(toleranceRules)
        .values({
          id: newId(now.getTime()),
          scope: input.scope,
          ...target,
          ...limits,
          createdAt: now,
          updatedAt: now,
        })
        .returning();
      const rule = toRule(row!);
      await auditRule({ ...ctx, db: tx }, opts.actor, rule.id, 'create', {
        scope: { before: null, after: targetOf(row!) },
        ...auditChanges(null, rule),
      });
      return rule;
    });
  } catch (err) {
    if (isUniqueViolation(err) && constraintOf(err) === 'tolerance_rules_target_key') {
      const [existing] = await ctx.db
        .select({ id: toleranceRules.id })
        .from(toleranceRules)
        .where(and(eq(toleranceRules.scope, input.scope), ...targetWhere(target)));
      const which = input.scope === 'global' ? 'The organisation has a global' : `This ${input.scope} has a`;
      throw AppError.conflict(
        `${which} tolerance rule already${existing ? ` (${existing.id})` : ''}: change that one instead.`,
      );
    }
    if (isForeignKeyViolation(err) && input.scope !== 'global') {
      throw AppError.field(TARGET[input.scope], `is not ${TARGET_NAME[input.scope]}`);
    }
    throw err;
  }
}

/** The conditions naming a rule's target (none for the global rule). */
function targetWhere(target: Pick<Row, 'supplierId' | 'categoryId' | 'itemId'>): SQL[] {
  const t = toleranceRules;
  return [
    target.supplierId ? eq(t.supplierId, target.supplierId) : null,
    target.categoryId ? eq(t.categoryId, target.categoryId) : null,
    target.itemId ? eq(t.itemId, target.itemId) : null,
  ].filter((c): c is SQL => c !== null);
}

/** The rule, locked, at the version the caller read it at (412 otherwise; 404 when it is gone). */
async function lockRule(db: Db, id: string, version: number): Promise<Row> {
  const [row] = await db.select().from(toleranceRules).where(eq(toleranceRules.id, id)).for('update');
  if (!row) throw AppError.notFound('Tolerance rule', id);
  assertVersion(row.version, version);
  return row;
}

/** Changes a rule's limits and note (its scope and target are what it is). */
export async function updateToleranceRule(
  ctx: Ctx,
  opts: { actor: Actor; id: string; version: number; input: ToleranceLimitsInput },
): Promise<ToleranceRule> {
  const errors = new FieldErrors();
  const limits = limitColumns(opts.input, errors);
  errors.throwIfAny();
  return ctx.db.transaction(async (tx) => {
    const before = await lockRule(tx, opts.id, opts.version);
    const [row] = await tx
      .update(toleranceRules)
      .set({ ...limits, version: sql`${toleranceRules.version} + 1`, updatedAt: ctx.clock.now() })
      .where(eq(toleranceRules.id, opts.id))
      .returning();
    const rule = toRule(row!);
    await auditRule({ ...ctx, db: tx }, opts.actor, rule.id, 'update', auditChanges(toRule(before), rule));
    return rule;
  });
}

/** Removes a rule: what it set falls back to the less specific rules. */
export async function deleteToleranceRule(
  ctx: Ctx,
  opts: { actor: Actor; id: string; version: number },
): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const before = await lockRule(tx, opts.id, opts.version);
    await tx.delete(toleranceRules).where(eq(toleranceRules.id, opts.id));
    await auditRule({ ...ctx, db: tx }, opts.actor, before.id, 'delete', {
      scope: { before: targetOf(before), after: null },
      ...auditChanges(toRule(before), null),
    });
  });
}

export async function getToleranceRule(ctx: Ctx, opts: { id: string }): Promise<ToleranceRule> {
  const [row] = await ctx.db.select().from(toleranceRules).where(eq(toleranceRules.id, opts.id));
  if (!row) throw AppError.notFound('Tolerance rule', opts.id);
  return toRule(row);
}

/** A scope's place in TOLERANCE_SCOPES (1 = global), as SQL: the order lists are paged in. */
const SCOPE_RANK = sql<number>`array_position(${sql.raw(`array[${TOLERANCE_SCOPES.map((s) => `'${s}'`).join(',')}]`)}::text[], ${toleranceRules.scope})`;

/** The rules, least specific first (global, suppliers, categories, items), oldest first within. */
export async function listToleranceRules(
  ctx: Ctx,
  opts: {
    filter: { scope?: ToleranceScope; supplierId?: string; categoryId?: string; itemId?: string };
    limit: number;
    cursor?: string;
  },
): Promise<Page<ToleranceRule>> {
  const c = decodeListCursor(opts.cursor, { k: 'integer' });
  const t = toleranceRules;
  const where: SQL[] = [];
  const f = opts.filter;
  if (f.scope) where.push(eq(t.scope, f.scope));
  if (f.supplierId) where.push(eq(t.supplierId, f.supplierId));
  if (f.categoryId) where.push(eq(t.categoryId, f.categoryId));
  if (f.itemId) where.push(eq(t.itemId, f.itemId));
  if (c) {
    const rank = Number(c.k);
    if (rank < 1 || rank > TOLERANCE_SCOPES.length) {
      throw AppError.field('cursor', 'is not a cursor returned by this list; start again without it');
    }
    where.push(or(gt(SCOPE_RANK, rank), and(eq(SCOPE_RANK, rank), gt(t.id, c.id)))!);
  }
  const rows = await ctx.db
    .select({ row: t, rank: SCOPE_RANK })
    .from(t)
    .where(where.length ? and(...where) : undefined)
    .orderBy(asc(SCOPE_RANK), asc(t.id))
    .limit(opts.limit + 1);
  const page = pageOf(
    rows.map((r) => ({ rule: toRule(r.row), rank: Number(r.rank) })),
    opts.limit,
    (r) => ({ k: r.rank, id: r.rule.id }),
  );
  return { items: page.items.map((r) => r.rule), nextCursor: page.nextCursor };
}

/** Which rule decided a measure, and what it allows. */
export type EffectiveLimit = ToleranceLimit & {
  /** The rule that set it; null when none does (nothing is allowed). */
  rule: { id: string; scope: ToleranceScope } | null;
  /** The same in words: which rule, and what it allows. */
  explanation: string;
};

export type EffectiveTolerances = Record<ToleranceMeasure, EffectiveLimit>;

/**
 * The limits that apply to a line of this supplier and item (of this category): for each measure,
 * the most specific rule that sets it. One statement.
 */
export async function effectiveTolerances(
  ctx: Ctx,
  at: { supplierId?: string | null; itemId?: string | null; categoryId?: string | null },
): Promise<EffectiveTolerances> {
  const [limits] = await effectiveTolerancesOf(ctx, {
    supplierId: at.supplierId ?? null,
    lines: [{ itemId: at.itemId ?? null, categoryId: at.categoryId ?? null }],
  });
  return limits!;
}

/**
 * The limits of each of a document's lines (one supplier; each line's item and category), in the
 * lines' order: one statement, whatever the number of lines.
 */
export async function effectiveTolerancesOf(
  ctx: Ctx,
  at: { supplierId: string | null; lines: { itemId: string | null; categoryId: string | null }[] },
): Promise<EffectiveTolerances[]> {
  const t = toleranceRules;
  const itemIds = [...new Set(at.lines.flatMap((l) => (l.itemId ? [l.itemId] : [])))];
  const categoryIds = [...new Set(at.lines.flatMap((l) => (l.categoryId ? [l.categoryId] : [])))];
  const applies: SQL[] = [eq(t.scope, 'global')];
  if (at.supplierId) applies.push(and(eq(t.scope, 'supplier'), eq(t.supplierId, at.supplierId))!);
  if (categoryIds.length) applies.push(and(eq(t.scope, 'category'), inArray(t.categoryId, categoryIds))!);
  if (itemIds.length) applies.push(and(eq(t.scope, 'item'), inArray(t.itemId, itemIds))!);
  const rows = await ctx.db
    .select()
    .from(t)
    .where(or(...applies));
  const bySpecificity = [...rows].sort(
    (a, b) => TOLERANCE_SCOPES.indexOf(b.scope) - TOLERANCE_SCOPES.indexOf(a.scope),
  );
  return at.lines.map((line) => {
    const applying = bySpecificity.filter(
      (r) =>
        r.scope === 'global' ||
        r.scope === 'supplier' ||
        (r.scope === 'category' && r.categoryId === line.categoryId) ||
        (r.scope === 'item' && r.itemId === line.itemId),
    );
    const out = {} as EffectiveTolerances;
    for (const measure of TOLERANCE_MEASURES) {
      const decided = applying.find((r) => limitOf(r, measure) !== null);
      const limit = decided ? limitOf(decided, measure)! : { percent: null, absolute: null };
      out[measure] = {
        ...limit,
        rule: decided ? { id: decided.id, scope: decided.scope } : null,
        explanation: explain(measure, limit, decided?.scope ?? null),
      };
    }
    return out;
  });
}

export { allowanceOf } from '../shared/tolerance';

const MEASURE_WORDS: Record<ToleranceMeasure, { what: string; absolute: string }> = {
  overReceipt: { what: 'Over-receipt', absolute: 'in the line’s unit' },
  priceVariance: { what: 'Price variance', absolute: 'per unit, in the order’s currency' },
  quantityVariance: { what: 'Quantity variance', absolute: 'in the line’s unit' },
};

function explain(measure: ToleranceMeasure, limit: ToleranceLimit, scope: ToleranceScope | null): string {
  const words = MEASURE_WORDS[measure];
  if (!scope) return `${words.what}: no rule sets it, so none is allowed.`;
  const parts = [
    limit.percent !== null ? `${limit.percent} %` : null,
    limit.absolute !== null ? `${limit.absolute} ${words.absolute}` : null,
  ].filter((p): p is string => p !== null);
  const allows = parts.length === 2 ? `${parts.join(' or ')}, whichever allows less` : parts[0];
  const from = scope === 'global' ? 'the global rule' : `the ${scope}’s rule`;
  return `${words.what}: ${allows}, from ${from}.`;
}
