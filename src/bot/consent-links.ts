import type { CloudEndpoints } from '../live-checks';
import type { TeamsSsoApp } from '../config';

/**
 * Where a person (or their administrator) grants the sign-on application its delegated Azure permissions.
 * Every part comes from the bot's configuration, except the tenant, which is a GUID the bot already checked;
 * Entra ID returns the browser to the bot's consent page, which says what to do next.
 */
export interface ConsentLinks {
  /** User consent for the permissions a person may grant: Resource Manager and Log Analytics. */
  readonly forMe: string;
  /** Admin consent for the whole tenant, including Microsoft Graph (which needs an administrator). */
  readonly forOrganisation: string;
}

export const CONSENT_PAGE_PATH = '/auth/consent';

function audience(scope: string): string {
  return scope.replace(/\/\.default$/, '');
}

export function consentLinks(app: TeamsSsoApp, endpoints: CloudEndpoints, tenantId: string): ConsentLinks {
  const redirect = `https://${app.domain}${CONSENT_PAGE_PATH}`;
  const userScopes = [
    `${audience(endpoints.arm.scope)}/user_impersonation`,
    `${audience(endpoints.logs.scope)}/Data.Read`,
  ];
  const adminScopes = [...userScopes, `${audience(endpoints.graph.scope)}/Application.Read.All`];
  const authority = `${endpoints.authorityHost}/${encodeURIComponent(tenantId)}`;
  const forMe = new URL(`${authority}/oauth2/v2.0/authorize`);
  forMe.search = new URLSearchParams({
    client_id: app.appId,
    response_type: 'code',
    response_mode: 'query',
    redirect_uri: redirect,
    scope: userScopes.join(' '),
    prompt: 'consent',
  }).toString();
  const forOrganisation = new URL(`${authority}/v2.0/adminconsent`);
  forOrganisation.search = new URLSearchParams({
    client_id: app.appId,
    scope: adminScopes.join(' '),
    redirect_uri: redirect,
  }).toString();
  return { forMe: forMe.toString(), forOrganisation: forOrganisation.toString() };
}
