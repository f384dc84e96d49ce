/**
 * Pure rules of the organisation capability: document number formats and exchange-rate values.
 * No imports: the API contracts (and so the web app) validate with these same functions.
 */

/**
 * A document number format is literal text with tokens in braces:
 * - `{#####}` the counter, zero-padded to the number of `#` (3 to 9); exactly one is required;
 * - `{YYYY}` / `{YY}` the year of the document's date.
 * The counter grows past its width rather than wrap, so a number is never reused.
 */
export type FormatPart =
  | { kind: 'text'; text: string }
  | { kind: 'year4' }
  | { kind: 'year2' }
  | { kind: 'counter'; width: number };

export const MAX_FORMAT_LENGTH = 40;
export const DOCUMENT_TYPE_RE = /^[a-z][a-z0-9_]{0,39}$/;
const LITERAL_RE = /^[A-Za-z0-9._/-]*$/;
const TOKEN_RE = /\{([^{}]*)\}/g;

export type ParsedFormat = { ok: true; parts: FormatPart[] } | { ok: false; problem: string };

function tokenPart(token: string): FormatPart | string {
  if (token === 'YYYY') return { kind: 'year4' };
  if (token === 'YY') return { kind: 'year2' };
  if (/^#+$/.test(token)) {
    if (token.length < 3 || token.length > 9) return 'the counter token must have 3 to 9 "#", e.g. {#####}';
    return { kind: 'counter', width: token.length };
  }
  return `{${token}} is not a token; use {YYYY}, {YY} or a counter such as {#####}`;
}

export function parseNumberFormat(format: string): ParsedFormat {
  if (format.length === 0) return { ok: false, problem: 'is required' };
  if (format.length > MAX_FORMAT_LENGTH)
    return { ok: false, problem: `must be at most ${MAX_FORMAT_LENGTH} characters` };
  const parts: FormatPart[] = [];
  let at = 0;
  const pushText = (text: string): string | undefined => {
    if (text.length === 0) return undefined;
    if (text.includes('{') || text.includes('}')) return 'has an unmatched "{" or "}"';
    if (!LITERAL_RE.test(text))
      return 'may contain only letters, digits, ".", "_", "/", "-" and tokens in braces';
    parts.push({ kind: 'text', text });
    return undefined;
  };
  for (const match of format.matchAll(TOKEN_RE)) {
    const textProblem = pushText(format.slice(at, match.index));
    if (textProblem) return { ok: false, problem: textProblem };
    const part = tokenPart(match[1]!);
    if (typeof part === 'string') return { ok: false, problem: part };
    parts.push(part);
    at = match.index + match[0].length;
  }
  const tailProblem = pushText(format.slice(at));
  if (tailProblem) return { ok: false, problem: tailProblem };
  const counters = parts.filter((p) => p.kind === 'counter').length;
  if (counters !== 1) {
    return {
      ok: false,
      problem: `must contain exactly one counter token such as {#####} (found ${counters})`,
    };
  }
  return { ok: true, parts };
}

/** What is wrong with a format, or undefined when it is valid. */
export function numberFormatProblem(format: string): string | undefined {
  const parsed = parseNumberFormat(format);
  return parsed.ok ? undefined : parsed.problem;
}

function renderPart(part: FormatPart, at: { year: number; counter: number }): string {
  switch (part.kind) {
    case 'text':
      return part.text;
    case 'year4':
      return String(at.year).padStart(4, '0');
    case 'year2':
      return String(at.year % 100).padStart(2, '0');
    case 'counter':
      return String(at.counter).padStart(part.width, '0');
  }
}

export function renderDocumentNumber(format: string, at: { year: number; counter: number }): string {
  const parsed = parseNumberFormat(format);
  if (!parsed.ok) throw new Error(`Invalid document number format "${format}": ${parsed.problem}`);
  return parsed.parts.map((part) => renderPart(part, at)).join('');
}

/**
 * The year a counter is kept for. A format that shows the year restarts its counter each year; one
 * that does not keeps a single counter for ever (year 0), or its numbers would repeat.
 */
export function sequenceYear(format: string, year: number): number {
  const parsed = parseNumberFormat(format);
  const showsYear = parsed.ok && parsed.parts.some((p) => p.kind === 'year4' || p.kind === 'year2');
  return showsYear ? year : 0;
}

/**
 * The PostgreSQL sequence a document type's counter lives in, per year (year 0: one counter for
 * ever): `docnum_purchase_order_2026`. The year is always the last part, so names never collide.
 */
export function documentSequenceName(documentType: string, year: number): string {
  if (!DOCUMENT_TYPE_RE.test(documentType) || !Number.isInteger(year) || year < 0 || year > 99999) {
    throw new Error(`No document number sequence for "${documentType}" in ${year}`);
  }
  return `docnum_${documentType}_${year}`;
}

/** The literal text of a format without its tokens ("PO-{YYYY}-{#####}" → "PO--"). */
export function formatLiteral(format: string): string {
  return format.replace(TOKEN_RE, '');
}

/**
 * Document types whose formats have the same literal text: their numbers could look alike (or be
 * equal), so each document type needs its own prefix or wording.
 */
export function clashingFormats(formats: Record<string, string>): [string, string][] {
  const seen = new Map<string, string>();
  const clashes: [string, string][] = [];
  for (const [type, format] of Object.entries(formats).sort(([a], [b]) => a.localeCompare(b))) {
    const literal = formatLiteral(format).toLowerCase();
    const other = seen.get(literal);
    if (other !== undefined) clashes.push([other, type]);
    else seen.set(literal, type);
  }
  return clashes;
}

/** The year of a document date: an ISO date ("2026-03-02") or an instant (UTC). */
export function yearOf(date: Date | string): number {
  return typeof date === 'string' ? Number(date.slice(0, 4)) : date.getUTCFullYear();
}

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/**
 * An exchange rate is units of base currency for one unit of the currency: greater than zero, at
 * most 10 digits before and 10 after the decimal point (the column is numeric(20, 10)).
 */
export function exchangeRateProblem(rate: string): string | undefined {
  const match = /^(\d+)(?:\.(\d+))?$/.exec(rate);
  if (!match) return 'must be a positive decimal number written as a string, e.g. "1.0842"';
  if (match[1]!.replace(/^0+(?=\d)/, '').length > 10)
    return 'must have at most 10 digits before the decimal point';
  if ((match[2] ?? '').length > 10) return 'must have at most 10 decimal places';
  if (!/[1-9]/.test(rate)) return 'must be greater than 0';
  return undefined;
}
