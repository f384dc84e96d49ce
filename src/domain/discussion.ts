/** The vocabulary of attachments and comments on documents, declared once. Pure. */

/**
 * The documents that carry attachments and a comment thread: requisitions and orders; goods
 * receipts (inspection photos and test reports) and returns to supplier (what the supplier sees);
 * supplier invoices (the supplier's PDF, and what accounts payable discussed about it).
 */
export const DISCUSSED_DOCUMENT_TYPES = [
  'requisition',
  'purchase_order',
  'goods_receipt',
  'supplier_return',
  'invoice',
] as const;
export type DiscussedDocumentType = (typeof DISCUSSED_DOCUMENT_TYPES)[number];

/**
 * The kinds of file a document may carry, by the type their bytes show (never by the name or the
 * type the browser claims): office documents, PDFs, images, plain text and CSV, e-mails.
 */
export const ATTACHMENT_MEDIA_TYPES = {
  'application/pdf': 'PDF',
  'image/png': 'PNG image',
  'image/jpeg': 'JPEG image',
  'image/gif': 'GIF image',
  'image/webp': 'WebP image',
  'image/tiff': 'TIFF image',
  'image/heic': 'HEIC image',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel workbook',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'PowerPoint presentation',
  'application/vnd.oasis.opendocument.text': 'OpenDocument text',
  'application/vnd.oasis.opendocument.spreadsheet': 'OpenDocument spreadsheet',
  'application/vnd.oasis.opendocument.presentation': 'OpenDocument presentation',
  'application/x-cfb': 'Office 97–2003 document',
  'message/rfc822': 'E-mail message',
  'text/plain': 'Text',
  'text/csv': 'CSV',
} as const;
export type AttachmentMediaType = keyof typeof ATTACHMENT_MEDIA_TYPES;

/** Default largest file, in bytes (OPENPO_ATTACHMENT_MAX_BYTES changes it). */
export const DEFAULT_ATTACHMENT_MAX_BYTES = 20 * 1024 * 1024;

/** Longest comment, in characters. */
export const COMMENT_MAX_LENGTH = 5000;

/** "2.4 MB", "830 KB", "120 bytes": sizes in a file manager's words (1 KB = 1,024 bytes). */
export function sizeInWords(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
}
