import type { Db } from '../../db/client';
import type { AuditSeal } from './audit-seal';
import type { Clock } from './clock';

/**
 * Told after a transaction that may have appended domain events has committed: the server wakes
 * the relay (core/events); tests may relay at once. Never called inside a transaction.
 */
export type EventSignal = { committed(): Promise<void> | void };

/**
 * What every use case runs with: the database (or a transaction) and the clock. `baseUrl` is the
 * public address of the web app (config OPENPO_BASE_URL), for links in e-mails; absent in tools
 * and tests that send none, where links fall back to http://localhost:3000. `events` is absent
 * inside a transaction and wherever nothing relays (the relay's backstop still picks events up).
 * `audit` holds the audit seal's keys and publication targets: only sealing and verifying the
 * audit trail need it.
 */
export type Ctx = {
  db: Db;
  clock: Clock;
  baseUrl?: string;
  /** The sender of the e-mails OpenPO composes itself (orders to suppliers): config OPENPO_MAIL_FROM. */
  mailFrom?: string;
  events?: EventSignal;
  audit?: AuditSeal;
};
