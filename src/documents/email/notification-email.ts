import type { I18n } from '../i18n';

/**
 * The e-mail sent with a notification: subject, plain text and a simple HTML part. The link opens
 * the document's page in the web app, where a signed-in user decides with the page's buttons: a
 * link in an e-mail never approves or rejects anything by itself.
 */
export type EmailContent = { subject: string; text: string; html: string };

/** In the recipient's language (`i18n`), as the notification's title and body are. */
export function renderNotificationEmail(
  i18n: I18n,
  opts: {
    recipientName: string;
    title: string;
    body: string;
    /** Absolute URL of the page to open, or null when the notification has none. */
    url: string | null;
    /** What the link is called (default: "Open it in OpenPO"). */
    linkLabel?: string;
  },
): EmailContent {
  const name = opts.recipientName;
  const hello = i18n._({ id: 'email.hello', message: 'Hello {name},', values: { name } });
  const open = opts.linkLabel ?? i18n._({ id: 'email.open', message: 'Open it in OpenPO' });
  const why = i18n._({
    id: 'email.why',
    message: 'You receive this because of your role in OpenPO; sign in to act on it.',
  });
  const lines = [hello, '', opts.body];
  if (opts.url) lines.push('', `${open}: ${opts.url}`);
  lines.push('', '— OpenPO', '', why);
  const link = opts.url ? `<p><a href="${escapeHtml(opts.url)}">${escapeHtml(open)}</a></p>` : '';
  const html = [
    '<!doctype html>',
    `<html lang="${escapeHtml(i18n.locale)}"><body style="font-family: sans-serif; line-height: 1.5">`,
    `<p>${escapeHtml(hello)}</p>`,
    `<p>${escapeHtml(opts.body)}</p>`,
    link,
    `<p style="color: #666; font-size: 12px">${escapeHtml(why)}</p>`,
    '</body></html>',
  ].join('\n');
  return { subject: opts.title, text: `${lines.join('\n')}\n`, html };
}

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
