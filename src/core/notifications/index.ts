export {
  type DeliveryOutcome,
  deliverEmailMessage,
  EMAIL_CLAIM_SECONDS,
  EmailServerUnavailable,
  type EmailTransport,
  listUndeliveredEmailIds,
  MAX_EMAIL_ATTEMPTS,
} from './deliver-email-message';
export { countMyUnreadNotifications, listMyNotifications } from './list-my-notifications';
export { markAllNotificationsRead, markNotificationRead } from './mark-notifications-read';
export { NOTIFICATION_KINDS, type Notification, type NotificationKind } from './notification';
export { type NotifyInput, notify } from './notify';
export { type QueueEmailInput, queueEmail } from './queue-email';
export {
  type EmailMessage,
  type EmailMessageWithBody,
  type EmailStatus,
  listOutbox,
  readEmailMessage,
} from './read-outbox';
