/** Cache keys of webhook endpoints, their delivery logs and the event types they can subscribe to. */
export const webhookKeys = {
  all: ['webhooks'] as const,
  eventTypes: () => ['webhooks', 'event-types'] as const,
  list: () => ['webhooks', 'list'] as const,
  detail: (id: string) => ['webhooks', 'detail', id] as const,
  deliveries: (id: string) => ['webhooks', 'deliveries', id] as const,
};

/** The audit trail's keys: an endpoint's history changes with every write. */
export const auditRootKey = ['audit'] as const;
