import * as discussion from '../discussion';
import { can } from '../shared/actor';
import { getInvoice } from './read-invoices';

/**
 * Supplier invoices carry files (the supplier's PDF, a delivery note, a price confirmation) and a
 * thread for accounts payable and whoever resolves their exceptions: read by whoever may read
 * invoices, as the invoice itself.
 */
discussion.registerDiscussedDocument('invoice', async (ctx, actor, id) => {
  const invoice = await getInvoice(ctx, { actor, id });
  return {
    number: invoice.number,
    label: invoice.kind === 'credit_note' ? 'credit note' : 'invoice',
    link: `/invoices/${invoice.id}`,
    readableBy: (other) => can(other, 'invoices:read'),
  };
});
