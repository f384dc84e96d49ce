/**
 * The vocabulary of supplier evaluation (docs/evaluation.md), declared once for the schema, the
 * contracts and the core. Pure.
 */

/**
 * The measures a scorecard weighs, in the order it shows them. Each is a share from 0 to 100 %:
 * - `onTime`: lines with a due date whose delivery completed on or before it (plus the grace days);
 * - `inFull`: lines delivered complete, without a short-close or a replacement;
 * - `quality`: accepted ÷ inspected quantity;
 * - `price`: invoice lines billed at the order's price or below;
 * - `invoiceAccuracy`: invoices matched without an exception (first-pass match rate);
 * - `responsiveness`: orders the supplier answered within the setting's days of the send;
 * - `satisfaction`: the ratings of requesters, receivers and buyers, 1–5 mapped onto 0–100.
 * OTIF (on time and in full together) is shown beside them; it is not weighed twice.
 */
export const SCORE_MEASURES = [
  'onTime',
  'inFull',
  'quality',
  'price',
  'invoiceAccuracy',
  'responsiveness',
  'satisfaction',
] as const;
export type ScoreMeasure = (typeof SCORE_MEASURES)[number];

/**
 * Every figure a scorecard can be drilled into (the weighed measures, OTIF and the rest shown: the
 * returns, and the prices ordered against the price list and against the last price paid).
 */
export const DRILL_MEASURES = [
  ...SCORE_MEASURES,
  'otif',
  'returns',
  'orderVsList',
  'orderVsLastPrice',
] as const;
export type DrillMeasure = (typeof DRILL_MEASURES)[number];

export const GRADES = ['A', 'B', 'C', 'D'] as const;
export type Grade = (typeof GRADES)[number];

/** Whether `grade` is worse than `threshold` (D is below C …). */
export function gradeIsBelow(grade: Grade, threshold: Grade): boolean {
  return GRADES.indexOf(grade) > GRADES.indexOf(threshold);
}

/** The aspects a rating scores, 1 to 5 each. */
export const RATING_ASPECTS = ['delivery', 'quality', 'service'] as const;
export type RatingAspect = (typeof RATING_ASPECTS)[number];

/** Who gave a rating: the order's requester or receiver when asked, the buyer closing the order. */
export const RATER_ROLES = ['requester', 'receiver', 'buyer'] as const;
export type RaterRole = (typeof RATER_ROLES)[number];

/** The longest comment a rating may carry. */
export const RATING_COMMENT_MAX_LENGTH = 2000;

/** What the settings start as (and what a new organisation has). */
export const DEFAULT_SCORE_WEIGHTS: Record<ScoreMeasure, number> = {
  onTime: 25,
  inFull: 15,
  quality: 20,
  price: 10,
  invoiceAccuracy: 10,
  responsiveness: 10,
  satisfaction: 10,
};

/** The lowest score of grades A, B and C; below C's is D. */
export type GradeBands = { A: number; B: number; C: number };
export const DEFAULT_GRADE_BANDS: GradeBands = { A: 90, B: 75, C: 60 };

/** The most months a scorecard's trend covers. */
export const TREND_MONTHS = 12;

/**
 * A corrective-action request a buyer records on a supplier after a review: open until the buyer
 * closes it with an outcome (docs/evaluation.md#quarterly-review-and-corrective-actions).
 */
export const CORRECTIVE_ACTION_STATUSES = ['open', 'closed'] as const;
export type CorrectiveActionStatus = (typeof CORRECTIVE_ACTION_STATUSES)[number];

/** The longest note of a corrective-action request, and of the outcome it is closed with. */
export const CORRECTIVE_ACTION_NOTE_MAX = 2000;

/** The most open corrective actions one supplier may have at once. */
export const MAX_OPEN_CORRECTIVE_ACTIONS = 20;

/**
 * Where a scorecard e-mailed to its supplier stands: recorded by the request and rendered a moment
 * later (`preparing`), its e-mail queued (`ready`), or given up after its last attempt (`failed`).
 */
export const SCORECARD_REVIEW_STATUSES = ['preparing', 'ready', 'failed'] as const;
export type ScorecardReviewStatus = (typeof SCORECARD_REVIEW_STATUSES)[number];

/** Attempts to render a scorecard review before it is given up. */
export const MAX_SCORECARD_REVIEW_ATTEMPTS = 5;

/** The longest message a buyer adds to a scorecard e-mailed for review. */
export const SCORECARD_MESSAGE_MAX = 2000;

/** The most shared rating comments a scorecard shows (newest first). */
export const SHARED_COMMENTS_SHOWN = 20;
