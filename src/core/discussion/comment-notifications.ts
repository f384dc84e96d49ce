import type { EventConsumer } from '../events';
import * as notifications from '../notifications';
import { COMMENT_EVENTS } from './add-comment';

const str = (v: unknown) => (typeof v === 'string' ? v : '');
const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/**
 * Tells the people a comment mentions: an in-app notification and an e-mail each, with the start
 * of the comment and a link to the document's thread. Runs in the relay's transaction, so a retry
 * after a failure does not notify twice.
 */
export const commentNotifications: EventConsumer = {
  name: 'comment-notifications',
  accepts: (type) => type === COMMENT_EVENTS.added,
  async handle(ctx, event) {
    const p = event.payload;
    const userIds = strings(p.mentionedUserIds);
    if (userIds.length === 0) return;
    await notifications.notify(ctx, {
      userIds,
      kind: 'mentioned',
      title: `${str(p.authorName)} mentioned you on ${str(p.documentLabel)} ${str(p.documentNumber)}`,
      body: `“${str(p.excerpt)}”`,
      link: `${str(p.link)}#comments`,
      document: { type: event.subjectType, id: event.subjectId },
    });
  },
};
