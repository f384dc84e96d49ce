import type { Db } from '../../db/client';
import type { Clock } from './clock';

/** What every use case runs with: the database (or a transaction) and the clock. */
export type Ctx = { db: Db; clock: Clock };
