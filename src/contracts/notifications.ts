import { z } from 'zod';
import { EMAIL_STATUSES } from '../domain/notifications';
import { booleanQuery, dateOut, Id, PageQuery } from './common';

export const Notification = z
  .object({
    id: Id,
    /** One of NOTIFICATION_KINDS (src/domain/notifications.ts): approval_requested, approved, rejected … */
    kind: z.string(),
    title: z.string(),
    body: z.string(),
    /** Path in the web app that opens the subject, e.g. /purchase-orders/{id}. */
    link: z.string().nullable(),
    documentType: z.string().nullable(),
    documentId: Id.nullable(),
    createdAt: dateOut,
    readAt: dateOut.nullable(),
  })
  .meta({ id: 'Notification' });
export type Notification = z.output<typeof Notification>;

export const NotificationListQuery = PageQuery.extend({ unread: booleanQuery.optional() });

export const UnreadCount = z.object({ unread: z.number().int() });
export const MarkedRead = z.object({ marked: z.number().int() });

/** Which notifications to mark read: all of them, or only those about one document. */
export const MarkReadQuery = z
  .object({
    documentType: z.enum(['purchase_order', 'requisition']).optional(),
    documentId: z.uuid().optional(),
  })
  .refine((q) => (q.documentType === undefined) === (q.documentId === undefined), {
    message: 'give documentType and documentId together, or neither',
    path: ['documentId'],
  });

/** The vocabulary the web app shares (declared in src/domain/notifications.ts). */
export { EMAIL_STATUSES };

export const EmailMessage = z
  .object({
    id: Id,
    toUserId: Id.nullable(),
    toAddress: z.string(),
    subject: z.string(),
    status: z.enum(EMAIL_STATUSES),
    attempts: z.number().int(),
    lastError: z.string().nullable(),
    /** "smtp", or the file name in the outbox directory. */
    deliveredTo: z.string().nullable(),
    createdAt: dateOut,
    sentAt: dateOut.nullable(),
  })
  .meta({ id: 'EmailMessage' });
export type EmailMessage = z.output<typeof EmailMessage>;

export const EmailMessageDetail = EmailMessage.extend({
  textBody: z.string(),
  htmlBody: z.string().nullable(),
}).meta({ id: 'EmailMessageDetail' });

export const OutboxQuery = PageQuery.extend({ status: z.enum(EMAIL_STATUSES).optional() });
