import type { PurchaseOrderDocument, PurchaseOrderDocumentPartyIds } from './purchase-order-document';
import { UBL_NAMESPACES } from './purchase-order-ubl';
import { el, serializeXml, type XmlChild } from './xml';

/**
 * A goods receipt as an OASIS UBL `ReceiptAdvice`: what arrived against the order, per line the
 * quantity received (less reversals), the quantity short of what the ship notice said, and what was
 * rejected at inspection with its reason (UBL's reject reason codes are free; ours are written as
 * they are: damaged, wrong_item …, with the inspector's words). The delivering supplier and the
 * receiving organisation are its parties. docs/receiving.md.
 */

export const RECEIPT_ADVICE_NAMESPACE = 'urn:oasis:names:specification:ubl:schema:xsd:ReceiptAdvice-2';

export type ReceiptAdviceContent = {
  number: string;
  receivedOn: string;
  /** When it was recorded, ISO. */
  recordedAt: string;
  note: string | null;
  deliveryNote: string | null;
  /** The ship notice the goods came with. */
  shipNotice: { number: string; lines: { lineNo: number; quantity: string }[] } | null;
  lines: {
    lineNo: number;
    description: string;
    received: string;
    rejected: string;
    /** Each rejection's reason code and words. */
    rejections: { code: string; text: string | null }[];
    lotNumber: string | null;
    serialNumbers: string[];
  }[];
};

function party(name: string, ids: PurchaseOrderDocumentPartyIds): XmlChild {
  return el(
    'cac:Party',
    {},
    ids.electronicAddress &&
      el('cbc:EndpointID', { schemeID: ids.electronicAddress.scheme }, ids.electronicAddress.id),
    el('cac:PartyLegalEntity', {}, el('cbc:RegistrationName', {}, name)),
  );
}

/** A decimal difference as a plain non-negative string ("0" when none). */
function shortOf(shipped: string, received: string): string {
  const d = Number(shipped) - Number(received);
  if (!(d > 0)) return '0';
  // Both have at most 6 decimals: round away float noise.
  return String(Math.round(d * 1e6) / 1e6);
}

/** The receipt as UBL XML; the order document gives the parties, units and the order reference. */
export function renderReceiptAdviceUbl(doc: PurchaseOrderDocument, receipt: ReceiptAdviceContent): string {
  const byLine = new Map(doc.lines.map((l) => [l.lineNo, l]));
  const shipped = new Map(receipt.shipNotice?.lines.map((l) => [l.lineNo, l.quantity]) ?? []);
  const notes = [receipt.note, receipt.deliveryNote && `Delivery note ${receipt.deliveryNote}`].filter(
    (n): n is string => !!n,
  );
  return serializeXml(
    el(
      'ReceiptAdvice',
      { xmlns: RECEIPT_ADVICE_NAMESPACE, 'xmlns:cac': UBL_NAMESPACES.cac, 'xmlns:cbc': UBL_NAMESPACES.cbc },
      el('cbc:UBLVersionID', {}, '2.1'),
      el('cbc:ID', {}, receipt.number),
      el('cbc:IssueDate', {}, receipt.receivedOn),
      el('cbc:IssueTime', {}, receipt.recordedAt.slice(11, 19)),
      ...notes.map((n) => el('cbc:Note', {}, n)),
      el('cbc:LineCountNumeric', {}, String(receipt.lines.length)),
      el('cac:OrderReference', {}, el('cbc:ID', {}, doc.number)),
      receipt.shipNotice &&
        el('cac:DespatchDocumentReference', {}, el('cbc:ID', {}, receipt.shipNotice.number)),
      el('cac:DeliveryCustomerParty', {}, party(doc.buyerOrganisation.name, doc.buyerOrganisation)),
      el('cac:DespatchSupplierParty', {}, party(doc.supplier.legalName, doc.supplier)),
      ...receipt.lines.map((l) => {
        const line = byLine.get(l.lineNo);
        const unitCode = line?.uneceCode ?? 'C62';
        const sent = shipped.get(l.lineNo);
        const short = sent === undefined ? '0' : shortOf(sent, l.received);
        const rejected = Number(l.rejected) > 0;
        const first = l.rejections[0];
        return el(
          'cac:ReceiptLine',
          {},
          el('cbc:ID', {}, String(l.lineNo)),
          l.lotNumber && el('cbc:Note', {}, `Lot ${l.lotNumber}`),
          l.serialNumbers.length > 0 && el('cbc:Note', {}, `Serial numbers ${l.serialNumbers.join(', ')}`),
          el('cbc:ReceivedQuantity', { unitCode }, l.received),
          short !== '0' && el('cbc:ShortQuantity', { unitCode }, short),
          rejected && el('cbc:RejectedQuantity', { unitCode }, l.rejected),
          rejected && first && el('cbc:RejectReasonCode', {}, first.code),
          ...(rejected
            ? l.rejections.map((r) => el('cbc:RejectReason', {}, r.text ? `${r.code}: ${r.text}` : r.code))
            : []),
          el('cbc:ReceivedDate', {}, receipt.receivedOn),
          el('cac:OrderLineReference', {}, el('cbc:LineID', {}, String(l.lineNo))),
          el('cac:Item', {}, el('cbc:Name', {}, (line?.description ?? l.description).slice(0, 100))),
        );
      }),
    ),
  );
}
