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

/** The SMTP envelope of a composed message: our sender, and the recipients it lists. */
function envelopeOf(from: string, to: string) {
  const address = (s: string) => /<([^>]+)>\s*$/.exec(s)?.[1] ?? s.trim();
  return {
    from: address(from),
    to: to
      .split(',')
      .map((a) => a.trim())
      .filter(Boolean),
  };
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
          // A composed message leaves byte for byte as it was kept.
          await smtp.sendMail(m.raw ? { envelope: envelopeOf(opts.mailFrom, m.to), raw: m.raw } : mailOf(m));
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
      const bytes = m.raw ?? ((await composer.sendMail(mailOf(m))).message as Buffer);
      const name = `${m.id}.eml`;
      await fs.mkdir(opts.outboxDir, { recursive: true });
      // Write then rename: a reader never sees half a message, a retry overwrites the same file.
      const file = path.join(opts.outboxDir, name);
      await fs.writeFile(`${file}.tmp`, bytes);
      await fs.rename(`${file}.tmp`, file);
      return name;
    },
  };
}
