import { randomBytes } from 'node:crypto';
import type { AuditKey, AuditSeal } from '../../src/core/shared/audit-seal';

/** A seal key for tests, made on the spot. */
export function testAuditKey(id = 'test-key'): AuditKey {
  return { id, secret: randomBytes(32) };
}

export type MemoryAuditSeal = AuditSeal & {
  /** The published file's lines; `null` while nothing was ever published (no file). */
  lines: string[] | null;
};

/** The audit seal with an in-memory key and published file. */
export function memoryAuditSeal(opts: Partial<AuditSeal> = {}): MemoryAuditSeal {
  const seal: MemoryAuditSeal = {
    keys: opts.keys ?? [testAuditKey()],
    lines: null,
    file: {
      location: 'memory://audit-checkpoints.jsonl',
      async append(lines) {
        seal.lines = [...(seal.lines ?? []), ...lines];
      },
      async read() {
        const snapshot = seal.lines === null ? null : [...seal.lines];
        if (snapshot === null) return null;
        return (async function* () {
          yield* snapshot;
        })();
      },
    },
    ...(opts.send ? { send: opts.send } : {}),
    ...(opts.email ? { email: opts.email } : {}),
  };
  return seal;
}
