import os from 'node:os';
import { Piscina } from 'piscina';
import type { DispatchRenderer } from '../core/dispatch';
import type { ScorecardReviewRenderer } from '../core/evaluation';

export type RenderPool = {
  render: DispatchRenderer;
  renderScorecardReview: ScorecardReviewRenderer;
  stop(): Promise<void>;
};

/**
 * Worker threads that render what is sent to suppliers (an order's PDF, UBL and message; a
 * scorecard's PDF and message): tens of milliseconds of CPU each, which on the request's thread
 * would hold up every other request meanwhile. One thread per core but one (at least one, at most
 * four); started on the first render, then kept, so each keeps its decoded fonts. They run at a
 * lower scheduling priority than the rest of the process.
 */
export function startRenderPool(opts: { threads?: number } = {}): RenderPool {
  const threads = opts.threads ?? Math.max(1, Math.min(4, os.availableParallelism() - 1));
  let pool: Piscina | null = null;
  const started = () => {
    pool ??= new Piscina({
      filename: new URL('./render-worker.mjs', import.meta.url).href,
      minThreads: threads,
      maxThreads: threads,
      // Below the threads that answer requests: rendering is background work, and on a busy
      // machine it waits rather than slowing every request down (Linux: nice 10).
      niceIncrement: 10,
    });
    return pool;
  };
  return {
    render: (content, message) => started().run({ kind: 'dispatch', content, message }),
    renderScorecardReview: (content, message) =>
      started().run({ kind: 'scorecard_review', content, message }),
    async stop() {
      await pool?.destroy();
      pool = null;
    },
  };
}
