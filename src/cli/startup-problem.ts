import { type AppConfig, maskedUrl } from '../config';
import { DataDirInUseError } from '../db/data-dir-lock';

type SystemError = Error & {
  code?: string;
  errno?: number;
  syscall?: string;
  hostname?: string;
  address?: string;
  port?: number;
};

/**
 * Why the server could not start, as one line naming the setting to look at (secrets masked),
 * for the failures an operator meets: the database unreachable, missing or refusing the user, the
 * embedded database's data directory held by another process, an address or port that cannot be
 * listened on. Null for anything else (a bug: the caller prints the stack).
 */
export function startupProblem(
  err: unknown,
  config: Pick<AppConfig, 'databaseUrl' | 'host' | 'port'>,
): string | null {
  const e = err as SystemError;
  if (!(e instanceof Error)) return null;
  if (e instanceof DataDirInUseError) return `${e.message}.`;
  const db = config.databaseUrl ? maskedUrl(config.databaseUrl) : null;
  if (e.syscall === 'listen' || (e.syscall === 'getaddrinfo' && e.hostname === config.host)) {
    switch (e.code) {
      case 'EADDRINUSE':
        return `PORT=${config.port}: another program already listens on ${config.host}:${config.port}; stop it or choose another port.`;
      case 'EACCES':
        return `PORT=${config.port}: this user may not listen on port ${config.port} (ports below 1024 need privileges); choose a port from 1024.`;
      case 'EADDRNOTAVAIL':
      case 'ENOTFOUND':
      case 'EAI_AGAIN':
        return `HOST=${config.host}: not an address of this machine; use 0.0.0.0 (every address), 127.0.0.1 or one of its own addresses.`;
    }
  }
  if (db) {
    const pgCode = e.code ?? '';
    if (
      ['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH'].includes(pgCode)
    )
      return `DATABASE_URL=${db}: cannot reach PostgreSQL (${pgCode === 'ECONNREFUSED' ? 'connection refused' : pgCode === 'ENOTFOUND' ? 'unknown host' : pgCode}); is it running, and is the host and port right?`;
    if (pgCode === '3D000')
      return `DATABASE_URL=${db}: ${e.message}; create it (createdb) or correct the URL.`;
    if (pgCode === '28P01' || pgCode === '28000')
      return `DATABASE_URL=${db}: PostgreSQL refused the sign-in (${e.message}); check the user and password.`;
    if (e instanceof TypeError && /Invalid URL/i.test(e.message))
      return `DATABASE_URL=${db}: not a valid connection URL (expected postgres://user:password@host:5432/database).`;
  }
  return null;
}
