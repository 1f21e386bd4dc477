import type { AccessToken, GetTokenOptions, TokenCredential } from '@azure/core-auth';

const REFRESH_MARGIN_MS = 2 * 60 * 1000;

/**
 * One token request per audience per run: the SDK clients each have a bearer policy and would otherwise ask
 * the credential (an on-behalf-of exchange: a round trip to Entra ID) in parallel for the same scope. Tokens
 * stay in this closure, in memory, for the life of one run.
 */
export function sharedTokenCredential(inner: TokenCredential, now: () => number = Date.now): TokenCredential {
  const pending = new Map<string, Promise<AccessToken | null>>();
  return {
    async getToken(scopes: string | string[], options?: GetTokenOptions): Promise<AccessToken | null> {
      // A claims challenge (CAE) asks for a fresh token; never answer it from the cache.
      if (options?.claims) return inner.getToken(scopes, options);
      const key = `${[scopes].flat().sort().join(' ')}|${options?.tenantId ?? ''}`;
      const cached = pending.get(key);
      if (cached) {
        const token = await cached.catch(() => null);
        if (token && token.expiresOnTimestamp - now() > REFRESH_MARGIN_MS) return token;
        if (pending.get(key) === cached) pending.delete(key);
      }
      const request = inner.getToken(scopes, options);
      pending.set(key, request);
      request.catch(() => {
        if (pending.get(key) === request) pending.delete(key);
      });
      return request;
    },
  };
}
