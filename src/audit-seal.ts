import { createHmac } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { type AppConfig, type AuditSealConfig, ConfigError } from './config';
import { generateAuditKeyLine, parseAuditKeys } from './core/audit';
import type { AuditKey, AuditSeal, CheckpointFile } from './core/shared/audit-seal';

/**
 * The audit seal's side outside the database (docs/audit.md): the keys, read from the
 * environment or a key file (created with a random key on first start when it is the default
 * one), the checkpoint file, and the checkpoint URL.
 */
export function createAuditSeal(
  config: Pick<AppConfig, 'audit'>,
  opts: { createKey: boolean; now?: Date },
): { seal: AuditSeal; notes: string[] } {
  const notes: string[] = [];
  const keys = loadAuditKeys(config.audit, { ...opts, notes });
  const { checkpointUrl, checkpointUrlSecret, checkpointEmail } = config.audit;
  return {
    seal: {
      keys,
      file: checkpointFile(config.audit.checkpointFile),
      ...(checkpointUrl && checkpointUrlSecret
        ? { send: checkpointSender(checkpointUrl, checkpointUrlSecret) }
        : {}),
      ...(checkpointEmail ? { email: checkpointEmail } : {}),
    },
    notes,
  };
}

/** The seal keys; none when there is no key file and it may not be created (verification only). */
export function loadAuditKeys(
  audit: AuditSealConfig,
  opts: { createKey: boolean; now?: Date; notes?: string[] },
): AuditKey[] {
  if (audit.keys) return audit.keys;
  const file = audit.keyFile;
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    if (!audit.keyFileIsDefault) {
      throw new ConfigError([`OPENPO_AUDIT_KEY_FILE=${JSON.stringify(file)}: no such file`]);
    }
    if (!opts.createKey) return [];
    text = createKeyFile(file, opts.now ?? new Date());
    opts.notes?.push(
      `Created the audit seal key ${file}. Back it up apart from the database; every OpenPO process on the same database needs the same key.`,
    );
  }
  const parsed = parseAuditKeys(text);
  if (!parsed.ok) {
    const name = audit.keyFileIsDefault ? 'audit seal key file' : 'OPENPO_AUDIT_KEY_FILE';
    throw new ConfigError([`${name} ${JSON.stringify(file)}: ${parsed.problem}`]);
  }
  if (process.platform !== 'win32' && (fs.statSync(file).mode & 0o077) !== 0) {
    opts.notes?.push(`The audit seal key ${file} can be read by other users of this machine: chmod 600 it.`);
  }
  return parsed.keys;
}

function createKeyFile(file: string, now: Date): string {
  const text = [
    '# OpenPO audit seal keys, one "keyId:base64secret" a line. The first signs new checkpoints;',
    '# every key verifies the checkpoints it signed. Keep old keys for as long as you keep the log.',
    generateAuditKeyLine(now),
    '',
  ].join('\n');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  try {
    fs.writeFileSync(file, text, { mode: 0o600, flag: 'wx' });
    return text;
  } catch (err) {
    // Another process sharing the data directory created it first: use theirs.
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return fs.readFileSync(file, 'utf8');
    throw err;
  }
}

/** The published checkpoint file: JSON lines, appended. */
export function checkpointFile(location: string): CheckpointFile {
  return {
    location,
    async append(lines) {
      if (lines.length === 0) return;
      await fs.promises.mkdir(path.dirname(location), { recursive: true });
      await fs.promises.appendFile(location, `${lines.join('\n')}\n`, { mode: 0o644 });
    },
    async read() {
      let size: number;
      try {
        size = (await fs.promises.stat(location)).size;
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw err;
      }
      // Up to the size seen now: lines appended while verification runs are not read. The stream
      // opens when iteration begins, so no line is emitted before anyone listens.
      return (async function* () {
        if (size === 0) return;
        yield* readline.createInterface({
          input: fs.createReadStream(location, { start: 0, end: size - 1, encoding: 'utf8' }),
          crlfDelay: Number.POSITIVE_INFINITY,
        });
      })();
    },
  };
}

/**
 * POSTs one checkpoint (its JSON line) to the checkpoint URL, signed: `X-OpenPO-Timestamp` (Unix
 * seconds) and `X-OpenPO-Signature: sha256=<hex HMAC-SHA256 of "<timestamp>.<body>" under the
 * URL's secret>`. Any answer but 2xx is a failure; the request gives up after 10 seconds.
 */
export function checkpointSender(url: string, secret: string): (body: string) => Promise<void> {
  return async (body) => {
    const timestamp = String(Math.floor(Date.now() / 1000));
    const signature = createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
    const res = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-openpo-timestamp': timestamp,
        'x-openpo-signature': `sha256=${signature}`,
      },
      body,
      signal: AbortSignal.timeout(10_000),
    });
    await res.arrayBuffer().catch(() => undefined);
    if (!res.ok) throw new Error(`${url} answered ${res.status}`);
  };
}
