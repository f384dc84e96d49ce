import { translator } from '../../documents/i18n';
import { listSupplierUsers } from '../identity';
import * as notifications from '../notifications';
import type { Ctx } from '../shared/context';
import { getSupplier } from '../suppliers';
import * as repo from './repository';

/**
 * Tells a supplier about one of its orders, in the caller's transaction: its portal users (active,
 * invitation accepted) get a notification in the app and by e-mail, in their language; a supplier
 * without any gets an e-mail, in the supplier's language, at the addresses the order was last sent
 * to (without an order, or one never sent: its order contacts).
 * Says how many were told (0: nobody can be reached).
 */
export async function tellSupplier(
  ctx: Ctx,
  opts: {
    supplierId: string;
    /** The order it is about: a supplier without portal users is e-mailed where it was sent. */
    purchaseOrderId?: string;
    kind: notifications.NotificationKind;
    message: (i18n: ReturnType<typeof translator>) => { title: string; body: string };
    /** The portal page the message opens. */
    link: string;
    document: { type: string; id: string };
  },
): Promise<number> {
  const users = (await listSupplierUsers(ctx, { supplierId: opts.supplierId })).filter(
    (u) => u.active && u.invitation?.state !== 'pending' && u.invitation?.state !== 'expired',
  );
  if (users.length > 0) {
    await notifications.notify(ctx, {
      userIds: users.map((u) => u.id),
      kind: opts.kind,
      message: opts.message,
      link: opts.link,
      document: opts.document,
    });
    return users.length;
  }
  const send = opts.purchaseOrderId ? await repo.latestOrderSend(ctx.db, opts.purchaseOrderId) : undefined;
  const supplier = await getSupplier(ctx, { id: opts.supplierId });
  const recipients = send?.recipients ?? contactAddresses(supplier.contacts);
  if (recipients.length === 0) return 0;
  const m = opts.message(translator(supplier.language ?? 'en'));
  for (const toAddress of recipients) {
    await notifications.queueEmail(ctx, {
      toAddress,
      subject: m.title,
      textBody: `${m.body}\n\n${notifications.absoluteUrl(ctx.baseUrl, opts.link)}\n`,
    });
  }
  return recipients.length;
}

/** The supplier's order contacts' addresses, or, when none is one, every contact's. */
function contactAddresses(contacts: { email?: string; orderContact?: boolean }[]): string[] {
  const withEmail = contacts.filter((c) => c.email);
  const chosen = withEmail.some((c) => c.orderContact) ? withEmail.filter((c) => c.orderContact) : withEmail;
  return [...new Set(chosen.map((c) => c.email!))];
}
