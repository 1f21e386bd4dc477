/**
 * Tokens as Entra ID shapes them (a JWT with aud, tid, oid, scp…), unsigned: nothing in acr-doctor validates
 * Azure access tokens (Azure does), and the fake's services only read the claims.
 */
function part(value: object): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

export function fakeJwt(claims: Record<string, unknown>): string {
  return `${part({ typ: 'JWT', alg: 'RS256', kid: 'fake-key' })}.${part(claims)}.${Buffer.from('fake-signature').toString('base64url')}`;
}

export function jwtClaims(token: string): Record<string, unknown> | null {
  const payload = token.split('.')[1];
  if (!payload) return null;
  try {
    const claims: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    return typeof claims === 'object' && claims !== null ? (claims as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** A Teams SSO token as the bot receives it: audience is the bot's own app. */
export function fakeUserSsoToken(options: {
  tenantId: string;
  objectId: string;
  botAppId: string;
  name?: string;
}): string {
  const now = Math.floor(Date.now() / 1000);
  return fakeJwt({
    aud: `api://botid-${options.botAppId}`,
    iss: `https://login.microsoftonline.com/${options.tenantId}/v2.0`,
    tid: options.tenantId,
    oid: options.objectId,
    name: options.name ?? 'Test User',
    preferred_username: 'user@contoso.example',
    scp: 'access_as_user',
    iat: now,
    nbf: now,
    exp: now + 3600,
  });
}
