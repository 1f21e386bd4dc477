import {
  createHttpHeaders,
  createPipelineRequest,
  type PipelineRequest,
  type PipelineResponse,
} from '@azure/core-rest-pipeline';
import { errorBody, failureFromStatus, retryAfterMs } from './errors';
import { fail, malformed, ok, type AzureResult, type AzureService } from './result';

/** Sends one request through a client's pipeline (bearer token, TLS trust, call counter). */
export type SendRequest = (request: PipelineRequest) => Promise<PipelineResponse>;

/** GETs a JSON document; non-2xx answers become failures with the service's own code and message. */
export async function getJson(
  send: SendRequest,
  service: AzureService,
  url: string,
  signal: AbortSignal,
): Promise<AzureResult<unknown>> {
  const request = createPipelineRequest({
    url,
    method: 'GET',
    abortSignal: signal,
    headers: createHttpHeaders({ accept: 'application/json' }),
  });
  const response = await send(request);
  const text = response.bodyAsText ?? '';
  let body: unknown;
  let parsed = true;
  try {
    body = text === '' ? undefined : JSON.parse(text);
  } catch {
    parsed = false;
  }
  if (response.status >= 200 && response.status < 300) {
    if (!parsed || body === undefined)
      return malformed(service, `HTTP ${response.status} with a body that is not JSON`);
    return ok(body);
  }
  const error = errorBody(body);
  return fail(
    failureFromStatus(
      service,
      response.status,
      error.code,
      error.message ?? `HTTP ${response.status}`,
      retryAfterMs(response.headers),
    ),
  );
}

/**
 * GETs an ARM collection (`{ value: [...], nextLink }`), following nextLink only on the same origin: a
 * bearer token must never be sent to a host named by a response.
 */
export async function getJsonCollection(
  send: SendRequest,
  service: AzureService,
  url: string,
  signal: AbortSignal,
  maxPages = 10,
): Promise<AzureResult<unknown[]>> {
  const origin = new URL(url).origin;
  const items: unknown[] = [];
  let next: string | undefined = url;
  for (let page = 0; next !== undefined && page < maxPages; page++) {
    const result = await getJson(send, service, next, signal);
    if (!result.ok) return result;
    const body = result.value as { value?: unknown; nextLink?: unknown };
    if (typeof body !== 'object' || body === null || !Array.isArray(body.value)) {
      return malformed(service, 'The collection has no "value" array');
    }
    items.push(...(body.value as unknown[]));
    const link = typeof body.nextLink === 'string' && body.nextLink !== '' ? body.nextLink : undefined;
    if (link === undefined) break;
    // A relative nextLink is resolved against the page it came on; one that is not a URL at all is the
    // service's malformed answer, not a network failure.
    let resolved: URL;
    try {
      resolved = new URL(link, next);
    } catch {
      return malformed(service, 'nextLink is not a URL');
    }
    if (resolved.origin !== origin) return malformed(service, 'nextLink points at another host');
    next = resolved.href;
  }
  return ok(items);
}

/** Collapses a call's result around a request that itself answers a result. */
export function flatten<T>(result: AzureResult<AzureResult<T>>): AzureResult<T> {
  return result.ok ? result.value : result;
}
