export {
  type DeliveryRun,
  deliverDueWebhooks,
  deliveryBody,
  WEBHOOK_DELIVERIES_QUEUED,
  webhookDeliveries,
} from './deliver-webhooks';
export { EVENT_TYPES } from './event-catalogue';
export {
  createWebhookEndpoint,
  MAX_OVERLAP_HOURS,
  pingWebhookEndpoint,
  rotateWebhookSecret,
  updateWebhookEndpoint,
  type WebhookEndpointInput,
} from './manage-webhook-endpoints';
export {
  getWebhookEndpoint,
  listEventTypes,
  listWebhookDeliveries,
  listWebhookEndpoints,
  redeliverWebhook,
} from './read-webhooks';
export { recordNamers } from './record-names';
export { isPrivateAddress, signatureHeader, verifySignatureHeader, wantsEvent } from './rules';
export type { WebhookDelivery, WebhookEndpoint, WebhookEndpointWithSecret } from './webhook-endpoint';
