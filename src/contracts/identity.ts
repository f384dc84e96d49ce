import { z } from 'zod';
import { PERMISSIONS, ROLES } from '../core/shared/permissions';
import { LANGUAGES } from '../domain/languages';
import { SAVED_VIEW_LISTS } from '../domain/saved-views';
import { dateOut, Id, requiredText, text } from './common';

export const Role = z.enum(ROLES);
export const Permission = z.enum(PERMISSIONS);

export const LoginRequest = z.object({
  email: z.string().trim().min(1, 'is required').max(320),
  password: z.string().min(1, 'is required').max(1000),
});

export const User = z
  .object({
    id: Id,
    email: z.string(),
    name: z.string(),
    roles: z.array(Role),
    departmentId: Id.nullable(),
    supplierId: Id.nullable().meta({
      description:
        "A supplier's user (role supplier): the supplier whose portal it uses; null for the organisation's people",
    }),
    active: z.boolean(),
    /** Null until the user chooses: the web app follows the browser, e-mails are in English. */
    language: z.enum(LANGUAGES).nullable(),
    locale: z.string().nullable(),
    version: z.number().int(),
    createdAt: dateOut,
    updatedAt: dateOut,
  })
  .meta({ id: 'User' });
export type User = z.output<typeof User>;

export const Me = z.object({
  user: User,
  permissions: z.array(Permission),
});
export type Me = z.output<typeof Me>;

const Email = z.email({ message: 'must be an e-mail address' }).max(320);

export const CreateUserRequest = z.object({
  email: Email,
  name: requiredText(200),
  password: z.string().min(10, 'must be at least 10 characters').max(1000),
  roles: z.array(Role).max(ROLES.length),
  departmentId: Id.nullable().optional(),
  active: z.boolean().optional(),
});

export const UpdateUserRequest = z
  .object({
    email: Email,
    name: requiredText(200),
    password: z.string().min(10, 'must be at least 10 characters').max(1000),
    roles: z.array(Role).max(ROLES.length),
    departmentId: Id.nullable(),
    active: z.boolean(),
  })
  .partial();

export const UserListQuery = z.object({
  q: text(200).optional(),
  role: Role.optional(),
  active: z.enum(['true', 'false']).optional(),
  departmentId: Id.optional(),
  kind: z
    .enum(['organisation', 'supplier'])
    .optional()
    .describe(
      "`organisation`: the organisation's own people (who may head, approve, be mentioned); `supplier`: suppliers' portal users",
    ),
});

export const ChangePasswordRequest = z.object({
  currentPassword: z.string().min(1, 'is required').max(1000),
  newPassword: z.string().min(10, 'must be at least 10 characters').max(1000),
});

export const UpdatePreferencesRequest = z
  .object({
    language: z
      .enum(LANGUAGES, { message: `must be one of ${LANGUAGES.join(', ')}` })
      .nullable()
      .optional(),
    locale: z.string().trim().min(2, 'is required').max(35).nullable().optional(),
  })
  .meta({ id: 'UpdatePreferencesRequest' });

export const ApiToken = z
  .object({
    id: Id,
    userId: Id,
    name: z.string(),
    prefix: z.string(),
    createdAt: dateOut,
    expiresAt: dateOut.nullable(),
    lastUsedAt: dateOut.nullable(),
    revokedAt: dateOut.nullable(),
  })
  .meta({ id: 'ApiToken' });
export type ApiToken = z.output<typeof ApiToken>;

export const CreateApiTokenRequest = z.object({
  name: requiredText(100),
  expiresAt: z.iso.datetime({ offset: true, message: 'must be an ISO 8601 date-time' }).nullable().optional(),
});
export const CreatedApiToken = ApiToken.extend({ token: z.string() });

// ── saved views ─────────────────────────────────────────────────────────────

export const SavedViewListName = z.enum(SAVED_VIEW_LISTS, {
  message: `must be one of ${SAVED_VIEW_LISTS.join(', ')}`,
});

export const SavedView = z
  .object({
    id: Id,
    list: SavedViewListName,
    name: z.string(),
    /** The list page's query string (without "?"): `/<list>?<query>` opens the view. */
    query: z.string(),
    createdAt: dateOut,
  })
  .meta({ id: 'SavedView' });
export type SavedView = z.output<typeof SavedView>;

export const SavedViewQuery = z.object({ list: SavedViewListName });

export const CreateSavedViewRequest = z.object({
  list: SavedViewListName,
  name: z.string().trim().min(1, 'is required').max(80, 'must be at most 80 characters'),
  query: z.string().max(2000, 'must be at most 2,000 characters'),
});

export { SAVED_VIEW_LISTS };
