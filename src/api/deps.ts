import type { AppConfig } from '../config';
import type { Ctx } from '../core/shared/context';

/** What route modules are given when registered (never hung on the Fastify instance). */
export type RouteDeps = { ctx: Ctx; config: AppConfig };
