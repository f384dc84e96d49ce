import { z } from 'zod';
import { RATER_ROLES, RATING_ASPECTS, RATING_COMMENT_MAX_LENGTH } from '../domain/evaluation';
import { dateOut, Id, PageQuery } from './common';

/** Ratings of orders by their requesters, receivers and buyer (docs/evaluation.md#ratings). */
export { RATER_ROLES, RATING_ASPECTS, RATING_COMMENT_MAX_LENGTH };

export const RaterRole = z.enum(RATER_ROLES);
export type RaterRole = z.infer<typeof RaterRole>;

const Score = z
  .number({ message: 'must be a whole number from 1 to 5' })
  .int('must be a whole number from 1 to 5')
  .min(1, 'must be a whole number from 1 to 5')
  .max(5, 'must be a whole number from 1 to 5');

export const NewOrderRating = z
  .object({
    delivery: Score.meta({ description: 'On time, complete, as announced: 1 (poor) to 5 (excellent)' }),
    quality: Score.meta({ description: 'What arrived: 1 (poor) to 5 (excellent)' }),
    service: Score.meta({ description: 'Communication and help: 1 (poor) to 5 (excellent)' }),
    comment: z
      .string()
      .trim()
      .max(
        RATING_COMMENT_MAX_LENGTH,
        `must be at most ${RATING_COMMENT_MAX_LENGTH.toLocaleString('en')} characters`,
      )
      .nullish()
      .meta({ description: 'Optional; an empty one is none' }),
    shared: z.boolean().default(false).meta({ description: 'The comment may be shown to the supplier' }),
    lineNo: z
      .number()
      .int('must be a line number (1 or more)')
      .min(1, 'must be a line number (1 or more)')
      .nullish()
      .meta({ description: 'Rate one line of the order; absent or null: the whole order' }),
  })
  .meta({ id: 'NewOrderRating' });
export type NewOrderRating = z.input<typeof NewOrderRating>;

export const OrderRating = z
  .object({
    id: Id,
    purchaseOrderId: Id,
    lineNo: z.number().int().nullable(),
    ratedBy: z.object({ id: Id, name: z.string() }),
    raterRole: RaterRole,
    delivery: z.number().int(),
    quality: z.number().int(),
    service: z.number().int(),
    comment: z.string().nullable(),
    shared: z.boolean(),
    createdAt: dateOut,
  })
  .meta({
    id: 'OrderRating',
    description:
      'A rating of an order (or one line) 1–5 on delivery, quality and service, by a requester, a receiver or the buyer (its close-out evaluation).',
  });
export type OrderRating = z.output<typeof OrderRating>;

export const RatingState = z.enum(['can_rate', 'rated', 'not_yet', 'not_a_rater']);
export type RatingState = z.infer<typeof RatingState>;

export const OrderRatingsQuery = PageQuery;

export const OrderRatings = z
  .object({
    items: z.array(OrderRating),
    nextCursor: z.string().nullable(),
    you: z
      .object({
        raterRole: RaterRole.nullable(),
        state: RatingState,
        reason: z.string().nullable(),
        ratedLineNos: z.array(z.number().int()),
      })
      .meta({
        description:
          'What the caller may do: `can_rate` the whole order now, `rated` it already, `not_yet` (its status does not allow their rating; `reason` says why), `not_a_rater` (none of its requesters, receivers or its buyer).',
      }),
  })
  .meta({ id: 'OrderRatings' });
export type OrderRatings = z.output<typeof OrderRatings>;
