import type { LineDecision } from '../domain/dispatch';
import type { PurchaseOrderDocument, PurchaseOrderDocumentPartyIds } from './purchase-order-document';
import { UBL_NAMESPACES, UBL_PROFILE_ID } from './purchase-order-ubl';
import type { UblNode } from './ubl-reader';
import { el, serializeXml, type XmlChild } from './xml';

/**
 * The supplier's answer to an order as a PEPPOL BIS Ordering 3 Order Response (transaction T76),
 * OASIS UBL `OrderResponse`: what a supplier's own system would have sent, so the buyer's other
 * systems (and the supplier's) can keep it. Every line accepted as ordered is code `AP`
 * (accepted, no lines: PEPPOL-T76-R008); every line rejected `RE` (no lines: R009); anything else
 * `CA`, conditionally accepted, with each line's status (UNCL 1229: 5 accepted, 3 changed, 7 not
 * accepted), the promised date, and the proposed quantity or price. docs/supplier-portal.md.
 */

export const ORDER_RESPONSE_NAMESPACE = 'urn:oasis:names:specification:ubl:schema:xsd:OrderResponse-2';
export const ORDER_RESPONSE_CUSTOMIZATION_ID = 'urn:fdc:peppol.eu:poacc:trns:order_response:3';

/** UNCL 1229 line status codes of an answer. */
export const LINE_STATUS: Record<LineDecision, string> = { accept: '5', change: '3', reject: '7' };

export type OrderResponseAnswer = {
  number: number;
  /** When it was submitted, ISO. */
  submittedAt: string;
  note: string | null;
  lines: {
    lineNo: number;
    decision: LineDecision;
    promisedDate: string | null;
    quantity: string | null;
    unitPrice: string | null;
    reason: string | null;
  }[];
};

/** UNCL 4343: AP accepted, RE rejected, CA conditionally accepted. */
export function orderResponseCode(answer: Pick<OrderResponseAnswer, 'lines'>): 'AP' | 'RE' | 'CA' {
  if (answer.lines.every((l) => l.decision === 'accept')) return 'AP';
  if (answer.lines.every((l) => l.decision === 'reject')) return 'RE';
  return 'CA';
}

function party(name: string, ids: PurchaseOrderDocumentPartyIds): XmlChild {
  return el(
    'cac:Party',
    {},
    ids.electronicAddress &&
      el('cbc:EndpointID', { schemeID: ids.electronicAddress.scheme }, ids.electronicAddress.id),
    el('cac:PartyLegalEntity', {}, el('cbc:RegistrationName', {}, name)),
  );
}

/** The answer as UBL XML; the order document gives the parties, currency, units and descriptions. */
export function renderOrderResponseUbl(doc: PurchaseOrderDocument, answer: OrderResponseAnswer): string {
  const code = orderResponseCode(answer);
  const byLine = new Map(doc.lines.map((l) => [l.lineNo, l]));
  const note = [answer.note, ...answer.lines.filter((l) => l.reason).map((l) => `${l.lineNo}: ${l.reason}`)]
    .filter((n): n is string => !!n && n.trim() !== '')
    .join('\n');
  return serializeXml(
    el(
      'OrderResponse',
      { xmlns: ORDER_RESPONSE_NAMESPACE, 'xmlns:cac': UBL_NAMESPACES.cac, 'xmlns:cbc': UBL_NAMESPACES.cbc },
      el('cbc:CustomizationID', {}, ORDER_RESPONSE_CUSTOMIZATION_ID),
      el('cbc:ProfileID', {}, UBL_PROFILE_ID),
      el('cbc:ID', {}, `${doc.number}-A${answer.number}`),
      el('cbc:IssueDate', {}, answer.submittedAt.slice(0, 10)),
      el('cbc:IssueTime', {}, answer.submittedAt.slice(11, 19)),
      el('cbc:OrderResponseCode', {}, code),
      note !== '' && el('cbc:Note', {}, note),
      el('cbc:DocumentCurrencyCode', {}, doc.currency),
      el('cac:OrderReference', {}, el('cbc:ID', {}, doc.number)),
      el('cac:SellerSupplierParty', {}, party(doc.supplier.legalName, doc.supplier)),
      el('cac:BuyerCustomerParty', {}, party(doc.buyerOrganisation.name, doc.buyerOrganisation)),
      ...(code !== 'CA'
        ? []
        : answer.lines.map((a) => {
            const line = byLine.get(a.lineNo);
            const unitCode = line?.uneceCode ?? line?.unitCode ?? 'C62';
            return el(
              'cac:OrderLine',
              {},
              el(
                'cac:LineItem',
                {},
                el('cbc:ID', {}, String(a.lineNo)),
                a.reason && el('cbc:Note', {}, a.reason),
                el('cbc:LineStatusCode', {}, LINE_STATUS[a.decision]),
                a.decision !== 'reject' &&
                  el('cbc:Quantity', { unitCode }, a.quantity ?? line?.quantity ?? '0'),
                a.decision !== 'reject' &&
                  a.promisedDate &&
                  el(
                    'cac:Delivery',
                    {},
                    el('cac:PromisedDeliveryPeriod', {}, el('cbc:EndDate', {}, a.promisedDate)),
                  ),
                a.decision !== 'reject' &&
                  el(
                    'cac:Price',
                    {},
                    el(
                      'cbc:PriceAmount',
                      { currencyID: doc.currency },
                      a.unitPrice ?? line?.unitPrice ?? '0',
                    ),
                  ),
                el(
                  'cac:Item',
                  {},
                  el('cbc:Name', {}, (line?.description ?? `Line ${a.lineNo}`).slice(0, 100)),
                ),
              ),
              // The order's line this answers (PEPPOL-T76-B03802).
              el('cac:OrderLineReference', {}, el('cbc:LineID', {}, String(a.lineNo))),
            );
          })),
    ),
  );
}

// ── reading one a supplier's system sent ────────────────────────────────────

/** An Order Response as read, before it is checked against the order. */
export type ReadOrderResponse = {
  /** `cac:OrderReference/cbc:ID`: the order's number. */
  orderNumber: string | null;
  code: string;
  note: string | null;
  lines: {
    /** Where the line is in the document, for problems. */
    path: string;
    /** `cac:OrderLineReference/cbc:LineID`: the order's line number, as written. */
    lineId: string | null;
    statusCode: string | null;
    quantity: { value: string; unitCode: string | null } | null;
    promisedDate: string | null;
    price: { value: string; currency: string | null } | null;
    note: string | null;
  }[];
};

/**
 * The parts of an Order Response (UBL 2.0 to 2.4, PEPPOL BIS T76 or not) that answer an order:
 * the response code (UNCL 4343), the note, and per line the order line it answers, its status
 * (UNCL 1229), quantity, promised delivery (end of the promised period, else its start, else the
 * line's delivery date) and price.
 */
export function readOrderResponse(root: UblNode): ReadOrderResponse {
  return {
    orderNumber: root.textOf('cac:OrderReference', 'cbc:ID'),
    code: root.textOf('cbc:OrderResponseCode') ?? '',
    note:
      root
        .children('cbc', 'Note')
        .map((n) => n.text())
        .filter((t) => t !== '')
        .join('\n') || null,
    lines: root.children('cac', 'OrderLine').map((line) => {
      const item = line.child('cac', 'LineItem');
      const quantity = item?.child('cbc', 'Quantity');
      const delivery = item?.child('cac', 'Delivery');
      const price = item?.find('cac:Price', 'cbc:PriceAmount');
      return {
        path: line.path,
        lineId:
          line.textOf('cac:OrderLineReference', 'cbc:LineID') ??
          // A response without the reference answers by its own line id, as many systems do.
          item?.textOf('cbc:ID') ??
          null,
        statusCode: item?.textOf('cbc:LineStatusCode') ?? null,
        quantity: quantity ? { value: quantity.text(), unitCode: quantity.attr('unitCode') } : null,
        promisedDate:
          delivery?.textOf('cac:PromisedDeliveryPeriod', 'cbc:EndDate') ??
          delivery?.textOf('cac:PromisedDeliveryPeriod', 'cbc:StartDate') ??
          delivery?.textOf('cbc:ActualDeliveryDate') ??
          delivery?.textOf('cac:RequestedDeliveryPeriod', 'cbc:EndDate') ??
          null,
        price: price ? { value: price.text(), currency: price.attr('currencyID') } : null,
        note:
          item
            ?.children('cbc', 'Note')
            .map((n) => n.text())
            .filter((t) => t !== '')
            .join('\n') || null,
      };
    }),
  };
}
