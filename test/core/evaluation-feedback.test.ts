import { eq, sql } from 'drizzle-orm';
import { simpleParser } from 'mailparser';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as evaluation from '../../src/core/evaluation';
import { lastCompleteQuarter } from '../../src/core/evaluation/rules';
import * as notifications from '../../src/core/notifications';
import type { Actor } from '../../src/core/shared/actor';
import { AppError } from '../../src/core/shared/errors';
import { auditLog, events, scorecardReviews } from '../../src/db/schema';
import { startRenderPool } from '../../src/jobs/render-pool';
import { actorFor } from '../../src/seed/purchase-order-factories';
import { createTestApp, type TestApp } from '../helpers/app';
import { scorecardFixture, seedRating } from '../helpers/scorecard';
import { seedUser } from '../helpers/seed';

/**
 * The supplier's side of evaluation on the database itself: its own scorecard in the portal with
 * only the comments shared with it, corrective actions from request to close, and the scorecard
 * e-mailed as a PDF for a review (rendered after the request, in the supplier's language).
 * Two suppliers score 80.0 (B) for 2026-Q1 (test/helpers/scorecard.ts).
 */
let t: TestApp;
let f: Awaited<ReturnType<typeof scorecardFixture>>;
let kestrel: Awaited<ReturnType<Awaited<ReturnType<typeof scorecardFixture>>['scoredSupplier']>>;
let other: typeof kestrel;
let buyer: Actor;
let kestrelUser: Actor;
let otherUser: Actor;
let requester: Actor;

async function failure(p: Promise<unknown>): Promise<AppError> {
  try {
    await p;
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error('expected the call to fail');
}

/** A supplier's user as the sign-in makes it: bound to its supplier. */
async function supplierActor(supplierId: string): Promise<Actor> {
  return { ...actorFor(await seedUser(t.ctx, { roles: ['supplier'], supplierId })), supplierId };
}

beforeAll(async () => {
  t = await createTestApp();
  f = await scorecardFixture(t);
  kestrel = await f.scoredSupplier({ legalName: 'Kestrel Fasteners Ltd', language: 'de' });
  other = await f.scoredSupplier({ legalName: 'Harrier Castings plc' });
  buyer = actorFor(await seedUser(t.ctx, { roles: ['buyer'], name: 'Lena Brandt' }));
  requester = actorFor(await seedUser(t.ctx, { roles: ['requester'], name: 'Rita Requester' }));
  kestrelUser = await supplierActor(kestrel.supplier.id);
  otherUser = await supplierActor(other.supplier.id);
  // Ratings in March: shared and unshared, an empty shared one, and one on the other supplier's order.
  await seedRating(t, {
    purchaseOrderId: kestrel.orders[0]!.id,
    supplierId: kestrel.supplier.id,
    ratedBy: requester,
    raterRole: 'requester',
    comment: 'Well packed, labels readable.',
    shared: true,
  });
  await seedRating(t, {
    purchaseOrderId: kestrel.orders[1]!.id,
    supplierId: kestrel.supplier.id,
    ratedBy: f.receiver,
    raterRole: 'receiver',
    comment: 'Internal: driver was rude, do not tell them.',
    shared: false,
  });
  await seedRating(t, {
    purchaseOrderId: kestrel.orders[2]!.id,
    supplierId: kestrel.supplier.id,
    ratedBy: f.receiver,
    raterRole: 'receiver',
    comment: '   ',
    shared: true,
  });
  await seedRating(t, {
    purchaseOrderId: other.orders[0]!.id,
    supplierId: other.supplier.id,
    ratedBy: requester,
    raterRole: 'requester',
    comment: 'Harrier castings had porosity.',
    shared: true,
  });
  t.clock.set(new Date('2026-04-10T09:00:00Z'));
}, 180_000);
afterAll(async () => {
  await t.close();
});

describe('the default period of a review', () => {
  it('is the last quarter that ended before today', () => {
    expect(lastCompleteQuarter('2026-04-10')).toBe('2026-Q1');
    expect(lastCompleteQuarter('2026-03-31')).toBe('2025-Q4');
    expect(lastCompleteQuarter('2026-12-31')).toBe('2026-Q3');
    expect(lastCompleteQuarter('2027-01-01')).toBe('2026-Q4');
  });
});

describe('the supplier’s scorecard in its portal', () => {
  it('is its own supplier’s: measures, score, grade, trend', async () => {
    const card = await evaluation.getPortalScorecard(t.ctx, { actor: kestrelUser, period: '2026-Q1' });
    expect(card.supplier).toEqual({ code: kestrel.supplier.code, name: 'Kestrel Fasteners Ltd' });
    expect(card.orders).toBe(3);
    expect(card.score).toBe('80.0');
    expect(card.grade).toBe('B');
    const m = Object.fromEntries(card.measures.map((x) => [x.key, x]));
    expect(m.onTime).toMatchObject({ value: '100.0', numerator: '3', denominator: '3' });
    expect(m.responsiveness).toMatchObject({ value: '0.0', numerator: '0', denominator: '3' });
    expect(card.trend).toHaveLength(12);
    expect(card.trend[11]).toMatchObject({ month: '2026-03-01', orders: 3, score: '80.0' });
  });

  it('shows only the comments marked as shared, by the rater’s role, never another supplier’s', async () => {
    const card = await evaluation.getPortalScorecard(t.ctx, { actor: kestrelUser, period: '2026-Q1' });
    expect(card.comments.map((c) => [c.raterRole, c.comment, c.orderNumber])).toEqual([
      ['requester', 'Well packed, labels readable.', kestrel.orders[0]!.number],
    ]);
    const text = JSON.stringify(card);
    expect(text).not.toContain('Internal: driver was rude');
    expect(text).not.toContain('Harrier');
    expect(text).not.toContain('Rita Requester');
    expect(text).not.toContain(requester.userId);
    // How its prices compare with the last price paid to anyone is not its business.
    expect(card.details).not.toHaveProperty('orderVsLastPrice');
    // Outside the period the comment is not shown.
    const before = await evaluation.getPortalScorecard(t.ctx, { actor: kestrelUser, period: '2026-02' });
    expect(before.comments).toEqual([]);
  });

  it('is refused to anyone who is not a supplier’s user (404), and another supplier’s is refused (404)', async () => {
    expect((await failure(evaluation.getPortalScorecard(t.ctx, { actor: buyer }))).code).toBe('not_found');
    const card = await evaluation.getPortalScorecard(t.ctx, { actor: otherUser, period: '2026-Q1' });
    expect(card.supplier.name).toBe('Harrier Castings plc');
    expect(card.comments.map((c) => c.comment)).toEqual(['Harrier castings had porosity.']);
    expect(
      (
        await failure(
          evaluation.getSupplierScorecard(t.ctx, { actor: otherUser, supplierId: kestrel.supplier.id }),
        )
      ).code,
    ).toBe('not_found');
  });
});

describe('corrective actions', () => {
  it('refuses a due date in the past and an empty note, naming each, and stores nothing', async () => {
    const err = await failure(
      evaluation.requestCorrectiveAction(t.ctx, {
        actor: buyer,
        supplierId: kestrel.supplier.id,
        input: { note: '  ', dueDate: '2026-04-09' },
      }),
    );
    expect(err.code).toBe('validation');
    expect(err.errors.map((e) => e.path).sort()).toEqual(['dueDate', 'note']);
    const list = await evaluation.listCorrectiveActions(t.ctx, {
      supplierId: kestrel.supplier.id,
      limit: 50,
    });
    expect(list.items).toEqual([]);
  });

  it('is open until closed, overdue once past its due date, and closed once only', async () => {
    const action = await evaluation.requestCorrectiveAction(t.ctx, {
      actor: buyer,
      supplierId: kestrel.supplier.id,
      input: { note: 'Answer every order within two days.', dueDate: '2026-04-30', period: '2026-Q1' },
    });
    expect(action).toMatchObject({
      status: 'open',
      overdue: false,
      dueDate: '2026-04-30',
      period: '2026-Q1',
      requestedBy: { id: buyer.userId, name: 'Lena Brandt' },
      version: 1,
    });
    // The supplier sees it open; the other supplier does not.
    const seen = await evaluation.getPortalScorecard(t.ctx, { actor: kestrelUser, period: '2026-Q1' });
    expect(seen.correctiveActions).toEqual([
      expect.objectContaining({ id: action.id, note: 'Answer every order within two days.', overdue: false }),
    ]);
    const elsewhere = await evaluation.getPortalScorecard(t.ctx, { actor: otherUser, period: '2026-Q1' });
    expect(elsewhere.correctiveActions).toEqual([]);

    t.clock.set(new Date('2026-05-02T09:00:00Z'));
    const listed = await evaluation.listCorrectiveActions(t.ctx, {
      supplierId: kestrel.supplier.id,
      status: 'open',
      limit: 50,
    });
    expect(listed.items.map((a) => [a.id, a.overdue])).toEqual([[action.id, true]]);

    const stale = await failure(
      evaluation.closeCorrectiveAction(t.ctx, {
        actor: buyer,
        supplierId: kestrel.supplier.id,
        id: action.id,
        version: 0,
        outcome: 'Done',
      }),
    );
    expect(stale.code).toBe('precondition_failed');
    const closed = await evaluation.closeCorrectiveAction(t.ctx, {
      actor: buyer,
      supplierId: kestrel.supplier.id,
      id: action.id,
      version: 1,
      outcome: 'Answers now come within a day.',
    });
    expect(closed).toMatchObject({
      status: 'closed',
      overdue: false,
      outcome: 'Answers now come within a day.',
      closedBy: { id: buyer.userId },
      version: 2,
    });
    const again = await failure(
      evaluation.closeCorrectiveAction(t.ctx, {
        actor: buyer,
        supplierId: kestrel.supplier.id,
        id: action.id,
        version: 2,
        outcome: 'Twice',
      }),
    );
    expect(again.code).toBe('conflict');
    // Another supplier's id does not reach it.
    const wrong = await failure(
      evaluation.closeCorrectiveAction(t.ctx, {
        actor: buyer,
        supplierId: other.supplier.id,
        id: action.id,
        version: 2,
        outcome: 'x',
      }),
    );
    expect(wrong.code).toBe('not_found');

    const types = await t.ctx.db
      .select({ type: events.type, payload: events.payload })
      .from(events)
      .where(eq(events.subjectId, kestrel.supplier.id))
      .orderBy(events.seq);
    expect(types.map((e) => e.type)).toEqual([
      'supplier.corrective_action_requested',
      'supplier.corrective_action_closed',
    ]);
    expect(types[1]!.payload).toMatchObject({ correctiveActionId: action.id, overdue: true });
    const audit = await t.ctx.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(sql`${auditLog.entityType} = 'supplier' AND ${auditLog.entityId} = ${kestrel.supplier.id}`)
      .orderBy(auditLog.seq);
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(['corrective_action_requested', 'corrective_action_closed']),
    );
    t.clock.set(new Date('2026-04-10T09:00:00Z'));
  });
});

describe('the scorecard e-mailed for a quarterly review', () => {
  it('records the review in the request and renders its PDF and e-mail afterwards, in the supplier’s language', async () => {
    const action = await evaluation.requestCorrectiveAction(t.ctx, {
      actor: buyer,
      supplierId: kestrel.supplier.id,
      input: { note: 'Bestätigen Sie jede Bestellung binnen zwei Tagen.', dueDate: '2026-05-31' },
    });
    // Without the relay, the request leaves the review to be prepared.
    const quiet = { ...t.ctx, events: undefined };
    const review = await evaluation.sendScorecard(quiet, {
      actor: buyer,
      supplierId: kestrel.supplier.id,
      message: 'Lassen Sie uns am 20. April darüber sprechen.',
      correctiveActionId: action.id,
    });
    expect(review).toMatchObject({
      period: '2026-Q1',
      language: 'de',
      status: 'preparing',
      score: '80.0',
      grade: 'B',
      correctiveActionId: action.id,
      emailMessageId: null,
      file: null,
    });
    expect(review.recipients).toEqual([kestrel.supplier.contacts[0]!.email]);

    const run = await evaluation.prepareScorecardReviews(t.ctx);
    expect(run).toEqual({ prepared: 1, failed: 0, retried: 0 });
    const [ready] = await t.ctx.db.select().from(scorecardReviews).where(eq(scorecardReviews.id, review.id));
    expect(ready).toMatchObject({ status: 'ready', content: null });
    expect(ready!.fileName).toBe(`scorecard-${kestrel.supplier.code}-2026-Q1.pdf`);

    const mail = await simpleParser(
      (await notifications.readComposedEmail(t.ctx, { id: ready!.emailMessageId! }))!,
    );
    expect(mail.subject).toMatch(/^Lieferantenbewertung 2026-Q1: Kestrel Fasteners Ltd — /);
    expect(mail.text).toContain('Ihre Punktzahl: 80,0 von 100, Note B.');
    expect(mail.text).toContain('Lassen Sie uns am 20. April darüber sprechen.');
    expect(mail.text).toContain('bis 2026-05-31');
    expect(mail.attachments.map((a) => [a.filename, a.contentType])).toEqual([
      [ready!.fileName, 'application/pdf'],
    ]);
    const pdf = mail.attachments[0]!.content;
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
    for (const expected of [
      'LIEFERANTENBEWERTUNG',
      'Kestrel Fasteners Ltd',
      '80,0',
      'Termintreue',
      '3 von 3 Positionen',
      'Well packed, labels readable.',
      'Anforderer',
      'KORREKTURMASSNAHME ANGEFORDERT',
      'Fällig bis 2026-05-31',
      'Bestätigen Sie jede Bestellung binnen zwei Tagen.',
    ])
      expect(text).toContain(expected);
    expect(text).not.toContain('Internal: driver was rude');
    expect(text).not.toContain('Harrier');

    // A second run finds nothing left to do.
    expect(await evaluation.prepareScorecardReviews(t.ctx)).toEqual({ prepared: 0, failed: 0, retried: 0 });
    const [sent] = await t.ctx.db
      .select({ type: events.type, payload: events.payload })
      .from(events)
      .where(
        sql`${events.type} = 'supplier.scorecard_sent' AND ${events.subjectId} = ${kestrel.supplier.id}`,
      );
    expect(sent!.payload).toMatchObject({ reviewId: review.id, period: '2026-Q1', grade: 'B' });
  });

  it('is rendered in a worker thread of the render pool, as the server does it', async () => {
    const quiet = { ...t.ctx, events: undefined };
    const review = await evaluation.sendScorecard(quiet, { actor: buyer, supplierId: other.supplier.id });
    const pool = startRenderPool({ threads: 1 });
    try {
      expect(await evaluation.prepareScorecardReviews(t.ctx, { render: pool.renderScorecardReview })).toEqual(
        {
          prepared: 1,
          failed: 0,
          retried: 0,
        },
      );
    } finally {
      await pool.stop();
    }
    const [row] = await t.ctx.db.select().from(scorecardReviews).where(eq(scorecardReviews.id, review.id));
    expect(row).toMatchObject({ status: 'ready', language: 'en' });
    const mail = await simpleParser(
      (await notifications.readComposedEmail(t.ctx, { id: row!.emailMessageId! }))!,
    );
    expect(mail.subject).toMatch(/^Supplier scorecard 2026-Q1: Harrier Castings plc — /);
    const pdf = mail.attachments[0]!.content;
    expect(row!.fileSizeBytes).toBe(pdf.length);
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
    expect(text).toContain('Harrier Castings plc');
    expect(text).toContain('80.0');
  });

  it('gives a review up after its last failed attempt and tells who sent it', async () => {
    const quiet = { ...t.ctx, events: undefined };
    const review = await evaluation.sendScorecard(quiet, { actor: buyer, supplierId: other.supplier.id });
    const broken = async () => {
      throw new Error('font missing');
    };
    for (let i = 0; i < 4; i++)
      expect(await evaluation.prepareScorecardReviews(t.ctx, { render: broken })).toEqual({
        prepared: 0,
        failed: 0,
        retried: 1,
      });
    expect(await evaluation.prepareScorecardReviews(t.ctx, { render: broken })).toEqual({
      prepared: 0,
      failed: 1,
      retried: 0,
    });
    const [row] = await t.ctx.db.select().from(scorecardReviews).where(eq(scorecardReviews.id, review.id));
    expect(row).toMatchObject({ status: 'failed', attempts: 5, error: 'font missing', content: null });
    const mine = await notifications.listMyNotifications(t.ctx, { actor: buyer, limit: 10 });
    expect(mine.items[0]).toMatchObject({ kind: 'scorecard_review_failed' });
    expect(mine.items[0]!.title).toContain('Harrier Castings plc');
  });

  it('refuses a closed corrective action, another supplier’s, and a period that has not begun', async () => {
    const closedOne = await evaluation.requestCorrectiveAction(t.ctx, {
      actor: buyer,
      supplierId: other.supplier.id,
      input: { note: 'Fix porosity.', dueDate: '2026-04-20' },
    });
    await evaluation.closeCorrectiveAction(t.ctx, {
      actor: buyer,
      supplierId: other.supplier.id,
      id: closedOne.id,
      version: closedOne.version,
      outcome: 'Fixed.',
    });
    const closed = await failure(
      evaluation.sendScorecard(t.ctx, {
        actor: buyer,
        supplierId: other.supplier.id,
        correctiveActionId: closedOne.id,
      }),
    );
    expect(closed.errors).toEqual([
      { path: 'correctiveActionId', message: expect.stringContaining('closed') },
    ]);
    const foreign = await failure(
      evaluation.sendScorecard(t.ctx, {
        actor: buyer,
        supplierId: kestrel.supplier.id,
        correctiveActionId: closedOne.id,
      }),
    );
    expect(foreign.errors[0]?.path).toBe('correctiveActionId');
    const future = await failure(
      evaluation.sendScorecard(t.ctx, { actor: buyer, supplierId: kestrel.supplier.id, period: '2026-Q3' }),
    );
    expect(future.errors[0]?.path).toBe('period');
  });
});
