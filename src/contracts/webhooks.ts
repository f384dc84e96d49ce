import { z } from 'zod';
import { dateOut, Id, PageQuery, text } from './common';

export const WEBHOOK_DELIVERY_STATUSES = ['pending', 'delivered', 'failed'] as const;

const EventTypePattern = z
  .string()
  .trim()
  .min(1, 'is required')
  .max(100, 'must be at most 100 characters')
  .meta({ description: 'An event type (purchase_order.approved), <subject>.* or *' });

export const WebhookEndpoint = z
  .object({
    id: Id,
    url: z.string(),
    description: z.string(),
    eventTypes: z.array(z.string()),
    active: z.boolean(),
    secretHint: z.string().meta({ description: 'The last four characters of the current secret' }),
    previousSecretExpiresAt: dateOut
      .nullable()
      .meta({ description: 'After a rotation: until when the previous secret still signs' }),
    version: z.number().int(),
    createdAt: dateOut,
    updatedAt: dateOut,
  })
  .meta({ id: 'WebhookEndpoint' });

export const WebhookEndpointWithSecret = WebhookEndpoint.extend({
  secret: z.string().meta({ description: 'The signing secret: shown this once, store it now' }),
}).meta({ id: 'WebhookEndpointWithSecret' });

export const CreateWebhookEndpointRequest = z.object({
  url: z.string().trim().min(1, 'is required').max(2000, 'must be at most 2000 characters'),
  description: text(200).optional(),
  eventTypes: z.array(EventTypePattern).min(1, 'must name at least one event type, or *').max(50),
});

export const UpdateWebhookEndpointRequest = CreateWebhookEndpointRequest.partial().extend({
  active: z.boolean().optional(),
});

export const RotateWebhookSecretRequest = z.object({
  overlapHours: z
    .number()
    .int('must be a whole number of hours')
    .min(0)
    .max(168, 'must be at most 168 (a week)')
    .optional()
    .meta({ description: 'How long the previous secret keeps signing (default 24)' }),
});

export const WebhookDelivery = z
  .object({
    id: Id,
    endpointId: Id,
    eventId: Id,
    eventType: z.string(),
    status: z.enum(WEBHOOK_DELIVERY_STATUSES),
    attempts: z.number().int(),
    nextAttemptAt: dateOut.nullable(),
    lastAttemptAt: dateOut.nullable(),
    lastStatusCode: z.number().int().nullable(),
    lastError: z.string().nullable(),
    deliveredAt: dateOut.nullable(),
    createdAt: dateOut,
  })
  .meta({ id: 'WebhookDelivery' });

export const WebhookDeliveryParams = z.object({ id: Id, deliveryId: Id });
export const WebhookDeliveriesQuery = PageQuery;
export const EventTypeList = z.object({ items: z.array(z.string()) });
export const PingResult = z.object({ eventType: z.literal('webhook.ping') });
