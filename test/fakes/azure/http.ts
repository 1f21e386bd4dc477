import type { IncomingMessage } from 'node:http';
import type { FakeApi, FakeCloud, FakeScenario } from './scenario';

export interface FakeRequest {
  readonly method: string;
  readonly url: URL;
  readonly headers: IncomingMessage['headers'];
  readonly body: string;
  /** Claims of the bearer token, when one was sent and parsed. */
  readonly claims: Record<string, unknown> | null;
}

export interface FakeAnswer {
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>>;
  /** An object is sent as JSON; a string as is (for malformed bodies). */
  readonly body?: unknown;
}

/** What a handler sees besides the request. */
export interface FakeContext {
  readonly scenario: FakeScenario;
  readonly cloud: FakeCloud;
  /** The base URL of the service being answered (for nextLink, issuer, token endpoints). */
  readonly origin: string;
}

export interface Route {
  readonly api: FakeApi;
  /** ARM APIs check the api-version query parameter against this API's documented versions. */
  readonly armApiVersion?: boolean;
  handle(request: FakeRequest, context: FakeContext): FakeAnswer;
}

export type Router = (request: FakeRequest) => Route | null;

export function json(
  status: number,
  body: unknown,
  headers: Readonly<Record<string, string>> = {},
): FakeAnswer {
  return { status, body, headers };
}

/** ARM's error envelope. */
export function armError(status: number, code: string, message: string): FakeAnswer {
  return json(status, { error: { code, message } }, { 'x-ms-failure-cause': 'gateway' });
}

export function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** Case-insensitive prefix test on resource ids. */
export function idStartsWith(id: string, prefix: string): boolean {
  const a = id.toLowerCase().replace(/\/+$/, '');
  const b = prefix.toLowerCase().replace(/\/+$/, '');
  return a === b || a.startsWith(`${b}/`);
}
