import type { Actor } from '../shared/actor';
import { recordAudit } from '../shared/audit';
import type { Ctx } from '../shared/context';
import { AppError, FieldErrors } from '../shared/errors';
import { inTransaction, recordEvents } from '../shared/events';
import { newId } from '../shared/ids';
import { assertVersion } from '../shared/versioning';
import { isKnownPattern } from './event-catalogue';
import * as repo from './repository';
import { newWebhookSecret, urlProblem } from './rules';
import { ForbiddenTargetError, resolveTarget } from './send-webhook';
import { toEndpoint, type WebhookEndpoint, type WebhookEndpointWithSecret } from './webhook-endpoint';

/**
 * Registering and changing webhook endpoints (administrators). An endpoint must be an https URL
 * whose host resolves to public addresses only, unless the operator allows private targets
 * (OPENPO_WEBHOOKS_ALLOW_PRIVATE); it subscribes to known event types. Its secret is shown once,
 * when it is created or rotated; after a rotation the previous secret keeps signing for an overlap
 * window so the receiver can switch without losing a delivery.
 */
export type WebhookEndpointInput = { url: string; description?: string; eventTypes: string[] };

async function assertEndpointInput(
  input: Partial<WebhookEndpointInput>,
  allowPrivate: boolean,
): Promise<void> {
  const errors = new FieldErrors();
  if (input.url !== undefined) {
    const problem = urlProblem(input.url, allowPrivate);
    if (problem) errors.add('url', problem);
    else {
      try {
        await resolveTarget(new URL(input.url).hostname, allowPrivate);
      } catch (err) {
        if (!(err instanceof ForbiddenTargetError)) throw err;
        errors.add('url', err.message);
      }
    }
  }
  if (input.eventTypes !== undefined) {
    if (input.eventTypes.length === 0) errors.add('eventTypes', 'must name at least one event type, or *');
    input.eventTypes.forEach((t, i) => {
      if (!isKnownPattern(t))
        errors.add(`eventTypes[${i}]`, `"${t}" is not an event type (see GET /webhooks/event-types)`);
    });
  }
  errors.throwIfAny();
}

export async function createWebhookEndpoint(
  ctx: Ctx,
  opts: { actor: Actor; input: WebhookEndpointInput; allowPrivate: boolean },
): Promise<WebhookEndpointWithSecret> {
  await assertEndpointInput(opts.input, opts.allowPrivate);
  const now = ctx.clock.now();
  const secret = newWebhookSecret();
  return inTransaction(ctx, async (tx) => {
    const row = await repo.insertEndpoint(tx.db, {
      id: newId(now.getTime()),
      url: opts.input.url,
      description: opts.input.description?.trim() ?? '',
      eventTypes: [...new Set(opts.input.eventTypes)],
      secret,
      createdBy: opts.actor.userId,
      createdAt: now,
      updatedAt: now,
    });
    await recordAudit(tx.db, tx.clock, {
      actor: opts.actor,
      entityType: 'webhook_endpoint',
      entityId: row.id,
      action: 'create',
      changes: {
        url: { before: null, after: row.url },
        eventTypes: { before: null, after: row.eventTypes },
      },
    });
    return { ...toEndpoint(row, now), secret };
  });
}

async function changeEndpoint(
  ctx: Ctx,
  opts: { actor: Actor; id: string; version: number; action: string; reason?: string | null },
  change: (row: repo.EndpointRow, now: Date) => Partial<repo.EndpointInsert>,
): Promise<repo.EndpointRow> {
  return inTransaction(ctx, async (tx) => {
    const row = await repo.findEndpoint(tx.db, opts.id, { forUpdate: true });
    if (!row) throw AppError.notFound('Webhook endpoint', opts.id);
    assertVersion(row.version, opts.version);
    const now = tx.clock.now();
    const patch = change(row, now);
    const updated = await repo.updateEndpoint(tx.db, row.id, row.version, { ...patch, updatedAt: now });
    if (!updated) throw AppError.conflict('The webhook endpoint changed while saving; reload and try again.');
    const changes: Record<string, { before: unknown; after: unknown }> = {};
    for (const key of ['url', 'description', 'eventTypes', 'active'] as const) {
      if (JSON.stringify(row[key]) !== JSON.stringify(updated[key]))
        changes[key] = { before: row[key], after: updated[key] };
    }
    if (patch.secret)
      changes.secret = { before: `…${row.secret.slice(-4)}`, after: `…${updated.secret.slice(-4)}` };
    await recordAudit(tx.db, tx.clock, {
      actor: opts.actor,
      entityType: 'webhook_endpoint',
      entityId: row.id,
      action: opts.action,
      changes,
      reason: opts.reason ?? null,
    });
    return updated;
  });
}

export async function updateWebhookEndpoint(
  ctx: Ctx,
  opts: {
    actor: Actor;
    id: string;
    version: number;
    input: Partial<WebhookEndpointInput> & { active?: boolean };
    allowPrivate: boolean;
  },
): Promise<WebhookEndpoint> {
  await assertEndpointInput(opts.input, opts.allowPrivate);
  const row = await changeEndpoint(ctx, { ...opts, action: 'update' }, () => ({
    ...(opts.input.url !== undefined ? { url: opts.input.url } : {}),
    ...(opts.input.description !== undefined ? { description: opts.input.description.trim() } : {}),
    ...(opts.input.eventTypes !== undefined ? { eventTypes: [...new Set(opts.input.eventTypes)] } : {}),
    ...(opts.input.active !== undefined ? { active: opts.input.active } : {}),
  }));
  return toEndpoint(row, ctx.clock.now());
}

export const MAX_OVERLAP_HOURS = 168;

/** A new secret; the previous one keeps signing for `overlapHours` (default 24, at most a week). */
export async function rotateWebhookSecret(
  ctx: Ctx,
  opts: { actor: Actor; id: string; version: number; overlapHours?: number },
): Promise<WebhookEndpointWithSecret> {
  const hours = opts.overlapHours ?? 24;
  if (!Number.isInteger(hours) || hours < 0 || hours > MAX_OVERLAP_HOURS)
    throw AppError.field('overlapHours', `must be a whole number of hours from 0 to ${MAX_OVERLAP_HOURS}`);
  const secret = newWebhookSecret();
  const row = await changeEndpoint(
    ctx,
    { ...opts, action: 'rotate_secret', reason: `previous secret valid for ${hours} more hours` },
    (current, now) => ({
      secret,
      previousSecret: hours > 0 ? current.secret : null,
      previousSecretExpiresAt: hours > 0 ? new Date(now.getTime() + hours * 3600_000) : null,
    }),
  );
  return { ...toEndpoint(row, ctx.clock.now()), secret };
}

/** Sends a `webhook.ping` event to this endpoint alone, through the relay like every event. */
export async function pingWebhookEndpoint(
  ctx: Ctx,
  opts: { actor: Actor; id: string },
): Promise<{ eventType: 'webhook.ping' }> {
  await inTransaction(ctx, async (tx) => {
    const row = await repo.findEndpoint(tx.db, opts.id);
    if (!row) throw AppError.notFound('Webhook endpoint', opts.id);
    if (!row.active)
      throw AppError.conflict('This endpoint is disabled; enable it before sending a test event.');
    await recordEvents(tx.db, tx.clock, [
      {
        type: 'webhook.ping',
        subject: { type: 'webhook_endpoint', id: row.id },
        actor: opts.actor,
        payload: { endpointId: row.id, message: 'A test event sent from OpenPO.' },
      },
    ]);
  });
  return { eventType: 'webhook.ping' };
}
