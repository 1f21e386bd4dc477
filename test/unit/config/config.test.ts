import { describeProblems, loadConfig, loadPackageSettings } from '../../../src/config';

const APP = '11111111-2222-3333-4444-555555555555';
const TENANT = '99999999-8888-7777-6666-555555555555';

describe('bot configuration', () => {
  it('runs in local mode on loopback with no credentials', () => {
    expect(loadConfig({})).toEqual({
      kind: 'ok',
      config: {
        port: 3978,
        host: '127.0.0.1',
        auth: { mode: 'local' },
        feedback: { kind: 'memory' },
        feedbackRetention: { pastes: 'ask', keepDays: 90 },
        liveChecks: { kind: 'not-configured', missing: [] },
        state: { kind: 'memory' },
        telemetry: { kind: 'off' },
        logLevel: 'info',
      },
    });
  });

  it('reads Bot Framework credentials and listens on all interfaces', () => {
    const result = loadConfig({
      BOT_ID: APP,
      BOT_PASSWORD: 's3cret',
      PORT: '8080',
      FEEDBACK_FILE: '/var/log/fb.jsonl',
    });
    expect(result).toEqual({
      kind: 'ok',
      config: expect.objectContaining({
        port: 8080,
        host: '0.0.0.0',
        auth: { mode: 'bot-framework', appId: APP, appType: 'MultiTenant', appPassword: 's3cret' },
        feedback: { kind: 'file', path: '/var/log/fb.jsonl' },
      }),
    });
  });

  it('treats a tenant id as a single-tenant bot, and supports a managed identity without a secret', () => {
    const single = loadConfig({ BOT_ID: APP, BOT_PASSWORD: 'x', BOT_TENANT_ID: TENANT });
    expect(single.kind === 'ok' && single.config.auth).toEqual({
      mode: 'bot-framework',
      appId: APP,
      appType: 'SingleTenant',
      appPassword: 'x',
      tenantId: TENANT,
    });
    const msi = loadConfig({ BOT_ID: APP, BOT_TYPE: 'UserAssignedMSI', BOT_TENANT_ID: TENANT });
    expect(msi.kind === 'ok' && msi.config.auth).toEqual({
      mode: 'bot-framework',
      appId: APP,
      appType: 'UserAssignedMSI',
      tenantId: TENANT,
    });
  });

  it('refuses to expose local mode or the local developer credential beyond loopback', () => {
    for (const host of ['0.0.0.0', '::', '10.1.2.3', 'bot.contoso.com']) {
      const result = loadConfig({ HOST: host });
      expect(result.kind).toBe('invalid');
      if (result.kind === 'invalid') expect(result.problems.map((p) => p.variable)).toEqual(['HOST']);
    }
    for (const host of ['127.0.0.1', 'localhost', '::1', '127.0.0.2'])
      expect(loadConfig({ HOST: host }).kind).toBe('ok');
    const exposedDeveloper = loadConfig({ HOST: '0.0.0.0', LIVE_CHECKS_LOCAL_CREDENTIAL: 'true' });
    expect(exposedDeveloper.kind).toBe('invalid');
    if (exposedDeveloper.kind === 'invalid')
      expect(exposedDeveloper.problems.map((p) => p.variable)).toEqual([
        'HOST',
        'LIVE_CHECKS_LOCAL_CREDENTIAL',
      ]);
  });

  it('keeps pastes shared with feedback only when asked, for the days the operator sets', () => {
    const config = (env: Record<string, string>) => {
      const result = loadConfig(env);
      return result.kind === 'ok' ? result.config.feedbackRetention : result.problems;
    };
    expect(config({ FEEDBACK_PASTES: 'Never' })).toEqual({ pastes: 'never', keepDays: 90 });
    expect(config({ FEEDBACK_KEEP_DAYS: '30' })).toEqual({ pastes: 'ask', keepDays: 30 });
    expect(config({ FEEDBACK_KEEP_DAYS: '365', FEEDBACK_PASTES: 'ask' })).toEqual({
      pastes: 'ask',
      keepDays: 365,
    });
  });

  it('treats blank values as unset', () => {
    expect(loadConfig({ BOT_ID: '  ', BOT_PASSWORD: '', PORT: ' ' }).kind).toBe('ok');
  });

  it('reports every problem, one per variable, in words a person can act on', () => {
    const result = loadConfig({ PORT: '99999', BOT_ID: 'not-a-guid', FEEDBACK_FILE: 'a\0b' });
    expect(result.kind).toBe('invalid');
    if (result.kind !== 'invalid') return;
    expect(result.problems.map((p) => p.variable)).toEqual(['PORT', 'BOT_ID', 'FEEDBACK_FILE']);
    expect(describeProblems(result.problems)).toContain(
      'PORT must be a TCP port number (0-65535), got "99999"',
    );
  });

  it.each([
    [{ BOT_PASSWORD: 'x' }, 'BOT_ID'],
    [{ BOT_ID: APP }, 'BOT_PASSWORD'],
    [{ BOT_ID: APP, BOT_PASSWORD: 'x', BOT_TYPE: 'Anonymous' }, 'BOT_TYPE'],
    [{ BOT_ID: APP, BOT_PASSWORD: 'x', BOT_TYPE: 'SingleTenant' }, 'BOT_TENANT_ID'],
    [{ BOT_ID: APP, BOT_PASSWORD: 'x', BOT_TENANT_ID: 'contoso' }, 'BOT_TENANT_ID'],
    [{ PORT: '80a' }, 'PORT'],
    [{ FEEDBACK_PASTES: 'always' }, 'FEEDBACK_PASTES'],
    [{ FEEDBACK_KEEP_DAYS: '0' }, 'FEEDBACK_KEEP_DAYS'],
    [{ FEEDBACK_KEEP_DAYS: '366' }, 'FEEDBACK_KEEP_DAYS'],
    [{ FEEDBACK_KEEP_DAYS: '30.5' }, 'FEEDBACK_KEEP_DAYS'],
  ])('refuses %p (%s)', (env, variable) => {
    const result = loadConfig(env);
    expect(result.kind === 'invalid' && result.problems.map((p) => p.variable)).toEqual([variable]);
  });
});

describe('live checks in the bot configuration', () => {
  const liveChecks = (env: Record<string, string>) => {
    const result = loadConfig(env);
    if (result.kind !== 'ok') throw new Error(describeProblems(result.problems));
    return result.config.liveChecks;
  };

  const DOMAIN = 'acr-doctor.azurewebsites.net';
  const SSO = '22222222-3333-4444-5555-666666666666';

  it('use Teams sign-in with the bot app (secret, tenant and the domain of its application ID URI)', () => {
    const setting = liveChecks({ BOT_ID: APP, BOT_PASSWORD: 'x', BOT_TENANT_ID: TENANT, BOT_DOMAIN: DOMAIN });
    expect(setting).toMatchObject({
      kind: 'configured',
      answerWithinMs: 4000,
      identity: {
        mode: 'teams-sso',
        app: { appId: APP, resource: `api://${DOMAIN}/botid-${APP}`, domain: DOMAIN, homeTenantId: TENANT },
      },
    });
    // A tenant given by domain name cannot be compared with a token's tid: it is refused, not skipped.
    const byDomain = loadConfig({
      BOT_ID: APP,
      BOT_PASSWORD: 'x',
      BOT_TENANT_ID: 'contoso.onmicrosoft.com',
      BOT_DOMAIN: DOMAIN,
    });
    expect(byDomain.kind).toBe('invalid');
    if (byDomain.kind === 'invalid') {
      expect(byDomain.problems.map((p) => p.variable)).toEqual(['BOT_TENANT_ID']);
      expect(describeProblems(byDomain.problems)).toContain('az account show --query tenantId');
    }
  });

  it('use a separate sign-on app (AAD_APP_*) with its own secret, never the bot password', () => {
    const env = { AAD_APP_CLIENT_ID: SSO, AAD_APP_TENANT_ID: TENANT, BOT_DOMAIN: DOMAIN };
    expect(liveChecks({ ...env, AAD_APP_CLIENT_SECRET: 'y' })).toMatchObject({
      kind: 'configured',
      identity: { mode: 'teams-sso', app: { appId: SSO, resource: `api://${DOMAIN}/botid-${SSO}` } },
    });
    expect(liveChecks({ ...env, BOT_ID: APP, BOT_PASSWORD: 'bot-secret' })).toEqual({
      kind: 'not-configured',
      missing: ['AAD_APP_CLIENT_SECRET or AAD_APP_CERTIFICATE_PATH'],
    });
  });

  it('use the local developer credential when asked, which BOT_ID forbids', () => {
    expect(liveChecks({ LIVE_CHECKS_LOCAL_CREDENTIAL: 'true' })).toMatchObject({
      kind: 'configured',
      identity: { mode: 'local-developer' },
    });
    const result = loadConfig({ LIVE_CHECKS_LOCAL_CREDENTIAL: 'true', BOT_ID: APP, BOT_PASSWORD: 'x' });
    expect(result.kind === 'invalid' && result.problems.map((p) => p.variable)).toEqual([
      'LIVE_CHECKS_LOCAL_CREDENTIAL',
    ]);
    expect(result.kind === 'invalid' && result.problems[0]?.message).toMatch(
      /cannot be combined with BOT_ID/,
    );
  });

  it('check the answer budget and the domain', () => {
    expect(
      liveChecks({ LIVE_CHECKS_LOCAL_CREDENTIAL: 'true', LIVE_CHECKS_ANSWER_WITHIN_MS: '2500' }),
    ).toMatchObject({ answerWithinMs: 2500 });
    const result = loadConfig({ LIVE_CHECKS_ANSWER_WITHIN_MS: '60000', BOT_DOMAIN: 'https://x.example/' });
    expect(result.kind === 'invalid' && result.problems.map((p) => p.variable)).toEqual([
      'LIVE_CHECKS_ANSWER_WITHIN_MS',
      'BOT_DOMAIN',
    ]);
  });

  it('name what is missing for Teams sign-in', () => {
    expect(liveChecks({})).toEqual({ kind: 'not-configured', missing: [] });
    expect(liveChecks({ BOT_ID: APP, BOT_PASSWORD: 'x' })).toEqual({
      kind: 'not-configured',
      missing: ['BOT_TENANT_ID'],
    });
    expect(liveChecks({ BOT_ID: APP, BOT_PASSWORD: 'x', BOT_TENANT_ID: TENANT })).toEqual({
      kind: 'not-configured',
      missing: ['BOT_DOMAIN'],
    });
  });

  it('report bad Azure settings once per variable, alongside the bot settings', () => {
    const result = loadConfig({
      AZURE_CLOUD: 'Mars',
      LIVE_CHECKS_DEADLINE_MS: 'soon',
      BOT_ID: 'nope',
      BOT_PASSWORD: 'x',
    });
    expect(result.kind === 'invalid' && result.problems.map((p) => p.variable)).toEqual([
      'BOT_ID',
      'AZURE_CLOUD',
      'LIVE_CHECKS_DEADLINE_MS',
    ]);
  });
});

describe('app package settings', () => {
  it('fills the manifest from the environment, with SSO on the bot app by default', () => {
    expect(
      loadPackageSettings({ TEAMS_APP_ID: TENANT, BOT_ID: APP, BOT_DOMAIN: 'acr-doctor.azurewebsites.net' }),
    ).toEqual({
      kind: 'ok',
      settings: {
        teamsAppId: TENANT,
        botId: APP,
        botDomain: 'acr-doctor.azurewebsites.net',
        ssoAppId: APP,
        ssoResource: `api://acr-doctor.azurewebsites.net/botid-${APP}`,
      },
    });
  });

  it('uses a separate Entra app for SSO when one is named, and checks it', () => {
    const env = { TEAMS_APP_ID: TENANT, BOT_ID: APP, BOT_DOMAIN: 'bot.example.com' };
    const sso = '22222222-3333-4444-5555-666666666666';
    const result = loadPackageSettings({ ...env, AAD_APP_CLIENT_ID: sso });
    expect(result.kind === 'ok' && result.settings.ssoResource).toBe(`api://bot.example.com/botid-${sso}`);
    const bad = loadPackageSettings({ ...env, AAD_APP_CLIENT_ID: 'x' });
    expect(bad.kind === 'invalid' && bad.problems.map((p) => p.variable)).toEqual(['AAD_APP_CLIENT_ID']);
  });

  it('names every missing or malformed variable', () => {
    const result = loadPackageSettings({ BOT_DOMAIN: 'https://x.example/path' });
    expect(result.kind === 'invalid' && result.problems.map((p) => p.variable)).toEqual([
      'TEAMS_APP_ID',
      'BOT_ID',
      'BOT_DOMAIN',
    ]);
  });
});
