import type { Ctx } from '../shared/context';
import { AppError } from '../shared/errors';
import { decodeListCursor, type Page, pageOf } from '../shared/pagination';
import * as repo from './repository';

export type EmailStatus = repo.EmailRow['status'];

export type EmailMessage = {
  id: string;
  toUserId: string | null;
  toAddress: string;
  subject: string;
  status: EmailStatus;
  attempts: number;
  lastError: string | null;
  deliveredTo: string | null;
  createdAt: Date;
  sentAt: Date | null;
};

export type EmailMessageWithBody = EmailMessage & { textBody: string; htmlBody: string | null };

function toMessage(row: repo.EmailRow): EmailMessage {
  return {
    id: row.id,
    toUserId: row.toUserId,
    toAddress: row.toAddress,
    subject: row.subject,
    status: row.status,
    attempts: row.attempts,
    lastError: row.lastError,
    deliveredTo: row.deliveredTo,
    createdAt: row.createdAt,
    sentAt: row.sentAt,
  };
}

/** Every e-mail OpenPO sent or will send, newest first (administrators and auditors). */
export async function listOutbox(
  ctx: Ctx,
  opts: { status?: EmailStatus; limit: number; cursor?: string },
): Promise<Page<EmailMessage>> {
  const c = decodeListCursor(opts.cursor, { k: 'timestamp' });
  const rows = await repo.listEmails(ctx.db, {
    status: opts.status,
    after: c ? { at: new Date(String(c.k)), id: c.id } : undefined,
    limit: opts.limit + 1,
  });
  const page = pageOf(rows, opts.limit, (r) => ({ k: r.createdAt.toISOString(), id: r.id }));
  return { items: page.items.map(toMessage), nextCursor: page.nextCursor };
}

/** One e-mail with its text and HTML. */
export async function readEmailMessage(ctx: Ctx, opts: { id: string }): Promise<EmailMessageWithBody> {
  const row = await repo.findEmail(ctx.db, opts.id);
  if (!row) throw AppError.notFound('E-mail message', opts.id);
  return { ...toMessage(row), textBody: row.textBody, htmlBody: row.htmlBody };
}
