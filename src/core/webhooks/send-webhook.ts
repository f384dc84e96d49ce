import { lookup as dnsLookup } from 'node:dns/promises';
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { isIP } from 'node:net';
import { isPrivateAddress } from './rules';

/** The answer of one attempt: a status when the receiver answered, an error when it did not. */
export type SendResult = { statusCode: number | null; error: string | null };

export class ForbiddenTargetError extends Error {}

/**
 * Resolves a host and refuses it when any of its addresses is private (unless allowed). Used when
 * an endpoint is registered and again on every delivery, connecting to the address checked, so a
 * DNS answer that changes after registration (rebinding) cannot reach an internal service.
 */
export async function resolveTarget(
  host: string,
  allowPrivate: boolean,
): Promise<{ address: string; family: number }> {
  const bare = host.replace(/^\[|\]$/g, '');
  const addresses = isIP(bare)
    ? [{ address: bare, family: isIP(bare) }]
    : await dnsLookup(bare, { all: true, verbatim: true }).catch((err: NodeJS.ErrnoException) => {
        throw new ForbiddenTargetError(`${host} does not resolve (${err.code ?? err.message})`);
      });
  if (addresses.length === 0) throw new ForbiddenTargetError(`${host} does not resolve`);
  if (!allowPrivate) {
    const inside = addresses.find((a) => isPrivateAddress(a.address));
    if (inside)
      throw new ForbiddenTargetError(
        `${host} is a loopback, private or link-local address (${inside.address}); webhooks may only reach public addresses`,
      );
  }
  return addresses[0]!;
}

/** POSTs one delivery: 10 s to answer, the body of the answer is not kept. */
export async function sendWebhook(opts: {
  url: string;
  headers: Record<string, string>;
  body: string;
  allowPrivate: boolean;
  timeoutMs?: number;
}): Promise<SendResult> {
  const url = new URL(opts.url);
  let target: { address: string; family: number };
  try {
    target = await resolveTarget(url.hostname, opts.allowPrivate);
  } catch (err) {
    return { statusCode: null, error: err instanceof Error ? err.message : String(err) };
  }
  const lookup: LookupFunction = (_host, options, callback) => {
    if ((options as { all?: boolean }).all) callback(null, [target] as never);
    else callback(null, target.address, target.family);
  };
  const client = url.protocol === 'https:' ? https : http;
  return new Promise<SendResult>((resolve) => {
    const req = client.request(
      url,
      {
        method: 'POST',
        lookup,
        headers: { ...opts.headers, 'content-length': Buffer.byteLength(opts.body).toString() },
        timeout: opts.timeoutMs ?? 10_000,
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve({ statusCode: res.statusCode ?? null, error: null }));
        res.on('error', (err) => resolve({ statusCode: res.statusCode ?? null, error: err.message }));
      },
    );
    req.on('timeout', () =>
      req.destroy(new Error(`no answer within ${(opts.timeoutMs ?? 10_000) / 1000} s`)),
    );
    req.on('error', (err) => resolve({ statusCode: null, error: err.message }));
    req.end(opts.body);
  });
}
