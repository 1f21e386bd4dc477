import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONSENT_PAGE_PATH } from '../../../src/bot/consent-links';
import { SSO_CONNECTION_NAME } from '../../../src/bot/invoke-bodies';
import { loadConfig, loadPackageSettings } from '../../../src/config';

/**
 * infra/ cannot be deployed from here, so these tests keep it in step with the code: the names, paths and
 * permissions the bot relies on are the ones the Bicep file and the app registration create.
 */
const INFRA = join(__dirname, '..', '..', '..', 'infra');
const SRC = join(__dirname, '..', '..', '..', 'src');
const DEFAULT_STATE_CONTAINER = 'acr-doctor-state';
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

  it('the Bicep file runs node itself on Node 24 and names the SSO connection and the messaging endpoint', () => {
    expect(bicep).toContain("linuxFxVersion: 'NODE|24-lts'");
    // npm does not pass SIGTERM on: App Service must start node directly for a graceful shutdown.
    expect(bicep).toMatch(/appCommandLine: 'node [^']*dist\/src\/server\.js'/);
    expect(bicep).toContain(`var ssoConnectionName = '${SSO_CONNECTION_NAME}'`);
    expect(bicep).toContain("endpoint: 'https://${botDomain}/api/messages'");
    expect(bicep).toContain("channelName: 'MsTeamsChannel'");
    expect(bicep).toContain("healthCheckPath: '/healthz'");
    expect(bicep).toContain("WEBSITE_RUN_FROM_PACKAGE: '1'");
    expect(bicep).toMatch(/param instanceCount int = 2\b/);
    expect(bicep).toContain('capacity: instanceCount');
    expect(bicep).not.toContain('LIVE_CHECKS_LOCAL_CREDENTIAL:');
  });

  it('creates Application Insights, a state store and a Key Vault, and keeps secrets in the vault', () => {
    expect(bicep).toContain("'Microsoft.Insights/components@");
    expect(bicep).toContain('APPLICATIONINSIGHTS_CONNECTION_STRING: insights.properties.ConnectionString');
    expect(bicep).toContain("'Microsoft.Storage/storageAccounts@");
    expect(bicep).toContain("'Microsoft.KeyVault/vaults@");
    for (const secret of ['BOT_PASSWORD', 'STATE_STORAGE_CONNECTION_STRING'])
      expect(bicep).toMatch(new RegExp(`^\\s+${secret}: '@Microsoft\\.KeyVault\\(SecretUri=`, 'm'));
    // The container the bot is told to use is the one the template creates.
    expect(bicep).toContain('STATE_STORAGE_CONTAINER: stateContainer.name');
    expect(bicep).toContain(`var stateContainerName = '${DEFAULT_STATE_CONTAINER}'`);
  });

  it('sets or documents every variable the configuration reads', () => {
    const sources = ['config.ts', join('config', 'azure-env.ts')].map((f) =>
      readFileSync(join(SRC, f), 'utf8'),
    );
    const variables = new Set(
      sources.flatMap((text) =>
        [...text.matchAll(/'([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)'/g)].map((m) => m[1] as string),
      ),
    );
    for (const v of ['PORT', 'HOST']) variables.add(v);
    expect(variables.size).toBeGreaterThan(20);
    const set = new Set([...bicep.matchAll(/^\s+([A-Z][A-Z0-9_]+): /gm)].map((m) => m[1]));
    const documented = readFileSync(join(INFRA, 'README.md'), 'utf8');
    const missing = [...variables].filter((v) => !set.has(v) && !documented.includes(`\`${v}\``));
    expect(missing).toEqual([]);
  });

  it('uses every parameter, and never outputs a secure one', () => {
    const params = [...bicep.matchAll(/^param (\w+) /gm)].map((m) => m[1] as string);
    expect(params.length).toBeGreaterThan(5);
    const unused = params.filter((p) => bicep.split(new RegExp(`\\b${p}\\b`)).length - 1 < 2);
    expect(unused).toEqual([]);
    const secure = [...bicep.matchAll(/@secure\(\)\s*\nparam (\w+)/g)].map((m) => m[1] as string);
    expect(secure).toEqual(['botAppSecret']);
    const outputs = bicep.split('\n').filter((l) => l.startsWith('output '));
    expect(outputs.length).toBeGreaterThan(0);
    for (const line of outputs) {
      for (const name of secure) expect(line).not.toMatch(new RegExp(`\\b${name}\\b`));
      expect(line).not.toMatch(/secret|password|listKeys|ConnectionString/i);
    }
  });

  it('the manifest placeholders are the values the package build fills in, and the deploy steps set them', () => {
    const manifest = readFileSync(join(INFRA, '..', 'appPackage', 'manifest.json'), 'utf8');
    const placeholders = [
      ...new Set([...manifest.matchAll(/\$\{\{([A-Z_]+)\}\}/g)].map((m) => m[1] as string)),
    ];
    expect(placeholders.sort()).toEqual(['AAD_APP_CLIENT_ID', 'BOT_DOMAIN', 'BOT_ID', 'TEAMS_APP_ID']);
    const env = {
      TEAMS_APP_ID: '11111111-2222-3333-4444-555555555555',
      BOT_ID: '11111111-2222-3333-4444-555555555555',
      BOT_DOMAIN: 'acr-doctor.azurewebsites.net',
    };
    expect(loadPackageSettings(env).kind).toBe('ok');
    const steps = readFileSync(join(INFRA, 'README.md'), 'utf8');
    const packageStep = steps.split('\n').find((l) => l.includes('npm run package')) ?? '';
    for (const name of placeholders) expect(packageStep).toContain(`${name}=`);
    expect(bicep).toMatch(/^output botDomain string/m);
  });
});
