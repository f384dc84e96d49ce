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
  /** Composed when queued (a purchase order with its attachments): sent exactly as kept. */
  composed: boolean;
};

export type EmailMessageWithBody = EmailMessage & { textBody: string; htmlBody: string | null };

function toMessage(row: repo.EmailListRow | repo.EmailRow): EmailMessage {
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
    composed: 'hasRaw' in row ? row.hasRaw : row.raw !== null,
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
  // A message that carries a secret shows without it: only its recipient gets the link.
  return { ...toMessage(row), textBody: row.shownTextBody ?? row.textBody, htmlBody: row.htmlBody };
}

/** The message exactly as it was composed and sent (RFC 5322, `.eml`); null when it was composed on delivery. */
export async function readComposedEmail(ctx: Ctx, opts: { id: string }): Promise<Buffer | null> {
  const row = await repo.findEmail(ctx.db, opts.id);
  if (!row) throw AppError.notFound('E-mail message', opts.id);
  return row.raw;
}

export type EmailDeliveryState = { status: EmailStatus; sentAt: Date | null; lastError: string | null };

/** Where each message stands (queued, sent, failed), by id. */
export async function emailDeliveryStates(ctx: Ctx, ids: string[]): Promise<Map<string, EmailDeliveryState>> {
  const rows = await repo.emailStates(ctx.db, ids);
  return new Map(rows.map(({ id, ...state }) => [id, state]));
}
