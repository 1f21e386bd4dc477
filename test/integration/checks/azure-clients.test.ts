import { ClientSecretCredential } from '@azure/identity';
import { createAzureApis, createOnBehalfOfCredential } from '../../../src/azure';
import { azureSettingsFromEnv } from '../../../src/config';
import { CONTOSO, CONTOSO_ID, registry, startHarness, type Harness } from './harness';
import { emptyScenario, fakeUserSsoToken } from '../../fakes/azure';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ registries: [registry()] });
});
afterAll(() => h.close());

const options = () => ({ signal: new AbortController().signal, timeoutMs: 10000 });

it('each client asks for its own service audience, on behalf of the user, over TLS to the configured hosts only', async () => {
  h.fake.resetCalls();
  const azure = h.azure();
  expect((await azure.registries.listSubscriptions(options())).ok).toBe(true);
  expect((await azure.monitor.diagnosticSettings(CONTOSO_ID, options())).ok).toBe(true);
  expect(
    (await azure.logs.queryResource(CONTOSO_ID, 'ContainerRegistryLoginEvents', 'PT1H', options())).ok,
  ).toBe(true);
  const app = await azure.graph.applicationByAppId('8b8b8b8b-0000-4000-8000-000000000001', options());
  expect(app.ok || app.error.kind).toBe('not-found');
  const byService = (service: string) => [
    ...new Set(h.fake.calls.filter((c) => c.service === service).map((c) => c.audience)),
  ];
  expect(byService('arm')).toEqual(['https://management.azure.com']);
  expect(byService('logs')).toEqual(['https://api.loganalytics.io']);
  expect(byService('graph')).toEqual(['https://graph.microsoft.com']);
  const tokenRequests = h.fake.callsTo('token');
  expect(tokenRequests).toHaveLength(3);
  expect(h.fake.callsTo('diagnosticSettings')[0]?.apiVersion).toBe('2021-05-01-preview');
  expect(h.fake.callsTo('registries').length + h.fake.callsTo('subscriptions').length).toBeGreaterThan(0);
});

it('the registry API version is one that reports roleAssignmentMode and anonymousPullEnabled', async () => {
  h.fake.resetCalls();
  const listed = await h.azure().registries.listRegistries(CONTOSO.subscriptionId, options());
  expect(h.fake.callsTo('registries')[0]?.apiVersion).toBe('2025-11-01');
  expect(listed.ok && listed.value[0]).toMatchObject({
    roleAssignmentMode: 'LegacyRegistryPermissions',
    anonymousPullEnabled: false,
    azureADAuthenticationAsArmPolicy: 'enabled',
  });
});

it('does not trust a certificate it was not told to trust: TLS verification stays on', async () => {
  const credential = new ClientSecretCredential(
    h.fake.scenario.tenantId,
    '0f0f0f0f-0000-4000-8000-000000000001',
    'secret',
    {
      authorityHost: h.fake.endpoints.authorityHost,
      disableInstanceDiscovery: true,
      tlsOptions: { ca: h.fake.ca },
    },
  );
  const untrusting = createAzureApis({ endpoints: h.settings.endpoints, credential });
  const subs = await untrusting.registries.listSubscriptions(options());
  expect(subs.ok).toBe(false);
  if (!subs.ok) {
    expect(subs.error.kind).toBe('service');
    expect(subs.error.message).toMatch(/certificate/i);
  }
});

it('a token for the wrong audience is refused by the service, and reported as unauthorized', async () => {
  const parsed = azureSettingsFromEnv({
    ...h.fake.env(),
    BOT_ID: '0f0f0f0f-0000-4000-8000-000000000001',
    BOT_PASSWORD: 'x',
    BOT_TENANT_ID: h.fake.scenario.tenantId,
  });
  if (!parsed.ok) throw new Error(parsed.errors.join());
  // Point Log Analytics at the ARM host: the ARM fake sees a Log Analytics token and refuses it.
  const endpoints = {
    ...parsed.settings.endpoints,
    logs: { ...parsed.settings.endpoints.logs, endpoint: `${h.fake.endpoints.arm}/v1` },
  };
  const credential = createOnBehalfOfCredential(
    parsed.settings,
    fakeUserSsoToken({
      tenantId: h.fake.scenario.tenantId,
      objectId: '3c3c3c3c-0000-4000-8000-000000000001',
      botAppId: 'x',
    }),
    { ca: h.fake.ca },
  );
  if (!credential.ok) throw new Error(credential.reason);
  const azure = createAzureApis({ endpoints, credential: credential.credential, tls: { ca: h.fake.ca } });
  const answer = await azure.logs.queryResource(
    CONTOSO_ID,
    'ContainerRegistryLoginEvents',
    'PT1H',
    options(),
  );
  expect(answer.ok).toBe(false);
  if (!answer.ok)
    expect(answer.error).toMatchObject({
      kind: 'unauthorized',
      service: 'logs',
      code: 'InvalidAuthenticationTokenAudience',
    });
});

it('on-behalf-of is refused, with the missing variables named, when the bot has no secret', () => {
  const parsed = azureSettingsFromEnv({
    BOT_ID: '0f0f0f0f-0000-4000-8000-000000000001',
    BOT_TENANT_ID: 'contoso.onmicrosoft.com',
  });
  if (!parsed.ok) throw new Error(parsed.errors.join());
  const credential = createOnBehalfOfCredential(parsed.settings, 'eyJ.a.b');
  expect(credential).toEqual({
    ok: false,
    reason: 'Sign-in for live checks is not configured: set BOT_PASSWORD or BOT_CERTIFICATE_PATH.',
  });
});

it("the fake refuses to serve a different cloud's audience (it checks what the clients send)", async () => {
  h.fake.scenario = emptyScenario({ registries: [registry()] });
  const parsed = azureSettingsFromEnv({
    ...h.fake.env(),
    AZURE_CLOUD: 'AzureUSGovernment',
    BOT_ID: '0f0f0f0f-0000-4000-8000-000000000001',
    BOT_PASSWORD: 'x',
    BOT_TENANT_ID: h.fake.scenario.tenantId,
  });
  if (!parsed.ok) throw new Error(parsed.errors.join());
  const credential = createOnBehalfOfCredential(
    parsed.settings,
    fakeUserSsoToken({
      tenantId: h.fake.scenario.tenantId,
      objectId: '3c3c3c3c-0000-4000-8000-000000000001',
      botAppId: 'x',
    }),
    { ca: h.fake.ca },
  );
  if (!credential.ok) throw new Error(credential.reason);
  const subs = await createAzureApis({
    endpoints: parsed.settings.endpoints,
    credential: credential.credential,
    tls: { ca: h.fake.ca },
  }).registries.listSubscriptions(options());
  expect(subs.ok).toBe(false);
  if (!subs.ok)
    expect(subs.error).toMatchObject({ kind: 'unauthorized', service: 'entra', code: 'AADSTS500011' });
});
