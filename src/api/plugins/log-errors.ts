/**
 * What an error looks like in the logs: its kind, message, code, constraint and stack, and the
 * same of its cause — never the SQL parameters or the database's detail line, which carry the
 * values written (names, addresses, bank details). The failed statement's text stays (it holds
 * only placeholders).
 */
export function loggedError(err: unknown, depth = 0): Record<string, unknown> | unknown {
  if (!(err instanceof Error)) return err;
  const e = err as Error & Record<string, unknown>;
  const out: Record<string, unknown> = {
    type: e.name,
    message: withoutParams(e.message),
  };
  for (const key of ['code', 'constraint', 'table', 'column', 'routine', 'statusCode', 'query'] as const) {
    if (e[key] !== undefined) out[key] = e[key];
  }
  if (e.stack) out.stack = withoutParams(e.stack);
  if (e.cause !== undefined && depth < 3) out.cause = loggedError(e.cause, depth + 1);
  return out;
}

function withoutParams(text: string): string {
  return text.replace(/\nparams: [\s\S]*?(?=\n\s+at |$)/, '\nparams: (not logged)');
}
