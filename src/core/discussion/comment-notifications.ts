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
      message: (i18n) => {
        const author = str(p.authorName);
        const number = str(p.documentNumber);
        const excerpt = str(p.excerpt);
        const values = { author, number, excerpt };
        return {
          title:
            event.subjectType === 'requisition'
              ? i18n._({
                  id: 'comment.mentioned.requisition',
                  message: '{author} mentioned you on requisition {number}',
                  values,
                })
              : i18n._({
                  id: 'comment.mentioned.order',
                  message: '{author} mentioned you on purchase order {number}',
                  values,
                }),
          body: i18n._({ id: 'comment.excerpt', message: '“{excerpt}”', values }),
        };
      },
      link: `${str(p.link)}#comments`,
      document: { type: event.subjectType, id: event.subjectId },
    });
  },
};
