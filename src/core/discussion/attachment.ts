import {
  ATTACHMENT_MEDIA_TYPES,
  type AttachmentMediaType,
  type DiscussedDocumentType,
} from '../../domain/discussion';
import type { AttachmentRow } from './repository';

export type Attachment = {
  id: string;
  documentType: DiscussedDocumentType;
  documentId: string;
  fileName: string;
  mediaType: string;
  /** The kind of file in words ("PDF", "Excel workbook"). */
  kind: string;
  sizeBytes: number;
  sha256: string;
  uploadedBy: { id: string; name: string };
  uploadedAt: Date;
};

export function toAttachment(row: AttachmentRow & { uploadedByName: string }): Attachment {
  return {
    id: row.id,
    documentType: row.documentType,
    documentId: row.documentId,
    fileName: row.fileName,
    mediaType: row.mediaType,
    kind: ATTACHMENT_MEDIA_TYPES[row.mediaType as AttachmentMediaType] ?? row.mediaType,
    sizeBytes: row.sizeBytes,
    sha256: row.sha256,
    uploadedBy: { id: row.uploadedBy, name: row.uploadedByName },
    uploadedAt: row.uploadedAt,
  };
}
