import multipart from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParams } from '../../contracts/common';
import {
  Attachment,
  AttachmentList,
  Comment,
  CommentList,
  NewComment,
  PeopleList,
  PeopleQuery,
  RemoveAttachmentQuery,
} from '../../contracts/discussion';
import * as discussion from '../../core/discussion';
import * as identity from '../../core/identity';
import { AppError } from '../../core/shared/errors';
import type { DiscussedDocumentType } from '../../domain/discussion';
import { attachmentStore, type RouteDeps } from '../deps';
import { actorOf } from '../plugins/auth';
import { readProblems as errors } from './problems';

const tags = ['discussion'];

/** The documents with attachments and a thread, by the path of their resource. */
const DOCUMENTS: {
  path: string;
  type: DiscussedDocumentType;
  read: 'requisitions:read' | 'purchase_orders:read' | 'receiving:read' | 'invoices:read' | 'portal:use';
  label: string;
  /** Attachments only: no comment thread (a return's files are what its supplier sees). */
  filesOnly?: boolean;
}[] = [
  { path: 'requisitions', type: 'requisition', read: 'requisitions:read', label: 'requisition' },
  { path: 'purchase-orders', type: 'purchase_order', read: 'purchase_orders:read', label: 'purchase order' },
  { path: 'receipts', type: 'goods_receipt', read: 'receiving:read', label: 'goods receipt' },
  {
    path: 'returns',
    type: 'supplier_return',
    read: 'receiving:read',
    label: 'return to supplier',
    filesOnly: true,
  },
  { path: 'invoices', type: 'invoice', read: 'invoices:read', label: 'invoice' },
];

/** Downloads of a file: inside the organisation any it can read; in the portal a return's only. */
const CONTENT_ROUTES: {
  url: string;
  permission: 'authenticated' | 'portal:use';
  tags: string[];
  summary: string;
  documentTypes?: readonly DiscussedDocumentType[];
}[] = [
  {
    url: '/attachments/:id/content',
    permission: 'authenticated',
    tags,
    summary: "An attachment's file, as a download; only for people who can read its document",
  },
  {
    url: '/portal/attachments/:id/content',
    permission: 'portal:use',
    tags: ['portal'],
    summary: 'A file sent with one of the supplier’s returns, as a download; any other is not found',
    documentTypes: ['supplier_return'],
  },
];

/** `filename*=` for any name (RFC 6266/8187) beside a plain ASCII fallback. */
function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/**
 * The one file of an upload request, as the use case takes it. A body that is not readable
 * multipart (no boundary, cut short) is the client's mistake: a 422 on `file`, never a 500.
 */
async function readUpload(
  request: FastifyRequest,
): Promise<{ fileName: string; bytes: Buffer; truncated: boolean }> {
  const unreadable = (err: unknown): never => {
    const status = (err as { statusCode?: number }).statusCode;
    if (status && status >= 400 && status < 500) throw err;
    throw AppError.field('file', `could not be read as multipart/form-data: ${(err as Error).message}`);
  };
  if (!request.isMultipart()) {
    throw AppError.field('file', 'send the file as multipart/form-data, in a part named "file"');
  }
  const part = await request.file().catch(unreadable);
  if (part?.fieldname !== 'file') throw AppError.field('file', 'is required (a part named "file")');
  const bytes = await part.toBuffer().catch((err: unknown) => {
    if ((err as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') return null;
    return unreadable(err);
  });
  return {
    fileName: part.filename,
    bytes: bytes ?? Buffer.alloc(0),
    truncated: bytes === null || part.file.truncated,
  };
}

export const discussionRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { ctx, config }) => {
  const store = attachmentStore(config);
  // One file per request, at most the limit (one byte more tells that it was cut).
  await app.register(multipart, {
    limits: { files: 1, fileSize: config.attachmentMaxBytes + 1, fields: 5, fieldSize: 1000, parts: 6 },
  });

  for (const doc of DOCUMENTS) {
    app.get(
      `/${doc.path}/:id/attachments`,
      {
        config: { permission: doc.read },
        schema: {
          tags,
          summary: `The files attached to a ${doc.label}, oldest first`,
          params: IdParams,
          response: { 200: AttachmentList, ...errors },
        },
      },
      async (request) => ({
        items: await discussion.listAttachments(ctx, {
          actor: actorOf(request),
          document: { type: doc.type, id: request.params.id },
        }),
      }),
    );

    app.post(
      `/${doc.path}/:id/attachments`,
      {
        config: { permission: 'documents:discuss' },
        schema: {
          tags,
          summary: `Attach a file to a ${doc.label} (multipart/form-data, one part named "file")`,
          description:
            'The type is sniffed from the bytes and must be a PDF, an image, an office document, text, CSV or an e-mail; the size at most OPENPO_ATTACHMENT_MAX_BYTES (20 MB by default). 422 names the reason.',
          params: IdParams,
          consumes: ['multipart/form-data'],
          response: { 201: Attachment, ...errors },
        },
      },
      async (request, reply) => {
        const upload = await readUpload(request);
        const attachment = await discussion.addAttachment(ctx, {
          actor: actorOf(request),
          document: { type: doc.type, id: request.params.id },
          ...upload,
          maxBytes: config.attachmentMaxBytes,
          store,
        });
        return reply.code(201).send(attachment);
      },
    );

    if (doc.filesOnly) continue;

    app.get(
      `/${doc.path}/:id/comments`,
      {
        config: { permission: doc.read },
        schema: {
          tags,
          summary: `The comment thread of a ${doc.label}, oldest first`,
          params: IdParams,
          response: { 200: CommentList, ...errors },
        },
      },
      async (request) => ({
        items: await discussion.listComments(ctx, {
          actor: actorOf(request),
          document: { type: doc.type, id: request.params.id },
        }),
      }),
    );

    app.post(
      `/${doc.path}/:id/comments`,
      {
        config: { permission: 'documents:discuss' },
        schema: {
          tags,
          summary: `Comment on a ${doc.label}; the people in mentionedUserIds are notified`,
          params: IdParams,
          body: NewComment,
          response: { 201: Comment, ...errors },
        },
      },
      async (request, reply) => {
        const comment = await discussion.addComment(ctx, {
          actor: actorOf(request),
          document: { type: doc.type, id: request.params.id },
          body: request.body.body,
          mentionedUserIds: request.body.mentionedUserIds,
        });
        return reply.code(201).send(comment);
      },
    );
  }

  app.get(
    '/portal/returns/:id/attachments',
    {
      config: { permission: 'portal:use' },
      schema: {
        tags: ['portal'],
        summary: 'The files sent with one of the supplier’s returns (inspection photos, test reports)',
        params: IdParams,
        response: { 200: AttachmentList, ...errors },
      },
    },
    async (request) => ({
      items: await discussion.listAttachments(ctx, {
        actor: actorOf(request),
        document: { type: 'supplier_return', id: request.params.id },
      }),
    }),
  );

  for (const route of CONTENT_ROUTES) {
    app.get(
      route.url,
      {
        config: { permission: route.permission },
        schema: {
          tags: route.tags,
          summary: route.summary,
          params: IdParams,
          // Any type (the Content-Type header says which); declared as bytes.
          response: { 200: z.any().describe('application/octet-stream'), ...errors },
        },
      },
      async (request, reply) => {
        const { attachment, bytes } = await discussion.readAttachmentContent(ctx, {
          actor: actorOf(request),
          id: request.params.id,
          store,
          documentTypes: route.documentTypes,
        });
        const type = attachment.mediaType.startsWith('text/')
          ? `${attachment.mediaType}; charset=utf-8`
          : attachment.mediaType;
        return reply
          .type(type)
          .header('content-disposition', contentDisposition(attachment.fileName))
          .header('x-content-type-options', 'nosniff')
          .header('content-security-policy', "default-src 'none'; sandbox")
          .header('cache-control', 'private, no-store')
          .header('etag', `"${attachment.sha256}"`)
          .send(bytes);
      },
    );
  }

  app.delete(
    '/attachments/:id',
    {
      config: { permission: 'documents:discuss' },
      schema: {
        tags,
        summary:
          'Remove an attachment from its document (who attached it, or an administrator); the audit trail keeps it',
        params: IdParams,
        querystring: RemoveAttachmentQuery,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await discussion.removeAttachment(ctx, {
        actor: actorOf(request),
        id: request.params.id,
        reason: request.query.reason,
      });
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/people',
    {
      config: { permission: 'authenticated' },
      schema: {
        tags,
        summary: 'Active people whose name or e-mail contains q, by name: whom a comment can mention',
        querystring: PeopleQuery,
        response: { 200: PeopleList, ...errors },
      },
    },
    async (request) => ({
      items: await identity.findPeople(ctx, { q: request.query.q, limit: request.query.limit }),
    }),
  );
};
