import * as dispatch from '../core/dispatch';
import type { Ctx } from '../core/shared/context';
import { startBackgroundLoop } from './background-loop';

type Log = { error(obj: object, msg?: string): void };

/**
 * Prepares the sends to suppliers that requests recorded (core/dispatch prepareDispatches): woken
 * when the relay saw an order sent, cancelled or closed, and every few seconds for a send whose
 * rendering failed or whose process stopped before preparing it. After a round that prepared
 * something (or gave a send up), `prepared` hands the new e-mails to delivery. A round with a
 * failed render ends the run: the send is tried again at the next wake-up, not at once.
 */
export function startDispatchPreparer(opts: {
  ctx: Ctx;
  render: dispatch.DispatchRenderer;
  log: Log;
  prepared: () => Promise<void>;
  intervalMs?: number;
}) {
  return startBackgroundLoop({
    log: opts.log,
    failure: 'preparing sends to suppliers failed',
    ...(opts.intervalMs === undefined ? {} : { intervalMs: opts.intervalMs }),
    work: async () => {
      const run = await dispatch.prepareDispatches(opts.ctx, { render: opts.render });
      if (run.prepared + run.failed > 0) await opts.prepared();
      return run.prepared + run.failed > 0 && run.retried === 0;
    },
  });
}
