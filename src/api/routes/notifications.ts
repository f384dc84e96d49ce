import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParams, pageOf } from '../../contracts/common';
import {
  EmailMessage,
  EmailMessageDetail,
  MarkedRead,
  MarkReadQuery,
  Notification,
  NotificationListQuery,
  OutboxQuery,
  UnreadCount,
} from '../../contracts/notifications';
import * as notifications from '../../core/notifications';
import type { RouteDeps } from '../deps';
import { actorOf } from '../plugins/auth';
import { readProblems as errors } from './problems';

const tags = ['notifications'];

export const notificationRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { ctx }) => {
  app.get(
    '/notifications',
    {
      config: { permission: 'notifications:own' },
      schema: {
        tags,
        summary: 'Your notifications, newest first (?unread=true for the unread ones)',
        querystring: NotificationListQuery,
        response: { 200: pageOf(Notification), ...errors },
      },
    },
    async (request) =>
      notifications.listMyNotifications(ctx, {
        actor: actorOf(request),
        unread: request.query.unread,
        limit: request.query.limit,
        cursor: request.query.cursor,
      }),
  );

  app.get(
    '/notifications/unread-count',
    {
      config: { permission: 'notifications:own' },
      schema: {
        tags,
        summary: 'How many of your notifications are unread',
        response: { 200: UnreadCount, ...errors },
      },
    },
    async (request) => ({
      unread: await notifications.countMyUnreadNotifications(ctx, { actor: actorOf(request) }),
    }),
  );

  app.post(
    '/notifications/read-all',
    {
      config: { permission: 'notifications:own' },
      schema: {
        tags,
        summary: 'Mark all your notifications read, or only those about one document',
        description:
          'With `documentType` and `documentId`, only your notifications about that document are marked read: the web app does this when you open the document.',
        querystring: MarkReadQuery,
        response: { 200: MarkedRead, ...errors },
      },
    },
    async (request) =>
      notifications.markAllNotificationsRead(ctx, {
        actor: actorOf(request),
        ...(request.query.documentType && request.query.documentId
          ? { document: { type: request.query.documentType, id: request.query.documentId } }
          : {}),
      }),
  );

  app.post(
    '/notifications/:id/read',
    {
      config: { permission: 'notifications:own' },
      schema: {
        tags,
        summary: 'Mark one of your notifications read (somebody else’s is not found)',
        params: IdParams,
        response: { 200: Notification, ...errors },
      },
    },
    async (request) =>
      notifications.markNotificationRead(ctx, { actor: actorOf(request), id: request.params.id }),
  );

  app.get(
    '/outbox',
    {
      config: { permission: 'outbox:read' },
      schema: {
        tags,
        summary: 'Every e-mail sent or waiting to be sent, newest first',
        querystring: OutboxQuery,
        response: { 200: pageOf(EmailMessage), ...errors },
      },
    },
    async (request) =>
      notifications.listOutbox(ctx, {
        status: request.query.status,
        limit: request.query.limit,
        cursor: request.query.cursor,
      }),
  );

  app.get(
    '/outbox/:id',
    {
      config: { permission: 'outbox:read' },
      schema: {
        tags,
        summary: 'One e-mail with its text and HTML',
        params: IdParams,
        response: { 200: EmailMessageDetail, ...errors },
      },
    },
    async (request) => notifications.readEmailMessage(ctx, { id: request.params.id }),
  );
};
