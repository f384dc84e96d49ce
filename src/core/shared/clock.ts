/** The one source of "now", so tests can move time (session expiry, throttling windows). */
export type Clock = { now(): Date };

export const systemClock: Clock = { now: () => new Date() };

export function fixedClock(start: Date): Clock & { advance(ms: number): void; set(d: Date): void } {
  let t = start.getTime();
  return {
    now: () => new Date(t),
    advance(ms: number) {
      t += ms;
    },
    set(d: Date) {
      t = d.getTime();
    },
  };
}

/**
 * The system's time moved by an offset that can be changed while the process runs: the browser
 * journeys' server (OPENPO_TEST_CLOCK) lets a journey see what happens days later, such as a
 * delivery turning late. Never used otherwise.
 */
export type AdjustableClock = Clock & { set(d: Date | null): void };

export function adjustableClock(): AdjustableClock {
  let offset = 0;
  return {
    now: () => new Date(Date.now() + offset),
    set(d: Date | null) {
      offset = d ? d.getTime() - Date.now() : 0;
    },
  };
}

/** ISO date (YYYY-MM-DD) of an instant, in UTC. */
export function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}
