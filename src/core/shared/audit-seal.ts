/**
 * What sealing and verifying the audit trail need from outside the database (docs/audit.md):
 * the keys, which never enter the database, and the places checkpoints are published. Writing an
 * audit entry needs none of it; a process or tool without it still records entries.
 */

/** A seal key: its id is recorded with each checkpoint it signs, its secret only here. */
export type AuditKey = { id: string; secret: Buffer };

/** The published copy of the checkpoints outside the database: one JSON line each, appended. */
export type CheckpointFile = {
  /** Where the copy is, for messages (a file path). */
  location: string;
  append(lines: readonly string[]): Promise<void>;
  /**
   * The lines written so far, fixed when called: lines appended afterwards are not read. Null when
   * nothing was ever published there (no file).
   */
  read(): Promise<AsyncIterable<string> | null>;
};

export type AuditSeal = {
  /** The first key signs new checkpoints; every key verifies the checkpoints signed with it. */
  keys: readonly AuditKey[];
  file: CheckpointFile;
  /** Sends one checkpoint (its JSON line) to the configured URL; throws when it was not accepted. */
  send?: (body: string) => Promise<void>;
  /** Address that receives the newest checkpoint by e-mail, at most once an hour. */
  email?: string;
};
