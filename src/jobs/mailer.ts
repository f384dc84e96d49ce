import fs from 'node:fs/promises';
import path from 'node:path';
import nodemailer from 'nodemailer';
import { EmailServerUnavailable, type EmailTransport } from '../core/notifications';

/** nodemailer's codes for a server that could not be reached or did not let us in. */
const SERVER_UNAVAILABLE = new Set(['ECONNECTION', 'ETIMEDOUT', 'ESOCKET', 'EDNS', 'EAUTH', 'ECONNREFUSED']);

/**
 * Whether an SMTP failure is the server's rather than the message's: it could not be reached,
 * refused our credentials, or answered with a temporary (4xx) code. A 5xx answer to this message
 * (an unknown recipient, a message refused) is the message's.
 */
export function isServerUnavailable(err: unknown): boolean {
  if (!(err instanceof Error)) return false;
  const { code, responseCode } = err as Error & { code?: string; responseCode?: number };
  if (code === 'EAUTH') return true;
  if (typeof responseCode === 'number') return responseCode >= 400 && responseCode < 500;
  return code !== undefined && SERVER_UNAVAILABLE.has(code);
}

/**
 * How e-mails leave: over SMTP when SMTP_URL is set, otherwise as .eml files in the outbox
 * directory (named after the message id), so the embedded default still shows what was sent.
 */
export function createEmailTransport(opts: {
  smtpUrl?: string;
  mailFrom: string;
  outboxDir: string;
}): EmailTransport {
  /** The message as nodemailer takes it; its Message-ID is ours, so a repeat is recognised. */
  const mailOf = (m: Parameters<EmailTransport['deliver']>[0]) => ({
    from: opts.mailFrom,
    to: m.to,
    subject: m.subject,
    text: m.text,
    ...(m.html ? { html: m.html } : {}),
    messageId: `<${m.id}@openpo>`,
  });
  if (opts.smtpUrl) {
    const smtp = nodemailer.createTransport(opts.smtpUrl, {
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 20_000,
    });
    return {
      async deliver(m) {
        try {
          await smtp.sendMail(mailOf(m));
        } catch (err) {
          if (isServerUnavailable(err)) throw new EmailServerUnavailable((err as Error).message);
          throw err;
        }
        return 'smtp';
      },
    };
  }
  const composer = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    async deliver(m) {
      const info = await composer.sendMail(mailOf(m));
      const name = `${m.id}.eml`;
      await fs.mkdir(opts.outboxDir, { recursive: true });
      // Write then rename: a reader never sees half a message, a retry overwrites the same file.
      const file = path.join(opts.outboxDir, name);
      await fs.writeFile(`${file}.tmp`, info.message as Buffer);
      await fs.rename(`${file}.tmp`, file);
      return name;
    },
  };
}
