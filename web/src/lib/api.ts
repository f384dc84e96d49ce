import { i18n } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import createClient from 'openapi-fetch';
import type { z } from 'zod';
import type { paths } from './api-schema';

/**
 * The one way the web app talks to the API: the client generated from the API description, with
 * same-origin cookies, problem+json errors turned into ApiError, responses decoded with the contract
 * schema (so instants become Date), If-Match from a record's version, and an Idempotency-Key on
 * every create.
 */
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

export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Whether an import file is an Excel workbook (by its type, else its name); anything else is CSV. */
export function isWorkbook(file: File): boolean {
  return file.type === XLSX_MEDIA_TYPE || /\.xlsx$/i.test(file.name);
}

/**
 * An import file as a request body: its own bytes (the server detects a CSV's encoding), as
 * text/csv or as an Excel workbook.
 */
export function importFileBody(file: File) {
  return {
    body: file,
    bodySerializer: (body: Blob) => body,
    headers: { 'content-type': isWorkbook(file) ? XLSX_MEDIA_TYPE : 'text/csv' },
  };
}

/** The If-Match value for a change based on this version of a record. */
export function ifMatch(version: number): string {
  return `"v${version}"`;
}

/**
 * The query string of a list or search: every value as its text, empty filters left out (a cleared
 * field means "any"), so `?status=&q=bolt` is sent as `?q=bolt`.
 */
function queryString(query: Record<string, unknown> | undefined): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value as QueryValue));
  }
  return params.toString();
}

/**
 * The client generated from the API description (docs/openapi.json → api-schema.d.ts by
 * `npm run openapi:write`): every path, parameter, header and body is checked against the API at
 * compile time. Same-origin cookies carry the session; a 401 sends the user to the login page.
 */
export const client = createClient<paths>({
  credentials: 'same-origin',
  headers: { accept: 'application/json, application/problem+json' },
  querySerializer: queryString,
});

client.use({
  onResponse({ response, schemaPath }) {
    if (response.status === 401 && schemaPath !== '/api/v1/auth/login') unauthorizedHandler?.();
  },
});

/** What a generated-client call resolves to. */
type Answer = { data?: unknown; error?: unknown; response: Response };

type ProblemBody = { type?: string; title?: string; status?: number; detail?: string; errors?: FieldError[] };

function problemOf(response: Response, body: unknown): ApiError {
  const problem: ProblemBody = typeof body === 'object' && body !== null ? (body as ProblemBody) : {}; // text: a proxy's error page
  return new ApiError({
    status: response.status,
    title: problem.title ?? (response.statusText || `HTTP ${response.status}`),
    detail: problem.detail,
    type: problem.type,
    fieldErrors: Array.isArray(problem.errors) ? problem.errors : [],
  });
}

export type CallOptions = {
  /**
   * The request carries an Idempotency-Key: a network failure may have hidden a create that did
   * happen, and sending it once more with the same key is safe.
   */
  retry?: boolean;
  signal?: AbortSignal;
};

/** Runs a generated-client call; throws ApiError for anything not 2xx or an unreachable server. */
export async function answerOf(call: () => Promise<Answer>, opts: CallOptions = {}): Promise<Answer> {
  let answer: Answer;
  try {
    answer = await call();
  } catch (err) {
    if (opts.signal?.aborted || (err instanceof DOMException && err.name === 'AbortError')) throw err;
    // fetch fails with a TypeError when the server cannot be reached; anything else (an answer
    // that is not the JSON it says, a bug) is not the network's fault and is thrown as it is.
    if (!(err instanceof TypeError)) throw err;
    if (!opts.retry) throw unreachable();
    try {
      answer = await call();
    } catch (again) {
      if (!(again instanceof TypeError)) throw again;
      throw unreachable();
    }
  }
  if (!answer.response.ok) throw problemOf(answer.response, answer.error);
  return answer;
}

/**
 * The answer's body decoded with its contract schema (so instants become Date and amounts stay
 * decimal strings); `call` is a generated-client request, e.g.
 * `() => client.GET('/api/v1/purchase-orders/{id}', { params: { path: { id } }, signal })`.
 */
export async function read<S extends z.ZodType>(
  schema: S,
  call: () => Promise<Answer>,
  opts: CallOptions = {},
): Promise<z.output<S>> {
  const answer = await answerOf(call, opts);
  return decode(schema, answer.data ?? null, answer.response.url || 'a request');
}

/** A request whose answer has no body worth reading (204, or a 200 the caller does not need). */
export async function send(call: () => Promise<Answer>, opts: CallOptions = {}): Promise<void> {
  await answerOf(call, opts);
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
 * Hands a file the API answers (a CSV or XLSX export, a PDF) to the browser as a download, named as
 * the server suggests or else `fileName`; `call` is a generated-client request with
 * `parseAs: 'blob'` and the Accept header of the wanted format. A refusal throws ApiError.
 */
export async function saveDownload(call: () => Promise<Answer>, fileName: string): Promise<void> {
  const answer = await answerOf(call);
  const blob = answer.data instanceof Blob ? answer.data : await answer.response.blob();
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileNameOf(answer.response, fileName);
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the blob goes away.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
