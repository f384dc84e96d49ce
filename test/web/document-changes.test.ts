import { QueryClient, type QueryKey } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { documentChanged } from '../../web/src/lib/document-changes';

/**
 * A change to an invoice or a payment run, made here or arriving as a live update, marks stale every
 * cached view that shows what it changed: the AP reports, budgets' actual spend and the payment runs.
 * The keys are those the features' queries use.
 */
const VIEWS: Record<string, QueryKey> = {
  grni: ['reports', 'grni', '2026-03-02'],
  aging: ['reports', 'ap-aging', '2026-03-02'],
  discounts: ['reports', 'payment-discounts', '2026-01-01', '2026-03-31'],
  budgets: ['organisation', 'budgets', 'list', {}],
  runs: ['payment-runs', 'list', 'all'],
  run: ['payment-runs', 'detail', 'run-1'],
  invoicePayments: ['payment-runs', 'invoice', 'invoice-1'],
  invoice: ['invoices', 'detail', 'invoice-1'],
  order: ['purchase-orders', 'detail', 'order-1'],
  suppliers: ['suppliers', 'list', {}],
  scorecards: ['scorecards', 'list', { period: '12m' }, 'score'],
  scorecard: ['scorecards', 'supplier', 'supplier-1', { period: '12m' }],
};

async function staleAfter(eventType: string): Promise<string[]> {
  const queryClient = new QueryClient();
  for (const key of Object.values(VIEWS)) queryClient.setQueryData(key, { cached: true });
  await documentChanged(queryClient, eventType);
  return Object.entries(VIEWS)
    .filter(([, key]) => queryClient.getQueryState(key)?.isInvalidated)
    .map(([name]) => name)
    .sort();
}

describe('what follows a change to an invoice or a payment run', () => {
  it('an invoice event refreshes the AP reports, budgets and payment runs as well as invoices and orders', async () => {
    expect(await staleAfter('invoice.approved')).toEqual(
      [
        'grni',
        'aging',
        'discounts',
        'budgets',
        'runs',
        'run',
        'invoicePayments',
        'invoice',
        'order',
        'scorecards',
        'scorecard',
      ].sort(),
    );
  });

  it('an order event refreshes the suppliers’ scorecards, which weigh what was sent, delivered and billed', async () => {
    expect(await staleAfter('purchase_order.goods_received')).toEqual(
      expect.arrayContaining(['scorecards', 'scorecard', 'order', 'invoice']),
    );
  });

  it('a payment run event refreshes the runs, the invoices it pays and the AP reports', async () => {
    const stale = await staleAfter('payment_run.paid');
    expect(stale).toEqual(
      expect.arrayContaining(['grni', 'aging', 'discounts', 'runs', 'run', 'invoicePayments', 'invoice']),
    );
    // Budgets count approved, scheduled and paid invoices alike: a run moves none of their spend.
    expect(stale).not.toContain('budgets');
    expect(stale).not.toContain('suppliers');
    // Paying an invoice changes nothing a supplier is scored on.
    expect(stale).not.toContain('scorecards');
  });
});
