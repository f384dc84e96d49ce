import * as discussion from '../discussion';
import { can } from '../shared/actor';
import { canSeeReceipt, findVisibleReceipt } from './access';
import { canSeeReturn, findVisibleReturn } from './read-returns';

/**
 * Goods receipts carry the inspection's photos and test reports, and returns to supplier the files
 * sent with them: both have attachments and a thread, read by whoever may read the document (a
 * return's also by its supplier's portal users: the only files a supplier sees).
 */
discussion.registerDiscussedDocument('goods_receipt', async (ctx, actor, id) => {
  const receipt = await findVisibleReceipt(ctx, { actor, id });
  return {
    number: receipt.number,
    label: 'goods receipt',
    link: `/purchase-orders/${receipt.purchaseOrderId}#receipts`,
    readableBy: (other) => can(other, 'receiving:read') && canSeeReceipt(other, receipt),
  };
});

discussion.registerDiscussedDocument('supplier_return', async (ctx, actor, id) => {
  const ret = await findVisibleReturn(ctx, { actor, id });
  return {
    number: ret.number,
    label: 'return to supplier',
    link: `/purchase-orders/${ret.purchaseOrderId}#returns`,
    readableBy: (other) =>
      (can(other, 'receiving:read') || can(other, 'portal:use')) && canSeeReturn(other, ret),
  };
});
