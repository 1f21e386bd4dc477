import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONSENT_PAGE_PATH } from '../../../src/bot/consent-links';
import { SSO_CONNECTION_NAME } from '../../../src/bot/invoke-bodies';
import { loadConfig } from '../../../src/config';

/**
 * infra/ cannot be deployed from here, so these tests keep it in step with the code: the names, paths and
 * permissions the bot relies on are the ones the Bicep file and the app registration create.
 */
const INFRA = join(__dirname, '..', '..', '..', 'infra');
const bicep = readFileSync(join(INFRA, 'main.bicep'), 'utf8');

interface Scope {
  readonly id: string;
  readonly value: string;
  readonly type: string;
}
interface Registration {
  readonly identifierUris: readonly string[];
  readonly web: { readonly redirectUris: readonly string[] };
  readonly api: {
    readonly oauth2PermissionScopes: readonly Scope[];
    readonly preAuthorizedApplications?: readonly { appId: string; delegatedPermissionIds: string[] }[];
  };
  readonly requiredResourceAccess: readonly {
    readonly resourceAppId: string;
    readonly resourceAccess: readonly { id: string; type: string }[];
  }[];
}
const registration = JSON.parse(
  readFileSync(join(INFRA, 'entra', 'app-registration.json'), 'utf8'),
) as Registration;
const preauthorization = JSON.parse(
  readFileSync(join(INFRA, 'entra', 'teams-preauthorization.json'), 'utf8'),
) as Pick<Registration, 'api'>;

describe('deployment files', () => {
  it('the app registration exposes access_as_user under the Application ID URI the bot asks Teams for', () => {
    const app = '11111111-2222-3333-4444-555555555555';
    const domain = 'acr-doctor-contoso.azurewebsites.net';
    const filled = registration.identifierUris.map((u) =>
      u.replace('<BOT_DOMAIN>', domain).replace('<APP_ID>', app),
    );
    const config = loadConfig({ BOT_ID: app, BOT_PASSWORD: 'x', BOT_TENANT_ID: app, BOT_DOMAIN: domain });
    const live = config.kind === 'ok' ? config.config.liveChecks : undefined;
    expect(
      live?.kind === 'configured' && live.identity.mode === 'teams-sso' && live.identity.app.resource,
    ).toBe(filled[0]);
    expect(registration.api.oauth2PermissionScopes.map((s) => [s.value, s.type])).toEqual([
      ['access_as_user', 'User'],
    ]);
    expect(registration.web.redirectUris).toEqual([`https://<BOT_DOMAIN>${CONSENT_PAGE_PATH}`]);
  });

  it('pre-authorises the Teams desktop, mobile and web clients for that same scope', () => {
    const scope = registration.api.oauth2PermissionScopes[0]?.id;
    expect(preauthorization.api.oauth2PermissionScopes).toEqual(registration.api.oauth2PermissionScopes);
    expect(preauthorization.api.preAuthorizedApplications).toEqual([
      { appId: '1fec8e78-bce4-4aaf-ab1b-5451cc387264', delegatedPermissionIds: [scope] },
      { appId: '5e3ce6c0-2b1f-4285-8d4b-75ee78787346', delegatedPermissionIds: [scope] },
    ]);
  });

  it('asks for the delegated permissions the consent links request', () => {
    const byResource = Object.fromEntries(
      registration.requiredResourceAccess.map((r) => [r.resourceAppId, r.resourceAccess.map((a) => a.id)]),
    );
    // Azure Service Management user_impersonation, Log Analytics Data.Read, Graph User.Read and Application.Read.All.
    expect(byResource).toEqual({
      '797f4846-ba00-4fd7-ba43-dac1f8f63013': ['41094075-9dad-400e-a0bd-54e686782033'],
      'ca7f3f0b-7d91-482c-8e09-c5d840d0eac5': ['e8dac03d-d467-4a7e-9293-9cca7df08b31'],
      '00000003-0000-0000-c000-000000000000': [
        'e1fe6dd8-ba31-4d61-89e7-88639da4683d',
        'c79f8feb-a9db-4090-85f9-90d820caa0eb',
      ],
    });
  });

  it('the Bicep file runs `npm start` on Node 24 and names the SSO connection and the settings the bot reads', () => {
    expect(bicep).toContain("linuxFxVersion: 'NODE|24-lts'");
    expect(bicep).toContain("appCommandLine: 'npm start'");
    expect(bicep).toContain(`var ssoConnectionName = '${SSO_CONNECTION_NAME}'`);
    expect(bicep).toContain("endpoint: 'https://${botDomain}/api/messages'");
    expect(bicep).toContain("channelName: 'MsTeamsChannel'");
    for (const setting of [
      'BOT_ID',
      'BOT_PASSWORD',
      'BOT_TENANT_ID',
      'BOT_TYPE',
      'BOT_DOMAIN',
      'AZURE_CLOUD',
    ])
      expect(bicep).toMatch(new RegExp(`^\\s+${setting}: `, 'm'));
    expect(bicep).not.toContain('LIVE_CHECKS_LOCAL_CREDENTIAL:');
  });
});
