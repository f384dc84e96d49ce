import type { Address } from '../../db/schema';
import type {
  PurchaseOrderDocument,
  PurchaseOrderDocumentAddress,
} from '../../documents/purchase-order-document';
import { asLanguage, type Language } from '../../domain/languages';
import { defaultTaxCategory, isTaxCategory } from '../../domain/tax-categories';
import { supplierPartNumbers, uneceCodesOf } from '../catalog';
import { getSettings } from '../organisation';
import type { Actor } from '../shared/actor';
import type { Ctx } from '../shared/context';
import { normalize } from '../shared/money';
import { findSuppliersByIds, type Supplier } from '../suppliers';
import type { PurchaseOrder } from './purchase-order';
import { getPurchaseOrder } from './read-purchase-orders';
import { changesToSend } from './sent-revision';

const EMPTY_ADDRESS: PurchaseOrderDocumentAddress = {
  line1: '',
  line2: null,
  city: '',
  region: null,
  postalCode: null,
  country: '',
};

function address(a: Partial<Address> | null | undefined): PurchaseOrderDocumentAddress {
  if (!a?.line1) return EMPTY_ADDRESS;
  return {
    line1: a.line1,
    line2: a.line2 || null,
    city: a.city ?? '',
    region: a.region || null,
    postalCode: a.postalCode || null,
    country: a.country ?? '',
  };
}

/** Payment terms in the trade's shorthand: "Net 30", "2/10 net 30", "Due on receipt". */
export function paymentTermsText(
  po: Pick<PurchaseOrder, 'paymentTermsNetDays' | 'earlyPaymentDiscountPercent' | 'earlyPaymentDiscountDays'>,
): string {
  if (po.paymentTermsNetDays === 0 && !po.earlyPaymentDiscountPercent) return 'Due on receipt';
  if (po.earlyPaymentDiscountPercent && po.earlyPaymentDiscountDays !== null) {
    return `${normalize(po.earlyPaymentDiscountPercent)}/${po.earlyPaymentDiscountDays} net ${po.paymentTermsNetDays}`;
  }
  return `Net ${po.paymentTermsNetDays}`;
}

/**
 * The purchase order as the standard document prints it (PDF, UBL): the order, the buying
 * organisation from the settings, and the supplier's own part numbers from its price list.
 */
export async function getPurchaseOrderDocument(
  ctx: Ctx,
  opts: { actor: Actor; id: string; language?: Language },
): Promise<PurchaseOrderDocument> {
  return purchaseOrderDocumentOf(ctx, await getPurchaseOrder(ctx, opts), opts);
}

/**
 * The document of an order the caller has read already (and may see), with its supplier when the
 * caller has that too.
 */
export async function purchaseOrderDocumentOf(
  ctx: Ctx,
  po: PurchaseOrder,
  opts: { language?: Language; supplier?: Supplier } = {},
): Promise<PurchaseOrderDocument> {
  const settings = await getSettings(ctx);
  const partNumbers = await supplierPartNumbers(ctx, {
    supplierId: po.supplierId,
    itemIds: po.lines.flatMap((l) => (l.itemId ? [l.itemId] : [])),
    date: po.orderDate,
  });
  const organisationAddress = address(settings.address);
  const supplier =
    opts.supplier?.id === po.supplierId
      ? opts.supplier
      : (await findSuppliersByIds(ctx, { ids: [po.supplierId] }))[0];
  const latest = po.status !== 'cancelled' ? await changesToSend(ctx, po) : null;
  const diff = latest?.diff ?? null;
  const removed = diff?.lines.removed ?? [];
  const uneceCodes = await uneceCodesOf(ctx, [
    ...po.lines.map((l) => l.unitCode),
    ...removed.map((l) => String(l.unitCode)),
  ]);
  return {
    number: po.number,
    revision: po.revision,
    status: po.status,
    // Written for its reader: in the supplier's language unless the caller asks for another.
    language: opts.language ?? (po.supplier.language ? asLanguage(po.supplier.language) : 'en'),
    orderDate: po.orderDate,
    expectedDeliveryDate: po.expectedDeliveryDate,
    currency: po.currency,
    minorUnits: po.minorUnits,
    buyerOrganisation: {
      name: settings.organisationName,
      address: organisationAddress,
      taxId: settings.taxId,
      taxScheme: settings.taxScheme,
      electronicAddress: settings.electronicAddress,
      legalId: settings.legalId,
    },
    supplier: {
      code: po.supplier.code,
      legalName: po.supplier.legalName,
      taxId: po.supplier.taxId,
      taxScheme: supplier?.taxScheme ?? null,
      electronicAddress: supplier?.electronicAddress ?? null,
      legalId: supplier?.legalId ?? null,
      address: address(po.supplier.address),
      contact: po.supplier.contact
        ? {
            name: po.supplier.contact.name,
            email: po.supplier.contact.email ?? null,
            phone: po.supplier.contact.phone ?? null,
          }
        : null,
    },
    buyer: { name: po.buyer.name, email: po.buyer.email },
    paymentTerms: {
      text: paymentTermsText(po),
      netDays: po.paymentTermsNetDays,
      discountPercent: po.earlyPaymentDiscountPercent,
      discountDays: po.earlyPaymentDiscountDays,
    },
    incoterms: po.incoterms ? { code: po.incoterms, place: po.incotermsPlace } : null,
    shipTo: po.shipTo ? address(po.shipTo) : organisationAddress,
    billTo: po.billTo ? address(po.billTo) : organisationAddress,
    lines: po.lines.map((l) => ({
      lineNo: l.lineNo,
      sku: l.sku,
      supplierPartNumber: l.itemId ? (partNumbers.get(l.itemId) ?? null) : null,
      description: l.description,
      quantity: l.quantity,
      unitCode: l.unitCode,
      uneceCode: uneceCodes.get(l.unitCode) ?? null,
      unitName: l.unitName,
      unitPrice: l.unitPrice,
      discountPercent: l.discountPercent,
      taxRate: l.taxRate,
      taxCategory: l.taxCategory,
      netAmount: l.netAmount,
      taxAmount: l.taxAmount,
      neededBy: l.neededBy,
    })),
    totals: po.totals,
    notes: po.notes || null,
    terms: po.terms || null,
    approval: {
      approvedBy: po.approvedByName,
      approvedAt: po.approvedAt ? po.approvedAt.toISOString() : null,
    },
    generatedAt: ctx.clock.now().toISOString(),
    ...(po.status === 'cancelled'
      ? { cancellation: { date: po.updatedAt.toISOString().slice(0, 10), reason: po.cancelReason } }
      : {}),
    ...(latest && diff
      ? {
          change: {
            date: latest.date.toISOString().slice(0, 10),
            reason: latest.reason,
            addedLineNos: diff.lines.added.map((l) => l.lineNo),
            changedLineNos: diff.lines.changed.map((l) => l.lineNo),
            removedLines: removed.map((l) => ({
              lineNo: l.lineNo,
              sku: null,
              supplierPartNumber: null,
              description: String(l.description),
              quantity: String(l.quantity),
              unitCode: String(l.unitCode),
              uneceCode: uneceCodes.get(String(l.unitCode)) ?? null,
              unitName: String(l.unitCode),
              unitPrice: String(l.unitPrice),
              discountPercent: String(l.discountPercent ?? '0'),
              taxRate: String(l.taxRate),
              taxCategory: isTaxCategory(l.taxCategory)
                ? l.taxCategory
                : defaultTaxCategory(String(l.taxRate)),
              netAmount: String(l.netAmount),
              taxAmount: String(l.taxAmount),
              neededBy: (l.neededBy as string | null) ?? null,
            })),
          },
        }
      : {}),
  };
}
