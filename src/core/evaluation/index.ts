import './grades';

export { ratingRequests } from './ask-for-ratings';
export { type DrillDown, type DrillDownRow, drillDownScore } from './drill-down';
export { gradesOfSuppliers, readSupplierGrades } from './grades';
export { holdSupplierForScorecard } from './hold-for-scorecard';
export { listOrderRatings, type OrderRatings, type RatingState } from './list-order-ratings';
export type { OrderRating } from './order-rating';
export { rankSuppliersForItem, type SupplierCandidate, type SupplierRanking } from './rank-suppliers';
export { RATING_EVENTS, type RatingInput, ratePurchaseOrder } from './rate-purchase-order';
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
export { type GradeReview, reviewGrades, reviewReason } from './review-grades';
export {
  getScorecardSettings,
  type ScorecardSettings,
  type ScorecardSettingsInput,
  updateScorecardSettings,
} from './settings';
export { type ScoreVerification, verifyScores } from './verify-scores';
