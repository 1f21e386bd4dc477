/**
 * Reads claims from a JWT without validating it: Entra ID validates the token when it is exchanged, and the
 * caller uses these claims only to refuse, before any exchange, a token that cannot be right: one from a
 * tenant other than the conversation's, for another application, of another user, or already expired.
 */
export type TokenTenant =
  | { readonly ok: true; readonly tenantId: string }
  | { readonly ok: false; readonly reason: 'not-a-jwt' | 'no-tenant' };

/** The claims of a user's sign-on token that the bot checks before exchanging it. */
export interface UserTokenClaims {
  /** `tid`, lower case. */
  readonly tenantId: string;
  /** `oid`, lower case, when present. */
  readonly objectId?: string;
  /** `aud`: the application ID URI or the client id the token was issued for. */
  readonly audience?: string;
  /** `exp` in milliseconds since the epoch. */
  readonly expiresAt?: number;
}

export type UserTokenClaimsResult =
  | { readonly ok: true; readonly claims: UserTokenClaims }
  | { readonly ok: false; readonly reason: 'not-a-jwt' | 'no-tenant' };

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Entra tokens are a few kilobytes; anything far larger is not one. */
const MAX_TOKEN_CHARS = 16 * 1024;

function payloadOf(token: string): Record<string, unknown> | null {
  if (token.length > MAX_TOKEN_CHARS) return null;
  const parts = token.trim().split('.');
  const payload = parts[1];
  if (parts.length !== 3 || payload === undefined || !/^[A-Za-z0-9_-]+$/.test(payload)) return null;
  try {
    const claims: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    return typeof claims === 'object' && claims !== null && !Array.isArray(claims)
      ? (claims as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

export function userTokenClaims(token: string): UserTokenClaimsResult {
  const claims = payloadOf(token);
  if (claims === null) return { ok: false, reason: 'not-a-jwt' };
  const { tid, oid, aud, exp } = claims;
  if (typeof tid !== 'string' || !GUID.test(tid)) return { ok: false, reason: 'no-tenant' };
  return {
    ok: true,
    claims: {
      tenantId: tid.toLowerCase(),
      ...(typeof oid === 'string' && GUID.test(oid) ? { objectId: oid.toLowerCase() } : {}),
      ...(typeof aud === 'string' && aud.length <= 300 ? { audience: aud } : {}),
      ...(typeof exp === 'number' && Number.isFinite(exp) ? { expiresAt: exp * 1000 } : {}),
    },
  };
}

export function tenantOfToken(token: string): TokenTenant {
  const result = userTokenClaims(token);
  return result.ok ? { ok: true, tenantId: result.claims.tenantId } : result;
}
