import { isRestError } from '@azure/core-rest-pipeline';
import type { AzureFailure, AzureService } from './result';

const MAX_MESSAGE = 300;
// A JWT (three base64url parts starting with the `{"` header) or a bearer credential must never leave src/azure.
// The look-behind makes a match start only where a token could start, which keeps the scan linear.
const TOKEN_LIKE = /(?<![\w-])eyJ[\w-]*\.[\w-]*\.[\w-]*|\bBearer\s+\S+/g;

/** A message safe to show: tokens removed, whitespace collapsed, length capped. */
export function safeMessage(text: string): string {
  const clean = text.replace(TOKEN_LIKE, '[redacted]').replace(/\s+/g, ' ').trim();
  return clean.length > MAX_MESSAGE ? `${clean.slice(0, MAX_MESSAGE - 1)}…` : clean;
}

interface HeaderBag {
  get(name: string): string | undefined;
}

/** Reads how long the service asked us to wait: `retry-after-ms` / `x-ms-retry-after-ms` or `Retry-After` (seconds or a date). */
export function retryAfterMs(headers: HeaderBag | undefined, now: number = Date.now()): number | null {
  if (!headers) return null;
  for (const name of ['retry-after-ms', 'x-ms-retry-after-ms']) {
    const raw = headers.get(name);
    if (raw !== undefined && /^\d+(\.\d+)?$/.test(raw.trim())) return Math.ceil(Number(raw));
  }
  const raw = headers.get('retry-after')?.trim();
  if (raw === undefined || raw === '') return null;
  if (/^\d+(\.\d+)?$/.test(raw)) return Math.ceil(Number(raw) * 1000);
  const date = Date.parse(raw);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

/** Maps an HTTP status and the service's error code to a failure. */
export function failureFromStatus(
  service: AzureService,
  status: number,
  code: string | undefined,
  message: string,
  retryAfter: number | null,
): AzureFailure {
  const base = { service, message: safeMessage(message || `HTTP ${status}`), ...(code ? { code } : {}) };
  if (status === 401) return { ...base, kind: 'unauthorized' };
  if (status === 403) return { ...base, kind: 'forbidden' };
  if (status === 404) return { ...base, kind: 'not-found' };
  if (status === 429) return { ...base, kind: 'throttled', retryAfterMs: retryAfter };
  if (status === 408 || status === 504) return { ...base, kind: 'timeout' };
  return { ...base, kind: 'service', status };
}

export interface ErrorBody {
  readonly code?: string;
  readonly message?: string;
}

/**
 * The code and message of an error answer. ARM, Log Analytics and Graph wrap them as
 * `{ "error": { "code", "message" } }`; some ARM providers (diagnostic settings among them) answer the bare
 * `{ "code", "message" }` their specification calls ErrorResponse. Both are read.
 */
export function errorBody(body: unknown): ErrorBody {
  if (typeof body !== 'object' || body === null) return {};
  const wrapped = (body as { error?: unknown }).error;
  const source = typeof wrapped === 'object' && wrapped !== null ? wrapped : body;
  const { code, message } = source as { code?: unknown; message?: unknown };
  return {
    ...(typeof code === 'string' ? { code } : {}),
    ...(typeof message === 'string' ? { message } : {}),
  };
}

interface ErrorEnvelope {
  readonly error?: { readonly code?: string; readonly message?: string };
}

/** The error code and message of a raw body (wrapped or bare); paged listings drop them from what they throw. */
function envelopeOf(text: string | null | undefined): ErrorEnvelope['error'] {
  if (!text) return undefined;
  try {
    const body = errorBody(JSON.parse(text));
    return body.code === undefined && body.message === undefined ? undefined : body;
  } catch {
    return undefined;
  }
}

function isAbort(err: unknown): boolean {
  return err instanceof Error && (err.name === 'AbortError' || /aborted/i.test(err.message));
}

const CREDENTIAL_ERRORS = new Set([
  'AuthenticationError',
  'AuthenticationRequiredError',
  'CredentialUnavailableError',
  'AggregateAuthenticationError',
]);

function credentialFailure(err: Error): AzureFailure {
  const response = (err as { errorResponse?: { error?: string; errorDescription?: string } }).errorResponse;
  const description = response?.errorDescription ?? err.message;
  // AADSTS65001 / consent_required / interaction_required all mean the user has to sign in (or consent) again.
  const aadsts = /AADSTS\d+/.exec(description)?.[0];
  const code = aadsts ?? response?.error ?? err.name;
  return { kind: 'unauthorized', service: 'entra', code, message: safeMessage(description) };
}

/**
 * Turns whatever a client or credential threw into a failure. `timedOut` tells an abort we caused (deadline,
 * call timeout) from anything else.
 */
export function failureFromError(service: AzureService, err: unknown, timedOut: boolean): AzureFailure {
  if (timedOut || isAbort(err)) {
    return { kind: 'timeout', service, message: 'No answer before the deadline.' };
  }
  if (err instanceof Error && CREDENTIAL_ERRORS.has(err.name)) {
    return credentialFailure(err);
  }
  if (isRestError(err)) {
    if (err.code === 'PARSE_ERROR') {
      return { kind: 'malformed', service, message: 'The answer was not valid JSON.' };
    }
    if (err.statusCode === undefined) {
      return {
        kind: 'service',
        service,
        code: err.code ?? 'REQUEST_SEND_ERROR',
        message: safeMessage(err.message),
      };
    }
    const body = (err as { details?: ErrorEnvelope }).details?.error ?? envelopeOf(err.response?.bodyAsText);
    const code = body?.code ?? err.code;
    const message = body?.message ?? err.message;
    return failureFromStatus(service, err.statusCode, code, message, retryAfterMs(err.response?.headers));
  }
  if (err instanceof SyntaxError) {
    return {
      kind: 'malformed',
      service,
      message: safeMessage(`The answer was not valid JSON: ${err.message}`),
    };
  }
  const message = err instanceof Error ? err.message : String(err);
  return { kind: 'service', service, message: safeMessage(message) };
}
