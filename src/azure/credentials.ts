import type { TokenCredential } from '@azure/core-auth';
import { DefaultAzureCredential, OnBehalfOfCredential } from '@azure/identity';
import type { TlsTrust } from './connection';
import type { AzureSettings } from './settings';

export type CredentialResult =
  | { readonly ok: true; readonly credential: TokenCredential }
  | { readonly ok: false; readonly reason: string };

/**
 * Instance discovery asks login.microsoftonline.com to vouch for the authority host; the host comes from our
 * own configuration (never from user text), MSAL knows the three clouds' hosts anyway, and a configured proxy
 * or test double of Entra could not be vouched for. So discovery is off; the authority's OpenID configuration
 * is still fetched from the configured host and its issuer still checked.
 */
function authorityOptions(settings: AzureSettings, tls: TlsTrust | undefined) {
  return {
    authorityHost: settings.endpoints.authorityHost,
    disableInstanceDiscovery: true,
    // A token request that fails is reported at once; the run's deadline leaves no room for backoff.
    retryOptions: { maxRetries: 0 },
    ...(tls ? { tlsOptions: { ca: tls.ca } } : {}),
  };
}

/**
 * The Teams user's identity for live checks: exchanges their SSO token (audience: the bot's app) for ARM,
 * Log Analytics and Graph tokens on their behalf. Everything runs with the user's own permissions.
 * `userTenantId` is the tenant that issued the user's token (its `tid`, already checked against the
 * conversation's tenant): the exchange happens there, which is what a multi-tenant application needs and the
 * same tenant as the configured one for a single-tenant application.
 */
export function createOnBehalfOfCredential(
  settings: AzureSettings,
  userAssertionToken: string,
  tls?: TlsTrust,
  userTenantId?: string,
): CredentialResult {
  const obo = settings.onBehalfOf;
  if (obo.state !== 'configured') {
    return {
      ok: false,
      reason:
        obo.missing.length > 0
          ? `Sign-in for live checks is not configured: set ${obo.missing.join(', ')}.`
          : 'Sign-in for live checks is not configured (BOT_ID, BOT_PASSWORD or BOT_CERTIFICATE_PATH, BOT_TENANT_ID).',
    };
  }
  if (userAssertionToken.trim() === '') return { ok: false, reason: 'No sign-in token was given.' };
  const common = {
    tenantId: userTenantId ?? obo.tenantId,
    clientId: obo.clientId,
    userAssertionToken,
    ...authorityOptions(settings, tls),
  };
  const credential =
    obo.secret.kind === 'certificate'
      ? new OnBehalfOfCredential({ ...common, certificatePath: obo.secret.path })
      : new OnBehalfOfCredential({ ...common, clientSecret: obo.secret.value });
  return { ok: true, credential };
}

/**
 * The developer's own sign-in on this machine (environment variables, workload identity, managed identity,
 * Azure CLI, Azure Developer CLI, Azure PowerShell): for the command line, and for the bot only when
 * LIVE_CHECKS_LOCAL_CREDENTIAL=true (local testing, e.g. in the Agents Playground, which has no SSO).
 */
export function createLocalDeveloperCredential(settings: AzureSettings, tls?: TlsTrust): TokenCredential {
  return new DefaultAzureCredential(authorityOptions(settings, tls));
}
