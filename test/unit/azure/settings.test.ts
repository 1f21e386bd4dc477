import { CLOUDS, cloudOfLoginServer } from '../../../src/azure';
import { azureSettingsFromEnv } from '../../../src/config';

function settings(env: Record<string, string | undefined>) {
  const result = azureSettingsFromEnv(env);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.settings;
}

function errors(env: Record<string, string | undefined>): readonly string[] {
  const result = azureSettingsFromEnv(env);
  return result.ok ? [] : result.errors;
}

describe('azureSettingsFromEnv', () => {
  it('defaults: public cloud, no local credential, sign-in not configured, 8 s deadline', () => {
    const s = settings({});
    expect(s.endpoints).toEqual(CLOUDS.AzurePublicCloud);
    expect(s.localCredential).toBe(false);
    expect(s.onBehalfOf).toEqual({ state: 'not-configured', missing: [] });
    expect(s.deadlineMs).toBe(8000);
    expect(s.rateLimit).toEqual({ burst: 3, refillIntervalMs: 20000 });
  });

  it.each([
    [
      'AzureChinaCloud',
      'https://management.chinacloudapi.cn',
      'https://login.chinacloudapi.cn',
      'https://api.loganalytics.azure.cn/v1',
      'azurecr.cn',
    ],
    [
      'AzureUSGovernment',
      'https://management.usgovcloudapi.net',
      'https://login.microsoftonline.us',
      'https://api.loganalytics.us/v1',
      'azurecr.us',
    ],
    [
      'azurepubliccloud',
      'https://management.azure.com',
      'https://login.microsoftonline.com',
      'https://api.loganalytics.io/v1',
      'azurecr.io',
    ],
  ])('%s has its own endpoints', (cloud, arm, authority, logs, suffix) => {
    const s = settings({ AZURE_CLOUD: cloud });
    expect(s.endpoints.arm.endpoint).toBe(arm);
    expect(s.endpoints.arm.scope).toBe(`${arm}/.default`);
    expect(s.endpoints.authorityHost).toBe(authority);
    expect(s.endpoints.logs.endpoint).toBe(logs);
    expect(s.endpoints.acrLoginServerSuffix).toBe(suffix);
  });

  it('overrides move a service to another host but keep the cloud audience', () => {
    const s = settings({
      AZURE_CLOUD: 'AzureChinaCloud',
      AZURE_ARM_ENDPOINT: 'https://127.0.0.1:8443/',
      AZURE_LOGS_ENDPOINT: 'https://127.0.0.1:8444/v1',
      AZURE_GRAPH_ENDPOINT: 'https://graph.proxy.example',
      AZURE_AUTHORITY_HOST: 'https://login.proxy.example',
    });
    expect(s.endpoints.arm).toEqual({
      endpoint: 'https://127.0.0.1:8443',
      scope: 'https://management.chinacloudapi.cn/.default',
    });
    expect(s.endpoints.logs).toEqual({
      endpoint: 'https://127.0.0.1:8444/v1',
      scope: 'https://api.loganalytics.azure.cn/.default',
    });
    expect(s.endpoints.graph.scope).toBe('https://microsoftgraph.chinacloudapi.cn/.default');
    expect(s.endpoints.authorityHost).toBe('https://login.proxy.example');
  });

  it.each([
    [
      { AZURE_CLOUD: 'AzureGermanCloud' },
      'AZURE_CLOUD must be one of AzurePublicCloud, AzureChinaCloud, AzureUSGovernment (got "AzureGermanCloud").',
    ],
    [
      { AZURE_ARM_ENDPOINT: 'http://management.azure.com' },
      'AZURE_ARM_ENDPOINT must use https: tokens are only ever sent over TLS (got "http://management.azure.com").',
    ],
    [
      { AZURE_GRAPH_ENDPOINT: 'not a url' },
      'AZURE_GRAPH_ENDPOINT must be an https URL, e.g. https://management.azure.com (got "not a url").',
    ],
    [
      { AZURE_AUTHORITY_HOST: 'https://user:pw@login.example' },
      'AZURE_AUTHORITY_HOST must be a plain base URL without user info, query or fragment (got "https://user:pw@login.example").',
    ],
    [
      { AZURE_LOGS_ENDPOINT: 'https://api.loganalytics.io' },
      'AZURE_LOGS_ENDPOINT must end with the API version path /v1, e.g. https://api.loganalytics.io/v1 (got "https://api.loganalytics.io").',
    ],
    [
      { LIVE_CHECKS_LOCAL_CREDENTIAL: 'maybe' },
      'LIVE_CHECKS_LOCAL_CREDENTIAL must be true or false (got "maybe").',
    ],
    [
      { LIVE_CHECKS_DEADLINE_MS: '500' },
      'LIVE_CHECKS_DEADLINE_MS must be a whole number from 1000 to 60000 (got "500").',
    ],
    [{ LIVE_CHECKS_BURST: '-1' }, 'LIVE_CHECKS_BURST must be a whole number from 1 to 100 (got "-1").'],
    [{ BOT_ID: 'my-bot' }, 'BOT_ID must be the application (client) id, a GUID (got "my-bot").'],
    [
      { BOT_TENANT_ID: 'not a tenant!' },
      'BOT_TENANT_ID must be a tenant GUID or a domain such as contoso.onmicrosoft.com (got "not a tenant!").',
    ],
  ])('%j is refused with a message naming the variable', (env, message) => {
    expect(errors(env)).toEqual([message]);
  });

  it('reports every bad variable, not just the first', () => {
    expect(errors({ AZURE_CLOUD: 'x', LIVE_CHECKS_BURST: '0', BOT_ID: 'y' })).toHaveLength(3);
  });

  it('on-behalf-of: configured with a secret, preferring a certificate when both are set', () => {
    const base = { BOT_ID: '0f0f0f0f-0000-4000-8000-000000000001', BOT_TENANT_ID: 'contoso.onmicrosoft.com' };
    expect(settings({ ...base, BOT_PASSWORD: 's' }).onBehalfOf).toEqual({
      state: 'configured',
      clientId: base.BOT_ID,
      tenantId: base.BOT_TENANT_ID,
      secret: { kind: 'client-secret', value: 's' },
    });
    expect(
      settings({ ...base, BOT_PASSWORD: 's', BOT_CERTIFICATE_PATH: '/secrets/bot.pem' }).onBehalfOf,
    ).toMatchObject({
      secret: { kind: 'certificate', path: '/secrets/bot.pem' },
    });
  });

  it('on-behalf-of: names what is missing when only part of it is set', () => {
    expect(
      settings({ BOT_ID: '0f0f0f0f-0000-4000-8000-000000000001', BOT_PASSWORD: 's' }).onBehalfOf,
    ).toEqual({
      state: 'not-configured',
      missing: ['BOT_TENANT_ID'],
    });
  });

  it('the local developer credential is opt-in', () => {
    expect(settings({ LIVE_CHECKS_LOCAL_CREDENTIAL: 'true' }).localCredential).toBe(true);
    expect(settings({ LIVE_CHECKS_LOCAL_CREDENTIAL: 'false' }).localCredential).toBe(false);
  });

  it('blank values count as unset', () => {
    expect(settings({ AZURE_CLOUD: '  ', BOT_ID: '' }).endpoints.cloud).toBe('AzurePublicCloud');
  });
});

describe('cloudOfLoginServer', () => {
  it.each([
    ['contoso.azurecr.io', 'AzurePublicCloud'],
    ['CONTOSO.AZURECR.CN', 'AzureChinaCloud'],
    ['contoso.azurecr.us', 'AzureUSGovernment'],
    ['contoso.azurecr.com', null],
    ['azurecr.io', null],
  ])('%s → %s', (host, cloud) => {
    expect(cloudOfLoginServer(host)).toBe(cloud);
  });
});
