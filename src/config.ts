import path from 'node:path';
import { z } from 'zod';

/**
 * Configuration is read from the environment exactly once, validated, and a wrong value stops
 * start-up with a message naming the variable and what it expects.
 */
const booleanFlag = z.enum(['0', '1', 'true', 'false']).transform((v) => v === '1' || v === 'true');

const envSchema = z.object({
  PORT: z.coerce
    .number({ message: 'expected a whole number' })
    .int('expected a whole number')
    .min(0)
    .max(65535, 'expected a port number 0-65535')
    .default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'expected a postgres:// or postgresql:// connection URL')
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
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'expected an smtp:// or smtps:// URL')
    .optional(),
  OPENPO_MAIL_FROM: z
    .string()
    .regex(/^[^\r\n]*@[^\r\n]*$/, 'expected a sender address such as "OpenPO <no-reply@example.com>"')
    .default('OpenPO <no-reply@localhost>'),
  OPENPO_JOBS: booleanFlag.default(true),
  OPENPO_WEBHOOKS_ALLOW_PRIVATE: booleanFlag.default(false),
});

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
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  smtpUrl?: string;
  /** Sender of every e-mail. */
  mailFrom: string;
  /** Where e-mails go as .eml files when no SMTP_URL is set: `<dataDir>/outbox`. */
  outboxDir: string;
  /** Run background jobs (reminders, escalation, e-mail delivery) in this process. */
  jobs: boolean;
  /** Let webhook endpoints target loopback and private addresses, and plain http (SSRF guard off). */
  webhooksAllowPrivate: boolean;
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
        return `${name}=${JSON.stringify(clean[name] ?? '')}: ${i.message}`;
      }),
    );
  }
  const e = parsed.data;
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
    logLevel: e.LOG_LEVEL,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.OPENPO_MAIL_FROM,
    outboxDir: path.join(dataDir, 'outbox'),
    jobs: e.OPENPO_JOBS,
    webhooksAllowPrivate: e.OPENPO_WEBHOOKS_ALLOW_PRIVATE,
  };
}
