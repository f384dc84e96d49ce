import * as evaluation from '../core/evaluation';
import type { Ctx } from '../core/shared/context';
import { startBackgroundLoop } from './background-loop';

type Log = { error(obj: object, msg?: string): void };

/**
 * Prepares the scorecards buyers e-mailed to suppliers for a review (core/evaluation
 * prepareScorecardReviews): woken when the relay saw one sent, and every few seconds for one whose
 * rendering failed or whose process stopped before preparing it. After a round that prepared
 * something (or gave a review up), `prepared` hands the new e-mails to delivery.
 */
export function startScorecardReviewPreparer(opts: {
  ctx: Ctx;
  render: evaluation.ScorecardReviewRenderer;
  log: Log;
  prepared: () => Promise<void>;
  intervalMs?: number;
}) {
  return startBackgroundLoop({
    log: opts.log,
    failure: 'preparing scorecard reviews failed',
    ...(opts.intervalMs === undefined ? {} : { intervalMs: opts.intervalMs }),
    work: async () => {
      const run = await evaluation.prepareScorecardReviews(opts.ctx, { render: opts.render });
      if (run.prepared + run.failed > 0) await opts.prepared();
      return run.prepared + run.failed > 0 && run.retried === 0;
    },
  });
}
