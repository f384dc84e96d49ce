import { AppError } from './errors';

/** Optimistic concurrency: a write must name the version it was based on. */
export function assertVersion(current: number, expected: number): void {
  if (current !== expected) {
    throw new AppError(
      'precondition_failed',
      `This record was changed by someone else (you had version ${expected}, it is now at version ${current}). Reload it and apply your change again.`,
      { meta: { currentVersion: current } },
    );
  }
}
