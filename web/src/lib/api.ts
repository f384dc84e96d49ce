import { i18n } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import type { z } from 'zod';

/**
 * The one way the web app talks to the API: same-origin cookies, JSON in and out, problem+json
 * errors turned into ApiError, responses decoded with the contract schema (so instants become
 * Date), If-Match from a record's version, and an Idempotency-Key on every create.
 */
export const API_BASE = '/api/v1';

export type FieldError = { path: string; message: string };

export class ApiError extends Error {
  readonly status: number;
  readonly title: string;
  readonly detail: string | undefined;
  readonly type: string;
  readonly fieldErrors: FieldError[];

  constructor(opts: {
    status: number;
    title: string;
    detail?: string;
    type?: string;
    fieldErrors?: FieldError[];
  }) {
    super(opts.detail ?? opts.title);
    this.name = 'ApiError';
    this.status = opts.status;
    this.title = opts.title;
    this.detail = opts.detail;
    this.type = opts.type ?? 'about:blank';
    this.fieldErrors = opts.fieldErrors ?? [];
  }

  /** Someone else saved the record since it was loaded (stale If-Match). */
  get isStale(): boolean {
    return this.status === 412;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/**
 * A sentence for a notification or an alert, whatever went wrong, in the user's language (a
 * problem's `detail` from the server is shown as it came).
 */
export function errorMessage(error: unknown): string {
  if (isApiError(error)) {
    if (error.status === 412)
      return i18n._(msg`Someone else changed this record — reload it and apply your change again.`);
    if (error.status === 403) return error.detail ?? i18n._(msg`You do not have permission to do this.`);
    if (error.status === 0) return error.detail ?? i18n._(msg`The server could not be reached.`);
    if (error.status >= 500)
      return i18n._(msg`The server could not complete the request. Try again in a moment.`);
    return error.detail ?? error.title;
  }
  if (error instanceof Error) return error.message;
  return i18n._(msg`Something went wrong.`);
}

type QueryValue = string | number | boolean | null | undefined;

export type RequestOptions = {
  query?: Record<string, QueryValue>;
  body?: unknown;
  /** The version the change is based on; sent as If-Match: "v<version>". */
  version?: number;
  /** Send an Idempotency-Key so a retried create is not done twice. */
  idempotent?: boolean;
  /**
   * Send `body` as it is (a File, Blob or text) with this Content-Type instead of as JSON, e.g.
   * 'text/csv'. A FormData body is always sent as it is (multipart/form-data).
   */
  contentType?: string;
  signal?: AbortSignal;
};

let unauthorizedHandler: (() => void) | null = null;

/** Called on any 401 (except from the sign-in request itself): the app sends the user to the login page. */
export function onUnauthorized(handler: () => void): () => void {
  unauthorizedHandler = handler;
  return () => {
    if (unauthorizedHandler === handler) unauthorizedHandler = null;
  };
}

/** A random UUID, also on plain-http origins where crypto.randomUUID is unavailable. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function' && window.isSecureContext) return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function urlOf(path: string, query?: Record<string, QueryValue>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const qs = params.toString();
  return `${API_BASE}${path}${qs ? `?${qs}` : ''}`;
}

type ProblemBody = { type?: string; title?: string; status?: number; detail?: string; errors?: FieldError[] };

async function problemOf(response: Response): Promise<ApiError> {
  let body: ProblemBody = {};
  try {
    const text = await response.text();
    if (text) body = JSON.parse(text) as ProblemBody;
  } catch {
    // Not JSON (a proxy's error page): the status says enough.
  }
  return new ApiError({
    status: response.status,
    title: body.title ?? (response.statusText || `HTTP ${response.status}`),
    detail: body.detail,
    type: body.type,
    fieldErrors: Array.isArray(body.errors) ? body.errors : [],
  });
}

async function send(
  method: string,
  path: string,
  opts: RequestOptions,
  idempotencyKey?: string,
): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/json, application/problem+json' };
  // A FormData body (a file upload) gets its multipart Content-Type, with the boundary, from fetch.
  const form = opts.body instanceof FormData;
  if (opts.body !== undefined && !form) headers['content-type'] = opts.contentType ?? 'application/json';
  if (opts.version !== undefined) headers['if-match'] = `"v${opts.version}"`;
  if (idempotencyKey) headers['idempotency-key'] = idempotencyKey;
  let body: BodyInit | undefined;
  if (opts.body !== undefined)
    body = form || opts.contentType ? (opts.body as BodyInit) : JSON.stringify(opts.body);
  return fetch(urlOf(path, opts.query), {
    method,
    headers,
    credentials: 'same-origin',
    body,
    signal: opts.signal,
  });
}

/** Sends a request and returns the JSON body (null for 204); throws ApiError for anything not 2xx. */
export async function request(method: string, path: string, opts: RequestOptions = {}): Promise<unknown> {
  const key = opts.idempotent ? newIdempotencyKey() : undefined;
  let response: Response;
  try {
    response = await send(method, path, opts, key);
  } catch (err) {
    if (opts.signal?.aborted) throw err;
    // A network failure may have hidden a create that did happen: the same key makes the retry safe.
    if (!key) throw unreachable();
    try {
      response = await send(method, path, opts, key);
    } catch {
      throw unreachable();
    }
  }
  if (!response.ok) {
    const error = await problemOf(response);
    if (error.status === 401 && path !== '/auth/login') unauthorizedHandler?.();
    throw error;
  }
  if (response.status === 204) return null;
  const text = await response.text();
  return text ? (JSON.parse(text) as unknown) : null;
}

function unreachable(): ApiError {
  return new ApiError({
    status: 0,
    title: i18n._(msg`Network error`),
    detail: i18n._(msg`The server could not be reached. Check your connection and try again.`),
  });
}

/** Decodes a response with its contract schema; a mismatch is a bug worth a clear message. */
export function decode<S extends z.ZodType>(schema: S, data: unknown, what: string): z.output<S> {
  const result = schema.safeParse(data);
  if (!result.success) {
    console.error(`Unexpected response for ${what}`, result.error.issues);
    throw new ApiError({
      status: 0,
      title: i18n._(msg`Unexpected response`),
      detail: i18n._(msg`The server's answer for ${what} was not understood.`),
    });
  }
  return result.data;
}

/** The file name a download response suggests (Content-Disposition), or the fallback. */
function fileNameOf(response: Response, fallback: string): string {
  const header = response.headers.get('content-disposition') ?? '';
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(header)?.[1];
  if (encoded) return decodeURIComponent(encoded);
  return /filename="?([^";]+)"?/i.exec(header)?.[1] ?? fallback;
}

/**
 * Fetches a file (e.g. a CSV export) with the session and hands it to the browser as a download;
 * throws ApiError like any other request when the server refuses.
 */
export async function downloadFile(
  path: string,
  opts: { query?: Record<string, QueryValue>; fileName: string; accept?: string },
): Promise<void> {
  let response: Response;
  try {
    response = await fetch(urlOf(path, opts.query), {
      headers: { accept: `${opts.accept ?? 'text/csv'}, application/problem+json` },
      credentials: 'same-origin',
    });
  } catch {
    throw unreachable();
  }
  if (!response.ok) {
    const error = await problemOf(response);
    if (error.status === 401) unauthorizedHandler?.();
    throw error;
  }
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = fileNameOf(response, opts.fileName);
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the blob goes away.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export const api = {
  async get<S extends z.ZodType>(
    path: string,
    schema: S,
    opts: Omit<RequestOptions, 'body'> = {},
  ): Promise<z.output<S>> {
    return decode(schema, await request('GET', path, opts), `GET ${path}`);
  },
  async post<S extends z.ZodType>(path: string, schema: S, opts: RequestOptions = {}): Promise<z.output<S>> {
    return decode(schema, await request('POST', path, opts), `POST ${path}`);
  },
  async patch<S extends z.ZodType>(path: string, schema: S, opts: RequestOptions = {}): Promise<z.output<S>> {
    return decode(schema, await request('PATCH', path, opts), `PATCH ${path}`);
  },
  /** A request whose answer has no body (204). */
  async send(method: 'POST' | 'PUT' | 'DELETE', path: string, opts: RequestOptions = {}): Promise<void> {
    await request(method, path, opts);
  },
};
