import { renderNotificationEmail } from '../../documents/email/notification-email';
import { type I18n, translator } from '../../documents/i18n';
import type { Language } from '../../domain/languages';
import type { Ctx } from '../shared/context';
import { newId } from '../shared/ids';
import { absoluteUrl, type NotificationKind } from './notification';
import * as repo from './repository';

/** What a notification says, in a recipient's language. */
export type NotificationMessage = (i18n: I18n) => { title: string; body: string };

export type NotifyInput = {
  userIds: string[];
  kind: NotificationKind;
  /** The title and body, written for each recipient in their language (or the same for all). */
  message: NotificationMessage | { title: string; body: string };
  /** Web-app path that opens the subject (e-mails carry it as an absolute URL). */
  link: string | null;
  /** What the e-mail calls its link, in the recipient's language (default: "Open it in OpenPO"). */
  linkLabel?: (i18n: I18n) => string;
  document?: { type: string; id: string } | null;
  /** Send the e-mail too (default true). */
  email?: boolean;
};

/**
 * Tells users about something: an in-app notification each, and an e-mail each queued in the
 * outbox. Runs in the caller's transaction, so a notification exists exactly when what it tells
 * of was committed; delivery of the e-mail happens later (a job), and a failed delivery loses
 * nothing. Inactive users are skipped; users without an address get no e-mail. Returns the ids
 * of the queued e-mails.
 */
export async function notify(ctx: Ctx, input: NotifyInput): Promise<{ emailIds: string[] }> {
  const recipients = await repo.activeRecipients(ctx.db, input.userIds);
  if (recipients.length === 0) return { emailIds: [] };
  const now = ctx.clock.now();
  const messages = new Map<Language, { title: string; body: string }>();
  const messageIn = (language: Language) => {
    let m = messages.get(language);
    if (!m) {
      m = typeof input.message === 'function' ? input.message(translator(language)) : input.message;
      messages.set(language, m);
    }
    return m;
  };
  await repo.insertNotifications(
    ctx.db,
    recipients.map((r) => ({
      id: newId(now.getTime()),
      userId: r.id,
      kind: input.kind,
      title: messageIn(r.language).title,
      body: messageIn(r.language).body,
      link: input.link,
      documentType: input.document?.type ?? null,
      documentId: input.document?.id ?? null,
      createdAt: now,
    })),
  );
  if (input.email === false) return { emailIds: [] };
  const url = input.link ? absoluteUrl(ctx.baseUrl, input.link) : null;
  const emails = recipients
    .filter((r) => r.email.trim() !== '')
    .map((r) => {
      const i18n = translator(r.language);
      const content = renderNotificationEmail(i18n, {
        recipientName: r.name,
        ...messageIn(r.language),
        url,
        linkLabel: input.linkLabel?.(i18n),
      });
      return {
        id: newId(now.getTime()),
        toUserId: r.id,
        toAddress: r.email,
        subject: content.subject,
        textBody: content.text,
        htmlBody: content.html,
        status: 'queued' as const,
        createdAt: now,
      };
    });
  await repo.insertEmails(ctx.db, emails);
  return { emailIds: emails.map((e) => e.id) };
}
