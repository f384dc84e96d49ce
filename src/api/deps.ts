import type { AppConfig } from '../config';
import * as discussion from '../core/discussion';
import type { Ctx } from '../core/shared/context';

/** What route modules are given when registered (never hung on the Fastify instance). */
export type RouteDeps = { ctx: Ctx; config: AppConfig };

/** Where attachments' bytes are kept: the S3-compatible bucket when configured, else the data directory. */
export function attachmentStore(config: AppConfig): discussion.FileStore {
  return config.attachmentsS3
    ? discussion.s3FileStore(config.attachmentsS3)
    : discussion.localFileStore(config.attachmentsDir);
}
