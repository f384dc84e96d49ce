import type { NotificationRow } from './repository';

export { NOTIFICATION_KINDS, type NotificationKind } from '../../domain/notifications';

export type Notification = {
  id: string;
  kind: string;
  title: string;
  body: string;
  /** Path in the web app that opens the subject, e.g. /purchase-orders/{id}. */
  link: string | null;
  documentType: string | null;
  documentId: string | null;
  createdAt: Date;
  readAt: Date | null;
};

export function toNotification(row: NotificationRow): Notification {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    body: row.body,
    link: row.link,
    documentType: row.documentType,
    documentId: row.documentId,
    createdAt: row.createdAt,
    readAt: row.readAt,
  };
}

const DEFAULT_BASE_URL = 'http://localhost:3000';

/** An absolute URL of a web-app path, from the configured base URL. */
export function absoluteUrl(baseUrl: string | undefined, path: string): string {
  return new URL(path, `${(baseUrl ?? DEFAULT_BASE_URL).replace(/\/+$/, '')}/`).toString();
}
