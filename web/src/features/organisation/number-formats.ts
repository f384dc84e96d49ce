import type { I18n, MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import {
  clashingFormats,
  parseNumberFormat,
  renderDocumentNumber,
  sequenceYear,
} from '../../../../src/core/organisation/rules';

/** Document types by their names in the UI; others are shown humanised ("credit_note" → "Credit note"). */
export const DOCUMENT_TYPE_LABELS: Record<string, MessageDescriptor> = {
  purchase_order: msg`Purchase order`,
  requisition: msg`Requisition`,
  goods_receipt: msg`Goods receipt`,
  return_to_supplier: msg`Return to supplier`,
  invoice: msg`Invoice`,
};

const ORDER = Object.keys(DOCUMENT_TYPE_LABELS);

export function documentTypeLabel(i18n: I18n, type: string): string {
  const known = DOCUMENT_TYPE_LABELS[type];
  if (known) return i18n._(known);
  const words = type.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The known document types first, in their usual order, then the rest alphabetically. */
export function sortedDocumentTypes(types: string[]): string[] {
  const rank = (t: string) => (ORDER.includes(t) ? ORDER.indexOf(t) : ORDER.length);
  return [...types].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

export type FormatPreview =
  | { ok: true; example: string; restartsYearly: boolean }
  | { ok: false; problem: string };

/** How a format's numbers will look ("PO-2026-00042"), using the same grammar as the server. */
export function previewNumberFormat(
  format: string,
  year = new Date().getFullYear(),
  counter = 42,
): FormatPreview {
  const trimmed = format.trim();
  const parsed = parseNumberFormat(trimmed);
  if (!parsed.ok) return { ok: false, problem: parsed.problem };
  return {
    ok: true,
    example: renderDocumentNumber(trimmed, { year, counter }),
    restartsYearly: sequenceYear(trimmed, year) !== 0,
  };
}

/** Pairs of document types whose numbers would share the same text. */
export { clashingFormats };
