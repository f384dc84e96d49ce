import './grades';

export { type DrillDown, type DrillDownRow, drillDownScore } from './drill-down';
export { gradesOfSuppliers, readSupplierGrades } from './grades';
export { holdSupplierForScorecard } from './hold-for-scorecard';
export { rankSuppliersForItem, type SupplierCandidate, type SupplierRanking } from './rank-suppliers';
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
