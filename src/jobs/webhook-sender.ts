import type { Ctx } from '../core/shared/context';
import * as webhooks from '../core/webhooks';

type Log = { error(obj: object, msg?: string): void };

/**
 * Sends due webhook deliveries: woken after each relay run (new deliveries) and every few seconds
 * for retries that come due. Every process with jobs runs one; deliveries are claimed with
 * SKIP LOCKED, so two processes never send the same attempt.
 */
export function startWebhookSender(opts: { ctx: Ctx; allowPrivate: boolean; log: Log; intervalMs?: number }) {
  let running: Promise<void> | null = null;
  let again = false;
  let stopped = false;
  const runOnce = async () => {
    for (;;) {
      const run = await webhooks.deliverDueWebhooks(opts.ctx, { allowPrivate: opts.allowPrivate });
      if (run.attempted === 0 || stopped) return;
    }
  };
  const wake = () => {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = (async () => {
      try {
        do {
          again = false;
          await runOnce();
        } while (again && !stopped);
      } catch (err) {
        opts.log.error({ err }, 'webhook delivery failed');
      } finally {
        running = null;
      }
    })();
  };
  const timer = setInterval(wake, opts.intervalMs ?? 5000);
  timer.unref();
  return {
    wake,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
