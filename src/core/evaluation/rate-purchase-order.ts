import { RATING_ASPECTS, RATING_COMMENT_MAX_LENGTH } from '../../domain/evaluation';
import * as purchaseOrders from '../purchase-orders';
import type { Actor } from '../shared/actor';
import { recordAudit } from '../shared/audit';
import type { Ctx } from '../shared/context';
import { AppError, FieldErrors } from '../shared/errors';
import { inTransaction, recordEvents } from '../shared/events';
import { newId } from '../shared/ids';
import { D } from '../shared/money';
import { orderRaters } from './order-raters';
import { type OrderRating, toOrderRating } from './order-rating';
import { raterRoleOf, ratingRefusal } from './rating-rules';
import * as repo from './repository';

export const RATING_EVENTS = { rated: 'purchase_order.rated' } as const;

export type RatingInput = {
  delivery: number;
  quality: number;
  service: number;
  comment?: string | null;
  /** The comment may be shown to the supplier (default false). */
  shared?: boolean;
  /** One line of the order; absent or null: the whole order. */
  lineNo?: number | null;
};

/** The input with every score a whole number from 1 to 5 and the comment trimmed, or a 422 naming each bad field. */
function checkedInput(input: RatingInput): Required<RatingInput> {
  const errors = new FieldErrors();
  for (const aspect of RATING_ASPECTS) {
    const v = input[aspect];
    if (!Number.isInteger(v) || v < 1 || v > 5) errors.add(aspect, 'must be a whole number from 1 to 5');
  }
  const comment = input.comment?.trim() || null;
  if (comment && comment.length > RATING_COMMENT_MAX_LENGTH) {
    errors.add('comment', `must be at most ${RATING_COMMENT_MAX_LENGTH.toLocaleString('en')} characters`);
  }
  const lineNo = input.lineNo ?? null;
  if (lineNo !== null && (!Number.isInteger(lineNo) || lineNo < 1)) {
    errors.add('lineNo', 'must be a line number (1 or more)');
  }
  errors.throwIfAny();
  return { ...input, comment, shared: input.shared ?? false, lineNo };
}

/**
 * Rates an order (or one of its lines) 1–5 on delivery, quality and service, with an optional
 * comment that may be shared with the supplier (docs/evaluation.md#ratings). Its requesters and
 * whoever received it may rate once something was received; its buyer gives the close-out
 * evaluation once it is received or closed; anyone else is refused (403), a supplier's user does
 * not find the order (404). One rating per person per order and per line: a second is a 409 and
 * changes nothing. Records `purchase_order.rated`, after which the scores consumer counts it in
 * the supplier's satisfaction.
 */
export async function ratePurchaseOrder(
  ctx: Ctx,
  opts: { actor: Actor; purchaseOrderId: string; input: RatingInput },
): Promise<OrderRating> {
  const { actor } = opts;
  // Ratings are the organisation's view of its supplier: the supplier does not find them here.
  if (actor.supplierId) throw AppError.notFound('Purchase order', opts.purchaseOrderId);
  const order = await purchaseOrders.getPurchaseOrder(ctx, { actor, id: opts.purchaseOrderId });
  const userId = actor.userId;
  if (!userId) throw AppError.forbidden('Only a person rates an order.');
  const input = checkedInput(opts.input);
  const raters = await orderRaters(ctx, order);
  const raterRole = raterRoleOf(raters, userId);
  if (!raterRole) {
    throw AppError.forbidden(
      `Only the requesters of purchase order ${order.number}, the people who received it and its buyer rate it.`,
    );
  }
  const refusal = ratingRefusal(raterRole, {
    number: order.number,
    status: order.status,
    anyReceived: order.progress.anyReceived,
  });
  if (refusal) throw AppError.conflict(refusal, { currentStatus: order.status });
  if (input.lineNo !== null) {
    const line = order.lines.find((l) => l.lineNo === input.lineNo);
    if (!line) throw AppError.field('lineNo', `is not a line of purchase order ${order.number}`);
    if (raterRole !== 'buyer' && !new D(line.progress.received).greaterThan(0)) {
      throw AppError.conflict(
        `Nothing was received on line ${line.lineNo} of purchase order ${order.number}; it can be rated once it was.`,
      );
    }
  }

  const now = ctx.clock.now();
  const row: repo.RatingInsert = {
    id: newId(now.getTime()),
    purchaseOrderId: order.id,
    supplierId: order.supplierId,
    lineNo: input.lineNo,
    ratedBy: userId,
    raterRole,
    delivery: input.delivery,
    quality: input.quality,
    service: input.service,
    comment: input.comment,
    shared: input.shared,
    createdAt: now,
  };
  await inTransaction(ctx, async (tx) => {
    if (!(await repo.insertRating(tx.db, row))) {
      throw AppError.conflict(
        input.lineNo === null
          ? `You already rated purchase order ${order.number}; a rating is not changed or given twice.`
          : `You already rated line ${input.lineNo} of purchase order ${order.number}; a rating is not changed or given twice.`,
      );
    }
    const rating = {
      id: row.id,
      lineNo: row.lineNo,
      raterRole,
      delivery: row.delivery,
      quality: row.quality,
      service: row.service,
      comment: row.comment,
      shared: row.shared,
    };
    await recordAudit(tx.db, tx.clock, {
      actor,
      entityType: 'purchase_order',
      entityId: order.id,
      action: 'rated',
      changes: { rating: { before: null, after: rating } },
    });
    await recordEvents(tx.db, tx.clock, [
      {
        type: RATING_EVENTS.rated,
        subject: { type: 'purchase_order', id: order.id },
        actor,
        payload: {
          id: order.id,
          number: order.number,
          supplierId: order.supplierId,
          departmentId: order.departmentId,
          status: order.status,
          actorName: actor.name,
          ratingId: row.id,
          lineNo: row.lineNo,
          raterRole,
          delivery: row.delivery,
          quality: row.quality,
          service: row.service,
          shared: row.shared,
          hasComment: row.comment !== null,
        },
      },
    ]);
  });
  return toOrderRating(
    {
      ...row,
      lineNo: row.lineNo ?? null,
      comment: row.comment ?? null,
      shared: row.shared ?? false,
      createdAt: now,
    },
    new Map([[userId, actor.name]]),
  );
}
