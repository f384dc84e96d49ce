import { sealAuditLog } from '../core/audit';
import type { Ctx } from '../core/shared/context';

type Logger = {
  info(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
};

export type AuditSealer = { stop(): Promise<void> };

/**
 * Seals the audit log every second (pg-boss schedules by the minute, too coarse for this): a
 * timer in every process that runs jobs. Several processes are harmless: the sealer's try-lock
 * lets one of them seal at a time and the others skip that round. A round starts only after the
 * previous one ended.
 */
export function startAuditSealer(opts: { ctx: Ctx; logger: Logger; everyMs?: number }): AuditSealer {
  const every = opts.everyMs ?? 1000;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;
  let stopped = false;
  let lastFailure = '';

  const round = async () => {
    try {
      const result = await sealAuditLog(opts.ctx);
      if (result.outcome === 'refused')
        opts.logger.error({ problem: result.problem }, 'audit log not sealed');
      const failed = result.publication.failed;
      // A URL that stays down is logged once per distinct error, not every second.
      if (failed && failed.error !== lastFailure) {
        opts.logger.error(
          { checkpointId: failed.id, error: failed.error },
          'audit checkpoint not sent; retrying',
        );
      }
      lastFailure = failed?.error ?? '';
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      if (message !== lastFailure) opts.logger.error({ err }, 'audit sealing failed');
      lastFailure = message;
    }
  };
  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      running = round().finally(() => {
        running = null;
        schedule();
      });
    }, every);
    timer.unref();
  };
  schedule();

  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
