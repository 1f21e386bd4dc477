/**
 * Reads claims from a JWT without validating it: Entra ID validates the token when it is exchanged, and the
 * caller uses the tenant only to refuse tokens from a tenant other than the conversation's before that.
 */
export type TokenTenant =
  | { readonly ok: true; readonly tenantId: string }
  | { readonly ok: false; readonly reason: 'not-a-jwt' | 'no-tenant' };

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function tenantOfToken(token: string): TokenTenant {
  const parts = token.trim().split('.');
  const payload = parts[1];
  if (parts.length !== 3 || payload === undefined || !/^[A-Za-z0-9_-]+$/.test(payload)) {
    return { ok: false, reason: 'not-a-jwt' };
  }
  let claims: unknown;
  try {
    claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return { ok: false, reason: 'not-a-jwt' };
  }
  const tid = typeof claims === 'object' && claims !== null ? (claims as { tid?: unknown }).tid : undefined;
  return typeof tid === 'string' && GUID.test(tid)
    ? { ok: true, tenantId: tid.toLowerCase() }
    : { ok: false, reason: 'no-tenant' };
}
