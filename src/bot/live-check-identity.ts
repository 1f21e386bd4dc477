import {
  userTokenClaims,
  type AzureSettings,
  type CredentialKind,
  type TokenCredential,
} from '../live-checks';
import type { LiveCheckNotice } from '../cards';
import type { LiveCheckIdentity, TeamsSsoApp } from '../config';
import { userKeyOf, type ActionOrigin, type SignInCarrier } from './action-origin';
import type { LiveCheckRuntime } from './live-check-runtime';

/**
 * Whose Azure access a live-check run uses. With Teams sign-in it is always the person who pressed, through
 * their own token: a token from another tenant, for another application or of another person is refused
 * before anything is sent to Entra ID or Azure. Without a token Teams is asked for one (a sign-in request).
 */
export type RunIdentity =
  | {
      readonly kind: 'ready';
      readonly credential: TokenCredential;
      readonly credentialKind: CredentialKind;
      /** Tenant and user: the rate-limit key and the owner of the report. */
      readonly userKey: string;
      /** The tenant the run's consent links point at. */
      readonly tenantId: string | null;
    }
  | { readonly kind: 'ask-sign-in'; readonly tenantId: string }
  | { readonly kind: 'refused'; readonly notice: LiveCheckNotice };

/** A token this close to its expiry would lapse during the run: Teams is asked for a fresh one. */
const EXPIRY_MARGIN_MS = 60_000;

function forThisApp(audience: string | undefined, app: TeamsSsoApp): boolean {
  if (audience === undefined) return false;
  const aud = audience.toLowerCase();
  // Entra puts the client id (v2 tokens) or the application ID URI (v1 tokens) in `aud`; bots registered
  // before domains were part of the URI use api://botid-<id>.
  return aud === app.appId || aud === app.resource || aud === `api://botid-${app.appId}`;
}

function teamsUser(
  app: TeamsSsoApp,
  settings: AzureSettings,
  origin: ActionOrigin,
  carrier: SignInCarrier,
  runtime: LiveCheckRuntime,
): RunIdentity {
  if (origin.tenant.kind === 'unknown') return { kind: 'refused', notice: { kind: 'tenant-unknown' } };
  if (origin.tenant.kind === 'conflicting') return { kind: 'refused', notice: { kind: 'other-tenant' } };
  const tenantId = origin.tenant.id;
  // Every check fails closed: a value that is missing is never taken as a match. The tenant pinned in the
  // configuration is always a GUID (config.ts refuses a domain name, which could not be compared).
  if (app.homeTenantId === null || app.homeTenantId !== tenantId)
    return { kind: 'refused', notice: { kind: 'other-tenant' } };
  // The person who pressed, as the Bot Framework-authenticated activity names them.
  const pressedBy = origin.aadObjectId;
  if (pressedBy === undefined) return { kind: 'refused', notice: { kind: 'wrong-token' } };
  if (carrier.kind !== 'token') return { kind: 'ask-sign-in', tenantId };

  const claims = userTokenClaims(carrier.token);
  if (!claims.ok) return { kind: 'refused', notice: { kind: 'wrong-token' } };
  const { tenantId: tokenTenant, objectId, audience, expiresAt } = claims.claims;
  if (tokenTenant !== tenantId) return { kind: 'refused', notice: { kind: 'other-tenant' } };
  if (!forThisApp(audience, app)) return { kind: 'refused', notice: { kind: 'wrong-token' } };
  if (objectId === undefined || objectId !== pressedBy)
    return { kind: 'refused', notice: { kind: 'wrong-token' } };
  if (expiresAt === undefined) return { kind: 'refused', notice: { kind: 'wrong-token' } };
  if (expiresAt - runtime.clock.now() < EXPIRY_MARGIN_MS) return { kind: 'ask-sign-in', tenantId };

  const credential = runtime.service(settings).delegatedCredential(carrier.token, tokenTenant);
  if (!credential.ok) return { kind: 'refused', notice: { kind: 'sign-in-failed' } };
  return {
    kind: 'ready',
    credential: credential.credential,
    credentialKind: 'delegated-user',
    // Rate limits and report ownership key on the verified activity, not on claims read from the token.
    userKey: `${tenantId}/${pressedBy}`,
    tenantId,
  };
}

export function runIdentity(
  identity: LiveCheckIdentity,
  settings: AzureSettings,
  origin: ActionOrigin,
  carrier: SignInCarrier,
  runtime: LiveCheckRuntime,
): RunIdentity {
  if (identity.mode === 'teams-sso') return teamsUser(identity.app, settings, origin, carrier, runtime);
  // The developer's own sign-in: no token to check, but a conversation naming two tenants is still refused.
  if (origin.tenant.kind === 'conflicting') return { kind: 'refused', notice: { kind: 'other-tenant' } };
  return {
    kind: 'ready',
    credential: runtime.localCredential(settings),
    credentialKind: 'local-developer',
    userKey: userKeyOf(origin),
    tenantId: origin.tenant.kind === 'known' ? origin.tenant.id : null,
  };
}
