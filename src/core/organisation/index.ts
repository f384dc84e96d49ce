export { allocateDocumentNumber } from './allocate-document-number';
export {
  type Budget,
  type BudgetEffect,
  type BudgetEffectPeriod,
  budgetEffect,
  budgetEffectOf,
  type CreateBudgetInput,
  createBudget,
  getBudget,
  listBudgets,
  updateBudget,
} from './budgets';
export {
  type CommitmentQuery,
  type CommitmentSource,
  registerActualSource,
  registerCommitmentSource,
} from './commitments';
export { type CreateCostCentreInput, createCostCentre } from './create-cost-centre';
export { type CreateDepartmentInput, createDepartment } from './create-department';
export { type CreateExchangeRateInput, createExchangeRate } from './create-exchange-rate';
export { deleteExchangeRate } from './delete-exchange-rate';
export { getSettings } from './get-settings';
export { listRoles, type RoleDefinition } from './list-roles';
export type {
  CostCentre,
  Currency,
  Department,
  ExchangeRate,
  OrganisationAddress,
  RateQuote,
  Settings,
} from './models';
export { toSettings } from './models';
export { rateOn } from './rate-on';
export { getCostCentre, listCostCentres } from './read-cost-centres';
export { activeCurrencyCodes, getCurrency, listCurrencies, minorUnitsOf } from './read-currencies';
export { getDepartment, listDepartments } from './read-departments';
export { getExchangeRate, listExchangeRates } from './read-exchange-rates';
export { recordNamers } from './record-names';
export { setCurrencyActive } from './set-currency-active';
export {
  allowanceOf,
  type CreateToleranceRuleInput,
  createToleranceRule,
  deleteToleranceRule,
  type EffectiveTolerances,
  effectiveTolerances,
  effectiveTolerancesOf,
  getToleranceRule,
  listToleranceRules,
  type ToleranceLimitsInput,
  type ToleranceRule,
  updateToleranceRule,
} from './tolerances';
export { type UpdateCostCentreInput, updateCostCentre } from './update-cost-centre';
export { type UpdateDepartmentInput, updateDepartment } from './update-department';
export { updateExchangeRate } from './update-exchange-rate';
export { type UpdateSettingsInput, updateSettings } from './update-settings';
