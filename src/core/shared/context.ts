import type { Db } from '../../db/client';
import type { AuditSeal } from './audit-seal';
import type { Clock } from './clock';

/**
 * What every use case runs with: the database (or a transaction) and the clock. `baseUrl` is the
 * public address of the web app (config OPENPO_BASE_URL), for links in e-mails; absent in tools
 * and tests that send none, where links fall back to http://localhost:3000. `audit` holds the
 * audit seal's keys and publication targets: only sealing and verifying the audit trail need it.
 */
export type Ctx = { db: Db; clock: Clock; baseUrl?: string; audit?: AuditSeal };
