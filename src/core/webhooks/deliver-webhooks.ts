import type { EventConsumer } from '../events';
import type { Ctx } from '../shared/context';
import { newId } from '../shared/ids';
import * as repo from './repository';
import { nextAttemptAt, signatureHeader, wantsEvent } from './rules';
import { type SendResult, sendWebhook } from './send-webhook';
import { signingSecrets } from './webhook-endpoint';

/**
 * The event consumer of webhooks: for each event, a delivery row for every active endpoint that
 * subscribed to its type (a `webhook.ping` only for the endpoint it tests). It only writes rows,
 * in the relay's transaction; sending happens after the commit (deliverDueWebhooks).
 */
/** What the webhook consumer reports to the relay (RelayBatch.queued) when it queued deliveries. */
export const WEBHOOK_DELIVERIES_QUEUED = 'webhook-deliveries';

export const webhookDeliveries: EventConsumer = {
  name: 'webhooks',
  accepts: () => true,
  async handle(ctx, event, batch) {
    const active = await batch.memo('webhooks:active-endpoints', () => repo.activeEndpoints(ctx.db));
    const endpoints = active.filter((e) =>
      event.type === 'webhook.ping'
        ? e.id === event.payload.endpointId
        : wantsEvent(e.eventTypes, event.type),
    );
    if (endpoints.length === 0) return;
    batch.queued(WEBHOOK_DELIVERIES_QUEUED);
    const now = ctx.clock.now();
    await repo.insertDeliveries(
      ctx.db,
      endpoints.map((e) => ({
        id: newId(now.getTime()),
        endpointId: e.id,
        eventSeq: event.seq,
        eventId: event.id,
        eventType: event.type,
        nextAttemptAt: now,
        createdAt: now,
      })),
    );
  },
};

/** The JSON a receiver gets. */
export function deliveryBody(event: {
  id: string;
  seq: number;
  type: string;
  version: number;
  occurredAt: Date;
  subjectType: string;
  subjectId: string;
  payload: Record<string, unknown>;
}): string {
  return JSON.stringify({
    id: event.id,
    sequence: event.seq,
    type: event.type,
    version: event.version,
    occurredAt: event.occurredAt.toISOString(),
    subject: { type: event.subjectType, id: event.subjectId },
    data: event.payload,
  });
}

export type DeliveryRun = { attempted: number; delivered: number; failed: number; retrying: number };

/**
 * Sends the deliveries that are due: claimed in one short statement, sent with no transaction
 * open, and the outcome recorded — a 2xx answer delivers; anything else is tried again with
 * backoff (30 s, 1 min, 5 min … 4 h) until 24 hours after the event, then marked failed. A
 * disabled endpoint's pending deliveries fail at once.
 */
export async function deliverDueWebhooks(
  ctx: Ctx,
  opts: { allowPrivate: boolean; limit?: number; send?: typeof sendWebhook },
): Promise<DeliveryRun> {
  const send = opts.send ?? sendWebhook;
  const run: DeliveryRun = { attempted: 0, delivered: 0, failed: 0, retrying: 0 };
  const claimed = await repo.claimDueDeliveries(ctx.db, ctx.clock.now(), 60_000, opts.limit ?? 50);
  await Promise.all(
    claimed.map(async ({ delivery, endpoint, event }) => {
      run.attempted++;
      let result: SendResult;
      if (!endpoint.active) result = { statusCode: null, error: 'the endpoint is disabled' };
      else if (!event) result = { statusCode: null, error: 'the event is no longer in the log' };
      else {
        const body = deliveryBody(event);
        const timestamp = Math.floor(ctx.clock.now().getTime() / 1000);
        result = await send({
          url: endpoint.url,
          body,
          allowPrivate: opts.allowPrivate,
          headers: {
            'content-type': 'application/json',
            'user-agent': 'OpenPO-Webhooks/1',
            'openpo-event-id': event.id,
            'openpo-event-type': event.type,
            'openpo-delivery-id': delivery.id,
            'openpo-signature': signatureHeader(signingSecrets(endpoint, ctx.clock.now()), timestamp, body),
          },
        });
      }
      const now = ctx.clock.now();
      const ok = result.statusCode !== null && result.statusCode >= 200 && result.statusCode < 300;
      const retryAt =
        ok || !endpoint.active || !event
          ? null
          : nextAttemptAt({ attempts: delivery.attempts, createdAt: delivery.createdAt, now });
      const status = ok ? 'delivered' : retryAt ? 'pending' : 'failed';
      await repo.updateDelivery(ctx.db, delivery.id, {
        status,
        lastAttemptAt: now,
        lastStatusCode: result.statusCode,
        lastError: ok ? null : (result.error ?? `the endpoint answered HTTP ${result.statusCode}`),
        ...(ok ? { deliveredAt: now } : {}),
        ...(retryAt ? { nextAttemptAt: retryAt } : {}),
      });
      if (status === 'delivered') run.delivered++;
      else if (status === 'failed') run.failed++;
      else run.retrying++;
    }),
  );
  return run;
}
