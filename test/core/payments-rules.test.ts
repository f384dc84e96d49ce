import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  discountOn,
  groupPayments,
  type Payable,
  paymentMethodFor,
  proposeLines,
  remittanceText,
  reviseLine,
} from '../../src/core/payments/rules';
import { D } from '../../src/core/shared/money';
import { sepaText } from '../../src/domain/payments';

/** The arithmetic of payment runs, pure: discounts, what is proposed, credit notes set off, texts. */

const invoice = (over: Partial<Payable> = {}): Payable => ({
  id: `i-${Math.random()}`,
  kind: 'invoice',
  supplierId: 's1',
  supplierInvoiceNumber: 'A-1',
  currency: 'EUR',
  issueDate: '2026-03-01',
  dueDate: '2026-03-31',
  discountDate: '2026-03-11',
  earlyPaymentDiscountPercent: '2',
  open: '1190',
  ...over,
});
const minor = () => 2;

describe('discounts', () => {
  it('takes the percentage of what is open up to the discount date, rounded to the currency', () => {
    expect(discountOn(invoice(), '2026-03-11', 2)).toBe('23.8');
    expect(discountOn(invoice(), '2026-03-12', 2)).toBe('0');
    // 2 % of 1,234.56 = 24.6912 → 24.69; in yen, no minor units: 2 % of 12,345 = 246.9 → 247.
    expect(discountOn(invoice({ open: '1234.56' }), '2026-03-05', 2)).toBe('24.69');
    expect(discountOn(invoice({ open: '12345', currency: 'JPY' }), '2026-03-05', 0)).toBe('247');
    expect(discountOn(invoice({ earlyPaymentDiscountPercent: null }), '2026-03-05', 2)).toBe('0');
    expect(discountOn(invoice({ kind: 'credit_note' }), '2026-03-05', 2)).toBe('0');
  });

  it('a partial payment drops the discount unless amount and discount settle the invoice', () => {
    const line = { kind: 'invoice' as const, openAmount: '1190', fullDiscount: '23.8' };
    expect(reviseLine(line, '1166.2')).toEqual({ amount: '1166.2', discountAmount: '23.8' });
    expect(reviseLine(line, '500')).toEqual({ amount: '500', discountAmount: '0' });
    expect(reviseLine(line, '1190')).toEqual({ amount: '1190', discountAmount: '0' });
    expect(reviseLine(line, '1190.01')).toEqual({ problem: expect.stringContaining('at most what is open') });
    expect(reviseLine(line, '0')).toEqual({ problem: expect.stringContaining('more than 0') });
    expect(reviseLine({ ...line, kind: 'credit_note' }, '10')).toEqual({
      problem: expect.stringContaining('set off in full'),
    });
  });
});

describe('what a run proposes', () => {
  const opts = {
    paymentDate: '2026-03-05',
    dueBy: '2026-03-05',
    nextRunDate: '2026-03-12',
    minorUnitsOf: minor,
  };

  it('proposes the due and the discount that would be lost, not what can wait', () => {
    const due = invoice({ dueDate: '2026-03-04', discountDate: null, earlyPaymentDiscountPercent: null });
    const losing = invoice({ discountDate: '2026-03-10' });
    const waiting = invoice({ discountDate: '2026-03-20' });
    const lapsed = invoice({ discountDate: '2026-03-01' });
    const lines = proposeLines([due, losing, waiting, lapsed], opts);
    expect(lines.map((l) => [l.invoiceId, l.reason])).toEqual([
      [due.id, 'due'],
      [losing.id, 'discount'],
    ]);
  });

  it('never leaves a supplier with nothing or less to pay: credit notes are set off while something remains', () => {
    const money = fc.integer({ min: 1, max: 500_000 }).map((c) => (c / 100).toFixed(2));
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            kind: fc.constantFrom('invoice', 'credit_note'),
            supplier: fc.constantFrom('s1', 's2'),
            currency: fc.constantFrom('EUR', 'USD'),
            open: money,
            due: fc.boolean(),
            day: fc.integer({ min: 1, max: 28 }),
          }),
          { maxLength: 25 },
        ),
        (rows) => {
          const payables = rows.map((r, i) =>
            invoice({
              id: `p${i}`,
              kind: r.kind as Payable['kind'],
              supplierId: r.supplier,
              currency: r.currency,
              open: r.open,
              issueDate: `2026-02-${String(r.day).padStart(2, '0')}`,
              dueDate: r.due ? '2026-03-01' : '2026-04-30',
              discountDate: null,
              earlyPaymentDiscountPercent: null,
            }),
          );
          const lines = proposeLines(payables, opts);
          // Each payable at most once, and only invoices that are due or credit notes.
          expect(new Set(lines.map((l) => l.invoiceId)).size).toBe(lines.length);
          for (const g of groupPayments(lines)) expect(D(g.amount).greaterThan(0)).toBe(true);
          // What is proposed of each is what is open (no discounts here), signed.
          for (const l of lines) {
            const p = payables.find((x) => x.id === l.invoiceId)!;
            expect(D(l.amount).abs().equals(p.open)).toBe(true);
            expect(D(l.amount).isNegative()).toBe(p.kind === 'credit_note');
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('texts and methods', () => {
  it('writes the supplier’s numbers within 140 characters', () => {
    expect(
      remittanceText(
        [
          { kind: 'invoice', supplierInvoiceNumber: '2026-10417' },
          { kind: 'credit_note', supplierInvoiceNumber: '77' },
        ],
        140,
      ),
    ).toBe('INV 2026-10417, CN 77');
    const many = Array.from({ length: 30 }, (_, i) => ({
      kind: 'invoice' as const,
      supplierInvoiceNumber: `F-${i}`,
    }));
    const text = remittanceText(many, 140);
    expect(text.length).toBeLessThanOrEqual(140);
    expect(text).toMatch(/^INV F-0, INV F-1, .* \+\d+ more$/);
  });

  it('keeps names in the SEPA character set', () => {
    expect(sepaText('Müller & Söhne — «Est» GmbH', 70)).toBe('Muller + Sohne Est GmbH');
    expect(sepaText('Straße', 70)).toBe('Strasse');
    expect(sepaText('a'.repeat(80), 70)).toHaveLength(70);
  });

  it('sends euros to an IBAN by SEPA, up to the SEPA limit; anything else by bank transfer', () => {
    expect(paymentMethodFor('EUR', 'DE89370400440532013000', '100')).toBe('sepa_credit_transfer');
    expect(paymentMethodFor('EUR', 'DE89370400440532013000', '1000000000')).toBe('bank_transfer');
    expect(paymentMethodFor('EUR', null, '100')).toBe('bank_transfer');
    expect(paymentMethodFor('USD', 'DE89370400440532013000', '100')).toBe('bank_transfer');
  });
});
