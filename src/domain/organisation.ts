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

/**
 * Where a tolerance rule applies, from the least to the most specific: the most specific rule that
 * sets a measure decides it (docs/receiving.md).
 */
export const TOLERANCE_SCOPES = ['global', 'supplier', 'category', 'item'] as const;
export type ToleranceScope = (typeof TOLERANCE_SCOPES)[number];

/**
 * What a tolerance limits, each as a percentage and/or an absolute value (both set: the smaller
 * allowance applies). `overReceipt`: more received than ordered (quantity in the line's unit);
 * `priceVariance`: an invoice's unit price above the order's (amount in the order's currency);
 * `quantityVariance`: an invoice's quantity above what was accepted (quantity in the line's unit).
 */
export const TOLERANCE_MEASURES = ['overReceipt', 'priceVariance', 'quantityVariance'] as const;
export type ToleranceMeasure = (typeof TOLERANCE_MEASURES)[number];
