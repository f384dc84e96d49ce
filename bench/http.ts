import http from 'node:http';

/** A keep-alive HTTP/1.1 client for the load loop: one socket per concurrent worker. */
export type Response = { status: number; headers: http.IncomingHttpHeaders; body: string };

export class HttpError extends Error {
  constructor(
    public readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

export type HttpClient = {
  /** Resolves with a 2xx response; anything else rejects with an HttpError. */
  send(
    method: string,
    path: string,
    opts: { token: string; body?: unknown; headers?: Record<string, string> },
  ): Promise<Response>;
  json<T>(
    method: string,
    path: string,
    opts: { token: string; body?: unknown; headers?: Record<string, string> },
  ): Promise<{ body: T; headers: http.IncomingHttpHeaders }>;
  close(): void;
};

export function httpClient(baseUrl: string, maxSockets: number): HttpClient {
  const url = new URL(baseUrl);
  const agent = new http.Agent({ keepAlive: true, maxSockets });
  const attempt = (
    method: string,
    path: string,
    opts: { token: string; body?: unknown; headers?: Record<string, string> },
    retried: boolean,
  ): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> =>
    new Promise((resolve, reject) => {
      // A string is sent as it is (an XML document, with its content-type in `headers`).
      const payload =
        opts.body === undefined
          ? undefined
          : typeof opts.body === 'string'
            ? opts.body
            : JSON.stringify(opts.body);
      const req = http.request(
        {
          agent,
          host: url.hostname,
          port: url.port,
          method,
          path,
          headers: {
            authorization: `Bearer ${opts.token}`,
            accept: 'application/json',
            ...(payload === undefined
              ? {}
              : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) }),
            ...opts.headers,
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            const status = res.statusCode ?? 0;
            const body = Buffer.concat(chunks).toString('utf8');
            if (status >= 200 && status < 300) resolve({ status, headers: res.headers, body });
            else
              reject(
                new HttpError(status, `${method} ${path.split('?')[0]} → ${status}: ${body.slice(0, 300)}`),
              );
          });
          res.on('error', reject);
        },
      );
      req.on('error', (err: NodeJS.ErrnoException) => {
        // A kept-alive socket the server closed as it idled out (its keep-alive timeout) just as
        // this request was written on it: the request never reached the application, so it is
        // sent once more on a new socket, as Node's documentation advises (request.reusedSocket).
        if (!retried && req.reusedSocket && err.code === 'ECONNRESET') {
          attempt(method, path, opts, true).then(resolve, reject);
        } else reject(err);
      });
      if (payload !== undefined) req.write(payload);
      req.end();
    });
  const send: HttpClient['send'] = (method, path, opts) => attempt(method, path, opts, false);
  return {
    send,
    async json(method, path, opts) {
      const res = await send(method, path, opts);
      return { body: JSON.parse(res.body), headers: res.headers };
    },
    close: () => agent.destroy(),
  };
}
