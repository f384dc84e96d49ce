import { isIP } from 'node:net';
import path from 'node:path';
import { z } from 'zod';
import { parseAuditKeys } from './core/audit/keys';
import type { S3StoreConfig } from './core/discussion/s3-file-store';
import type { AuditKey } from './core/shared/audit-seal';
import { DEFAULT_ATTACHMENT_MAX_BYTES } from './domain/discussion';
import { DEFAULT_MAIL_FROM } from './domain/notifications';

/**
 * Configuration is read from the environment exactly once, validated, and a wrong value stops
 * start-up with a message naming the variable and what it expects.
 */
const booleanFlag = z.enum(['0', '1', 'true', 'false']).transform((v) => v === '1' || v === 'true');

/** Names proxy-addr knows for address ranges. */
const PROXY_RANGE_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/** An address, a CIDR range (`10.0.0.0/8`, `fd00::/8`) or a range name. */
function isProxyAddress(entry: string): boolean {
  if (PROXY_RANGE_NAMES.has(entry)) return true;
  const [address, prefix, ...rest] = entry.split('/');
  const family = isIP(address ?? '');
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  const bits = Number(prefix);
  return /^\d{1,3}$/.test(prefix) && bits <= (family === 4 ? 32 : 128);
}

/**
 * Which proxies' X-Forwarded-For to believe: none (the default: the client is the connection's
 * peer), the nearest N hops, or the proxies at these addresses. Believing any client would let it
 * choose the address the sign-in throttle counts by.
 */
const trustProxy = z.string().transform((text, ctx): false | number | string[] => {
  const value = text.trim();
  if (['0', 'false', 'off', 'no'].includes(value.toLowerCase())) return false;
  if (/^\d+$/.test(value)) return Number(value);
  const entries = value
    .split(',')
    .map((e) => e.trim())
    .filter((e) => e !== '');
  const wrong = entries.filter((e) => !isProxyAddress(e));
  if (entries.length > 0 && wrong.length === 0) return entries;
  ctx.addIssue({
    code: 'custom',
    message: `expected off, a number of proxy hops, or addresses and CIDR ranges separated by commas (not ${wrong.map((w) => JSON.stringify(w)).join(', ') || 'an empty list'})`,
  });
  return z.NEVER;
});

const envSchema = z.object({
  PORT: z.coerce
    .number({ message: 'expected a whole number' })
    .int('expected a whole number')
    .min(0)
    .max(65535, 'expected a port number 0-65535')
    .default(3000),
  HOST: z
    .string()
    .refine(
      (v) =>
        isIP(v) !== 0 ||
        (!/^[\d.]+$/.test(v) && /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/i.test(v)),
      'expected an IP address (0.0.0.0 for every address) or a host name',
    )
    .default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'expected a postgres:// or postgresql:// connection URL')
    .refine(
      (v) => URL.canParse(v),
      'expected a connection URL such as postgres://user:password@host:5432/database',
    )
    .optional(),
  DATABASE_POOL_SIZE: z.coerce
    .number({ message: 'expected a whole number of connections, 1 or more' })
    .int('expected a whole number of connections, 1 or more')
    .min(1, 'expected a whole number of connections, 1 or more')
    .default(10),
  OPENPO_DATA_DIR: z.string().min(1).default('./data'),
  OPENPO_DEMO: booleanFlag.default(true),
  OPENPO_BASE_URL: z.url('expected an absolute URL such as https://po.example.com').optional(),
  OPENPO_SECURE_COOKIES: booleanFlag.optional(),
  OPENPO_TRUST_PROXY: trustProxy.default(false),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'expected an smtp:// or smtps:// URL')
    .refine((v) => URL.canParse(v), 'expected a URL such as smtps://user:password@mail.example.com:465')
    .optional(),
  OPENPO_MAIL_FROM: z
    .string()
    .regex(/^[^\r\n]*@[^\r\n]*$/, 'expected a sender address such as "OpenPO <no-reply@example.com>"')
    .default(DEFAULT_MAIL_FROM),
  OPENPO_ATTACHMENTS_DIR: z.string().min(1).optional(),
  OPENPO_S3_BUCKET: z
    .string()
    .regex(
      /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/,
      'expected an S3 bucket name: 3 to 63 lower-case letters, digits, "." and "-"',
    )
    .optional(),
  OPENPO_S3_ENDPOINT: z
    .url('expected an absolute http:// or https:// URL such as https://minio.example.com:9000')
    .regex(
      /^https?:\/\//,
      'expected an absolute http:// or https:// URL such as https://minio.example.com:9000',
    )
    .optional(),
  OPENPO_S3_REGION: z.string().min(1).default('us-east-1'),
  OPENPO_S3_PREFIX: z
    .string()
    .regex(
      /^([A-Za-z0-9._-]+\/)*$/,
      'expected a key prefix such as "attachments/" (ending in "/"), or nothing',
    )
    .default('attachments/'),
  OPENPO_S3_FORCE_PATH_STYLE: booleanFlag.optional(),
  OPENPO_S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  OPENPO_S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  OPENPO_ATTACHMENT_MAX_BYTES: z.coerce
    .number({ message: 'expected a whole number of bytes, 1 or more' })
    .int('expected a whole number of bytes, 1 or more')
    .min(1, 'expected a whole number of bytes, 1 or more')
    .default(DEFAULT_ATTACHMENT_MAX_BYTES),
  OPENPO_JOBS: booleanFlag.default(true),
  OPENPO_WEBHOOKS_ALLOW_PRIVATE: booleanFlag.default(false),
  OPENPO_TEST_CLOCK: booleanFlag.default(false),
  OPENPO_METRICS_TOKEN: z.string().min(16, 'expected at least 16 characters').optional(),
  OPENPO_AUDIT_KEY: z
    .string()
    .transform((text, ctx) => {
      const parsed = parseAuditKeys(text);
      if (parsed.ok) return parsed.keys;
      ctx.addIssue({ code: 'custom', message: parsed.problem });
      return z.NEVER;
    })
    .optional(),
  OPENPO_AUDIT_KEY_FILE: z.string().min(1).optional(),
  OPENPO_AUDIT_CHECKPOINT_FILE: z.string().min(1).optional(),
  OPENPO_AUDIT_CHECKPOINT_URL: z
    .url('expected an absolute http:// or https:// URL')
    .regex(/^https?:\/\//, 'expected an absolute http:// or https:// URL')
    .optional(),
  OPENPO_AUDIT_CHECKPOINT_URL_SECRET: z.string().min(16, 'expected at least 16 characters').optional(),
  OPENPO_AUDIT_CHECKPOINT_EMAIL: z.email('expected an e-mail address').optional(),
});

/** A URL as it may be printed: its password replaced by ***. */
export function maskedUrl(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/[^:/@\s]*:)[^@/\s]*@/i, '$1***@');
}

/** Settings whose value never appears in a message. */
const SECRETS = new Set([
  'OPENPO_AUDIT_KEY',
  'OPENPO_AUDIT_CHECKPOINT_URL_SECRET',
  'OPENPO_METRICS_TOKEN',
  'OPENPO_S3_SECRET_ACCESS_KEY',
]);

export type AppConfig = {
  port: number;
  host: string;
  databaseUrl?: string;
  /** Connections this process keeps to PostgreSQL at most (the embedded database has one). */
  databasePoolSize: number;
  dataDir: string;
  demo: boolean;
  baseUrl: string;
  secureCookies: boolean;
  /** Whose X-Forwarded-For gives the client's address: nobody's, the nearest N hops, or these proxies. */
  trustProxy: false | number | string[];
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  smtpUrl?: string;
  /** Sender of every e-mail. */
  mailFrom: string;
  /** Where e-mails go as .eml files when no SMTP_URL is set: `<dataDir>/outbox`. */
  outboxDir: string;
  /** Where attachments' bytes are kept: OPENPO_ATTACHMENTS_DIR or `<dataDir>/attachments`. */
  attachmentsDir: string;
  /** With OPENPO_S3_BUCKET: attachments go to that S3-compatible bucket instead of the directory. */
  attachmentsS3?: S3StoreConfig;
  /** Largest attachment accepted, in bytes (OPENPO_ATTACHMENT_MAX_BYTES, default 20 MB). */
  attachmentMaxBytes: number;
  /** Run background jobs (reminders, escalation, e-mail delivery, the audit sealer) in this process. */
  jobs: boolean;
  /** Let webhook endpoints target loopback and private addresses, and plain http (SSRF guard off). */
  webhooksAllowPrivate: boolean;
  /**
   * For the browser journeys only: an administrator may move this process's clock
   * (`PUT /api/v1/test/clock`). Allowed on the embedded database only.
   */
  testClock: boolean;
  /** The bearer token /metrics asks for; without one, /metrics is off. */
  metricsToken?: string;
  audit: AuditSealConfig;
};

/** Where the audit seal's keys come from and where checkpoints are published (docs/audit.md). */
export type AuditSealConfig = {
  /** Keys given inline (OPENPO_AUDIT_KEY); the first signs. */
  keys?: AuditKey[];
  /** Otherwise the key file: OPENPO_AUDIT_KEY_FILE, or `<dataDir>/audit-seal.key`. */
  keyFile: string;
  /** True when keyFile is the default: it is created with a random key on first start. */
  keyFileIsDefault: boolean;
  /** The published checkpoints: OPENPO_AUDIT_CHECKPOINT_FILE or `<dataDir>/audit-checkpoints.jsonl`. */
  checkpointFile: string;
  checkpointUrl?: string;
  /** Signs what is sent to checkpointUrl (HMAC-SHA256); required with it. */
  checkpointUrlSecret?: string;
  checkpointEmail?: string;
};

export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const clean = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(clean);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((i) => {
        const name = String(i.path[0]);
        const value = clean[name] ?? '';
        const shown = SECRETS.has(name) ? '(hidden)' : JSON.stringify(maskedUrl(value));
        return `${name}=${shown}: ${i.message}`;
      }),
    );
  }
  const e = parsed.data;
  const conflicts: string[] = [];
  if (e.OPENPO_AUDIT_KEY && e.OPENPO_AUDIT_KEY_FILE) {
    conflicts.push('OPENPO_AUDIT_KEY_FILE: set either OPENPO_AUDIT_KEY or OPENPO_AUDIT_KEY_FILE, not both');
  }
  if (e.OPENPO_AUDIT_CHECKPOINT_URL && !e.OPENPO_AUDIT_CHECKPOINT_URL_SECRET) {
    conflicts.push(
      'OPENPO_AUDIT_CHECKPOINT_URL_SECRET: required with OPENPO_AUDIT_CHECKPOINT_URL (the receiver checks the signature with it)',
    );
  }
  if (!e.OPENPO_S3_ACCESS_KEY_ID !== !e.OPENPO_S3_SECRET_ACCESS_KEY) {
    conflicts.push(
      "OPENPO_S3_SECRET_ACCESS_KEY: set OPENPO_S3_ACCESS_KEY_ID and OPENPO_S3_SECRET_ACCESS_KEY together (or neither, for the AWS SDK's own credentials)",
    );
  }
  const s3Settings = ['OPENPO_S3_ENDPOINT', 'OPENPO_S3_ACCESS_KEY_ID', 'OPENPO_S3_FORCE_PATH_STYLE'] as const;
  const stray = s3Settings.filter((name) => clean[name] !== undefined);
  if (!e.OPENPO_S3_BUCKET && stray.length > 0) {
    conflicts.push(
      `OPENPO_S3_BUCKET: required with ${stray.join(', ')} (attachments go to S3 only with a bucket)`,
    );
  }
  if (e.OPENPO_TEST_CLOCK && e.DATABASE_URL) {
    conflicts.push(
      'OPENPO_TEST_CLOCK: a testing aid for the embedded database only; unset it with DATABASE_URL',
    );
  }
  if (conflicts.length > 0) throw new ConfigError(conflicts);
  const baseUrl = e.OPENPO_BASE_URL ?? `http://localhost:${e.PORT}`;
  const dataDir = path.resolve(e.OPENPO_DATA_DIR);
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    databasePoolSize: e.DATABASE_POOL_SIZE,
    dataDir,
    demo: e.OPENPO_DEMO,
    baseUrl,
    secureCookies: e.OPENPO_SECURE_COOKIES ?? baseUrl.startsWith('https://'),
    trustProxy: e.OPENPO_TRUST_PROXY,
    logLevel: e.LOG_LEVEL,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.OPENPO_MAIL_FROM,
    outboxDir: path.join(dataDir, 'outbox'),
    attachmentsDir: path.resolve(e.OPENPO_ATTACHMENTS_DIR ?? path.join(dataDir, 'attachments')),
    ...(e.OPENPO_S3_BUCKET && {
      attachmentsS3: {
        bucket: e.OPENPO_S3_BUCKET,
        prefix: e.OPENPO_S3_PREFIX,
        region: e.OPENPO_S3_REGION,
        endpoint: e.OPENPO_S3_ENDPOINT,
        // A store of one's own (an endpoint) usually wants the bucket in the path; AWS the host.
        forcePathStyle: e.OPENPO_S3_FORCE_PATH_STYLE ?? e.OPENPO_S3_ENDPOINT !== undefined,
        ...(e.OPENPO_S3_ACCESS_KEY_ID &&
          e.OPENPO_S3_SECRET_ACCESS_KEY && {
            credentials: {
              accessKeyId: e.OPENPO_S3_ACCESS_KEY_ID,
              secretAccessKey: e.OPENPO_S3_SECRET_ACCESS_KEY,
            },
          }),
      },
    }),
    attachmentMaxBytes: e.OPENPO_ATTACHMENT_MAX_BYTES,
    jobs: e.OPENPO_JOBS,
    webhooksAllowPrivate: e.OPENPO_WEBHOOKS_ALLOW_PRIVATE,
    testClock: e.OPENPO_TEST_CLOCK,
    metricsToken: e.OPENPO_METRICS_TOKEN,
    audit: {
      keys: e.OPENPO_AUDIT_KEY,
      keyFile: path.resolve(e.OPENPO_AUDIT_KEY_FILE ?? path.join(dataDir, 'audit-seal.key')),
      keyFileIsDefault: !e.OPENPO_AUDIT_KEY_FILE,
      checkpointFile: path.resolve(
        e.OPENPO_AUDIT_CHECKPOINT_FILE ?? path.join(dataDir, 'audit-checkpoints.jsonl'),
      ),
      checkpointUrl: e.OPENPO_AUDIT_CHECKPOINT_URL,
      checkpointUrlSecret: e.OPENPO_AUDIT_CHECKPOINT_URL_SECRET,
      checkpointEmail: e.OPENPO_AUDIT_CHECKPOINT_EMAIL,
    },
  };
}
