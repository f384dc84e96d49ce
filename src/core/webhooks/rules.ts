import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { BlockList, isIP } from 'node:net';

/**
 * Pure rules of outbound webhooks: which endpoints want an event, how a delivery is signed, when
 * a failed one is tried again, and which addresses an endpoint may never reach.
 */

/** An endpoint's subscription: exact types, `<subject>.*`, or `*`. */
export function wantsEvent(patterns: readonly string[], type: string): boolean {
  return patterns.some(
    (p) => p === '*' || p === type || (p.endsWith('.*') && type.startsWith(p.slice(0, -1))),
  );
}

export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64url')}`;
}

/** HMAC-SHA256 of `<timestamp>.<body>` under one secret, hex. */
export function signature(secret: string, timestamp: number, body: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
}

/**
 * The `OpenPO-Signature` header: `t=<unix seconds>,v1=<hex>` — one `v1` per valid secret, so a
 * receiver that still has the previous secret during a rotation's overlap window accepts it too.
 */
export function signatureHeader(secrets: readonly string[], timestamp: number, body: string): string {
  return [`t=${timestamp}`, ...secrets.map((s) => `v1=${signature(s, timestamp, body)}`)].join(',');
}

/**
 * What a receiver does (and the tests do): the header names a timestamp within `toleranceSeconds`
 * of now and a `v1` signature that matches the body under the receiver's secret.
 */
export function verifySignatureHeader(
  header: string,
  secret: string,
  body: string,
  nowSeconds: number,
  toleranceSeconds = 300,
): boolean {
  const parts = header.split(',').map((p) => p.split('=', 2) as [string, string]);
  const t = Number(parts.find(([k]) => k === 't')?.[1]);
  if (!Number.isInteger(t) || Math.abs(nowSeconds - t) > toleranceSeconds) return false;
  const expected = Buffer.from(signature(secret, t, body), 'hex');
  return parts
    .filter(([k]) => k === 'v1')
    .some(([, v]) => {
      const given = Buffer.from(v ?? '', 'hex');
      return given.length === expected.length && timingSafeEqual(given, expected);
    });
}

/** A delivery is tried for this long after the event, then given up. */
export const DELIVERY_WINDOW_MS = 24 * 3600_000;

const RETRY_DELAYS_S = [30, 60, 300, 900, 1800, 3600, 7200, 14_400];

/** When to try again after `attempts` failed attempts: null once the 24-hour window is over. */
export function nextAttemptAt(opts: { attempts: number; createdAt: Date; now: Date }): Date | null {
  const delay = RETRY_DELAYS_S[Math.min(opts.attempts, RETRY_DELAYS_S.length) - 1] ?? 30;
  const next = new Date(opts.now.getTime() + delay * 1000);
  const deadline = opts.createdAt.getTime() + DELIVERY_WINDOW_MS;
  if (opts.now.getTime() >= deadline) return null;
  return next.getTime() > deadline ? new Date(deadline) : next;
}

/** Addresses no endpoint may reach unless the operator allows private targets (SSRF). */
const PRIVATE = new BlockList();
for (const [net, bits] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const)
  PRIVATE.addSubnet(net, bits, 'ipv4');
for (const [net, bits] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
  ['64:ff9b::', 96],
] as const)
  PRIVATE.addSubnet(net, bits, 'ipv6');

/** Whether an IP address is loopback, private, link-local, multicast or otherwise not public. */
export function isPrivateAddress(address: string): boolean {
  const kind = isIP(address);
  if (kind === 4) return PRIVATE.check(address, 'ipv4');
  if (kind === 6) {
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
    if (mapped) return PRIVATE.check(mapped[1]!, 'ipv4');
    return PRIVATE.check(address, 'ipv6');
  }
  return true;
}

/**
 * The endpoint URL's problem, or null: absolute, https (http only where private targets are
 * allowed, for a receiver on the same machine or network), no credentials in it.
 */
export function urlProblem(raw: string, allowPrivate: boolean): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'must be an absolute URL such as https://erp.example.com/openpo-events';
  }
  if (url.protocol !== 'https:' && !(allowPrivate && url.protocol === 'http:'))
    return 'must use https:// (plain http is allowed only where private targets are allowed)';
  if (url.username || url.password)
    return 'must not carry a user name or password; the signature authenticates';
  if (url.hash) return 'must not have a #fragment';
  return null;
}
