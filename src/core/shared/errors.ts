/**
 * The one error class of the core. Codes form a closed list; the HTTP layer maps each code to a
 * status in exactly one place (src/api/plugins/errors.ts). The core never throws HTTP errors.
 */
export type ErrorCode =
  | 'validation' // input is well-formed JSON but a field is wrong → 422
  | 'unauthenticated' // no or bad credentials → 401
  | 'forbidden' // authenticated, but not allowed → 403
  | 'not_found' // missing, or not visible to the caller → 404
  | 'conflict' // unique key taken, illegal state transition, stale version in body → 409
  | 'precondition_failed' // If-Match does not match the current version → 412
  | 'precondition_required' // an update came without If-Match → 428
  | 'rate_limited' // too many attempts → 429
  | 'unavailable' // a service OpenPO depends on (the attachment store) does not answer → 503
  | 'internal';

export type FieldError = { path: string; message: string };

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly errors: FieldError[];
  readonly meta: Record<string, unknown>;

  constructor(
    code: ErrorCode,
    message: string,
    opts: { errors?: FieldError[]; meta?: Record<string, unknown> } = {},
  ) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.errors = opts.errors ?? [];
    this.meta = opts.meta ?? {};
  }

  static validation(errors: FieldError[], message = 'The request has invalid fields.'): AppError {
    return new AppError('validation', message, { errors });
  }

  static field(path: string, message: string): AppError {
    return AppError.validation([{ path, message }], `${path}: ${message}`);
  }

  static notFound(entity: string, id?: string): AppError {
    return new AppError('not_found', id ? `${entity} ${id} was not found.` : `${entity} was not found.`);
  }

  static conflict(message: string, meta?: Record<string, unknown>): AppError {
    return new AppError('conflict', message, { meta });
  }

  static forbidden(message = 'You do not have permission to do this.'): AppError {
    return new AppError('forbidden', message);
  }
}

/** Collects field errors so a use case can report every bad field at once. */
export class FieldErrors {
  private readonly list: FieldError[] = [];
  add(path: string, message: string): void {
    this.list.push({ path, message });
  }
  get any(): boolean {
    return this.list.length > 0;
  }
  throwIfAny(): void {
    if (this.list.length > 0) throw AppError.validation(this.list);
  }
}

/** PostgreSQL unique_violation, as raised by both PGlite and node-postgres. */
export function isUniqueViolation(err: unknown): err is { constraint?: string } {
  const e = err as { code?: string; cause?: { code?: string } } | null;
  return e?.code === '23505' || e?.cause?.code === '23505';
}

/** PostgreSQL foreign_key_violation (a reference to a row that does not exist), from either driver. */
export function isForeignKeyViolation(err: unknown): boolean {
  const e = err as { code?: string; cause?: { code?: string } } | null;
  return e?.code === '23503' || e?.cause?.code === '23503';
}

export function constraintOf(err: unknown): string | undefined {
  const e = err as { constraint?: string; cause?: { constraint?: string } } | null;
  return e?.constraint ?? e?.cause?.constraint;
}
