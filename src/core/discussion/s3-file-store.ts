import { GetObjectCommand, HeadObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { AppError } from '../shared/errors';
import type { FileStore } from './file-store';

/** Where attachments go in an S3-compatible object store (AWS S3, MinIO, Ceph, R2, …). */
export type S3StoreConfig = {
  bucket: string;
  /** Put before each key: `attachments/` keeps them apart from anything else in the bucket. */
  prefix: string;
  region: string;
  /** The store's address when it is not AWS (`https://minio.example.com:9000`). */
  endpoint?: string;
  /** Bucket in the path (`/bucket/key`) rather than the host name: what most S3-compatible stores need. */
  forcePathStyle: boolean;
  /** Without them, the AWS SDK's usual chain (environment, shared files, instance role). */
  credentials?: { accessKeyId: string; secretAccessKey: string };
};

const KEY = /^sha256\/[0-9a-f]{64}$/;

function isNotFound(err: unknown): boolean {
  const e = err as { name?: string; $metadata?: { httpStatusCode?: number } };
  return e?.name === 'NoSuchKey' || e?.name === 'NotFound' || e?.$metadata?.httpStatusCode === 404;
}

/**
 * The store did not answer, or refused: the request fails with 503 and says so (what to grant when
 * it refused), and nothing is kept.
 */
function unavailable(bucket: string, err: unknown): AppError {
  const status = (err as { $metadata?: { httpStatusCode?: number } })?.$metadata?.httpStatusCode;
  if (status === 401 || status === 403) {
    return new AppError(
      'unavailable',
      `The attachment store refused OpenPO (bucket ${bucket}, HTTP ${status}): check OPENPO_S3_ACCESS_KEY_ID and its secret, and grant s3:GetObject, s3:PutObject and s3:ListBucket on the bucket.`,
    );
  }
  const reason = err instanceof Error ? err.message : String(err);
  return new AppError('unavailable', `The attachment store (bucket ${bucket}) is not available: ${reason}`);
}

/**
 * Files in an S3 bucket under `prefix` + the content key (`attachments/sha256/<hex>`). As on disk,
 * the same bytes are stored once: a put looks first and writes only what is not there. The client
 * sends checksums only where S3 requires them, which every S3-compatible store understands.
 */
export function s3FileStore(config: S3StoreConfig): FileStore {
  const client = new S3Client({
    region: config.region,
    endpoint: config.endpoint,
    forcePathStyle: config.forcePathStyle,
    credentials: config.credentials,
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    maxAttempts: 3,
  });
  const objectKey = (key: string) => {
    if (!KEY.test(key)) throw new Error(`not a content key: ${key}`);
    return `${config.prefix}${key}`;
  };
  const Bucket = config.bucket;
  return {
    async put(key, bytes) {
      const Key = objectKey(key);
      try {
        await client.send(new HeadObjectCommand({ Bucket, Key }));
        return;
      } catch (err) {
        if (!isNotFound(err)) throw unavailable(Bucket, err);
      }
      try {
        await client.send(
          new PutObjectCommand({
            Bucket,
            Key,
            Body: bytes,
            ContentLength: bytes.length,
            ContentType: 'application/octet-stream',
          }),
        );
      } catch (err) {
        throw unavailable(Bucket, err);
      }
    },
    async read(key) {
      try {
        const out = await client.send(new GetObjectCommand({ Bucket, Key: objectKey(key) }));
        if (!out.Body) return null;
        return Buffer.from(await out.Body.transformToByteArray());
      } catch (err) {
        if (isNotFound(err)) return null;
        throw unavailable(Bucket, err);
      }
    },
  };
}
