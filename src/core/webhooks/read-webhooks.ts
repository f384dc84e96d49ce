import type { Ctx } from '../shared/context';
import { AppError } from '../shared/errors';
import { decodeListCursor, type Page, pageOf } from '../shared/pagination';
import { EVENT_TYPES } from './event-catalogue';
import * as repo from './repository';
import { toDelivery, toEndpoint, type WebhookDelivery, type WebhookEndpoint } from './webhook-endpoint';

export async function listWebhookEndpoints(ctx: Ctx): Promise<WebhookEndpoint[]> {
  const now = ctx.clock.now();
  return (await repo.listEndpoints(ctx.db)).map((r) => toEndpoint(r, now));
}

export async function getWebhookEndpoint(ctx: Ctx, opts: { id: string }): Promise<WebhookEndpoint> {
  const row = await repo.findEndpoint(ctx.db, opts.id);
  if (!row) throw AppError.notFound('Webhook endpoint', opts.id);
  return toEndpoint(row, ctx.clock.now());
}

export function listEventTypes(): readonly string[] {
  return EVENT_TYPES;
}

/** The delivery log of an endpoint, newest first. */
export async function listWebhookDeliveries(
  ctx: Ctx,
  opts: { id: string; limit: number; cursor?: string },
): Promise<Page<WebhookDelivery>> {
  await getWebhookEndpoint(ctx, { id: opts.id });
  const c = decodeListCursor(opts.cursor, { k: 'timestamp' });
  const rows = await repo.listDeliveries(
    ctx.db,
    opts.id,
    c ? { at: new Date(String(c.k)), id: c.id } : undefined,
    opts.limit + 1,
  );
  const page = pageOf(rows, opts.limit, (r) => ({ k: r.createdAt.toISOString(), id: r.id }));
  return { items: page.items.map(toDelivery), nextCursor: page.nextCursor };
}

/** Tries a delivery again now (a failed one gets one more attempt, a pending one goes first). */
export async function redeliverWebhook(
  ctx: Ctx,
  opts: { endpointId: string; deliveryId: string },
): Promise<WebhookDelivery> {
  const row = await repo.findDelivery(ctx.db, opts.endpointId, opts.deliveryId);
  if (!row) throw AppError.notFound('Webhook delivery', opts.deliveryId);
  if (row.status === 'delivered')
    throw AppError.conflict('This delivery was already accepted by the endpoint; nothing to send again.');
  const now = ctx.clock.now();
  await repo.updateDelivery(ctx.db, row.id, { status: 'pending', nextAttemptAt: now });
  return toDelivery({ ...row, status: 'pending', nextAttemptAt: now });
}
