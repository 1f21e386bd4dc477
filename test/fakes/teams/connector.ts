import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * The Bot Framework connector side of Teams, on loopback. A bot sends its replies to the activity's
 * `serviceUrl`; pointing that at this server captures them:
 *   POST /v3/conversations/{id}/activities              a new message
 *   POST /v3/conversations/{id}/activities/{replyToId}  a reply (in a channel: into the thread)
 *   PUT  /v3/conversations/{id}/activities/{activityId} an update of an earlier message
 * Each is answered with {"id": …} like the real service. An optional check rejects activities Teams would
 * reject (400 for a bad card, 413 MessageSizeTooBig), so a test sees the failure where it happens.
 */

export type ConnectorOperation = 'send' | 'reply' | 'update';

export interface CapturedActivity {
  readonly operation: ConnectorOperation;
  readonly conversationId: string;
  /** The replied-to activity (reply) or the updated one (update). */
  readonly targetId?: string;
  /** The id the connector assigned (send, reply) or kept (update). */
  readonly id: string;
  readonly activity: Readonly<Record<string, unknown>>;
  /** performance.now() when the request body had arrived. */
  readonly receivedAt: number;
}

export interface Rejection {
  readonly status: number;
  readonly problems: readonly string[];
  readonly activity: unknown;
}

export interface ConnectorOptions {
  /** Problems with an outgoing activity; any problem rejects it with HTTP 400 (413 when it mentions size). */
  readonly check?: (activity: Readonly<Record<string, unknown>>) => readonly string[];
  /** Keep captured activities in `received` (a benchmark turns this off and listens instead). */
  readonly keep?: boolean;
}

const ROUTE = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?\/?$/;
const MAX_BODY = 4 * 1024 * 1024;

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) reject(new Error('body too large'));
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

export class LoopbackConnector {
  readonly received: CapturedActivity[] = [];
  readonly rejected: Rejection[] = [];
  private readonly listeners = new Set<(captured: CapturedActivity) => void>();

  private constructor(
    private readonly server: Server,
    readonly serviceUrl: string,
    private readonly options: ConnectorOptions,
  ) {}

  static async start(options: ConnectorOptions = {}): Promise<LoopbackConnector> {
    const server = createServer();
    server.keepAliveTimeout = 30_000;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    // botbuilder joins paths onto serviceUrl, so it ends with a slash like Teams' own.
    const connector = new LoopbackConnector(server, `http://127.0.0.1:${port}/`, options);
    server.on('request', (req, res) => void connector.handle(req, res));
    return connector;
  }

  onCapture(listener: (captured: CapturedActivity) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Resolves with the first captured activity (already received or future) that matches. */
  waitFor(predicate: (captured: CapturedActivity) => boolean, timeoutMs = 10_000): Promise<CapturedActivity> {
    const already = this.received.find(predicate);
    if (already) return Promise.resolve(already);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        stop();
        reject(new Error(`no matching activity reached the connector within ${timeoutMs} ms`));
      }, timeoutMs);
      const stop = this.onCapture((captured) => {
        if (!predicate(captured)) return;
        clearTimeout(timer);
        stop();
        resolve(captured);
      });
    });
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const match = ROUTE.exec(new URL(req.url ?? '/', 'http://connector').pathname);
    const method = req.method ?? '';
    if (!match || (method !== 'POST' && method !== 'PUT') || (method === 'PUT' && !match[2])) {
      send(res, 404, { error: { code: 'NotFound', message: `${method} ${req.url ?? ''}` } });
      return;
    }
    let activity: Record<string, unknown>;
    try {
      const parsed: unknown = JSON.parse(await readBody(req));
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
        throw new Error('not an object');
      activity = parsed as Record<string, unknown>;
    } catch (error) {
      send(res, 400, {
        error: { code: 'BadArgument', message: error instanceof Error ? error.message : 'bad body' },
      });
      return;
    }
    const receivedAt = performance.now();
    const problems = this.options.check?.(activity) ?? [];
    if (problems.length > 0) {
      const status = problems.some((p) => /bytes/.test(p)) ? 413 : 400;
      this.rejected.push({ status, problems, activity });
      send(res, status, {
        error: { code: status === 413 ? 'MessageSizeTooBig' : 'BadArgument', message: problems.join('; ') },
      });
      return;
    }
    const conversationId = decodeURIComponent(match[1] ?? '');
    const target = match[2] === undefined ? undefined : decodeURIComponent(match[2]);
    const operation: ConnectorOperation =
      method === 'PUT' ? 'update' : target === undefined ? 'send' : 'reply';
    const id = operation === 'update' && target ? target : randomUUID();
    const captured: CapturedActivity = {
      operation,
      conversationId,
      ...(target ? { targetId: target } : {}),
      id,
      activity,
      receivedAt,
    };
    if (this.options.keep !== false) this.received.push(captured);
    send(res, 200, { id });
    for (const listener of [...this.listeners]) listener(captured);
  }
}
