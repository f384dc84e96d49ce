import type {
  CreateRequisitionRequest,
  Requisition,
  UpdateRequisitionRequest,
} from '@contracts/requisitions';
import type { I18n } from '@lingui/core';
import { msg } from '@lingui/core/macro';

/**
 * The requisition form's values mirror the request body (same names and nesting), so an error for
 * "lines[2].quantity" from the contract schema or the server lands on that line's input. Blank
 * text means "not given"; toRequisitionRequest turns the values into the request.
 */
export type RequisitionLineValues = {
  uid: string;
  itemId: string | null;
  description: string;
  categoryId: string | null;
  quantity: string;
  unitCode: string;
  estimatedUnitPrice: string;
  currency: string;
  neededBy: string | null;
  suggestedSupplierId: string | null;
  /** Where the estimate came from ("Price list of …"), shown under the line; not sent. */
  priceNote: string;
  /** Whether priceNote tells where the estimate came from (else why there is none); not sent. */
  priceFromList: boolean;
};

export type RequisitionFormValues = {
  departmentId: string | null;
  costCentreId: string | null;
  justification: string;
  lines: RequisitionLineValues[];
};

let uidCounter = 0;
const newUid = () => `line-${++uidCounter}`;

export function emptyRequisitionLine(defaults: { currency: string; neededBy?: string | null }) {
  return {
    uid: newUid(),
    itemId: null,
    description: '',
    categoryId: null,
    quantity: '1',
    unitCode: '',
    estimatedUnitPrice: '',
    currency: defaults.currency,
    neededBy: defaults.neededBy ?? null,
    suggestedSupplierId: null,
    priceNote: '',
    priceFromList: false,
  } satisfies RequisitionLineValues;
}

export function initialRequisitionValues(
  requisition: Requisition | undefined,
  defaults: { departmentId: string | null; currency: string },
): RequisitionFormValues {
  if (!requisition) {
    return {
      departmentId: defaults.departmentId,
      costCentreId: null,
      justification: '',
      lines: [emptyRequisitionLine({ currency: defaults.currency })],
    };
  }
  return {
    departmentId: requisition.departmentId,
    costCentreId: requisition.costCentreId,
    justification: requisition.justification,
    lines: requisition.lines.map((l) => ({
      uid: newUid(),
      itemId: l.itemId,
      description: l.description,
      categoryId: l.categoryId,
      quantity: l.quantity,
      unitCode: l.unitCode,
      estimatedUnitPrice: l.estimatedUnitPrice,
      currency: l.currency,
      neededBy: l.neededBy,
      suggestedSupplierId: l.suggestedSupplierId,
      priceNote: '',
      priceFromList: false,
    })),
  };
}

/** The request body for these values (the same shape creates a draft and replaces one). */
export function toRequisitionRequest(
  values: RequisitionFormValues,
): CreateRequisitionRequest & UpdateRequisitionRequest {
  return {
    departmentId: values.departmentId ?? undefined,
    costCentreId: values.costCentreId ?? '',
    justification: values.justification,
    lines: values.lines.map((l) => ({
      itemId: l.itemId,
      description: l.description.trim() || undefined,
      // An item line's category and unit are the item's: the server fills them in.
      categoryId: l.itemId ? undefined : (l.categoryId ?? undefined),
      quantity: l.quantity.trim(),
      unitCode: l.unitCode || undefined,
      estimatedUnitPrice: l.estimatedUnitPrice.trim(),
      currency: l.currency || undefined,
      neededBy: l.neededBy || null,
      suggestedSupplierId: l.suggestedSupplierId,
    })),
  };
}

/** What the contract cannot say about the form: blanks that would read as format errors. */
export function requisitionFormErrors(i18n: I18n, values: RequisitionFormValues): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!values.departmentId) errors.departmentId = i18n._(msg`Choose a department`);
  if (!values.costCentreId) errors.costCentreId = i18n._(msg`Choose a cost centre`);
  values.lines.forEach((l, i) => {
    if (!l.itemId && !l.description.trim())
      errors[`lines.${i}.description`] = i18n._(msg`Describe what is needed, or pick a catalog item`);
    if (!l.itemId && !l.categoryId) errors[`lines.${i}.categoryId`] = i18n._(msg`Choose a category`);
    if (!l.itemId && !l.unitCode) errors[`lines.${i}.unitCode`] = i18n._(msg`Choose a unit`);
    if (l.quantity.trim() === '') errors[`lines.${i}.quantity`] = i18n._(msg`Enter a quantity`);
    if (l.estimatedUnitPrice.trim() === '')
      errors[`lines.${i}.estimatedUnitPrice`] = i18n._(msg`Enter an estimate (0 if unknown)`);
  });
  return errors;
}
