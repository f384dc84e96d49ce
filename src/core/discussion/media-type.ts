import { fileTypeFromBuffer } from 'file-type';
import { ATTACHMENT_MEDIA_TYPES, type AttachmentMediaType } from '../../domain/discussion';

/** The extensions a file of each accepted type may carry; the first is the one added when missing. */
const EXTENSIONS: Record<AttachmentMediaType, string[]> = {
  'application/pdf': ['pdf'],
  'image/png': ['png'],
  'image/jpeg': ['jpg', 'jpeg', 'jpe', 'jfif'],
  'image/gif': ['gif'],
  'image/webp': ['webp'],
  'image/tiff': ['tif', 'tiff'],
  'image/heic': ['heic', 'heif'],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['docx'],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['xlsx'],
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': ['pptx'],
  'application/vnd.oasis.opendocument.text': ['odt'],
  'application/vnd.oasis.opendocument.spreadsheet': ['ods'],
  'application/vnd.oasis.opendocument.presentation': ['odp'],
  'application/x-cfb': ['doc', 'xls', 'ppt', 'msg'],
  'message/rfc822': ['eml'],
  'text/plain': ['txt', 'text', 'log', 'md'],
  'text/csv': ['csv'],
};

const isAccepted = (type: string): type is AttachmentMediaType => Object.hasOwn(ATTACHMENT_MEDIA_TYPES, type);

/** Text the way a person writes it: UTF-8 with no control characters but tab, line and page breaks. */
function isText(bytes: Buffer): boolean {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return false;
  }
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it looks for
  return !/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/.test(text);
}

const extensionOf = (fileName: string) => /\.([a-z0-9]{1,8})$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';

export type Sniffed = { accepted: true; mediaType: AttachmentMediaType } | { accepted: false; found: string };

/**
 * What the bytes are, from the bytes themselves: the signature of a binary format, else text (and
 * then the name says CSV, e-mail or plain text). The type a browser claims is never used. Text
 * that is HTML or a script is still text: it is served as a download marked `text/plain`.
 */
export async function sniffMediaType(bytes: Buffer, fileName: string): Promise<Sniffed> {
  const found = await fileTypeFromBuffer(bytes);
  if (found) {
    return isAccepted(found.mime)
      ? { accepted: true, mediaType: found.mime }
      : { accepted: false, found: `${found.mime} (.${found.ext})` };
  }
  if (!isText(bytes)) return { accepted: false, found: 'an unrecognised binary file' };
  const ext = extensionOf(fileName);
  if (ext === 'csv') return { accepted: true, mediaType: 'text/csv' };
  if (ext === 'eml' && /^[\w-]+:/m.test(bytes.subarray(0, 2048).toString('utf8'))) {
    return { accepted: true, mediaType: 'message/rfc822' };
  }
  return { accepted: true, mediaType: 'text/plain' };
}

/**
 * A file name safe to store and to offer for download: the last part of a path, no control
 * characters, at most 200 characters, and an extension that matches what the bytes are ("quote.exe"
 * holding a PDF becomes "quote.exe.pdf").
 */
export function safeFileName(fileName: string, mediaType: AttachmentMediaType): string {
  const base =
    (fileName.split(/[\\/]/).pop() ?? '')
      // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it removes
      .replace(/[\u0000-\u001f\u007f]/g, '')
      .trim()
      .slice(0, 200) || 'attachment';
  const extensions = EXTENSIONS[mediaType];
  return extensions.includes(extensionOf(base)) ? base : `${base}.${extensions[0]}`;
}
