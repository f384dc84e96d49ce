import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { GetObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';
import { attachments as attachmentRows } from '../../src/db/schema';
import { actorFor, seedPurchaseOrder } from '../../src/seed/purchase-order-factories';
import { createTestApp, type TestApp } from '../helpers/app';
import { multipart } from '../helpers/multipart';
import { seedUser } from '../helpers/seed';

/**
 * Attachments in an S3-compatible bucket (OPENPO_S3_BUCKET): uploaded files go to the bucket under
 * `attachments/sha256/<hex>`, once per content, come back as downloads, and a store that does not
 * answer is a 503 that keeps nothing. Against a real S3-compatible server (s3rver) on a free port.
 */
const BUCKET = 'openpo-test';
const CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

let server: S3rver;
let endpoint: string;
let t: TestApp;
let buyer: { cookie: string; userId: string };
let poId: string;
let otherPoId: string;

const PDF = Buffer.from('%PDF-1.4\n% a quote kept in the bucket\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

beforeAll(async () => {
  server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory: fs.mkdtempSync(path.join(os.tmpdir(), 'openpo-s3-')),
    configureBuckets: [{ name: BUCKET, configs: [] }],
  });
  const { port } = await server.run();
  endpoint = `http://127.0.0.1:${port}`;
  t = await createTestApp({
    env: {
      OPENPO_S3_BUCKET: BUCKET,
      OPENPO_S3_ENDPOINT: endpoint,
      OPENPO_S3_ACCESS_KEY_ID: CREDENTIALS.accessKeyId,
      OPENPO_S3_SECRET_ACCESS_KEY: CREDENTIALS.secretAccessKey,
    },
  });
  const user = await seedUser(t.ctx, { email: 'sam.s3@test.example', roles: ['buyer'] });
  buyer = { cookie: await t.signIn('sam.s3@test.example'), userId: user.id };
  poId = (await seedPurchaseOrder(t.ctx, { buyer: actorFor(user) })).id;
  otherPoId = (await seedPurchaseOrder(t.ctx, { buyer: actorFor(user) })).id;
}, 60_000);

afterAll(async () => {
  await t?.close();
  await server?.close().catch(() => undefined);
});

const upload = (id: string, fileName: string, bytes: Buffer) =>
  t.request({
    method: 'POST',
    url: `/api/v1/purchase-orders/${id}/attachments`,
    as: buyer,
    ...multipart(fileName, bytes),
  });

const bucket = () =>
  new S3Client({ region: 'us-east-1', endpoint, forcePathStyle: true, credentials: CREDENTIALS });

describe('attachments in an S3-compatible bucket', () => {
  it('keeps the file in the bucket, once per content, and hands it back as a download', async () => {
    const res = await upload(poId, 'Quote 4711.pdf', PDF);
    expect(res.statusCode).toBe(201);
    const attachment = res.json();

    const key = `attachments/sha256/${attachment.sha256}`;
    const stored = await bucket().send(new GetObjectCommand({ Bucket: BUCKET, Key: key }));
    expect(Buffer.from(await stored.Body!.transformToByteArray()).equals(PDF)).toBe(true);

    // The same bytes on another order: a second attachment, the same object.
    expect((await upload(otherPoId, 'Same quote.pdf', PDF)).statusCode).toBe(201);
    const listed = await bucket().send(new ListObjectsV2Command({ Bucket: BUCKET, Prefix: 'attachments/' }));
    expect(listed.Contents?.map((o) => o.Key)).toEqual([key]);

    const file = await t.request({
      method: 'GET',
      url: `/api/v1/attachments/${attachment.id}/content`,
      as: buyer,
    });
    expect(file.statusCode).toBe(200);
    expect(file.rawPayload.equals(PDF)).toBe(true);
    expect(file.headers['content-disposition']).toMatch(/^attachment; filename="Quote 4711.pdf"/);
  });

  it('says what to grant when the store refuses OpenPO, and keeps nothing', async () => {
    const wrong = await createTestApp({
      env: {
        OPENPO_S3_BUCKET: BUCKET,
        OPENPO_S3_ENDPOINT: endpoint,
        OPENPO_S3_ACCESS_KEY_ID: 'NOT-A-KNOWN-KEY',
        OPENPO_S3_SECRET_ACCESS_KEY: 'not-the-secret',
      },
    });
    try {
      const user = await seedUser(wrong.ctx, { email: 'wes.wrong@test.example', roles: ['buyer'] });
      const order = await seedPurchaseOrder(wrong.ctx, { buyer: actorFor(user) });
      const res = await wrong.request({
        method: 'POST',
        url: `/api/v1/purchase-orders/${order.id}/attachments`,
        as: { cookie: await wrong.signIn('wes.wrong@test.example') },
        ...multipart('Refused.pdf', Buffer.concat([PDF, Buffer.from('% refused\n')])),
      });
      expect(res.statusCode).toBe(503);
      expect(res.json().detail).toContain(`The attachment store refused OpenPO (bucket ${BUCKET}`);
      expect(res.json().detail).toContain('s3:PutObject');
      expect(await wrong.ctx.db.select().from(attachmentRows)).toHaveLength(0);
    } finally {
      await wrong.close();
    }
  });

  it('answers 503 and keeps nothing while the store does not answer', async () => {
    await server.close();
    const rowsBefore = (await t.ctx.db.select().from(attachmentRows)).length;
    const res = await upload(poId, 'Drawing.pdf', Buffer.concat([PDF, Buffer.from('% another\n')]));
    expect(res.statusCode).toBe(503);
    expect(res.headers['retry-after']).toBe('10');
    expect(res.json().detail).toContain(`bucket ${BUCKET}`);
    expect((await t.ctx.db.select().from(attachmentRows)).length).toBe(rowsBefore);
  });
});

describe('S3 settings', () => {
  it('names what is wrong with them, and never prints the secret', () => {
    const problems = (env: Record<string, string>) => {
      try {
        loadConfig({ OPENPO_DEMO: '0', ...env });
        return [];
      } catch (err) {
        return (err as { problems?: string[] }).problems ?? [String(err)];
      }
    };
    expect(problems({ OPENPO_S3_BUCKET: 'Bad_Bucket' }).join('\n')).toContain(
      'OPENPO_S3_BUCKET="Bad_Bucket"',
    );
    expect(problems({ OPENPO_S3_ENDPOINT: 'http://minio:9000' }).join('\n')).toContain(
      'OPENPO_S3_BUCKET: required with OPENPO_S3_ENDPOINT',
    );
    const halfKey = problems({ OPENPO_S3_BUCKET: 'openpo', OPENPO_S3_SECRET_ACCESS_KEY: 'very-secret-key' });
    expect(halfKey.join('\n')).toContain(
      'set OPENPO_S3_ACCESS_KEY_ID and OPENPO_S3_SECRET_ACCESS_KEY together',
    );
    expect(halfKey.join('\n')).not.toContain('very-secret-key');
    const config = loadConfig({
      OPENPO_DEMO: '0',
      OPENPO_S3_BUCKET: 'openpo',
      OPENPO_S3_ENDPOINT: 'http://minio:9000',
    });
    expect(config.attachmentsS3).toMatchObject({
      bucket: 'openpo',
      prefix: 'attachments/',
      region: 'us-east-1',
      forcePathStyle: true,
    });
  });
});
