import * as dispatch from '../core/dispatch';
import type { Ctx } from '../core/shared/context';

type Log = { error(obj: object, msg?: string): void };

/**
 * Prepares the sends to suppliers that requests recorded (core/dispatch prepareDispatches): woken
 * when the relay saw an order sent, cancelled or closed, and every few seconds for a send whose
 * rendering failed or whose process stopped before preparing it. After a run that prepared
 * something, `prepared` hands the new e-mails to delivery.
 */
export function startDispatchPreparer(opts: {
  ctx: Ctx;
  render: dispatch.DispatchRenderer;
  log: Log;
  prepared: () => Promise<void>;
  intervalMs?: number;
}) {
  let running: Promise<void> | null = null;
  let again = false;
  let stopped = false;
  const runOnce = async () => {
    for (;;) {
      const run = await dispatch.prepareDispatches(opts.ctx, { render: opts.render });
      if (run.prepared + run.failed > 0) await opts.prepared();
      if (run.prepared + run.failed + run.retried === 0 || run.retried > 0 || stopped) return;
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
        opts.log.error({ err }, 'preparing sends to suppliers failed');
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
