import { portalInvitationMessage } from '../../documents/email/portal-messages';
import { translator } from '../../documents/i18n';
import { asLanguage } from '../../domain/languages';
import * as identity from '../identity';
import * as notifications from '../notifications';
import * as organisation from '../organisation';
import type { Actor } from '../shared/actor';
import type { Ctx } from '../shared/context';
import { AppError } from '../shared/errors';
import { inTransaction, recordEvents } from '../shared/events';
import * as suppliers from '../suppliers';

/**
 * A buyer gives a supplier's contact access to the portal: a user bound to that supplier (role
 * `supplier`), and an e-mail in the supplier's language with a one-time link to set a password,
 * valid seven days. A blocked supplier gets no new access (409).
 */
export async function invitePortalUser(
  ctx: Ctx,
  opts: { actor: Actor; supplierId: string; name: string; email: string },
): Promise<{ user: identity.SupplierUser }> {
  const [supplier] = await suppliers.findSuppliersByIds(ctx, { ids: [opts.supplierId] });
  if (!supplier) throw AppError.notFound('Supplier', opts.supplierId);
  if (supplier.status === 'blocked') {
    throw AppError.conflict(`${supplier.legalName} is blocked: it cannot be given access to the portal.`, {
      supplierStatus: supplier.status,
    });
  }
  const settings = await organisation.getSettings(ctx);
  return inTransaction(ctx, async (tx) => {
    const { user, token, expiresAt } = await identity.inviteSupplierUser(tx, {
      actor: opts.actor,
      supplierId: supplier.id,
      name: opts.name,
      email: opts.email,
      language: supplier.language,
    });
    const link = notifications.absoluteUrl(ctx.baseUrl, `/portal/welcome#${token}`);
    const message = portalInvitationMessage(translator(asLanguage(supplier.language ?? 'en')), {
      name: user.name,
      organisationName: settings.organisationName,
      supplierName: supplier.legalName,
      inviterName: opts.actor.name,
      link,
      expiresAt,
    });
    await notifications.queueEmail(tx, {
      toAddress: user.email,
      subject: message.subject,
      textBody: message.text,
      // Whoever reads the outbox (administrators, auditors) must not be able to use the link.
      shownTextBody: message.text.replace(token, '…'),
    });
    // Its event wakes the relay, which hands the queued invitation to delivery at once.
    await recordEvents(tx.db, tx.clock, [
      {
        type: 'supplier.portal_user_invited',
        subject: { type: 'supplier', id: supplier.id },
        actor: opts.actor,
        payload: {
          supplierId: supplier.id,
          userId: user.id,
          name: user.name,
          expiresAt: expiresAt.toISOString(),
        },
      },
    ]);
    return {
      user: { ...user, invitation: { state: 'pending' as const, expiresAt, createdAt: tx.clock.now() } },
    };
  });
}

/** A supplier's portal users with where their invitation stands (buyers). */
export async function listPortalUsers(
  ctx: Ctx,
  opts: { supplierId: string },
): Promise<identity.SupplierUser[]> {
  const [supplier] = await suppliers.findSuppliersByIds(ctx, { ids: [opts.supplierId] });
  if (!supplier) throw AppError.notFound('Supplier', opts.supplierId);
  return identity.listSupplierUsers(ctx, { supplierId: supplier.id });
}
