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
export { absoluteUrl, NOTIFICATION_KINDS, type Notification, type NotificationKind } from './notification';
export { type NotifyInput, notify } from './notify';
export {
  type QueueComposedEmailInput,
  type QueueEmailInput,
  queueComposedEmail,
  queueEmail,
} from './queue-email';
export {
  type EmailDeliveryState,
  type EmailMessage,
  type EmailMessageWithBody,
  type EmailStatus,
  emailDeliveryStates,
  listOutbox,
  readComposedEmail,
  readEmailMessage,
} from './read-outbox';
