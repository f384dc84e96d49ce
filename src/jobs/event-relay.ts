import * as approvals from '../core/approvals';
import * as discussion from '../core/discussion';
import * as dispatch from '../core/dispatch';
import * as evaluation from '../core/evaluation';
import { type EventConsumer, type RelayRun, relayCursor, relayEvents } from '../core/events';
import * as invoicing from '../core/invoicing';
import * as payments from '../core/payments';
import type { Ctx } from '../core/shared/context';
import * as webhooks from '../core/webhooks';

/** Every consumer of domain events, in the order each event is handed to them. */
export const EVENT_CONSUMERS: EventConsumer[] = [
  approvals.approvalNotifications,
  discussion.commentNotifications,
  dispatch.autoSendOnApproval,
  dispatch.cancellationNotices,
  dispatch.closureNotices,
  dispatch.dispatchPreparation,
  dispatch.supplierAnswerNotifications,
  dispatch.shipNoticeNotifications,
  dispatch.deliveryTrackingConsumer,
  evaluation.supplierScores,
  evaluation.ratingRequests,
  evaluation.scorecardReviewPreparation,
  invoicing.rematchAfterReceipts,
  payments.sendRemittanceAdvices,
  payments.rejectedPaymentNotices,
  webhooks.webhookDeliveries,
];

export type EventRelay = {
  /** Something committed events: relay them now (or right after the run under way). */
  wake(): void;
  /** Relays until nothing is waiting; resolves with the run's figures. */
  runNow(): Promise<RelayRun>;
  stop(): Promise<void>;
};

type Log = { error(obj: object, msg?: string): void };

/**
 * The in-process side of the relay: woken after every commit that may have appended events
 * (ctx.events), and by the `events-relay` job every minute as a backstop for a process that
 * stopped between a commit and its wake-up. Runs never overlap within a process, and the relay's
 * advisory lock keeps processes from overlapping. A consumer that failed is retried after a pause.
 */
export function startEventRelay(opts: {
  ctx: Ctx;
  consumers?: EventConsumer[];
  log: Log;
  /** Called after a run that handled events (e.g. to hand queued e-mails to delivery). */
  afterRun?: (run: RelayRun) => Promise<void> | void;
  retryMs?: number;
  /**
   * How long a wake-up waits for more commits before the run starts (default 20 ms): under a
   * steady trickle of writes one run relays several events instead of one run per event, for a
   * delay no consumer notices.
   */
  gatherMs?: number;
  /** How often a run looks at every unrelayed event, not only those after its cursor (RelayCursor). */
  fullScanMs?: number;
}): EventRelay {
  const consumers = opts.consumers ?? EVENT_CONSUMERS;
  let running: Promise<RelayRun> | null = null;
  let again = false;
  let stopped = false;
  let retry: NodeJS.Timeout | null = null;
  let gathering: NodeJS.Timeout | null = null;
  const gatherMs = opts.gatherMs ?? 20;

  // Runs go on from where the last one stopped, looking at every unrelayed event once a second.
  const cursor = relayCursor(opts.fullScanMs ?? 1000);
  const once = async (): Promise<RelayRun> => {
    const run = await relayEvents(opts.ctx, { consumers, cursor });
    if (run.relayed > 0 || run.givenUp > 0) await opts.afterRun?.(run);
    if (run.retryLater && !stopped && !retry) {
      retry = setTimeout(() => {
        retry = null;
        wake();
      }, opts.retryMs ?? 5000);
      retry.unref();
    }
    return run;
  };

  const runNow = (): Promise<RelayRun> => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      try {
        let run = await once();
        while (again && !stopped) {
          again = false;
          run = await once();
        }
        return run;
      } finally {
        running = null;
      }
    })();
    return running;
  };

  const start = () => {
    gathering = null;
    if (stopped) return;
    runNow().catch((err: unknown) => opts.log.error({ err }, 'event relay failed'));
  };
  const wake = () => {
    if (stopped || gathering) return;
    if (gatherMs <= 0) return start();
    gathering = setTimeout(start, gatherMs);
  };

  return {
    wake,
    runNow,
    async stop() {
      stopped = true;
      if (retry) clearTimeout(retry);
      if (gathering) clearTimeout(gathering);
      await running?.catch(() => undefined);
    },
  };
}
