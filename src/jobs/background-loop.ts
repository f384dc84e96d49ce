type Log = { error(obj: object, msg?: string): void };

export type BackgroundLoop = {
  /** Run now, or once more right after the run under way. */
  wake(): void;
  stop(): Promise<void>;
};

/**
 * Background work woken by what the process does (`wake()`) and every `intervalMs` for what comes
 * due by itself: `work` runs rounds until it says there is nothing more (returns false); runs never
 * overlap, and a wake-up during a run runs it once more after. A failed run is logged and waits for
 * the next wake-up.
 */
export function startBackgroundLoop(opts: {
  work: () => Promise<boolean>;
  log: Log;
  failure: string;
  intervalMs?: number;
}): BackgroundLoop {
  let running: Promise<void> | null = null;
  let again = false;
  let stopped = false;
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
          while (!stopped && (await opts.work())) {
            // another round: the last one found work
          }
        } while (again && !stopped);
      } catch (err) {
        opts.log.error({ err }, opts.failure);
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
