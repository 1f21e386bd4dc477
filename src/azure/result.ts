/**
 * What every call into Azure answers: a value, or a failure the caller can act on. Nothing in src/azure/
 * throws to its callers and nothing returns null for "it went wrong".
 */
export type AzureService = 'arm' | 'logs' | 'graph' | 'entra';

interface FailureBase {
  /** Which service answered (or failed to): `entra` when getting the token itself failed. */
  readonly service: AzureService;
  /** The service's error code when it sent one, e.g. `AuthorizationFailed`, `InvalidApiVersionParameter`. */
  readonly code?: string;
  /** A short, token-free description for people; never shown as the only explanation. */
  readonly message: string;
}

export type AzureFailure =
  | (FailureBase & { readonly kind: 'unauthorized' }) // 401, or no token could be obtained (sign-in, consent)
  | (FailureBase & { readonly kind: 'forbidden' }) // 403: signed in, not allowed
  | (FailureBase & { readonly kind: 'not-found' }) // 404
  | (FailureBase & { readonly kind: 'throttled'; readonly retryAfterMs: number | null }) // 429
  | (FailureBase & { readonly kind: 'timeout' }) // no answer before the call's timeout or the run's deadline
  | (FailureBase & { readonly kind: 'service'; readonly status?: number }) // 5xx, unexpected 4xx, connection errors
  | (FailureBase & { readonly kind: 'malformed' }); // the answer did not parse or lacked required fields

export type AzureFailureKind = AzureFailure['kind'];

export type AzureResult<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: AzureFailure };

export function ok<T>(value: T): AzureResult<T> {
  return { ok: true, value };
}

export function fail<T>(error: AzureFailure): AzureResult<T> {
  return { ok: false, error };
}

export function malformed<T>(service: AzureService, message: string): AzureResult<T> {
  return { ok: false, error: { kind: 'malformed', service, message } };
}
