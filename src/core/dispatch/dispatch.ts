import type { DispatchFile } from '../../db/schema';
import type { DispatchKind, DispatchStatus } from '../../domain/dispatch';
import type { EmailStatus } from '../notifications';
import type { DispatchRow } from './repository';

/** One send of an order, as the API hands it out: who got what, when, and whether it left. */
export type Dispatch = {
  id: string;
  purchaseOrderId: string;
  kind: DispatchKind;
  revision: number;
  recipients: string[];
  message: string | null;
  reason: string | null;
  automatic: boolean;
  sentBy: { id: string; name: string } | null;
  sentAt: Date;
  /** `preparing` until its documents and message are rendered and kept (a moment), then `ready`. */
  status: DispatchStatus;
  /** Why it could not be prepared (`failed`). */
  error: string | null;
  preparedAt: Date | null;
  /**
   * The e-mail (null until the send is prepared): queued until the mail server took it, sent, or
   * failed after its last attempt.
   */
  email: { id: string; status: EmailStatus; deliveredAt: Date | null; lastError: string | null } | null;
  files: DispatchFile[];
  ublOmittedReason: string | null;
};

export function toDispatch(
  row: DispatchRow,
  sentByName: string | null,
  email: { status: EmailStatus; sentAt: Date | null; lastError: string | null } | undefined,
): Dispatch {
  return {
    id: row.id,
    purchaseOrderId: row.purchaseOrderId,
    kind: row.kind,
    revision: row.revision,
    recipients: row.recipients,
    message: row.message,
    reason: row.reason,
    automatic: row.automatic,
    sentBy: row.sentBy ? { id: row.sentBy, name: sentByName ?? '' } : null,
    sentAt: row.sentAt,
    status: row.status,
    error: row.status === 'failed' ? row.error : null,
    preparedAt: row.preparedAt,
    email: row.emailMessageId
      ? {
          id: row.emailMessageId,
          status: email?.status ?? 'queued',
          deliveredAt: email?.sentAt ?? null,
          lastError: email?.lastError ?? null,
        }
      : null,
    files: row.files,
    ublOmittedReason: row.ublOmittedReason,
  };
}
