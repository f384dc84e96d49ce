import type { UblNode } from './ubl-reader';

/**
 * Reading a UBL DespatchAdvice (2.0 to 2.4; PEPPOL BIS Despatch Advice 3 or not) a supplier's
 * system sent: the parts a ship notice keeps. The mapping is in docs/ship-notices.md.
 */

export type ReadDespatchAdvice = {
  /** The supplier's own number of the advice (`cbc:ID`). */
  id: string | null;
  issueDate: string | null;
  /** `cac:OrderReference/cbc:ID`: our order number. */
  orderNumber: string | null;
  orderNumberPath: string;
  despatchDate: string | null;
  expectedDeliveryDate: string | null;
  carrier: string | null;
  trackingNumber: string | null;
  packages: { value: string; path: string } | null;
  note: string | null;
  lines: {
    path: string;
    /** `cac:OrderLineReference/cbc:LineID`: our line number, as written. */
    lineId: string | null;
    /** The order a line names itself (`cac:OrderLineReference/cac:OrderReference/cbc:ID`). */
    orderNumber: string | null;
    quantity: { value: string; unitCode: string | null } | null;
  }[];
};

const date = (value: string | null | undefined) => (value ? value.slice(0, 10) : null);

function partyName(party: UblNode | undefined): string | null {
  return (
    party?.textOf('cac:PartyName', 'cbc:Name') ??
    party?.textOf('cac:PartyLegalEntity', 'cbc:RegistrationName') ??
    null
  );
}

export function readDespatchAdvice(root: UblNode): ReadDespatchAdvice {
  const shipment = root.child('cac', 'Shipment');
  const consignment = shipment?.child('cac', 'Consignment');
  const delivery = shipment?.child('cac', 'Delivery');
  const despatch = delivery?.child('cac', 'Despatch');
  const stage = shipment?.child('cac', 'ShipmentStage');
  const packages =
    shipment?.child('cbc', 'TotalTransportHandlingUnitQuantity') ??
    consignment?.child('cbc', 'TotalPackagesQuantity') ??
    consignment?.child('cbc', 'TotalTransportHandlingUnitQuantity');
  const consignmentId = consignment?.textOf('cbc:ID');
  return {
    id: root.textOf('cbc:ID'),
    issueDate: date(root.textOf('cbc:IssueDate')),
    orderNumber: root.textOf('cac:OrderReference', 'cbc:ID'),
    orderNumberPath: `${root.path}/cac:OrderReference/cbc:ID`,
    despatchDate: date(
      despatch?.textOf('cbc:ActualDespatchDate') ??
        despatch?.textOf('cbc:EstimatedDespatchDate') ??
        root.textOf('cbc:IssueDate'),
    ),
    expectedDeliveryDate: date(
      delivery?.textOf('cac:EstimatedDeliveryPeriod', 'cbc:EndDate') ??
        delivery?.textOf('cac:EstimatedDeliveryPeriod', 'cbc:StartDate') ??
        delivery?.textOf('cac:PromisedDeliveryPeriod', 'cbc:EndDate') ??
        delivery?.textOf('cac:RequestedDeliveryPeriod', 'cbc:EndDate') ??
        delivery?.textOf('cbc:LatestDeliveryDate'),
    ),
    carrier:
      partyName(consignment?.child('cac', 'CarrierParty')) ??
      partyName(delivery?.child('cac', 'CarrierParty')) ??
      partyName(despatch?.child('cac', 'CarrierParty')) ??
      partyName(stage?.child('cac', 'CarrierParty')) ??
      null,
    trackingNumber:
      delivery?.textOf('cbc:TrackingID') ??
      consignment?.textOf('cbc:CarrierAssignedID') ??
      // PEPPOL writes "NA" when the consignment has no number of its own.
      (consignmentId && consignmentId.toUpperCase() !== 'NA' ? consignmentId : null),
    packages: packages ? { value: packages.text(), path: packages.path } : null,
    note:
      root
        .children('cbc', 'Note')
        .map((n) => n.text())
        .filter((t) => t !== '')
        .join('\n') || null,
    lines: root.children('cac', 'DespatchLine').map((line) => {
      const quantity = line.child('cbc', 'DeliveredQuantity');
      return {
        path: line.path,
        lineId: line.textOf('cac:OrderLineReference', 'cbc:LineID'),
        orderNumber: line.textOf('cac:OrderLineReference', 'cac:OrderReference', 'cbc:ID'),
        quantity: quantity ? { value: quantity.text(), unitCode: quantity.attr('unitCode') } : null,
      };
    }),
  };
}
