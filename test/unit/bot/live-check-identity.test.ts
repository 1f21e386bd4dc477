import { actionOrigin } from '../../../src/bot/action-origin';
import { runIdentity } from '../../../src/bot/live-check-identity';
import { createLiveCheckRuntime } from '../../../src/bot/live-check-runtime';
import { loadConfig, type LiveChecksSetting } from '../../../src/config';

/** Teams sign-in fails closed: a claim or an activity field that is missing never counts as a match. */

const APP = '11111111-2222-3333-4444-555555555555';
const TENANT = '99999999-8888-7777-6666-555555555555';
const USER = '0a0a0a0a-0000-4000-8000-000000000001';
const DOMAIN = 'acr-doctor.contoso.com';

function setting(): Extract<LiveChecksSetting, { kind: 'configured' }> {
  const result = loadConfig({ BOT_ID: APP, BOT_PASSWORD: 'x', BOT_TENANT_ID: TENANT, BOT_DOMAIN: DOMAIN });
  if (result.kind !== 'ok' || result.config.liveChecks.kind !== 'configured') throw new Error('config');
  return result.config.liveChecks;
}

function token(claims: Record<string, unknown>): string {
  const part = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
  return `${part({ alg: 'RS256', typ: 'JWT' })}.${part(claims)}.c2lnbmF0dXJl`;
}

const NOW = Date.UTC(2026, 0, 1);
const FULL = { tid: TENANT, oid: USER, aud: APP, exp: NOW / 1000 + 3600 };

function identityFor(
  claims: Record<string, unknown>,
  from: Record<string, unknown> = { id: '29:u', aadObjectId: USER },
) {
  const live = setting();
  const runtime = createLiveCheckRuntime(live, { clock: { now: () => NOW, sleep: async () => undefined } });
  const origin = actionOrigin({ from, conversation: { id: 'c', tenantId: TENANT } } as never);
  return runIdentity(live.identity, live.settings, origin, { kind: 'token', token: token(claims) }, runtime);
}

describe('Teams sign-in checks', () => {
  it('accept a complete token of the person who pressed, keyed on the activity', () => {
    const identity = identityFor(FULL);
    expect(identity.kind).toBe('ready');
    if (identity.kind === 'ready') expect(identity.userKey).toBe(`${TENANT}/${USER}`);
  });

  it.each([
    ['no oid', { ...FULL, oid: undefined }],
    ['no exp', { ...FULL, exp: undefined }],
    ['no tid', { ...FULL, tid: undefined }],
    ["another person's oid", { ...FULL, oid: '0b0b0b0b-0000-4000-8000-000000000002' }],
  ])('refuse a token with %s', (_name, claims) => {
    expect(identityFor(claims).kind).toBe('refused');
  });

  it("refuse when the activity does not name the person's Entra object id", () => {
    expect(identityFor(FULL, { id: '29:u' }).kind).toBe('refused');
  });
});
