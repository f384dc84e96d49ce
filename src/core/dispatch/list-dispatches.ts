import type { DispatchFileRole } from '../../domain/dispatch';
import { userNamesByIds } from '../identity';
import { emailDeliveryStates, readComposedEmail } from '../notifications';
import * as purchaseOrders from '../purchase-orders';
import type { Actor } from '../shared/actor';
import type { Ctx } from '../shared/context';
import { AppError } from '../shared/errors';
import { decodeListCursor, type Page, pageOf } from '../shared/pagination';
import { type Dispatch, toDispatch } from './dispatch';
import * as repo from './repository';

/** The sends of an order the actor can see, newest first: recipients, files and where each e-mail is. */
export async function listDispatches(
  ctx: Ctx,
  opts: { actor: Actor; purchaseOrderId: string; limit: number; cursor?: string },
): Promise<Page<Dispatch>> {
  await purchaseOrders.assertPurchaseOrderVisible(ctx, { actor: opts.actor, id: opts.purchaseOrderId });
  const c = decodeListCursor(opts.cursor, { k: 'integer' });
  const rows = await repo.listDispatches(ctx.db, {
    orderId: opts.purchaseOrderId,
    afterSeq: c ? Number(c.k) : undefined,
    limit: opts.limit + 1,
  });
  const page = pageOf(rows, opts.limit, (r) => ({ k: r.seq, id: r.id }));
  const [names, emails] = await Promise.all([
    userNamesByIds(ctx, { ids: page.items.flatMap((r) => (r.sentBy ? [r.sentBy] : [])) }),
    emailDeliveryStates(
      ctx,
      page.items.flatMap((r) => (r.emailMessageId ? [r.emailMessageId] : [])),
    ),
  ]);
  return {
    items: page.items.map((r) =>
      toDispatch(
        r,
        r.sentBy ? (names.get(r.sentBy) ?? null) : null,
        r.emailMessageId ? emails.get(r.emailMessageId) : undefined,
      ),
    ),
    nextCursor: page.nextCursor,
  };
}

/**
 * One file of a send, byte for byte as it was sent: the PDF, the UBL document or the whole
 * e-mail message (`.eml`). 404 when the order is not the actor's to see, the send not the order's,
 * or the send carried no such file; 409 while the send is still being prepared or when it failed.
 */
export async function readDispatchFile(
  ctx: Ctx,
  opts: { actor: Actor; purchaseOrderId: string; dispatchId: string; role: DispatchFileRole },
): Promise<{ fileName: string; mediaType: string; sha256: string; bytes: Buffer }> {
  await purchaseOrders.assertPurchaseOrderVisible(ctx, { actor: opts.actor, id: opts.purchaseOrderId });
  const row = await repo.findDispatch(ctx.db, opts.purchaseOrderId, opts.dispatchId);
  if (!row) throw AppError.notFound('Dispatch', opts.dispatchId);
  if (row.status === 'preparing') {
    throw AppError.conflict('The files of this send are still being prepared: try again in a moment.');
  }
  if (row.status === 'failed') {
    throw AppError.conflict(
      'This send could not be prepared, so it has no files: send the order again from its page.',
    );
  }
  const file = row.files.find((f) => f.role === opts.role);
  if (!file) throw AppError.notFound(`The ${opts.role} file of this dispatch`);
  const bytes =
    opts.role === 'message'
      ? row.emailMessageId
        ? await readComposedEmail(ctx, { id: row.emailMessageId })
        : undefined
      : await repo.readFile(ctx.db, file.sha256);
  if (!bytes) throw AppError.notFound(`The ${opts.role} file of this dispatch`);
  return { fileName: file.fileName, mediaType: file.mediaType, sha256: file.sha256, bytes };
}
