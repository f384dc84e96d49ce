import { z } from 'zod';
import {
  CORRECTIVE_ACTION_NOTE_MAX,
  CORRECTIVE_ACTION_STATUSES,
  RATER_ROLES,
  SCORECARD_MESSAGE_MAX,
  SCORECARD_REVIEW_STATUSES,
} from '../domain/evaluation';
import { LANGUAGES } from '../domain/languages';
import { REJECTION_REASONS } from '../domain/receiving';
import { dateOut, Id, IsoDate, PageQuery, requiredText, text } from './common';
import {
  Grade,
  MeasureFigure,
  ScorecardQuery,
  ScoreDetails,
  ScorePeriod,
  ScorePeriodText,
  TrendPoint,
} from './evaluation';

/**
 * The supplier's side of evaluation (docs/evaluation.md): its own scorecard in the portal, the
 * corrective actions it is asked for, and its scorecard e-mailed for a quarterly review.
 */

export { CORRECTIVE_ACTION_STATUSES, RATER_ROLES };

const PeriodKey = ScorePeriodText.meta({ examples: ['2026-Q4'] });

/** A period a review covers; absent: the last complete quarter. */
const ReviewPeriodKey = PeriodKey.optional().meta({
  description:
    'The period reviewed: `2026-Q4` (a quarter), `2026-11` (a month) or `12m`; default the last complete quarter. Not one that has not begun.',
});

// ── corrective actions ─────────────────────────────────────────────────────

export const CorrectiveActionRequest = z.object({
  note: requiredText(CORRECTIVE_ACTION_NOTE_MAX).meta({
    description: 'What the supplier is asked to change, in words it will read',
  }),
  dueDate: IsoDate.meta({ description: 'By when; today or later' }),
  period: PeriodKey.nullish().meta({ description: 'The scorecard period reviewed (`2026-Q4`), if any' }),
});
export type CorrectiveActionRequest = z.input<typeof CorrectiveActionRequest>;

export const CloseCorrectiveActionRequest = z.object({
  outcome: requiredText(CORRECTIVE_ACTION_NOTE_MAX).meta({ description: 'What came of it' }),
});
export type CloseCorrectiveActionRequest = z.input<typeof CloseCorrectiveActionRequest>;

const Person = z.object({ id: Id, name: z.string() });

export const CorrectiveAction = z
  .object({
    id: Id,
    supplierId: Id,
    note: z.string(),
    dueDate: IsoDate,
    period: z.string().nullable(),
    status: z.enum(CORRECTIVE_ACTION_STATUSES),
    /** Open and past its due date, as of today. */
    overdue: z.boolean(),
    requestedBy: Person,
    requestedAt: dateOut,
    closedBy: Person.nullable(),
    closedAt: dateOut.nullable(),
    outcome: z.string().nullable(),
    version: z.number().int(),
  })
  .meta({
    id: 'CorrectiveAction',
    description:
      'A corrective action a buyer asked a supplier for: open until closed with its outcome; `overdue` when open past its due date.',
  });
export type CorrectiveAction = z.output<typeof CorrectiveAction>;

export const CorrectiveActionListQuery = PageQuery.extend({
  status: z
    .enum(CORRECTIVE_ACTION_STATUSES)
    .optional()
    .meta({ description: 'Only open or only closed ones' }),
});
export type CorrectiveActionListQuery = z.input<typeof CorrectiveActionListQuery>;

export const CorrectiveActionParams = z.object({ id: Id, actionId: Id });

// ── the scorecard e-mailed for a review ────────────────────────────────────

export const ScorecardSendRequest = z.object({
  period: ReviewPeriodKey,
  message: text(SCORECARD_MESSAGE_MAX)
    .nullish()
    .meta({ description: 'Your words to the supplier, in the e-mail' }),
  correctiveActionId: Id.nullish().meta({
    description: 'One of the supplier’s open corrective actions, printed in the scorecard with its due date',
  }),
});
export type ScorecardSendRequest = z.input<typeof ScorecardSendRequest>;

export const ScorecardReview = z
  .object({
    id: Id,
    supplierId: Id,
    period: z.string(),
    language: z.string(),
    recipients: z.array(z.string()),
    message: z.string().nullable(),
    correctiveActionId: Id.nullable(),
    score: z.string().nullable(),
    grade: Grade.nullable(),
    status: z.enum(SCORECARD_REVIEW_STATUSES),
    sentBy: Id.nullable(),
    sentAt: dateOut,
    file: z.object({ fileName: z.string(), sha256: z.string(), sizeBytes: z.number().int() }).nullable(),
    emailMessageId: Id.nullable(),
    error: z.string().nullable(),
  })
  .meta({
    id: 'ScorecardReview',
    description:
      'A scorecard e-mailed to its supplier: `preparing` until its PDF and message are rendered (moments later, outside the request), then `ready` with its e-mail queued (`emailMessageId`) and the PDF’s fingerprint; `failed` after its last attempt.',
  });
export type ScorecardReview = z.output<typeof ScorecardReview>;

export const ScorecardPdfQuery = z.object({
  period: ReviewPeriodKey,
  language: z
    .enum(LANGUAGES)
    .optional()
    .meta({ description: 'The language to write it in instead of the supplier’s' }),
});

// ── the portal ─────────────────────────────────────────────────────────────

export const PortalScorecardQuery = ScorecardQuery.pick({ period: true });
export type PortalScorecardQuery = z.input<typeof PortalScorecardQuery>;

export const SharedComment = z
  .object({
    id: Id,
    purchaseOrderId: Id,
    orderNumber: z.string().nullable(),
    lineNo: z.number().int().nullable(),
    /** Who said it, by role; never by name. */
    raterRole: z.enum(RATER_ROLES),
    comment: z.string(),
    ratedAt: dateOut,
  })
  .meta({ id: 'SharedComment' });
export type SharedComment = z.output<typeof SharedComment>;

export const PortalScorecard = z
  .object({
    supplier: z.object({ code: z.string(), name: z.string() }),
    period: ScorePeriod,
    orders: z.number().int(),
    minimumOrders: z.number().int(),
    enoughData: z.boolean(),
    score: z.string().nullable(),
    grade: Grade.nullable(),
    measures: z.array(MeasureFigure),
    // Not the last price paid: it may be another supplier's.
    details: ScoreDetails.omit({ orderVsLastPrice: true }),
    rejections: z.array(z.object({ reason: z.enum(REJECTION_REASONS), quantity: z.string() })),
    trend: z.array(TrendPoint),
    graceDays: z.number().int(),
    responseDays: z.number().int(),
    comments: z.array(SharedComment),
    correctiveActions: z.array(
      z.object({
        id: Id,
        note: z.string(),
        dueDate: IsoDate,
        period: z.string().nullable(),
        requestedAt: dateOut,
        overdue: z.boolean(),
      }),
    ),
  })
  .meta({
    id: 'PortalScorecard',
    description:
      'The supplier’s own scorecard in its portal: measures as n of d, score and grade, the figures beside them, the 12-month trend, the rating comments shared with it (by role, never by name), and the corrective actions open for it. Nothing of other suppliers.',
  });
export type PortalScorecard = z.output<typeof PortalScorecard>;
