import type { Ctx } from '../core/shared/context';
import * as webhooks from '../core/webhooks';
import { startBackgroundLoop } from './background-loop';

type Log = { error(obj: object, msg?: string): void };

/**
 * Sends due webhook deliveries: woken after each relay run (new deliveries) and every few seconds
 * for retries that come due. Every process with jobs runs one; deliveries are claimed with
 * SKIP LOCKED, so two processes never send the same attempt.
 */
export function startWebhookSender(opts: { ctx: Ctx; allowPrivate: boolean; log: Log; intervalMs?: number }) {
  return startBackgroundLoop({
    log: opts.log,
    failure: 'webhook delivery failed',
    ...(opts.intervalMs === undefined ? {} : { intervalMs: opts.intervalMs }),
    work: async () => {
      const run = await webhooks.deliverDueWebhooks(opts.ctx, { allowPrivate: opts.allowPrivate });
      return run.attempted > 0;
    },
  });
}
