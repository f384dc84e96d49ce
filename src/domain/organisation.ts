/** The vocabulary of the organisation's settings and budgets, declared once. Pure. */

/**
 * What submitting a document that would exceed its budget does: `approval` adds a budget step,
 * `block` refuses the submission.
 */
export const BUDGET_CONTROLS = ['approval', 'block'] as const;
export type BudgetControl = (typeof BUDGET_CONTROLS)[number];

/** A budget covers a month or a fiscal year. */
export const BUDGET_PERIOD_TYPES = ['month', 'year'] as const;
export type BudgetPeriodType = (typeof BUDGET_PERIOD_TYPES)[number];
