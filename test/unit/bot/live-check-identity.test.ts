import { azureSettingsFromEnv } from '../../../src/azure';
import type { ActionOrigin } from '../../../src/bot/action-origin';
import { runIdentity } from '../../../src/bot/live-check-identity';
import { createLiveCheckRuntime } from '../../../src/bot/live-check-runtime';
import { loadConfig, type LiveCheckIdentity } from '../../../src/config';
import { fakeJwt } from '../../fakes/azure';

const APP = '0f0f0f0f-0000-4000-8000-0000000000a1';
const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const OID = '6e8d2f0a-3d21-4a5c-9f1e-2b7c3a4d5e6f';
const ENV = {
  AAD_APP_CLIENT_ID: APP,
  AAD_APP_CLIENT_SECRET: 's',
  AAD_APP_TENANT_ID: TENANT,
  BOT_DOMAIN: 'bot.example.com',
};

function setup() {
  const config = loadConfig(ENV);
  const parsed = azureSettingsFromEnv(ENV);
  if (config.kind !== 'ok' || config.config.liveChecks.kind !== 'configured' || !parsed.ok)
    throw new Error('bad test configuration');
  return {
    identity: config.config.liveChecks.identity as LiveCheckIdentity,
    settings: parsed.settings,
    runtime: createLiveCheckRuntime(config.config.liveChecks),
  };
}

const ORIGIN: ActionOrigin = { tenant: { kind: 'known', id: TENANT }, userId: '29:x', aadObjectId: OID };

function token(aud: string, extra: Record<string, unknown> = {}): string {
  const now = Math.floor(Date.now() / 1000);
  return fakeJwt({ aud, tid: TENANT, oid: OID, exp: now + 3600, ...extra });
}

describe('whose identity a run uses (Teams sign-in); checked before anything is sent', () => {
  const { identity, settings, runtime } = setup();
  const resolve = (t: string, origin: ActionOrigin = ORIGIN) =>
    runIdentity(identity, settings, origin, { kind: 'token', token: t }, runtime);

  it.each([
    APP,
    `api://bot.example.com/botid-${APP}`,
    `api://botid-${APP}`,
    `API://BOT.EXAMPLE.COM/BOTID-${APP.toUpperCase()}`,
  ])('accepts a token for the sign-on app (aud %s)', (aud) => {
    expect(resolve(token(aud))).toMatchObject({
      kind: 'ready',
      credentialKind: 'delegated-user',
      userKey: `${TENANT}/${OID}`,
    });
  });

  it.each([
    ['another app', token('api://bot.example.com/botid-11111111-0000-4000-8000-000000000000'), 'wrong-token'],
    ['Azure Resource Manager', token('https://management.azure.com'), 'wrong-token'],
    ['another tenant', token(APP, { tid: 'eeeeeeee-0000-4000-8000-00000000000e' }), 'other-tenant'],
    ['another person', token(APP, { oid: '0b0b0b0b-0000-4000-8000-000000000001' }), 'wrong-token'],
    ['no tenant', token(APP, { tid: undefined }), 'wrong-token'],
  ])('refuses a token for %s', (_what, t, notice) => {
    expect(resolve(t)).toEqual({ kind: 'refused', notice: { kind: notice } });
  });

  it('asks Teams for a token when there is none, or it is about to expire', () => {
    expect(runIdentity(identity, settings, ORIGIN, { kind: 'none' }, runtime)).toEqual({
      kind: 'ask-sign-in',
      tenantId: TENANT,
    });
    expect(resolve(token(APP, { exp: Math.floor(Date.now() / 1000) + 30 }))).toEqual({
      kind: 'ask-sign-in',
      tenantId: TENANT,
    });
  });

  it('refuses a conversation of another tenant, or one that does not say, before asking for a sign-in', () => {
    const other: ActionOrigin = {
      ...ORIGIN,
      tenant: { kind: 'known', id: 'eeeeeeee-0000-4000-8000-00000000000e' },
    };
    expect(runIdentity(identity, settings, other, { kind: 'none' }, runtime)).toEqual({
      kind: 'refused',
      notice: { kind: 'other-tenant' },
    });
    expect(
      runIdentity(identity, settings, { ...ORIGIN, tenant: { kind: 'unknown' } }, { kind: 'none' }, runtime),
    ).toEqual({
      kind: 'refused',
      notice: { kind: 'tenant-unknown' },
    });
  });
});
