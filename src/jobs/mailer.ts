import fs from 'node:fs/promises';
import path from 'node:path';
import nodemailer from 'nodemailer';
import type { EmailTransport } from '../core/notifications';

/**
 * How e-mails leave: over SMTP when SMTP_URL is set, otherwise as .eml files in the outbox
 * directory (named after the message id), so the embedded default still shows what was sent.
 */
export function createEmailTransport(opts: {
  smtpUrl?: string;
  mailFrom: string;
  outboxDir: string;
}): EmailTransport {
  if (opts.smtpUrl) {
    const smtp = nodemailer.createTransport(opts.smtpUrl, {
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 20_000,
    });
    return {
      async deliver(m) {
        await smtp.sendMail({
          from: opts.mailFrom,
          to: m.to,
          subject: m.subject,
          text: m.text,
          ...(m.html ? { html: m.html } : {}),
          messageId: `<${m.id}@openpo>`,
        });
        return 'smtp';
      },
    };
  }
  const composer = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    async deliver(m) {
      const info = await composer.sendMail({
        from: opts.mailFrom,
        to: m.to,
        subject: m.subject,
        text: m.text,
        ...(m.html ? { html: m.html } : {}),
        messageId: `<${m.id}@openpo>`,
      });
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
