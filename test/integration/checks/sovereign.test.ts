import { azureSettingsFromEnv } from '../../../src/config';
import { buildPlan, NO_PASTE } from '../../../src/checks/plan';
import { emptyScenario, FAKE_SUBSCRIPTION } from '../../fakes/azure';
import { diagnosisWith, result, startHarness, type Harness } from './harness';

describe('Azure China', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(
      emptyScenario({
        registries: [
          {
            subscriptionId: FAKE_SUBSCRIPTION,
            resourceGroup: 'rg-cn',
            name: 'contosocn',
            location: 'chinanorth3',
          },
        ],
      }),
      'AzureChinaCloud',
    );
  });
  afterAll(() => h.close());

  it('a China login server resolves against the China endpoints and audiences', async () => {
    const report = await h.run({
      diagnosis: diagnosisWith({ registry: null }),
      plan: { registry: 'contosocn.azurecr.cn', all: true },
    });
    const lookup = result(report, 'registry');
    expect(lookup.status).toBe('pass');
    expect(lookup.facts).toContainEqual(expect.objectContaining({ value: 'contosocn.azurecr.cn' }));
    const scopes = h.fake.callsTo('token').map((c) => c.audience?.split(' ')[0]);
    expect(scopes).toEqual(
      expect.arrayContaining([
        'https://management.chinacloudapi.cn/.default',
        'https://api.loganalytics.azure.cn/.default',
      ]),
    );
    expect(scopes.every((s) => s?.includes('chinacloudapi.cn') || s?.includes('azure.cn'))).toBe(true);
    expect(
      h.fake.calls
        .filter((c) => c.service === 'arm')
        .every((c) => c.audience === 'https://management.chinacloudapi.cn'),
    ).toBe(true);
  });

  it('the China settings refuse a public-cloud login server before anything is sent', () => {
    const plan = buildPlan(NO_PASTE, h.settings.endpoints, { registry: 'contoso.azurecr.io' });
    expect(plan.ok).toBe(false);
    if (!plan.ok)
      expect(plan.problem.en).toBe(
        'contoso.azurecr.io is a registry in Azure (global), but acr-doctor is set up for Azure China (21Vianet): it can only check registries ending in .azurecr.cn.',
      );
  });
});

it('public-cloud settings refuse a China login server, naming the cloud it belongs to', () => {
  const settings = azureSettingsFromEnv({});
  if (!settings.ok) throw new Error('defaults must be valid');
  const plan = buildPlan(NO_PASTE, settings.settings.endpoints, {
    registry: 'contosocn.azurecr.cn',
  });
  expect(plan.ok).toBe(false);
  if (!plan.ok) expect(plan.problem.ru).toContain('Azure China');
});
