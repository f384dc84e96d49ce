import { randomBytes } from 'node:crypto';
import type { AuditKey } from '../shared/audit-seal';

/**
 * The seal keys' text form, one key a line (or separated by commas): `keyId:base64secret`. The
 * first key signs new checkpoints, every key verifies; blank lines and `#` comments are skipped.
 */
const KEY_ID_RE = /^[A-Za-z0-9._-]{1,64}$/;
const BASE64_RE = /^[A-Za-z0-9+/_-]+={0,2}$/;
export const MIN_KEY_BYTES = 16;

export function parseAuditKeys(
  text: string,
): { ok: true; keys: AuditKey[] } | { ok: false; problem: string } {
  const keys: AuditKey[] = [];
  const entries = text
    .split('\n')
    .filter((l) => !l.trim().startsWith('#'))
    .flatMap((l) => l.split(','))
    .map((l) => l.trim())
    .filter((l) => l !== '');
  for (const [i, entry] of entries.entries()) {
    const colon = entry.indexOf(':');
    const id = colon < 0 ? '' : entry.slice(0, colon).trim();
    const secret = colon < 0 ? '' : entry.slice(colon + 1).trim();
    const which = `key ${i + 1}`;
    if (!KEY_ID_RE.test(id)) {
      return {
        ok: false,
        problem: `${which}: expected "keyId:base64secret" with a key id of letters, digits, ".", "_" or "-"`,
      };
    }
    if (!BASE64_RE.test(secret))
      return { ok: false, problem: `${which} ("${id}"): the secret is not base64` };
    const bytes = Buffer.from(secret, secret.includes('-') || secret.includes('_') ? 'base64url' : 'base64');
    if (bytes.length < MIN_KEY_BYTES) {
      return {
        ok: false,
        problem: `${which} ("${id}"): the secret has ${bytes.length} bytes; at least ${MIN_KEY_BYTES} are needed (generate 32 random bytes)`,
      };
    }
    if (keys.some((k) => k.id === id))
      return { ok: false, problem: `${which}: key id "${id}" is used twice` };
    keys.push({ id, secret: bytes });
  }
  if (keys.length === 0) return { ok: false, problem: 'no key: expected lines "keyId:base64secret"' };
  return { ok: true, keys };
}

/** A new random key in the text form, named after the day it was made ("2026-03-02"). */
export function generateAuditKeyLine(now: Date): string {
  return `${now.toISOString().slice(0, 10)}:${randomBytes(32).toString('base64')}`;
}
