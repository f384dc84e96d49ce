import { i18n as activeI18n, type I18n, type MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { formatLocale } from './format';

/**
 * The field messages of the API's contracts (src/contracts, with the number-format and rate rules
 * they use), of the server's own checks that come back in a 422, and Zod's few defaults, as they
 * read in English, in the user's language. A message not listed here is shown as it came.
 *
 * The contracts say "is required"; a form shows "Is required", so the English of each message
 * here is the contract's with a capital first letter.
 */
const EXACT: Record<string, MessageDescriptor> = {
  // src/contracts
  'is required': msg`Is required`,
  'is empty': msg`Is empty`,
  'must be an e-mail address': msg`Must be an e-mail address`,
  'must be an id (UUID)': msg`Must be an id (UUID)`,
  'must be a decimal number written as a string, e.g. "19.99"': msg`Must be a decimal number written as a string, e.g. "19.99"`,
  'must be greater than 0': msg`Must be greater than 0`,
  'must not be negative': msg`Must not be negative`,
  'must be a date as YYYY-MM-DD': msg`Must be a date as YYYY-MM-DD`,
  'must be an ISO 4217 code of three capital letters, e.g. "USD"': msg`Must be an ISO 4217 code of three capital letters, e.g. "USD"`,
  'must be an ISO 3166-1 alpha-2 country code, e.g. "US"': msg`Must be an ISO 3166-1 alpha-2 country code, e.g. "US"`,
  'must be a whole number': msg`Must be a whole number`,
  'must be a whole number of days': msg`Must be a whole number of days`,
  'must be a whole number of hours': msg`Must be a whole number of hours`,
  'must be at most 168 (a week)': msg`Must be at most 168 (a week)`,
  'must have at least one line': msg`Must have at least one line`,
  'must not contain spaces or control characters': msg`Must not contain spaces or control characters`,
  'must not be before validFrom': msg`Must not be before validFrom`,
  'must be the CSV file as the request body (Content-Type: text/csv)': msg`Must be the CSV file as the request body (Content-Type: text/csv)`,
  'may contain only letters, digits, ".", "_" and "-"': msg`May contain only letters, digits, ".", "_" and "-"`,
  'must be lower-case letters, digits and "_", e.g. "purchase_order"': msg`Must be lower-case letters, digits and "_", e.g. "purchase_order"`,
  'must be a whole month number': msg`Must be a whole month number`,
  'must be a month number from 1 to 12': msg`Must be a month number from 1 to 12`,
  'may set at most 50 document types at once': msg`May set at most 50 document types at once`,
  'must be a year, e.g. 2026': msg`Must be a year, e.g. 2026`,
  'must be a whole year, e.g. 2026': msg`Must be a whole year, e.g. 2026`,
  'must be a year from 1900 to 2999': msg`Must be a year from 1900 to 2999`,
  'must be csv or xlsx': msg`Must be csv or xlsx`,
  'must be an ISO 8601 date-time': msg`Must be an ISO 8601 date-time`,
  'must be a date-time with offset, e.g. 2026-03-02T09:00:00Z': msg`Must be a date-time with offset, e.g. 2026-03-02T09:00:00Z`,
  'must be an IBAN such as DE89370400440532013000': msg`Must be an IBAN such as DE89370400440532013000`,
  'must be a BIC of 8 or 11 characters': msg`Must be a BIC of 8 or 11 characters`,
  'must be 4 to 34 digits': msg`Must be 4 to 34 digits`,
  'may name at most 20 people': msg`May name at most 20 people`,
  'must name at least one event type, or *': msg`Must name at least one event type, or *`,
  'list at least one': msg`List at least one`,
  'list at least one document': msg`List at least one document`,
  'combine at least one condition': msg`Combine at least one condition`,
  'approve at most 100 documents at once': msg`Approve at most 100 documents at once`,
  // Scorecard settings (src/contracts/evaluation.ts)
  'must be 0 or more': msg`Must be 0 or more`,
  'must be 1 or more': msg`Must be 1 or more`,
  'at least one measure must weigh more than 0': msg`At least one measure must weigh more than 0`,
  'must be above grade B’s lowest score': msg`Must be above grade B’s lowest score`,
  'must be above grade C’s lowest score': msg`Must be above grade C’s lowest score`,
  'must be a whole number from 1 to 5': msg`Must be a whole number from 1 to 5`,
  'must be a line number (1 or more)': msg`Must be a line number (1 or more)`,
  // Number formats (src/core/organisation/rules.ts)
  'may contain only letters, digits, ".", "_", "/", "-" and tokens in braces': msg`May contain only letters, digits, ".", "_", "/", "-" and tokens in braces`,
  // Exchange rates (src/core/organisation/rules.ts)
  'must be a positive decimal number written as a string, e.g. "1.0842"': msg`Must be a positive decimal number written as a string, e.g. "1.0842"`,
  // The server's own checks (src/core)
  'is already used by another supplier': msg`Is already used by another supplier`,
  'is already used by another item': msg`Is already used by another item`,
  'is already used by another item category': msg`Is already used by another item category`,
  'is already used by another unit': msg`Is already used by another unit`,
  'is already used by another department': msg`Is already used by another department`,
  'is already used by another cost centre': msg`Is already used by another cost centre`,
  'is already used by another policy': msg`Is already used by another policy`,
  'is already the name of one of your views of this list': msg`Is already the name of one of your views of this list`,
  'already has a budget for this cost centre': msg`Already has a budget for this cost centre`,
  'another policy of this document type is enabled': msg`Another policy of this document type is enabled`,
  'early-payment discount needs both a percentage and a number of days': msg`Early-payment discount needs both a percentage and a number of days`,
  'is required when a contact e-mail or phone is given': msg`Is required when a contact e-mail or phone is given`,
  'is required when an address is given': msg`Is required when an address is given`,
  'an entry with this currency, quantity break and start date already exists': msg`An entry with this currency, quantity break and start date already exists`,
  'must be true or false': msg`Must be true or false`,
  'names no active user': msg`Names no active user`,
  'must not contain NUL characters': msg`Must not contain NUL characters`,
  // CSV imports (src/core/shared/csv.ts): the file as a whole
  'is empty: expected a header row and at least one data row': msg`Is empty: expected a header row and at least one data row`,
  'has a header row but no data rows': msg`Has a header row but no data rows`,
  // Zod's own words, where a contract gives none
  'Invalid email address': msg`Invalid email address`,
  'Invalid URL': msg`Invalid URL`,
  'Invalid UUID': msg`Invalid UUID`,
  'Invalid ISO datetime': msg`Invalid ISO datetime`,
  'Invalid ISO date': msg`Invalid ISO date`,
  'Invalid input': msg`Invalid input`,
};

/**
 * A number as the contract wrote it ("2,000", "10000", "0.5") in the user's locale, grouped only
 * where the contract grouped it ("2.000", "10000", "0,5" in German; in English as written).
 */
const number = (written: string) =>
  new Intl.NumberFormat(formatLocale(), {
    useGrouping: written.includes(','),
    maximumFractionDigits: 20,
  }).format(written.replace(/,/g, '') as Intl.StringNumericLiteral);

// The counter and year tokens of a number format, written in braces, are not words to translate.
const COUNTER_TOKEN = '{#####}';
const YEAR_TOKENS = ['{YYYY}', '{YY}'] as const;

/** Messages with a number or a code in them: a pattern, and the message made of what it matched. */
const PATTERNS: readonly (readonly [RegExp, (parts: string[]) => MessageDescriptor])[] = [
  [
    /^must be at most ([\d,]+) characters$/,
    ([written = '']) => {
      const count = number(written);
      return msg`Must be at most ${count} characters`;
    },
  ],
  [
    /^must be at least ([\d,]+) characters$/,
    ([written = '']) => {
      const count = number(written);
      return msg`Must be at least ${count} characters`;
    },
  ],
  [
    /^must be at most (-?[\d,]+(?:\.\d+)?)$/,
    ([written = '']) => {
      const limit = number(written);
      return msg`Must be at most ${limit}`;
    },
  ],
  [
    /^must be at least (-?[\d,]+(?:\.\d+)?)$/,
    ([written = '']) => {
      const limit = number(written);
      return msg`Must be at least ${limit}`;
    },
  ],
  [
    /^must have at most ([\d,]+) decimal places$/,
    ([written = '']) => {
      const count = number(written);
      return msg`Must have at most ${count} decimal places`;
    },
  ],
  [
    /^must have at most ([\d,]+) decimal places \(unit (\S+)\)$/,
    ([written = '', unit = '']) => {
      const count = number(written);
      return msg`Must have at most ${count} decimal places (unit ${unit})`;
    },
  ],
  [
    /^must have at most ([\d,]+) digits before the decimal point$/,
    ([written = '']) => {
      const count = number(written);
      return msg`Must have at most ${count} digits before the decimal point`;
    },
  ],
  [
    /^must have at most ([\d,]+) lines$/,
    ([written = '']) => {
      const count = number(written);
      return msg`Must have at most ${count} lines`;
    },
  ],
  [/^must be one of (.+)$/, ([options = '']) => msg`Must be one of ${options}`],
  [/^must be an Incoterms 2020 rule: (.+)$/, ([rules = '']) => msg`Must be an Incoterms 2020 rule: ${rules}`],
  // Number formats (src/core/organisation/rules.ts)
  [
    /^the counter token must have 3 to 9 "#", e\.g\. \{#####\}$/,
    () => {
      const example = COUNTER_TOKEN;
      return msg`The counter token must have 3 to 9 "#", e.g. ${example}`;
    },
  ],
  [
    /^(\{[^{}]*\}) is not a token; use \{YYYY\}, \{YY\} or a counter such as \{#####\}$/,
    ([token = '']) => {
      const [year, shortYear] = YEAR_TOKENS;
      const counter = COUNTER_TOKEN;
      return msg`${token} is not a token; use ${year}, ${shortYear} or a counter such as ${counter}`;
    },
  ],
  [
    /^has an unmatched "\{" or "\}"$/,
    () => {
      const open = '"{"';
      const close = '"}"';
      return msg`Has an unmatched ${open} or ${close}`;
    },
  ],
  [
    /^must contain exactly one counter token such as \{#####\} \(found (\d+)\)$/,
    ([written = '']) => {
      const counter = COUNTER_TOKEN;
      const found = number(written);
      return msg`Must contain exactly one counter token such as ${counter} (found ${found})`;
    },
  ],
  // The server's own checks (src/core): codes and SKUs stay as they are.
  [/^(\S+) is not an active currency$/, ([code = '']) => msg`${code} is not an active currency`],
  [/^(\S+) is the base currency$/, ([code = '']) => msg`${code} is the base currency`],
  [/^(\S+) is not a known unit$/, ([code = '']) => msg`${code} is not a known unit`],
  [/^item (\S+) is inactive$/, ([sku = '']) => msg`Item ${sku} is inactive`],
  [/^category (\S+) is inactive$/, ([code = '']) => msg`Category ${code} is inactive`],
  [/^supplier (\S+) is blocked$/, ([code = '']) => msg`Supplier ${code} is blocked`],
  [/^no item has SKU (\S+)$/, ([sku = '']) => msg`No item has SKU ${sku}`],
  [/^no supplier has code (\S+)$/, ([code = '']) => msg`No supplier has code ${code}`],
  [/^no item category has code (\S+)$/, ([code = '']) => msg`No item category has code ${code}`],
  [/^repeats SKU (\S+) of line (\d+)$/, ([sku = '', line = '']) => msg`Repeats SKU ${sku} of line ${line}`],
  [
    /^repeats code (\S+) of line (\d+)$/,
    ([code = '', line = '']) => msg`Repeats code ${code} of line ${line}`,
  ],
  [
    /^repeats the entry of line (\d+) \(same supplier, SKU, currency, minQuantity and validFrom\)$/,
    ([line = '']) =>
      msg`Repeats the entry of line ${line} (same supplier, SKU, currency, minQuantity and validFrom)`,
  ],
  // CSV imports (src/core/shared/csv.ts): the file as a whole
  [
    /^has more than ([\d,]+) rows; split it$/,
    ([written = '']) => {
      const count = number(written);
      return msg`Has more than ${count} rows; split it`;
    },
  ],
  [/^is not valid CSV: (.+)$/, ([reason = '']) => msg`Is not valid CSV: ${reason}`],
  // Zod's own words, where a contract gives none
  [
    /^Too big: expected string to have <=(\d+) characters$/,
    ([written = '']) => {
      const count = number(written);
      return msg`Too big: expected string to have <=${count} characters`;
    },
  ],
  [
    /^Too small: expected string to have >=(\d+) characters$/,
    ([written = '']) => {
      const count = number(written);
      return msg`Too small: expected string to have >=${count} characters`;
    },
  ],
  [
    /^Too big: expected number to be <=(-?[\d.]+)$/,
    ([written = '']) => {
      const limit = number(written);
      return msg`Too big: expected number to be <=${limit}`;
    },
  ],
  [
    /^Too small: expected number to be >=(-?[\d.]+)$/,
    ([written = '']) => {
      const limit = number(written);
      return msg`Too small: expected number to be >=${limit}`;
    },
  ],
  [
    /^Too big: expected array to have <=(\d+) items$/,
    ([written = '']) => {
      const count = number(written);
      return msg`Too big: expected array to have <=${count} items`;
    },
  ],
  [
    /^Too small: expected array to have >=(\d+) items$/,
    ([written = '']) => {
      const count = number(written);
      return msg`Too small: expected array to have >=${count} items`;
    },
  ],
  [
    /^Invalid input: expected (\w+), received (\w+)$/,
    ([expected = '', received = '']) => msg`Invalid input: expected ${expected}, received ${received}`,
  ],
  [
    /^Invalid option: expected one of (.+)$/,
    ([options = '']) => msg`Invalid option: expected one of ${options}`,
  ],
];

/** The translation of a contract's (or the server's) English field message, if it is a known one. */
export function contractMessageDescriptor(message: string): MessageDescriptor | undefined {
  const exact = EXACT[message];
  if (exact) return exact;
  for (const [pattern, make] of PATTERNS) {
    const match = pattern.exec(message);
    if (match) return make(match.slice(1));
  }
  return undefined;
}

function capitalise(message: string): string {
  return message.charAt(0).toUpperCase() + message.slice(1);
}

/**
 * A field message from a contract or from the server ("is required") as a form shows it: in the
 * user's language ("Pflichtfeld") when it is a known one and its catalog is loaded, else as it
 * came with a capital first letter ("Is required"). The sign-in page, which loads only its own
 * messages, thus shows the contract's English.
 */
export function translateFieldMessage(message: string, i18n: I18n = activeI18n): string {
  const descriptor = contractMessageDescriptor(message);
  if (descriptor && i18n.messages[descriptor.id] !== undefined) return capitalise(i18n._(descriptor));
  return capitalise(message);
}

/**
 * A request's field errors for a form of line cards: each `lines[i]…` error under the line number
 * of the i-th line sent (`lineNoAt`), any other under its own path; several of one key joined,
 * each in the user's language.
 */
export function fieldErrorsByLine(
  errors: readonly { path: string; message: string }[],
  lineNoAt: (index: number) => number | undefined,
): Record<string, string> {
  const byKey: Record<string, string> = {};
  for (const f of errors) {
    const m = /^lines\[(\d+)\]/.exec(f.path);
    const key = m ? String(lineNoAt(Number(m[1])) ?? '') : f.path;
    const message = translateFieldMessage(f.message);
    byKey[key] = byKey[key] ? `${byKey[key]}; ${message}` : message;
  }
  return byKey;
}
