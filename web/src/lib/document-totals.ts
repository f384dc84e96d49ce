/**
 * Order amounts by the one rule the server also uses (line net rounded to the currency's minor
 * units, tax on the rounded net, totals as sums of rounded lines), so live totals in an editor
 * match the saved document to the cent.
 */
export {
  type DocumentTotals,
  documentTotals,
  type LineAmounts,
  lineAmounts,
  type TaxBreakdown,
  type TotalsLine,
} from '../../../src/core/shared/document-totals';

const NON_NEGATIVE_DECIMAL = /^\d{1,18}(\.\d+)?$/;

/** Whether a typed value can take part in a total: a plain non-negative decimal ("12", "0.5"). */
export function isAmountInput(value: string | null | undefined): value is string {
  return !!value && NON_NEGATIVE_DECIMAL.test(value.trim());
}
