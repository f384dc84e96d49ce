export { addAttachment } from './add-attachment';
export { addComment, COMMENT_EVENTS } from './add-comment';
export type { Attachment } from './attachment';
export { attachmentsOf } from './attachments-of';
export type { Comment } from './comment';
export { commentNotifications } from './comment-notifications';
export { copyAttachments } from './copy-attachments';
export {
  type DocumentFacts,
  type DocumentReader,
  type DocumentRef,
  registerDiscussedDocument,
} from './document-access';
export { type FileStore, localFileStore, sha256Hex } from './file-store';
export { listAttachments } from './list-attachments';
export { listComments } from './list-comments';
export { readAttachmentContent } from './read-attachment-content';
export { removeAttachment } from './remove-attachment';
export { type S3StoreConfig, s3FileStore } from './s3-file-store';
