import PgBoss from 'pg-boss';
import type { AppConfig } from '../config';
import * as approvals from '../core/approvals';
import * as dispatch from '../core/dispatch';
import * as evaluation from '../core/evaluation';
import * as notifications from '../core/notifications';
import * as purchaseOrders from '../core/purchase-orders';
import * as reporting from '../core/reporting';
import type { Ctx } from '../core/shared/context';
import * as webhooks from '../core/webhooks';
import type { Database } from '../db/client';
import { type AuditSealer, startAuditSealer } from './audit-sealer';
import { startDispatchPreparer } from './dispatch-preparer';
import { type EventRelay, startEventRelay } from './event-relay';
import { createEmailTransport } from './mailer';
import { startRenderPool } from './render-pool';
import { startScorecardReviewPreparer } from './scorecard-review-preparer';
import { startWebhookSender } from './webhook-sender';

/**
 * Background work on pg-boss, in the same database (no extra broker). Jobs survive restarts,
 * run at least once, and every handler is idempotent:
 * - the event relay (event-relay.ts): woken after every commit that appended domain events, and
 *   by `events-relay` every minute as a backstop; it hands events to their consumers
 *   (notifications …) and then hands queued e-mails to delivery;
 * - the webhook sender (webhook-sender.ts): every 5 seconds and after each relay run, sends the
 *   deliveries that are due, outside any transaction;
 * - the dispatch preparer (dispatch-preparer.ts): after a relay run that saw an order sent,
 *   cancelled or closed, and every 5 seconds, renders the sends requests recorded (PDF, UBL,
 *   message) in a worker thread (render-pool.ts), keeps them and hands their e-mails to delivery;
 * - the scorecard review preparer (scorecard-review-preparer.ts): the same for scorecards e-mailed to
 *   suppliers for a review (the PDF and message), after a relay run that saw one sent;
 * - `approvals-escalate` (every minute): reminders and escalation of waiting approval steps;
 * - `email-sweep` (every minute): hands queued, untried e-mails to delivery;
 * - `order-state-counts-fold` (every minute): folds the rows the order-state trigger appended
 *   into one per status and department (the home page's "orders by state" sums them), and the
 *   spend month totals' rows into one per month (the home page's spend chart sums them);
 * - `delivery-tracking-reminders` (every 15 minutes): tells buyers of lines turned at risk or late
 *   and reminds suppliers of deliveries due and answers overdue, once per order, reason and day;
 * - `evaluation-rebuild` (every minute, and at start): scores every sent order again when the
 *   scorecard settings say the facts were not built with them (an upgrade, new grace or response
 *   days), and scores again the orders whose answer fell due since its last run;
 * - `evaluation-grade-review` (hourly): asks a supplier's buyers to review it when its scorecard
 *   grade dropped a band or fell below the warning grade;
 * - `email-deliver` (one job per message): sends it; a failure is retried with backoff by
 *   pg-boss, and the message is given up as `failed` after its fifth attempt; while the mail server
 *   is unavailable (unreachable, a temporary 4xx answer) attempts do not count and the message is
 *   tried again every EMAIL_DEFER_SECONDS until the server takes it;
 * - the audit sealer (every second, a timer: see audit-sealer.ts), when the process has the
 *   audit seal's key.
 */
export const QUEUES = {
  relay: 'events-relay',
  escalate: 'approvals-escalate',
  sweep: 'email-sweep',
  deliver: 'email-deliver',
  fold: 'order-state-counts-fold',
  tracking: 'delivery-tracking-reminders',
  scores: 'evaluation-rebuild',
  grades: 'evaluation-grade-review',
} as const;

/** While the mail server is unavailable, each waiting e-mail is tried again this often. */
export const EMAIL_DEFER_SECONDS = 20;

export type JobsLogger = {
  info(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
};

export type Jobs = {
  boss: PgBoss;
  /** Runs the e-mail sweep now (after something queued e-mails), instead of at the next minute. */
  kickDelivery(): Promise<void>;
  /** The event relay: `wake()` after a commit that appended events. */
  relay: EventRelay;
  stop(): Promise<void>;
};

const silent: JobsLogger = { info: () => undefined, error: () => undefined };

export async function startJobs(opts: {
  database: Database;
  config: Pick<AppConfig, 'smtpUrl' | 'mailFrom' | 'outboxDir'> &
    Partial<Pick<AppConfig, 'webhooksAllowPrivate'>>;
  ctx: Ctx;
  logger?: JobsLogger;
  /** Install the every-minute schedules and the sealer (default true; tests drive the queues by hand). */
  schedule?: boolean;
}): Promise<Jobs> {
  const log = opts.logger ?? silent;
  const boss = new PgBoss({
    ...opts.database.jobsConnection(),
    application_name: 'openpo-jobs',
    schedule: opts.schedule ?? true,
    maintenanceIntervalSeconds: 30,
  } as PgBoss.ConstructorOptions);
  boss.on('error', (err) => log.error({ err }, 'job queue error'));
  await boss.start();

  // Each queue's settings, also applied to a queue an earlier version created. The every-minute
  // jobs are `short`: at most one waits, and a new one may start while another is still active.
  // Running two at once is harmless (the relay and the sealer lock, escalation skips locked steps,
  // deliveries are keyed by message), and a job whose completion the database did not record (it
  // went away at that moment) must not hold its queue until it expires. A job is given up (and may
  // run again) when it has not finished within its expiry; maintenance looks every 30 seconds.
  const queues: PgBoss.Queue[] = [
    { name: QUEUES.relay, policy: 'short', retryLimit: 0, expireInSeconds: 60 },
    { name: QUEUES.escalate, policy: 'short', retryLimit: 0, expireInSeconds: 120 },
    { name: QUEUES.sweep, policy: 'short', retryLimit: 0, expireInSeconds: 60 },
    { name: QUEUES.fold, policy: 'short', retryLimit: 0, expireInSeconds: 60 },
    { name: QUEUES.tracking, policy: 'short', retryLimit: 0, expireInSeconds: 300 },
    { name: QUEUES.scores, policy: 'short', retryLimit: 0, expireInSeconds: 3600 },
    { name: QUEUES.grades, policy: 'short', retryLimit: 0, expireInSeconds: 600 },
    // Deliveries are 'short' too (one waiting job per message), not 'stately': a stately queue
    // fetches a batch that holds a waiting job whose message also has an active job (a delivery
    // whose completion was lost to a database restart) as a unique violation that pg-boss takes
    // for "nothing to do", and then every e-mail waits until the lost job expires. Two deliveries
    // of one message do not send it twice: each claims the row first (deliverEmailMessage).
    {
      name: QUEUES.deliver,
      policy: 'short',
      retryLimit: notifications.MAX_EMAIL_ATTEMPTS - 1,
      retryDelay: 30,
      retryBackoff: true,
      // A batch of 10 SMTP sends, each 30 s at most (connection 10 s, socket 20 s).
      expireInSeconds: 300,
    },
  ];
  for (const queue of queues) {
    await boss.createQueue(queue.name, queue);
    await boss.updateQueue(queue.name, queue);
  }

  const transport = createEmailTransport(opts.config);
  const kickDelivery = async () => {
    await boss.send(QUEUES.sweep, {});
  };
  const webhookSender = startWebhookSender({
    ctx: opts.ctx,
    allowPrivate: opts.config.webhooksAllowPrivate ?? false,
    log,
  });
  const renderPool = startRenderPool();
  const preparer = startDispatchPreparer({
    ctx: opts.ctx,
    render: renderPool.render,
    log,
    prepared: kickDelivery,
  });
  const reviewPreparer = startScorecardReviewPreparer({
    ctx: opts.ctx,
    render: renderPool.renderScorecardReview,
    log,
    prepared: kickDelivery,
  });
  const relay = startEventRelay({
    ctx: opts.ctx,
    log,
    // Consumers queue e-mails and webhook deliveries in the relay's transaction: send them now.
    afterRun: async (run) => {
      if (run.queued.includes(webhooks.WEBHOOK_DELIVERIES_QUEUED)) webhookSender.wake();
      if (run.queued.includes(dispatch.DISPATCHES_QUEUED)) preparer.wake();
      if (run.queued.includes(evaluation.SCORECARD_REVIEWS_QUEUED)) reviewPreparer.wake();
      // Whatever committed with the events may have queued e-mails (notifications, an order sent to
      // its supplier, an invitation): hand them to delivery now rather than at the next sweep.
      if (run.relayed > 0) await kickDelivery();
    },
  });
  await boss.work(QUEUES.relay, async () => relay.runNow());

  await boss.work(QUEUES.escalate, async () => {
    const run = await approvals.runApprovalEscalations(opts.ctx);
    if (run.reminded + run.escalated > 0) {
      log.info(run, 'approval reminders and escalations sent');
      relay.wake();
    }
    return run;
  });

  await boss.work(QUEUES.tracking, async () => {
    const run = await dispatch.runTrackingReminders(opts.ctx);
    if (run.buyersTold + run.suppliersReminded > 0) {
      log.info(run, 'delivery tracking: buyers told, suppliers reminded');
      await kickDelivery();
    }
    return run;
  });

  await boss.work(QUEUES.scores, async () => {
    const run = await evaluation.rebuildScoresIfNeeded(opts.ctx);
    if (run.rebuilt) log.info(run, 'supplier scores computed again from every sent order');
    const due = await evaluation.sweepDueResponses(opts.ctx);
    return { ...run, responsesDue: due.orders };
  });

  await boss.work(QUEUES.grades, async () => {
    const review = await evaluation.reviewGrades(opts.ctx);
    if (review.dropped.length > 0) {
      log.info({ dropped: review.dropped.length }, 'supplier grades dropped: buyers asked to review');
      await kickDelivery();
    }
    return { reviewed: review.reviewed, dropped: review.dropped.length };
  });

  await boss.work(QUEUES.sweep, async () => {
    const ids = await notifications.listUndeliveredEmailIds(opts.ctx, { limit: 500 });
    for (const id of ids) await boss.send(QUEUES.deliver, { id }, { singletonKey: id });
    return { queued: ids.length };
  });

  await boss.work(QUEUES.fold, async () => ({
    ...(await purchaseOrders.foldPurchaseOrderStateCounts(opts.ctx)),
    spendMonths: (await reporting.foldSpendMonthTotals(opts.ctx)).folded,
    spendCategoryMonths: (await reporting.foldSpendCategoryMonths(opts.ctx)).folded,
  }));

  // Up to 10 messages a fetch, looked for every second: a burst of e-mails goes out at the mail
  // server's pace, not one per polling interval. Each job ends on its own: a refused message fails
  // alone (pg-boss retries it with backoff), the rest of the batch completes.
  await boss.work<{ id: string }>(
    QUEUES.deliver,
    { batchSize: 10, pollingIntervalSeconds: 1 },
    async (jobs) => {
      let serverDown: string | null = null;
      for (const job of jobs) {
        const result: notifications.DeliveryOutcome = serverDown
          ? { outcome: 'deferred', error: serverDown }
          : await notifications.deliverEmailMessage(opts.ctx, { id: job.data.id, transport });
        if (result.outcome === 'deferred') {
          // The mail server is unavailable: this message and the rest of the batch wait, without
          // counting an attempt, and are tried again in EMAIL_DEFER_SECONDS (a job of their own,
          // so they do not wait for the next sweep).
          if (!serverDown) log.info({ error: result.error }, 'mail server unavailable; e-mails wait');
          serverDown = result.error;
          await boss.send(
            QUEUES.deliver,
            { id: job.data.id },
            { singletonKey: job.data.id, startAfter: EMAIL_DEFER_SECONDS },
          );
        } else if (result.outcome === 'retry') {
          // pg-boss retries this job later with backoff; the row keeps the attempt count and error.
          await boss.fail(QUEUES.deliver, job.id, { message: `e-mail ${job.data.id}: ${result.error}` });
        } else if (result.outcome === 'failed') {
          log.error({ emailId: job.data.id, error: result.error }, 'e-mail given up');
        }
      }
    },
  );

  if (opts.schedule ?? true) {
    await boss.schedule(QUEUES.relay, '* * * * *');
    await boss.schedule(QUEUES.escalate, '* * * * *');
    await boss.schedule(QUEUES.sweep, '* * * * *');
    await boss.schedule(QUEUES.fold, '* * * * *');
    await boss.schedule(QUEUES.tracking, '*/15 * * * *');
    await boss.schedule(QUEUES.scores, '* * * * *');
    await boss.schedule(QUEUES.grades, '17 * * * *');
    await boss.send(QUEUES.scores, {});
  }
  const sealer: AuditSealer | null =
    (opts.schedule ?? true) && opts.ctx.audit ? startAuditSealer({ ctx: opts.ctx, logger: log }) : null;

  // Events committed while no relay ran (seeding, a crash after a commit) leave now, and sends
  // recorded before a stop are prepared.
  relay.wake();
  preparer.wake();
  reviewPreparer.wake();

  let stopped = false;
  return {
    boss,
    kickDelivery,
    relay,
    async stop() {
      if (stopped) return;
      stopped = true;
      await relay.stop();
      await preparer.stop();
      await reviewPreparer.stop();
      await renderPool.stop();
      await webhookSender.stop();
      await sealer?.stop();
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
    },
  };
}
