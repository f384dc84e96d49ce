import type { EventConsumer } from '../events';
import * as identity from '../identity';
import * as notifications from '../notifications';
import { normalize } from '../shared/money';
import * as repo from './repository';

/**
 * A payment the bank rejected is told to accounts payable: the people who proposed and confirmed
 * its run, in the app and by e-mail — its invoices are approved for payment again and wait for the
 * next run, but the supplier's account (a closed one, AC04 …) usually needs a look first. Runs in
 * the relay's transaction; a replayed event is handled once by the relay's consumption record.
 */
export const rejectedPaymentNotices: EventConsumer = {
  name: 'payments-rejected',
  accepts: (type) => type === 'payment.rejected',
  async handle(ctx, event) {
    const payload = event.payload as { paymentRunId?: string };
    const run = payload.paymentRunId ? await repo.findRun(ctx.db, payload.paymentRunId) : undefined;
    if (!run) return;
    const [payment] = (await repo.paymentsOf(ctx.db, run.id)).filter((p) => p.id === event.subjectId);
    if (!payment) return;
    const people = await identity.activeUserIds(ctx, {
      ids: [run.createdBy, run.confirmedBy].filter((id): id is string => !!id),
    });
    await notifications.notify(ctx, {
      userIds: [...people],
      kind: 'payment_rejected',
      link: `/payment-runs/${run.id}`,
      document: { type: 'payment_run', id: run.id },
      message: (i18n) => ({
        title: i18n._({
          id: 'payments.rejected.title',
          message: 'The bank rejected payment {number}',
          values: { number: payment.number },
        }),
        body: i18n._({
          id: 'payments.rejected.body',
          message:
            'Payment {number} of {run} ({amount} {currency}) was not made: {reason}. Its invoices are approved for payment again and the next payment run proposes them; check the supplier’s bank details first.',
          values: {
            number: payment.number,
            run: run.number,
            amount: normalize(payment.amount),
            currency: payment.currency,
            reason: payment.rejectedReason ?? '',
          },
        }),
      }),
    });
  },
};
