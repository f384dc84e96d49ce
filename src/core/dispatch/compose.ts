import type { DispatchFile } from '../../db/schema';
import {
  type DispatchContent,
  type RenderedDispatch,
  renderDispatch,
} from '../../documents/dispatch-rendering';
import type { PurchaseOrderDocument } from '../../documents/purchase-order-document';
import type { DispatchKind } from '../../domain/dispatch';
import { MAX_DISPATCH_ATTEMPTS } from '../../domain/dispatch';
import { DEFAULT_MAIL_FROM } from '../../domain/notifications';
import { sha256Hex } from '../discussion';
import { SYSTEM_ACTOR } from '../identity';
import * as notifications from '../notifications';
import { absoluteUrl, queueComposedEmail } from '../notifications';
import { recordAudit } from '../shared/audit';
import type { Ctx } from '../shared/context';
import { inTransaction } from '../shared/events';
import { newId } from '../shared/ids';
import * as repo from './repository';

export type { DispatchContent, RenderedDispatch };

/** Renders a send (documents/dispatch-rendering.ts), in this thread or a worker's. */
export type DispatchRenderer = (
  content: DispatchContent,
  message: { id: string; date: Date },
) => Promise<RenderedDispatch>;

/**
 * Records a send in the caller's transaction, to be prepared a moment later (prepareDispatches):
 * to whom, what (the order's document as it is now), the note or reason. Nothing is rendered
 * here, so the request that sends stays a few milliseconds whatever the order's size.
 */
export async function requestSend(
  ctx: Ctx,
  opts: {
    kind: DispatchKind;
    order: { id: string; supplierId: string; revision: number; buyer: { name: string; email: string } };
    doc: PurchaseOrderDocument;
    recipients: string[];
    note: string | null;
    reason: string | null;
    openLines?: DispatchContent['openLines'];
    automatic: boolean;
    sentBy: string | null;
  },
): Promise<string> {
  const now = ctx.clock.now();
  const id = newId(now.getTime());
  const content: DispatchContent = {
    kind: opts.kind,
    doc: opts.doc,
    recipients: opts.recipients,
    contact: { name: opts.order.buyer.name, email: opts.order.buyer.email || null },
    note: opts.note,
    reason: opts.reason,
    ...(opts.openLines ? { openLines: opts.openLines } : {}),
    portalUrl: absoluteUrl(ctx.baseUrl, `/portal/orders/${opts.order.id}`),
    from: ctx.mailFrom ?? DEFAULT_MAIL_FROM,
  };
  await repo.insertDispatch(ctx.db, {
    id,
    purchaseOrderId: opts.order.id,
    supplierId: opts.order.supplierId,
    kind: opts.kind,
    revision: opts.order.revision,
    recipients: opts.recipients,
    message: opts.note,
    reason: opts.reason,
    automatic: opts.automatic,
    sentBy: opts.sentBy,
    sentAt: now,
    emailMessageId: null,
    files: [],
    status: 'preparing',
    content,
  });
  return id;
}

export type PreparationRun = { prepared: number; failed: number; retried: number };

/**
 * Prepares the sends waiting for it, oldest first: renders each one's PDF, UBL document and
 * message (`render`: a worker thread in the server, this thread by default), then, in one short
 * transaction, keeps the files, queues the e-mail, marks the send `ready` and records the files'
 * fingerprints in the order's audit trail. Nothing is held while rendering; a send another
 * process prepared meanwhile is left as it is. A render that fails is tried again on the next
 * run, and after MAX_DISPATCH_ATTEMPTS the send is `failed` and whoever sent it is told.
 */
export async function prepareDispatches(
  ctx: Ctx,
  opts: { render?: DispatchRenderer; limit?: number } = {},
): Promise<PreparationRun> {
  const render = opts.render ?? renderDispatch;
  // Preparing appends no domain events: nothing to tell the relay after its transactions.
  ctx = { ...ctx, events: undefined };
  const run: PreparationRun = { prepared: 0, failed: 0, retried: 0 };
  const waiting = await repo.dispatchesToPrepare(ctx.db, opts.limit ?? 50);
  for (const row of waiting) {
    const content = row.content;
    const emailId = newId(ctx.clock.now().getTime());
    let rendered: RenderedDispatch;
    try {
      if (!content) throw new Error('the send has nothing to render');
      rendered = await render(content, { id: emailId, date: row.sentAt });
    } catch (err) {
      const error = err instanceof Error ? err.message : String(err);
      const failed = await inTransaction(ctx, (tx) => recordFailure(tx, row, error));
      if (failed) run.failed++;
      else run.retried++;
      continue;
    }
    const done = await inTransaction(ctx, async (tx) => {
      const locked = await repo.lockDispatch(tx.db, row.id);
      if (locked?.status !== 'preparing') return false;
      const now = tx.clock.now();
      // Views of the bytes the worker handed back (no copies).
      const attachments = rendered.attachments.map((a) => ({
        ...a,
        bytes: Buffer.from(a.bytes.buffer, a.bytes.byteOffset, a.bytes.byteLength),
      }));
      const files: DispatchFile[] = attachments.map((a) => ({
        role: a.role,
        fileName: a.fileName,
        mediaType: a.mediaType,
        sizeBytes: a.bytes.length,
        sha256: sha256Hex(a.bytes),
      }));
      const raw = Buffer.from(rendered.raw.buffer, rendered.raw.byteOffset, rendered.raw.byteLength);
      await repo.insertFiles(
        tx.db,
        attachments.map((a, i) => ({ sha256: files[i]!.sha256, bytes: a.bytes, createdAt: now })),
      );
      await queueComposedEmail(tx, {
        id: emailId,
        toAddresses: row.recipients,
        subject: rendered.subject,
        textBody: rendered.text,
        htmlBody: rendered.html,
        raw,
      });
      files.push({
        role: 'message',
        fileName: `${content!.doc.number}-r${content!.doc.revision}-${row.kind}.eml`,
        mediaType: 'message/rfc822',
        sizeBytes: raw.length,
        sha256: sha256Hex(raw),
      });
      await repo.updateDispatch(tx.db, row.id, {
        status: 'ready',
        emailMessageId: emailId,
        files,
        ublOmittedReason: rendered.ublOmittedReason,
        content: null,
        error: null,
        preparedAt: now,
      });
      await recordAudit(tx.db, tx.clock, {
        actor: SYSTEM_ACTOR,
        entityType: 'purchase_order',
        entityId: row.purchaseOrderId,
        action: 'dispatch_ready',
        changes: {
          dispatch: {
            before: null,
            after: {
              id: row.id,
              kind: row.kind,
              revision: row.revision,
              files: files.map((f) => ({ fileName: f.fileName, sha256: f.sha256 })),
            },
          },
        },
      });
      return true;
    });
    if (done) run.prepared++;
  }
  return run;
}

/** Counts a failed attempt; the last one gives the send up and tells who sent it. True: given up. */
async function recordFailure(tx: Ctx, current: repo.DispatchRow, error: string): Promise<boolean> {
  const locked = await repo.lockDispatch(tx.db, current.id);
  if (locked?.status !== 'preparing') return false;
  const attempts = locked.attempts + 1;
  const givenUp = attempts >= MAX_DISPATCH_ATTEMPTS;
  await repo.updateDispatch(tx.db, current.id, {
    attempts,
    error,
    ...(givenUp ? { status: 'failed' as const, content: null } : {}),
  });
  if (!givenUp) return false;
  const number = current.content?.doc.number ?? '';
  const userIds = current.sentBy ? [current.sentBy] : await repo.orderBuyer(tx.db, current.purchaseOrderId);
  await notifications.notify(tx, {
    userIds,
    kind: 'dispatch_failed',
    message: (i18n) => ({
      title: i18n._({
        id: 'dispatch.render-failed.title',
        message: 'Purchase order {number} could not be sent',
        values: { number },
      }),
      body: i18n._({
        id: 'dispatch.render-failed.body',
        message: 'Its documents could not be prepared ({problem}). Send it again from its page.',
        values: { problem: error },
      }),
    }),
    link: `/purchase-orders/${current.purchaseOrderId}`,
    document: { type: 'purchase_order', id: current.purchaseOrderId },
  });
  return true;
}
