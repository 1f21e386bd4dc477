import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A Bot Connector on loopback that takes requests and does not answer them (a stuck connector, a black-holed
 * network path): each request is recorded with when it arrived and when the bot gave up on it (closed the
 * connection). From the `answerFrom`-th request on it answers like the real service (with `status`, 200
 * by default), so a test can see a retry after a timeout succeed, or a refusal.
 */
export interface HeldRequest {
  readonly method: string;
  readonly path: string;
  /** performance.now() at arrival. */
  readonly arrivedAt: number;
  /** performance.now() when the client closed the connection; undefined while it is still open. */
  closedAt?: number;
}

export class HangingConnector {
  readonly requests: HeldRequest[] = [];

  private constructor(
    private readonly server: Server,
    readonly serviceUrl: string,
  ) {}

  static async start(
    options: {
      readonly answerFrom?: number;
      readonly status?: number;
      /** What the n-th request gets, overriding the rest: a status, with a Retry-After in seconds. */
      readonly script?: ReadonlyArray<{ readonly status: number; readonly retryAfterSeconds?: number }>;
    } = {},
  ): Promise<HangingConnector> {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const connector = new HangingConnector(server, `http://127.0.0.1:${port}/`);
    server.on('request', (req, res) => {
      const held: HeldRequest = {
        method: req.method ?? '',
        path: req.url ?? '',
        arrivedAt: performance.now(),
      };
      connector.requests.push(held);
      req.resume();
      res.on('close', () => (held.closedAt ??= performance.now()));
      const scripted = options.script?.[connector.requests.length - 1];
      if (scripted || (options.answerFrom !== undefined && connector.requests.length >= options.answerFrom)) {
        req.on('end', () => {
          const status = scripted?.status ?? options.status ?? 200;
          if (scripted?.retryAfterSeconds !== undefined)
            res.setHeader('retry-after', String(scripted.retryAfterSeconds));
          const body = JSON.stringify(
            status < 300
              ? { id: `answered-${connector.requests.length}` }
              : { error: { code: 'NotFound', message: 'no such activity' } },
          );
          res.writeHead(status, {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
          });
          res.end(body);
        });
      }
    });
    return connector;
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }
}
