import { type Actor, can } from './actor';
import { type Changes, recordAudit } from './audit';
import type { Ctx } from './context';
import { AppError } from './errors';
import { type EventInput, inTransaction, recordEvents } from './events';
import type { Permission } from './permissions';
import { assertVersion } from './versioning';

/**
 * The one write path of every document's state changes. Each document type describes itself once
 * (`DocumentType`): how to load and lock a row the actor may see, its state machine, the
 * permission each transition needs, how to write and read it back, and what its events carry.
 * `transitionDocument` does the rest, the same way for all: load under lock (404) → version
 * (412) → permission, checked here so bulk paths and jobs get it too (403) → state machine (409
 * naming the state) → reason where required (422) → the use case's own checks and columns →
 * write → audit entry and domain event → read back, in one transaction; the event relay is told
 * after the commit.
 */
export type DocumentRow<Status extends string = string> = { id: string; version: number; status: Status };

export type DocumentType<
  Row extends DocumentRow,
  Transition extends string,
  Facts,
  Patch extends object,
  Doc,
> = {
  /** The audit entity type and the events' subject type: `purchase_order`. */
  kind: string;
  /** As people read it: "purchase order". */
  label: string;
  /** The permission each transition needs (any one of a list). */
  permissions: Readonly<Record<Transition, Permission | readonly Permission[]>>;
  /** The row if it exists and the actor may see it, locked for update, with the facts its rules need. */
  lock(ctx: Ctx, opts: { id: string; actor: Actor }): Promise<{ row: Row; facts: Facts } | null>;
  /** The state columns after the transition: a 409 naming the current state when it is illegal. */
  next(row: Row, transition: Transition, facts: Facts): Partial<Patch> & { status: Row['status'] };
  reasonRequired(transition: Transition, facts: Facts): boolean;
  /** Writes the patch if the row is still at its version: the row as written; undefined when it moved. */
  write(ctx: Ctx, row: Row, patch: Partial<Patch>): Promise<Row | undefined>;
  /** The document as it now stands. */
  read(ctx: Ctx, id: string): Promise<Doc>;
  /** What the document's events carry beyond id, number, status and version. */
  eventFacts(doc: Doc): Record<string, unknown> & { number: string };
};

/** What a use case adds to its transition. */
export type TransitionStep<Row extends DocumentRow, Patch> = {
  /** Extra columns to write with the new state (timestamps, reasons …). */
  patch?: Partial<Patch>;
  /** Record the action but keep the current state (one approval step of several). */
  stay?: boolean;
  /** A state other than the machine's: a submission no policy step applies to is approved at once. */
  state?: Partial<Patch> & { status: Row['status'] };
  /** Extra audit fields. */
  changes?: Changes;
  /**
   * The transition the event and the audit entry name, when the outcome is another transition's:
   * an invoice's accept that goes to approval instead is recorded as `submit_variance`, the last
   * approval of that route as `accept`.
   */
  recordAs?: string;
};

/** The use case's part of a transition, run with the row locked and the next state known. */
export type TransitionStepFn<Row extends DocumentRow, Patch, Facts> = (
  tx: Ctx,
  row: Row,
  next: Partial<Patch> & { status: Row['status'] },
  facts: Facts,
) => Promise<TransitionStep<Row, Patch> | undefined> | TransitionStep<Row, Patch> | undefined;

/** Past tense of a transition, as event types spell it: `purchase_order.approved`. */
const PAST: Record<string, string> = {
  submit: 'submitted',
  approve: 'approved',
  reject: 'rejected',
  request_changes: 'changes_requested',
  hold: 'held',
  release: 'released',
  cancel: 'cancelled',
  close: 'closed',
  resubmit: 'resubmitted',
  send: 'sent',
  acknowledge: 'acknowledged',
  receive: 'received',
  request_credit_note: 'credit_note_requested',
  pay: 'paid',
  submit_variance: 'variance_submitted',
  approve_variance: 'variance_approved',
  reject_variance: 'variance_rejected',
};
export const pastTense = (transition: string): string => PAST[transition] ?? `${transition}ed`;

export async function transitionDocument<
  Row extends DocumentRow,
  Transition extends string,
  Facts,
  Patch extends object,
  Doc,
>(
  ctx: Ctx,
  type: DocumentType<Row, Transition, Facts, Patch, Doc>,
  opts: {
    actor: Actor;
    id: string;
    version: number;
    transition: Transition;
    reason?: string | null;
    step?: TransitionStepFn<Row, Patch, Facts>;
    /**
     * The answer built from the row as written, instead of reading the document again: for a
     * caller that read the whole document at the version it locks (so nothing else moved since)
     * and whose step changes nothing but the row's own columns.
     */
    answer?: (written: Row) => Doc;
  },
): Promise<Doc> {
  const needed = type.permissions[opts.transition];
  const anyOf: readonly Permission[] = typeof needed === 'string' ? [needed] : needed;
  if (!anyOf.some((p) => can(opts.actor, p))) {
    throw AppError.forbidden(
      `You cannot ${opts.transition.replace(/_/g, ' ')} a ${type.label}: your roles do not grant ${anyOf.join(' or ')}.`,
    );
  }
  const reason = opts.reason?.trim() || null;
  return inTransaction(ctx, async (tx) => {
    const found = await type.lock(tx, { id: opts.id, actor: opts.actor });
    if (!found) throw AppError.notFound(capitalised(type.label), opts.id);
    const { row, facts } = found;
    assertVersion(row.version, opts.version);
    const next = type.next(row, opts.transition, facts);
    if (type.reasonRequired(opts.transition, facts) && !reason) {
      throw AppError.field('reason', `is required to ${opts.transition.replace(/_/g, ' ')} a ${type.label}`);
    }
    const step = (await opts.step?.(tx, row, next, facts)) ?? {};
    const state = step.stay ? null : (step.state ?? next);
    const written = await type.write(tx, row, {
      ...step.patch,
      ...(state ?? {}),
      updatedAt: tx.clock.now(),
    } as unknown as Partial<Patch>);
    if (!written) throw AppError.conflict(`The ${type.label} changed while saving; reload and try again.`);
    const doc = opts.answer ? opts.answer(written) : await type.read(tx, row.id);
    const status = state?.status ?? row.status;
    await recordDocumentEvent(tx, type, {
      what: step.recordAs
        ? pastTense(step.recordAs)
        : step.stay
          ? `step_${pastTense(opts.transition)}`
          : pastTense(opts.transition),
      id: row.id,
      doc,
      actor: opts.actor,
      status,
      previousStatus: row.status,
      version: row.version + 1,
      reason,
      extra: { transition: opts.transition },
    });
    // Last: nothing waits on the audit entry, but it is the record of everything above.
    await recordAudit(tx.db, tx.clock, {
      actor: opts.actor,
      entityType: type.kind,
      entityId: row.id,
      action: step.recordAs ?? (step.stay ? `${opts.transition}:step` : opts.transition),
      changes: {
        ...(status !== row.status ? { status: { before: row.status, after: status } } : {}),
        ...step.changes,
      },
      reason,
    });
    return doc;
  });
}

/**
 * Appends a document's domain event (`<kind>.<what>`, payload version 1, docs/events.md): id,
 * number, status before and after, the version the change made, reason, who, and the document
 * type's own facts. Creates and edits use it as transitions do.
 */
export async function recordDocumentEvent<Doc>(
  ctx: Ctx,
  type: Pick<DocumentType<DocumentRow, string, unknown, object, Doc>, 'kind' | 'eventFacts'>,
  opts: DocumentEventOptions<Doc>,
): Promise<void> {
  await recordEvents(ctx.db, ctx.clock, [documentEvent(type, opts)]);
}

export type DocumentEventOptions<Doc> = {
  what: string;
  id: string;
  doc: Doc;
  actor: Actor;
  status: string;
  previousStatus: string | null;
  version: number;
  reason?: string | null;
  extra?: Record<string, unknown>;
};

/** The domain event recordDocumentEvent appends, for a caller that writes it with its own statement. */
export function documentEvent<Doc>(
  type: Pick<DocumentType<DocumentRow, string, unknown, object, Doc>, 'kind' | 'eventFacts'>,
  opts: DocumentEventOptions<Doc>,
): EventInput {
  const { number, ...facts } = type.eventFacts(opts.doc);
  return {
    type: `${type.kind}.${opts.what}`,
    subject: { type: type.kind, id: opts.id },
    actor: opts.actor,
    payload: {
      id: opts.id,
      number,
      status: opts.status,
      previousStatus: opts.previousStatus,
      version: opts.version,
      reason: opts.reason ?? null,
      actorName: opts.actor.name,
      ...opts.extra,
      ...facts,
    },
  };
}

function capitalised(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
