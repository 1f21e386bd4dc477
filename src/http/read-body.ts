import type { IncomingMessage } from 'node:http';

/**
 * Reads a request body as JSON before anything else looks at it, with every limit checked before the bytes
 * are kept: only `application/json`, no compression (a small gzip body can inflate to gigabytes), a byte cap
 * from `Content-Length` before reading and again while reading, and a deadline for slow senders.
 */

export type BodyRefusal =
  | { readonly status: 400; readonly reason: 'not-json' }
  | { readonly status: 408; readonly reason: 'too-slow' }
  | { readonly status: 413; readonly reason: 'too-large' }
  | { readonly status: 415; readonly reason: 'not-json-content-type' | 'encoded' };

export type BodyResult =
  { readonly kind: 'ok'; readonly value: unknown } | ({ readonly kind: 'refused' } & BodyRefusal);

export interface BodyLimits {
  readonly maxBytes: number;
  /** How long the whole body may take to arrive. */
  readonly timeoutMs: number;
}

function refused(refusal: BodyRefusal): BodyResult {
  return { kind: 'refused', ...refusal };
}

/** The checks that need only the headers: answered at once, without reading a byte of the body. */
export function refuseByHeaders(req: IncomingMessage, limits: BodyLimits): BodyResult | undefined {
  const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/json') return refused({ status: 415, reason: 'not-json-content-type' });
  const encoding = req.headers['content-encoding']?.trim().toLowerCase();
  if (encoding !== undefined && encoding !== '' && encoding !== 'identity')
    return refused({ status: 415, reason: 'encoded' });
  const length = req.headers['content-length'];
  if (length !== undefined && (!/^\d{1,15}$/.test(length) || Number(length) > limits.maxBytes))
    return refused({ status: 413, reason: 'too-large' });
  return undefined;
}

export function readJsonBody(req: IncomingMessage, limits: BodyLimits): Promise<BodyResult> {
  const early = refuseByHeaders(req, limits);
  if (early) return Promise.resolve(early);
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const finish = (result: BodyResult): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      req.removeListener('data', onData);
      if (result.kind === 'refused') {
        // Stop reading what is left; the caller answers and closes the connection.
        req.pause();
      }
      resolve(result);
    };
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size > limits.maxBytes) finish(refused({ status: 413, reason: 'too-large' }));
      else chunks.push(chunk);
    };
    const timer = setTimeout(() => finish(refused({ status: 408, reason: 'too-slow' })), limits.timeoutMs);
    req.on('data', onData);
    req.once('error', () => finish(refused({ status: 400, reason: 'not-json' })));
    req.once('end', () => {
      if (settled) return;
      try {
        finish({ kind: 'ok', value: JSON.parse(Buffer.concat(chunks, size).toString('utf8')) as unknown });
      } catch {
        finish(refused({ status: 400, reason: 'not-json' }));
      }
    });
  });
}
