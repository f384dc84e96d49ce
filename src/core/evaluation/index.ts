import './grades';

export { ratingRequests } from './ask-for-ratings';
export { closeCorrectiveAction } from './close-corrective-action';
export type { CorrectiveAction } from './corrective-action';
export { type DrillDown, type DrillDownRow, drillDownScore } from './drill-down';
export { gradesOfSuppliers, readSupplierGrades } from './grades';
export { holdSupplierForScorecard } from './hold-for-scorecard';
export { listOrderRatings, type OrderRatings, type RatingState } from './list-order-ratings';
export type { OrderRating } from './order-rating';
export { getPortalScorecard, type PortalScorecard } from './portal-scorecard';
export {
  prepareScorecardReviews,
  type ReviewPreparationRun,
  SCORECARD_REVIEWS_QUEUED,
  type ScorecardReviewRenderer,
  scorecardReviewPreparation,
} from './prepare-scorecard-reviews';
export { rankSuppliersForItem, type SupplierCandidate, type SupplierRanking } from './rank-suppliers';
export { RATING_EVENTS, type RatingInput, ratePurchaseOrder } from './rate-purchase-order';
export { listCorrectiveActions } from './read-corrective-actions';
export { listScorecardReviews } from './read-scorecard-reviews';
export {
  getSupplierScorecard,
  listScorecards,
  type Scorecard,
  type ScorecardRow,
  type ScorecardSort,
} from './read-scorecards';
export {
  type RebuildRun,
  type ResponseSweep,
  rebuildScoresIfNeeded,
  sweepDueResponses,
} from './rebuild-scores';
export { refreshOrderScores, supplierScores } from './refresh-scores';
export { type CorrectiveActionInput, requestCorrectiveAction } from './request-corrective-action';
export { type GradeReview, reviewGrades, reviewReason } from './review-grades';
export { reviewPeriod, scorecardDocumentOf } from './scorecard-review-document';
export { type ScorecardReview, sendScorecard } from './send-scorecard';
export {
  getScorecardSettings,
  type ScorecardSettings,
  type ScorecardSettingsInput,
  updateScorecardSettings,
} from './settings';
export type { SharedComment } from './shared-comments';
export { type ScoreVerification, verifyScores } from './verify-scores';
