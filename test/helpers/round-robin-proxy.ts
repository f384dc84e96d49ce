import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A tiny HTTP load balancer: each request goes to the next backend in turn, as a round-robin
 * balancer without sticky sessions would send it. Answers carry `x-backend` (the backend's index)
 * and `served` counts them per backend. A backend that cannot be reached gives 502.
 */
export type RoundRobinProxy = { url: string; served: number[]; close(): Promise<void> };

export async function startRoundRobinProxy(backends: string[]): Promise<RoundRobinProxy> {
  const served = backends.map(() => 0);
  let next = 0;
  const agent = new http.Agent({ keepAlive: true });
  const server = http.createServer((req, res) => {
    const index = next;
    next = (next + 1) % backends.length;
    const target = new URL(req.url ?? '/', backends[index]);
    const upstream = http.request(
      target,
      { method: req.method, headers: { ...req.headers, host: target.host }, agent },
      (answer) => {
        served[index]!++;
        res.writeHead(answer.statusCode ?? 502, { ...answer.headers, 'x-backend': String(index) });
        answer.pipe(res);
      },
    );
    upstream.on('error', (err) => {
      if (res.headersSent) return res.destroy(err);
      res.writeHead(502, { 'content-type': 'text/plain', 'x-backend': String(index) });
      res.end(`backend ${index}: ${err.message}`);
    });
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    served,
    close: () =>
      new Promise<void>((resolve) => {
        agent.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
