import type { Attachment } from '@contracts/discussion';
import { downloadFile } from '@/lib/api';

/** GET /attachments/{id}/content: the file, handed to the browser as a download. */
export function downloadAttachment(attachment: Attachment): Promise<void> {
  return downloadFile(`/attachments/${attachment.id}/content`, {
    fileName: attachment.fileName,
    accept: '*/*',
  });
}
