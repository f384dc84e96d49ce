import type { RejectionReason } from '@contracts/receiving';
import type { MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';

/** Why inspected goods were rejected, in the user's language (render with `i18n._(…)`). */
export const REJECTION_REASON_LABELS: Record<RejectionReason, MessageDescriptor> = {
  damaged: msg`Damaged`,
  wrong_item: msg`Wrong item`,
  out_of_specification: msg`Out of specification`,
  expired: msg`Expired`,
  short_shipped: msg`Short-shipped`,
  other: msg`Other`,
};

/** What a return expects for the goods it sends back. */
export const RETURN_REMEDY_LABELS: Record<'replacement' | 'credit', MessageDescriptor> = {
  replacement: msg`Replacement`,
  credit: msg`Credit`,
};
