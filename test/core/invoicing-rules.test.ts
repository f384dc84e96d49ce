import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type ComputedTotals,
  checkStatedTotals,
  computeInvoiceTotals,
  type FreeReceiptLine,
  type InvoicedReceiptLine,
  ledgerEntries,
  matchLines,
  matchOutcome,
  type OrderLineForMatch,
  similarKeys,
  supplierInvoiceKey,
} from '../../src/core/invoicing/rules';
import { D } from '../../src/core/shared/money';
import { bicProblem, ibanProblem } from '../../src/domain/bank-accounts';
import { addDays, dueDates, endOfMonth, type PaymentTerms } from '../../src/domain/payment-terms';

describe('the supplier’s invoice number', () => {
  it('is compared without case, spaces, punctuation and leading zeros', () => {
    expect(supplierInvoiceKey('INV-00042/A')).toBe('INV42A');
    expect(supplierInvoiceKey('inv 42 a')).toBe('INV42A');
    expect(supplierInvoiceKey('2026.000.10')).toBe('202600010');
    expect(supplierInvoiceKey('A-0042')).toBe(supplierInvoiceKey('a42'));
    expect(supplierInvoiceKey('000')).toBe('0');
    expect(supplierInvoiceKey('INV-1023')).not.toBe(supplierInvoiceKey('INV-123'));
  });

  it('normalising twice changes nothing, and spelling never matters', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), (s) => {
        const key = supplierInvoiceKey(s);
        expect(supplierInvoiceKey(key)).toBe(key);
        expect(supplierInvoiceKey(` ${s.toLowerCase()}-`)).toBe(supplierInvoiceKey(s.toUpperCase()));
      }),
    );
  });

  it('numbers one keystroke apart look alike; short or distant ones do not', () => {
    expect(similarKeys('INV1234', 'INV1243')).toBe(true); // swapped
    expect(similarKeys('INV1234', 'INV124')).toBe(true); // dropped
    expect(similarKeys('INV1234', 'INV1235')).toBe(true); // changed
    expect(similarKeys('INV1234', 'INV1256')).toBe(false);
    expect(similarKeys('123', '124')).toBe(false);
  });
});

describe('bank details', () => {
  it('an IBAN needs its country’s length and right check digits; a BIC its shape', () => {
    expect(ibanProblem('DE89 3704 0044 0532 0130 00')).toBeNull();
    expect(ibanProblem('GB82WEST12345698765432')).toBeNull();
    expect(ibanProblem('DE89 3704 0044 0532 0130 01')).toContain('check digits');
    expect(ibanProblem('DE89 3704 0044 0532 0130')).toContain('22 characters');
    expect(ibanProblem('XX89370400440532013000')).toContain('not a country');
    expect(bicProblem('COBADEFFXXX')).toBeNull();
    expect(bicProblem('COBADEFF')).toBeNull();
    expect(bicProblem('COBA DE')).not.toBeNull();
  });
});

describe('an invoice’s arithmetic', () => {
  const doc = {
    lines: [
      // 3 at 12.50 per 1, less a 2.00 line allowance: 35.50 at 19 %.
      {
        quantity: '3',
        unitPrice: '12.50',
        baseQuantity: '1',
        allowancesCharges: [{ charge: false, amount: '2.00' }],
        taxCategory: 'S',
        taxRate: '19',
      },
      // 250 at 4.00 per 100 (a base quantity): 10.00 at 7 %.
      {
        quantity: '250',
        unitPrice: '4.00',
        baseQuantity: '100',
        allowancesCharges: [],
        taxCategory: 'AA',
        taxRate: '7',
      },
      // A negative line: −5.00 at 19 %.
      {
        quantity: '-1',
        unitPrice: '5',
        baseQuantity: '1',
        allowancesCharges: [],
        taxCategory: 'S',
        taxRate: '19',
      },
      // Exempt.
      {
        quantity: '1',
        unitPrice: '20',
        baseQuantity: '1',
        allowancesCharges: [],
        taxCategory: 'E',
        taxRate: '0',
      },
    ],
    // Freight 10.00 at 19 %, a 1.00 discount at 7 %.
    allowancesCharges: [
      { charge: true, amount: '10.00', taxCategory: 'S', taxRate: '19' },
      { charge: false, amount: '1.00', taxCategory: 'AA', taxRate: '7' },
    ],
  };

  it('lines, allowances and charges come to tax subtotals per category and rate, and to the payable amount', () => {
    const t = computeInvoiceTotals(doc, 2);
    expect(t.lineNetAmounts).toEqual(['35.50', '10.00', '-5.00', '20.00']);
    expect(t.lineExtensionAmount).toBe('60.50');
    expect(t.chargeTotal).toBe('10.00');
    expect(t.allowanceTotal).toBe('1.00');
    expect(t.taxExclusiveAmount).toBe('69.50');
    expect(t.taxSubtotals.map((b) => [b.taxCategory, b.taxRate, b.taxableAmount, b.taxAmount])).toEqual([
      ['S', '19', '40.50', '7.70'],
      ['AA', '7', '9.00', '0.63'],
      ['E', '0', '20.00', '0.00'],
    ]);
    expect(t.taxAmount).toBe('8.33');
    expect(t.payableAmount).toBe('77.83');
  });

  it('what a document states of itself is checked to the cent, each total against the figures below it', () => {
    const t = computeInvoiceTotals(doc, 2);
    expect(checkStatedTotals(t, statedFrom(t), 'EUR')).toEqual([]);
    const problems = checkStatedTotals(
      t,
      { ...statedFrom(t), lineNetAmounts: ['35.51'], payableAmount: '77.84' },
      'EUR',
    );
    // The wrong line makes the stated sum of lines disagree with it too; the payable amount is one
    // cent above what the stated figures give.
    expect(problems.map((p) => p.field)).toEqual([
      { kind: 'line', index: 0 },
      { kind: 'lineExtensionAmount' },
      { kind: 'payableAmount' },
    ]);
  });

  it('a category’s tax may be rounded per line by the supplier', () => {
    // Three lines of 0.05 at 19 %: 0.0095 each rounds to 0.01 (per line: 0.03); once: 0.15 × 19 % = 0.03 too.
    // 0.125 rounds differently: two lines of 0.25 at 5 %: per line 0.01 + 0.01; once 0.025 → 0.03.
    const t = computeInvoiceTotals(
      {
        lines: [0, 1].map(() => ({
          quantity: '1',
          unitPrice: '0.25',
          baseQuantity: '1',
          allowancesCharges: [],
          taxCategory: 'S',
          taxRate: '5',
        })),
        allowancesCharges: [],
      },
      2,
    );
    const subtotal = (taxAmount: string) => ({
      taxSubtotals: [{ taxCategory: 'S', taxRate: '5', taxableAmount: '0.50', taxAmount }],
    });
    expect(checkStatedTotals(t, subtotal('0.03'), 'EUR')).toEqual([]);
    expect(checkStatedTotals(t, subtotal('0.02'), 'EUR')).toEqual([]);
    expect(checkStatedTotals(t, subtotal('0.04'), 'EUR')).toHaveLength(1);
  });

  it('any document stating its own figures passes; one cent off anywhere is found', () => {
    const amount = fc.integer({ min: -100_000, max: 1_000_000 }).map((c) => D(c).div(100).toFixed(2));
    const line = fc.record({
      quantity: fc.integer({ min: 1, max: 500 }).map(String),
      unitPrice: amount.map((a) => D(a).abs().toFixed(2)),
      baseQuantity: fc.constantFrom('1', '10', '100'),
      allowancesCharges: fc.array(
        fc.record({
          charge: fc.boolean(),
          amount: fc.integer({ min: 0, max: 5000 }).map((c) => D(c).div(100).toFixed(2)),
        }),
        { maxLength: 2 },
      ),
      taxCategory: fc.constantFrom('S', 'AA', 'Z'),
      taxRate: fc.constantFrom('19', '7', '0'),
    });
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 6 }), fc.nat(4), (lines, which) => {
        const t = computeInvoiceTotals({ lines, allowancesCharges: [] }, 2);
        const stated = statedFrom(t);
        expect(checkStatedTotals(t, stated, 'EUR')).toEqual([]);
        const field = (
          [
            'lineExtensionAmount',
            'taxExclusiveAmount',
            'taxAmount',
            'taxInclusiveAmount',
            'payableAmount',
          ] as const
        )[which]!;
        const off = { ...stated, [field]: D(stated[field]!).plus('0.01').toFixed(2) };
        expect(checkStatedTotals(t, off, 'EUR').length).toBeGreaterThan(0);
      }),
    );
  });
});

function statedFrom(t: ComputedTotals) {
  return {
    lineNetAmounts: t.lineNetAmounts,
    lineExtensionAmount: t.lineExtensionAmount,
    allowanceTotal: t.allowanceTotal,
    chargeTotal: t.chargeTotal,
    taxExclusiveAmount: t.taxExclusiveAmount,
    taxSubtotals: t.taxSubtotals,
    taxAmount: t.taxAmount,
    taxInclusiveAmount: t.taxInclusiveAmount,
    payableAmount: t.payableAmount,
  };
}

describe('payment terms', () => {
  const net30: PaymentTerms = { netDays: 30, basis: 'invoice_date', discountPercent: '2', discountDays: 10 };

  it('count from the invoice date, the end of its month, or the receipt of the goods', () => {
    expect(dueDates(net30, { issueDate: '2026-01-15', receivedOn: null })).toEqual({
      dueDate: '2026-02-14',
      discountDate: '2026-01-25',
    });
    expect(
      dueDates({ ...net30, basis: 'end_of_month' }, { issueDate: '2026-02-10', receivedOn: null }),
    ).toEqual({
      dueDate: '2026-03-30',
      discountDate: '2026-03-10',
    });
    expect(
      dueDates({ ...net30, basis: 'receipt_date' }, { issueDate: '2026-01-15', receivedOn: '2026-01-20' }),
    ).toEqual({
      dueDate: '2026-02-19',
      discountDate: '2026-01-30',
    });
    // Goods received before the invoice: from the invoice date.
    expect(
      dueDates({ ...net30, basis: 'receipt_date' }, { issueDate: '2026-01-15', receivedOn: '2026-01-02' })
        .dueDate,
    ).toBe('2026-02-14');
    expect(
      dueDates(
        { ...net30, discountPercent: null, discountDays: null },
        { issueDate: '2024-02-29', receivedOn: null },
      ),
    ).toEqual({
      dueDate: '2024-03-30',
      discountDate: null,
    });
  });

  it('the discount date is never after the due date, and neither is before the start', () => {
    const iso = fc
      .date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(
        iso,
        fc.option(iso),
        fc.integer({ min: 0, max: 365 }),
        fc.integer({ min: 0, max: 365 }),
        fc.constantFrom('invoice_date', 'end_of_month', 'receipt_date') as fc.Arbitrary<
          PaymentTerms['basis']
        >,
        (issueDate, receivedOn, a, b, basis) => {
          const [discountDays, netDays] = a <= b ? [a, b] : [b, a];
          const d = dueDates(
            { netDays, basis, discountPercent: '2', discountDays },
            { issueDate, receivedOn },
          );
          expect(d.discountDate! <= d.dueDate).toBe(true);
          expect(d.dueDate >= issueDate).toBe(true);
          expect(addDays(endOfMonth(issueDate), 1).endsWith('-01')).toBe(true);
        },
      ),
    );
  });
});

describe('the match ledger', () => {
  const tolerance = {
    price: { percent: '2', absolute: null, explanation: '' },
    quantity: { percent: '5', absolute: null, explanation: '' },
  };

  /**
   * Random receipts (accepted quantities), invoices and credit notes against one order line of 20,
   * matched and written to the ledger as the match does. After every step: no receipt line is
   * invoiced beyond what it accepted or below zero, the ledger adds up to what matched invoices
   * billed, the receipt lines hold exactly the ledger's receipt entries, and what was billed never
   * exceeds what was accepted by more than the quantity tolerance granted.
   */
  it('explains an exception by the invoice’s line, and the order line it bills when the numbers differ', () => {
    const orderLine: OrderLineForMatch = {
      lineNo: 3,
      unitCode: 'EA',
      netUnitPrice: '10',
      taxCategory: 'S',
      taxRate: '19',
      matchType: 'three_way',
      expected: '20',
      accepted: '10',
      consumed: '0',
    };
    const [m] = matchLines(
      [{ lineNo: 1, orderLineNo: 3, quantity: '10', unitPrice: '11', taxCategory: 'S', taxRate: '19' }],
      new Map([[3, orderLine]]),
      new Map([[1, tolerance]]),
      { currency: 'EUR', unitName: () => 'each' },
    );
    expect(m!.status).toBe('exception');
    expect(m!.exceptions[0]!.message).toMatch(/^line 1 \(order line 3\): invoiced 10 each at 11\.00 EUR/);
  });

  it('never consumes accepted quantity twice and always balances', () => {
    type Op = { kind: 'receive' | 'invoice' | 'credit'; quantity: number };
    const op = fc.record({
      kind: fc.constantFrom('receive', 'invoice', 'credit') as fc.Arbitrary<Op['kind']>,
      quantity: fc.integer({ min: 1, max: 8 }),
    });
    fc.assert(
      fc.property(fc.array(op, { maxLength: 25 }), (ops) => {
        const receipts: { id: string; accepted: number; invoiced: number }[] = [];
        let ledger: { receiptId: string | null; variance: boolean; quantity: number }[] = [];
        let billed = 0;
        let granted = 0;
        for (const [i, o] of ops.entries()) {
          const accepted = receipts.reduce((s, r) => s + r.accepted, 0);
          if (o.kind === 'receive') {
            if (accepted + o.quantity <= 20)
              receipts.push({ id: `r${i}`, accepted: o.quantity, invoiced: 0 });
            continue;
          }
          const consumed = ledger.reduce((s, e) => s + e.quantity, 0);
          const line: OrderLineForMatch = {
            lineNo: 1,
            unitCode: 'EA',
            netUnitPrice: '10',
            taxCategory: 'S',
            taxRate: '19',
            matchType: 'three_way',
            expected: '20',
            accepted: String(accepted),
            consumed: String(consumed),
          };
          const q = o.kind === 'credit' ? -o.quantity : o.quantity;
          const [m] = matchLines(
            [
              {
                lineNo: 1,
                orderLineNo: 1,
                quantity: String(q),
                unitPrice: '10',
                taxCategory: 'S',
                taxRate: '19',
              },
            ],
            new Map([[1, line]]),
            new Map([[1, tolerance]]),
            { currency: 'EUR', unitName: () => 'each' },
          );
          if (matchOutcome([m!], []) !== 'matched') continue;
          const free: FreeReceiptLine[] = receipts.map((r) => ({
            receiptId: r.id,
            lineNo: 1,
            free: String(r.accepted - r.invoiced),
          }));
          const invoiced: InvoicedReceiptLine[] = [...receipts]
            .reverse()
            .map((r) => ({ receiptId: r.id, lineNo: 1, invoiced: String(r.invoiced) }));
          const variance = ledger.filter((e) => e.variance).reduce((s, e) => s + e.quantity, 0);
          const entries = ledgerEntries(m!, { free, invoiced, variance: String(variance) });
          for (const e of entries) {
            const qty = Number(e.quantity);
            ledger = [...ledger, { receiptId: e.receiptId, variance: e.variance, quantity: qty }];
            const r = receipts.find((x) => x.id === e.receiptId);
            if (r) r.invoiced += qty;
          }
          billed += q;
          if (q > 0) granted += Number(D(Math.max(0, accepted - consumed)).times('0.05'));
          // Invariants.
          for (const r of receipts) {
            expect(r.invoiced).toBeGreaterThanOrEqual(0);
            expect(r.invoiced).toBeLessThanOrEqual(r.accepted);
          }
          const sum = ledger.reduce((s, e) => s + e.quantity, 0);
          expect(sum).toBeCloseTo(billed, 6);
          const onReceipts = ledger.filter((e) => e.receiptId).reduce((s, e) => s + e.quantity, 0);
          expect(onReceipts).toBeCloseTo(
            receipts.reduce((s, r) => s + r.invoiced, 0),
            6,
          );
          const acceptedNow = receipts.reduce((s, r) => s + r.accepted, 0);
          expect(billed).toBeLessThanOrEqual(acceptedNow + granted + 1e-9);
          expect(ledger.filter((e) => e.variance).reduce((s, e) => s + e.quantity, 0)).toBeGreaterThanOrEqual(
            -1e-9,
          );
        }
      }),
      { numRuns: 300 },
    );
  });
});
