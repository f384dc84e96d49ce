import * as dispatch from '../dispatch';
import type { EventConsumer } from '../events';
import * as invoicing from '../invoicing';
import type { Ctx } from '../shared/context';
import { D, normalize } from '../shared/money';
import { maskAccountNumber } from '../suppliers';
import * as repo from './repository';

/**
 * A confirmed run tells each supplier what it will be paid (a remittance advice): its portal users
 * by notification and e-mail, else its order contacts by e-mail, in their language — the payment
 * date, the amount, the account, and per invoice what is paid and the discount taken, with the
 * credit notes set off. Runs in the relay's transaction; a replayed event is handled once by the
 * relay's consumption record.
 */
export const sendRemittanceAdvices: EventConsumer = {
  name: 'payments-remittance',
  accepts: (type) => type === 'payment_run.confirmed' || type === 'payment_run.cancelled',
  async handle(ctx, event) {
    const run = await repo.findRun(ctx.db, event.subjectId);
    if (!run) return;
    if (event.type === 'payment_run.cancelled') {
      // A draft told nobody anything; a confirmed run announced its payments: withdraw them.
      if (event.payload.previousStatus === 'confirmed') await withdrawRemittanceAdvices(ctx, run);
      return;
    }
    const [payments, lines] = await Promise.all([
      repo.paymentsOf(ctx.db, run.id),
      repo.linesOf(ctx.db, run.id),
    ]);
    const invoices = new Map(
      (await invoicing.findPayableInvoices(ctx, { ids: lines.map((l) => l.invoiceId) })).map((i) => [
        i.id,
        i,
      ]),
    );
    for (const payment of payments.filter((p) => p.status === 'scheduled' || p.status === 'paid')) {
      const paid = lines.filter((l) => l.paymentId === payment.id);
      await dispatch.tellSupplier(ctx, {
        supplierId: payment.supplierId,
        kind: 'remittance_advice',
        link: '/portal/invoices',
        document: { type: 'payment', id: payment.id },
        message: (i18n) => ({
          title: i18n._({
            id: 'payments.remittance.title',
            message: 'Payment {number}: {amount} {currency} on {date}',
            values: {
              number: payment.number,
              amount: normalize(payment.amount),
              currency: payment.currency,
              date: run.paymentDate,
            },
          }),
          body: [
            i18n._({
              id: 'payments.remittance.intro',
              message: 'We are paying {amount} {currency} to your account {account} on {date}, for:',
              values: {
                amount: normalize(payment.amount),
                currency: payment.currency,
                account:
                  maskAccountNumber(payment.creditorAccount.iban ?? payment.creditorAccount.accountNumber) ??
                  '',
                date: run.paymentDate,
              },
            }),
            '',
            ...paid.map((l) => {
              const invoice = invoices.get(l.invoiceId);
              const number = invoice?.supplierInvoiceNumber ?? '';
              const order = invoice?.purchaseOrderNumber ?? '';
              if (D(l.amount).isNegative()) {
                return i18n._({
                  id: 'payments.remittance.creditNote',
                  message: '- credit note {number} ({order}): {amount} set off',
                  values: { number, order, amount: normalize(D(l.amount).negated().toFixed()) },
                });
              }
              return D(l.discountAmount).isZero()
                ? i18n._({
                    id: 'payments.remittance.invoice',
                    message: '- invoice {number} ({order}): {amount}',
                    values: { number, order, amount: normalize(l.amount) },
                  })
                : i18n._({
                    id: 'payments.remittance.invoiceDiscount',
                    message:
                      '- invoice {number} ({order}): {amount} (early-payment discount {discount} taken)',
                    values: {
                      number,
                      order,
                      amount: normalize(l.amount),
                      discount: normalize(l.discountAmount),
                    },
                  });
            }),
            '',
            i18n._({
              id: 'payments.remittance.reference',
              message: 'Reference on your statement: {reference}',
              values: { reference: payment.number },
            }),
          ].join('\n'),
        }),
      });
    }
  },
};

/**
 * A confirmed run that is cancelled tells each supplier it announced a payment to that the payment
 * will not be made, and that its invoices stay open for a later run: a supplier that booked the
 * remittance advice must not wait for money that is not coming.
 */
async function withdrawRemittanceAdvices(ctx: Ctx, run: repo.PaymentRunRow): Promise<void> {
  const payments = (await repo.paymentsOf(ctx.db, run.id)).filter((p) => p.status === 'cancelled');
  for (const payment of payments) {
    await dispatch.tellSupplier(ctx, {
      supplierId: payment.supplierId,
      kind: 'remittance_withdrawn',
      link: '/portal/invoices',
      document: { type: 'payment', id: payment.id },
      message: (i18n) => ({
        title: i18n._({
          id: 'payments.remittanceWithdrawn.title',
          message: 'Payment {number} withdrawn: {amount} {currency} will not be paid on {date}',
          values: {
            number: payment.number,
            amount: normalize(payment.amount),
            currency: payment.currency,
            date: run.paymentDate,
          },
        }),
        body: i18n._({
          id: 'payments.remittanceWithdrawn.body',
          message:
            'The payment {number} of {amount} {currency} we announced for {date} will not be made. The invoices it was to pay stay open and will be paid in a later payment run; we will send a new remittance advice then.',
          values: {
            number: payment.number,
            amount: normalize(payment.amount),
            currency: payment.currency,
            date: run.paymentDate,
          },
        }),
      }),
    });
  }
}
