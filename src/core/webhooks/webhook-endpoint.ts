import type { DeliveryRow, EndpointRow } from './repository';

/** An endpoint as administrators see it: never its secret, only how it ends. */
export type WebhookEndpoint = {
  id: string;
  url: string;
  description: string;
  eventTypes: string[];
  active: boolean;
  /** The last four characters of the current secret, to tell secrets apart. */
  secretHint: string;
  /** Until when the previous secret still signs, after a rotation. */
  previousSecretExpiresAt: Date | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
};

/** What creating an endpoint or rotating its secret answers: the secret, this once. */
export type WebhookEndpointWithSecret = WebhookEndpoint & { secret: string };

export type WebhookDelivery = {
  id: string;
  endpointId: string;
  eventId: string;
  eventType: string;
  status: DeliveryRow['status'];
  attempts: number;
  nextAttemptAt: Date | null;
  lastAttemptAt: Date | null;
  lastStatusCode: number | null;
  lastError: string | null;
  deliveredAt: Date | null;
  createdAt: Date;
};

export function toEndpoint(row: EndpointRow, now: Date): WebhookEndpoint {
  return {
    id: row.id,
    url: row.url,
    description: row.description,
    eventTypes: row.eventTypes,
    active: row.active,
    secretHint: `…${row.secret.slice(-4)}`,
    previousSecretExpiresAt:
      row.previousSecretExpiresAt && row.previousSecretExpiresAt > now ? row.previousSecretExpiresAt : null,
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export function toDelivery(row: DeliveryRow): WebhookDelivery {
  return {
    id: row.id,
    endpointId: row.endpointId,
    eventId: row.eventId,
    eventType: row.eventType,
    status: row.status,
    attempts: row.attempts,
    nextAttemptAt: row.status === 'pending' ? row.nextAttemptAt : null,
    lastAttemptAt: row.lastAttemptAt,
    lastStatusCode: row.lastStatusCode,
    lastError: row.lastError,
    deliveredAt: row.deliveredAt,
    createdAt: row.createdAt,
  };
}

/** The secrets that sign now: the current one and, inside its overlap window, the previous one. */
export function signingSecrets(row: EndpointRow, now: Date): string[] {
  return row.previousSecret && row.previousSecretExpiresAt && row.previousSecretExpiresAt > now
    ? [row.secret, row.previousSecret]
    : [row.secret];
}
