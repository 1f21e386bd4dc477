import { CLOUDS } from '../../../src/azure';
import { buildPlan } from '../../../src/checks/plan';
import { pasteEvidence } from '../../../src/live-checks';
import { diagnosisWith } from '../../support/diagnosis';

const pub = CLOUDS.AzurePublicCloud;

function plan(...args: Parameters<typeof diagnosisWith>) {
  const result = buildPlan(pasteEvidence(diagnosisWith(...args)), pub);
  if (!result.ok) throw new Error(result.problem.en);
  return result.plan;
}

describe('buildPlan', () => {
  it('always runs the checks that read only the registry and your own permissions', () => {
    expect(plan({}).checks).toEqual([
      'registry',
      'network',
      'admin-user',
      'anonymous-pull',
      'auth-as-arm',
      'role-assignment-mode',
      'your-permissions',
    ]);
  });

  it('adds identity checks for ids in the text, throttling for 429s, login failures when a likely cause names them', () => {
    const p = plan({ appIds: ['8B8B8B8B-0000-4000-8000-000000000001'], facts: ['http:429'] }, [
      { id: 'firewall-client-ip-not-allowed', checks: ['network', 'login-failures'] },
    ]);
    expect(p.checks).toEqual(
      expect.arrayContaining(['identity-roles', 'secret-expiry', 'throttling', 'login-failures']),
    );
    expect(p.appIds).toEqual(['8b8b8b8b-0000-4000-8000-000000000001']);
    expect(p.sawThrottling).toBe(true);
  });

  it('object ids alone bring identity roles but not secret expiry', () => {
    const p = plan({ principalIds: ['9a9a9a9a-0000-4000-8000-000000000001'] });
    expect(p.checks).toContain('identity-roles');
    expect(p.checks).not.toContain('secret-expiry');
  });

  it('keeps only values that are safe to send: GUIDs, IPv4 addresses, OCI repository names, at most three of each', () => {
    const p = plan({
      appIds: [
        "x' or 1 eq 1",
        '8b8b8b8b-0000-4000-8000-000000000001',
        '8b8b8b8b-0000-4000-8000-000000000002',
        '8b8b8b8b-0000-4000-8000-000000000003',
        '8b8b8b8b-0000-4000-8000-000000000004',
      ],
      clientIps: ['203.0.113.7', '203.0.113.7', '999.1.1.1', 'localhost'],
      repository: '../../etc/passwd',
    });
    expect(p.appIds).toHaveLength(3);
    expect(p.clientIps).toEqual(['203.0.113.7']);
    expect(p.repository).toBeNull();
    expect(plan({ repository: 'team-a/orders.api_v2' }).repository).toBe('team-a/orders.api_v2');
  });

  it('a registry named outside the text wins over the one in the text', () => {
    const result = buildPlan(pasteEvidence(diagnosisWith({ registry: 'fabrikam' })), pub, {
      registry: 'contoso.azurecr.io',
    });
    expect(result.ok && result.plan.target).toEqual({
      name: 'contoso',
      loginServer: 'contoso.azurecr.io',
      cloud: 'AzurePublicCloud',
      dnl: false,
    });
  });

  it('prefers the login server the text shows to the bare registry name', () => {
    const p = plan({
      registry: 'contoso',
      loginServers: [
        {
          host: 'contoso.azurecr.io',
          registry: 'contoso',
          cloud: 'public',
          kind: 'login-server',
          validName: true,
        },
      ],
    });
    expect(p.target.loginServer).toBe('contoso.azurecr.io');
  });

  it('asks which registry when the text names none', () => {
    const result = buildPlan(pasteEvidence(diagnosisWith({ registry: null })), pub);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem.ru).toMatch(/^Какой реестр проверить\?/);
  });

  it('--only runs the requested checks and the registry lookup; --all runs everything', () => {
    const only = buildPlan(pasteEvidence(diagnosisWith({})), pub, { only: ['login-failures'] });
    expect(only.ok && only.plan.checks).toEqual(['registry', 'login-failures']);
    const all = buildPlan(pasteEvidence(diagnosisWith({})), pub, { all: true });
    expect(all.ok && all.plan.checks).toHaveLength(11);
  });

  it('reads from the paste whether admin credentials or an anonymous token were involved', () => {
    expect(plan({ facts: ['admin-fallback'] }).adminCredentials).toBe(true);
    expect(plan({ facts: ['anonymous-attempt'] }).anonymousAttempt).toBe(true);
    expect(plan({}).adminCredentials).toBe(false);
  });
});
