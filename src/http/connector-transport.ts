import {
  toHttpHeadersLike,
  type CompatResponse,
  type RequestPolicy,
  type WebResourceLike,
} from '@azure/core-http-compat';
import {
  createDefaultHttpClient,
  createHttpHeaders,
  createPipelineRequest,
  RestError,
  type HttpClient,
} from '@azure/core-rest-pipeline';

/**
 * The transport under the Bot Connector client (replies, card updates), with a timeout per attempt.
 *
 * Why here: botbuilder builds each ConnectorClient itself and replaces any `requestPolicyFactories` we pass
 * (ConnectorFactoryImpl sets its own list), so a timeout policy given that way never runs; and a request's
 * own `timeout` aborts with an AbortError, which the pipeline's retry policy does not retry. The `httpClient`
 * option survives, and it is called once per attempt, below the retry policy. So each attempt gets
 * `attemptTimeoutMs`; an attempt that has not been answered by then is abandoned (its socket destroyed) and
 * fails as ETIMEDOUT, which the pipeline's exponential retry strategy retries like a dropped connection —
 * as it retries 429 and 5xx, honouring Retry-After. After the last retry the send fails, and the route that
 * sent it logs `reply-failed` (or `card-update-failed`).
 */
export interface ConnectorTransportOptions {
  readonly attemptTimeoutMs: number;
  /** The HTTP client that does the work; the pipeline's default (Node's https) unless a test passes one. */
  readonly inner?: HttpClient;
}

export const CONNECTOR_TIMEOUT_CODE = 'ETIMEDOUT';

export function connectorTransport(options: ConnectorTransportOptions): RequestPolicy {
  const inner = options.inner ?? createDefaultHttpClient();
  const timeoutMs = Math.max(1, options.attemptTimeoutMs);
  return {
    async sendRequest(web: WebResourceLike): Promise<CompatResponse> {
      const attempt = new AbortController();
      const outer = web.abortSignal;
      const onOuterAbort = (): void => attempt.abort();
      if (outer?.aborted) attempt.abort();
      outer?.addEventListener('abort', onOuterAbort);
      let timedOut = false;
      const timer = setTimeout(() => {
        timedOut = true;
        attempt.abort();
      }, timeoutMs);
      const request = createPipelineRequest({
        url: web.url,
        method: web.method,
        headers: createHttpHeaders(web.headers.toJson({ preserveCase: true })),
        body: web.body as string | undefined,
        withCredentials: web.withCredentials,
        requestId: web.requestId,
        abortSignal: attempt.signal,
        // As the connector client itself decides: a serviceUrl given as http (loopback in local mode) is used.
        allowInsecureConnection: web.url.toLowerCase().startsWith('http:'),
        ...(web.streamResponseStatusCodes
          ? { streamResponseStatusCodes: web.streamResponseStatusCodes }
          : {}),
        ...(web.proxySettings ? { proxySettings: web.proxySettings } : {}),
      });
      try {
        const response = await inner.sendRequest(request);
        // `request` is the caller's own object: the client's deserialisation finds its operation through it.
        return {
          request: web,
          status: response.status,
          headers: toHttpHeadersLike(response.headers),
          ...(response.bodyAsText !== undefined && response.bodyAsText !== null
            ? { bodyAsText: response.bodyAsText }
            : {}),
          ...(response.readableStreamBody ? { readableStreamBody: response.readableStreamBody } : {}),
        };
      } catch (error) {
        if (timedOut)
          throw new RestError(`the Bot Connector did not answer within ${timeoutMs} ms`, {
            code: CONNECTOR_TIMEOUT_CODE,
            request,
          });
        throw error;
      } finally {
        clearTimeout(timer);
        outer?.removeEventListener('abort', onOuterAbort);
      }
    },
  };
}
