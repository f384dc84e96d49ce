/**
 * The e-mail sent with a notification: subject, plain text and a simple HTML part. The link opens
 * the document's page in the web app, where a signed-in user decides with the page's buttons: a
 * link in an e-mail never approves or rejects anything by itself.
 */
export type EmailContent = { subject: string; text: string; html: string };

export function renderNotificationEmail(opts: {
  recipientName: string;
  title: string;
  body: string;
  /** Absolute URL of the page to open, or null when the notification has none. */
  url: string | null;
}): EmailContent {
  const lines = [`Hello ${opts.recipientName},`, '', opts.body];
  if (opts.url) lines.push('', `Open it in OpenPO: ${opts.url}`);
  lines.push('', '— OpenPO', '', 'You receive this because of your role in OpenPO; sign in to act on it.');
  const link = opts.url ? `<p><a href="${escapeHtml(opts.url)}">Open it in OpenPO</a></p>` : '';
  const html = [
    '<!doctype html>',
    '<html><body style="font-family: sans-serif; line-height: 1.5">',
    `<p>Hello ${escapeHtml(opts.recipientName)},</p>`,
    `<p>${escapeHtml(opts.body)}</p>`,
    link,
    '<p style="color: #666; font-size: 12px">You receive this because of your role in OpenPO; sign in to act on it.</p>',
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
