export { type DrillDown, type DrillDownRow, drillDownScore } from './drill-down';
export {
  getSupplierScorecard,
  listScorecards,
  type Scorecard,
  type ScorecardRow,
  type ScorecardSort,
} from './read-scorecards';
export { type RebuildRun, rebuildScoresIfNeeded } from './rebuild-scores';
export { refreshOrderScores, supplierScores } from './refresh-scores';
export {
  getScorecardSettings,
  type ScorecardSettings,
  type ScorecardSettingsInput,
  updateScorecardSettings,
} from './settings';
export { type ScoreVerification, verifyScores } from './verify-scores';
