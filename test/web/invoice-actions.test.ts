import { describe, expect, it } from 'vitest';
import { INVOICE_TRANSITIONS, invoiceTransitionAllowed } from '../../src/core/invoicing/rules';
import { ROLE_PERMISSIONS } from '../../src/core/shared/permissions';
import { INVOICE_STATUSES } from '../../src/domain/invoicing';
import {
  allowedInvoiceActions,
  canEditInvoice,
  isInvoiceOverdue,
} from '../../web/src/features/invoicing/invoice-actions';

/**
 * The invoice page offers what the server would allow: the same statuses per action as the
 * server's transition table, and each action only to a role with its permission.
 */
const everything = () => true;
/** Decided on the variance approval card, by the route's approvers: not page actions. */
const ROUTE_DECISIONS: readonly string[] = ['approve_variance', 'reject_variance'];

describe('the actions an invoice page offers', () => {
  it('start from the statuses the server allows them from', () => {
    for (const status of INVOICE_STATUSES) {
      const offered = allowedInvoiceActions({ status }, everything).sort();
      const allowed = INVOICE_TRANSITIONS.filter(
        (t) => invoiceTransitionAllowed(status, t) && !ROUTE_DECISIONS.includes(t),
      ).sort();
      expect({ status, offered }).toEqual({ status, offered: allowed });
    }
  });

  it('are offered by permission: accounts payable resolves and approves, an auditor only reads', () => {
    const as = (role: keyof typeof ROLE_PERMISSIONS) => (p: string) =>
      (ROLE_PERMISSIONS[role] as readonly string[]).includes(p);
    expect(allowedInvoiceActions({ status: 'exception' }, as('accounts_payable'))).toEqual([
      'accept',
      'request_credit_note',
      'rematch',
      'hold',
      'reject',
      'cancel',
    ]);
    expect(allowedInvoiceActions({ status: 'matched' }, as('finance'))).toContain('approve');
    expect(allowedInvoiceActions({ status: 'exception' }, as('auditor'))).toEqual([]);
    // While accepting its variances waits for approval, neither accept nor rematch is offered.
    expect(
      allowedInvoiceActions(
        { status: 'exception', varianceApproval: { status: 'pending' } },
        as('accounts_payable'),
      ),
    ).toEqual(['request_credit_note', 'hold', 'reject', 'cancel']);
    expect(allowedInvoiceActions({ status: 'exception' }, as('buyer'))).toEqual([]);
  });

  it('offer "Edit draft" for a draft only, to those who enter invoices', () => {
    const as = (role: keyof typeof ROLE_PERMISSIONS) => (p: string) =>
      (ROLE_PERMISSIONS[role] as readonly string[]).includes(p);
    for (const status of INVOICE_STATUSES)
      expect({ status, editable: canEditInvoice({ status }, everything) }).toEqual({
        status,
        editable: status === 'draft',
      });
    expect(canEditInvoice({ status: 'draft' }, as('accounts_payable'))).toBe(true);
    expect(canEditInvoice({ status: 'draft' }, as('auditor'))).toBe(false);
  });

  it('an invoice is overdue after its due date until it is paid, rejected or cancelled', () => {
    const today = '2026-12-06';
    expect(isInvoiceOverdue({ status: 'exception', dueDate: '2026-12-05' }, today)).toBe(true);
    expect(isInvoiceOverdue({ status: 'approved_for_payment', dueDate: '2026-12-05' }, today)).toBe(true);
    expect(isInvoiceOverdue({ status: 'exception', dueDate: '2026-12-06' }, today)).toBe(false);
    for (const status of ['paid', 'rejected', 'cancelled'] as const)
      expect(isInvoiceOverdue({ status, dueDate: '2026-01-01' }, today)).toBe(false);
  });
});
