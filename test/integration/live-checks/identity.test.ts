import { FAKE_TENANT, fakeJwt } from '../../fakes/azure';
import { USER, message } from '../../fakes/teams/activities';
import { button, cardButtons, cardText } from '../../fakes/teams/card-reading';
import {
  BOT_DOMAIN,
  OTHER_TENANT,
  PASTES,
  SSO_APP_ID,
  cardOf,
  registryNamed,
  startLiveHarness,
  type InvokeAnswer,
  type LiveHarness,
} from './harness';

/**
 * Whose identity live checks use: the person who pressed, through Teams single sign-on and the on-behalf-of
 * exchange; a sign-in request when Teams has not passed their token yet; a consent card when nobody granted
 * the Azure access; and a refusal, with nothing sent to Entra ID or Azure, when the token or the conversation
 * belongs to another tenant, another app or another person.
 */
let h: LiveHarness;
beforeAll(async () => {
  h = await startLiveHarness();
});
afterAll(() => h.close());
afterEach(() => expect(h.bot.connector.rejected).toEqual([]));

const FIREWALL = {
  registries: [
    registryNamed('contoso', {
      networkRuleSet: { defaultAction: 'Deny', ipRules: [{ action: 'Allow', value: '198.51.100.0/24' }] },
    }),
  ],
};

function loginRequest(answer: InvokeAnswer) {
  expect(answer.statusCode).toBe(401);
  expect(answer.type).toBe('application/vnd.microsoft.activity.loginRequest');
  return answer.value as {
    text: string;
    connectionName: string;
    tokenExchangeResource: { id: string; uri: string };
    buttons: Array<{ type: string; title: string; value: string }>;
  };
}

describe('Teams single sign-on and the on-behalf-of exchange', () => {
  it('a press without a token is answered with a sign-in request, and nothing is sent anywhere', async () => {
    h.world(FIREWALL);
    const posted = await h.paste(PASTES.firewall);
    const request = loginRequest(await h.press(posted, 'Run live checks', { token: null }));
    expect(request.tokenExchangeResource.uri).toBe(`api://${BOT_DOMAIN}/botid-${SSO_APP_ID}`);
    expect(request.connectionName).toBe('acr-doctor-sso');
    expect(request.text).toMatch(/your own Azure permissions/);
    const signIn = new URL(request.buttons[0]?.value ?? '');
    expect(request.buttons[0]?.type).toBe('signin');
    expect(`${signIn.origin}${signIn.pathname}`).toBe(
      `${h.fake.endpoints.authorityHost}/${FAKE_TENANT}/oauth2/v2.0/authorize`,
    );
    expect(signIn.searchParams.get('client_id')).toBe(SSO_APP_ID);
    expect(signIn.searchParams.get('redirect_uri')).toBe(`https://${BOT_DOMAIN}/auth/consent`);
    expect(h.fake.calls).toEqual([]);
  });

  it("Teams' second press carries the token: exchanged on the user's behalf, every Azure call is the user's", async () => {
    h.world(FIREWALL);
    const posted = await h.paste(PASTES.firewall);
    loginRequest(await h.press(posted, 'Run live checks', { token: null }));
    const token = h.userToken();
    const card = cardOf(await h.press(posted, 'Run live checks', { token }));
    expect(cardText(card)).toContain('Checked with the Azure permissions of Megan Bowen (Teams sign-in).');
    // The token is never logged and never put in a card.
    const signature = token.split('.')[1] ?? token;
    expect(JSON.stringify(h.bot.logs)).not.toContain(signature);
    expect(JSON.stringify(card)).not.toContain(signature);
    expect(JSON.stringify(h.bot.connector.received)).not.toContain(signature);

    const tokens = h.fake.callsTo('token');
    expect(tokens.length).toBeGreaterThan(0);
    for (const t of tokens) {
      expect(t.grant).toBe('urn:ietf:params:oauth:grant-type:jwt-bearer');
      expect(t.subject).toBe(USER.aadObjectId);
    }
    // The Resource Manager token is fetched once (before the run) and reused by every ARM call.
    expect(tokens.filter((t) => t.audience?.startsWith('https://management.azure.com'))).toHaveLength(1);
    const azureCalls = h.fake.calls.filter((c) => c.service !== 'entra');
    expect(azureCalls.length).toBeGreaterThan(3);
    for (const c of azureCalls) expect([c.api, c.subject]).toEqual([c.api, USER.aadObjectId]);
  });

  it('a press carrying only the state of a nominal sign-in is asked for the token again', async () => {
    h.world(FIREWALL);
    const posted = await h.paste(PASTES.firewall);
    loginRequest(await h.press(posted, 'Run live checks', { token: null, state: '123456' }));
    expect(h.fake.calls).toEqual([]);
  });

  it('an expiring token is not exchanged: Teams is asked for a fresh one', async () => {
    h.world(FIREWALL);
    const posted = await h.paste(PASTES.firewall);
    const now = Math.floor(Date.now() / 1000);
    const stale = fakeJwt({
      aud: `api://${BOT_DOMAIN}/botid-${SSO_APP_ID}`,
      tid: FAKE_TENANT,
      oid: USER.aadObjectId,
      iat: now - 3600,
      exp: now + 10,
    });
    loginRequest(await h.press(posted, 'Run live checks', { token: stale }));
    expect(h.fake.calls).toEqual([]);
  });

  it('missing consent for Azure Resource Manager: a consent card with both consent links and Try again', async () => {
    h.world({ ...FIREWALL, faults: [{ api: 'token', kind: 'consent-required', audience: 'arm' }] });
    const posted = await h.paste(PASTES.firewall);
    const card = cardOf(await h.press(posted, 'Run live checks'));
    const text = cardText(card);
    expect(text).toContain('Azure access has not been granted to ACR Doctor');
    expect(text).toContain('Microsoft Entra ID said: AADSTS65001');
    const forMe = new URL(button(card, 'Grant access for me').url ?? '');
    expect(forMe.searchParams.get('scope')).toBe(
      'https://management.azure.com/user_impersonation https://api.loganalytics.io/Data.Read',
    );
    expect(forMe.searchParams.get('prompt')).toBe('consent');
    const forAll = new URL(button(card, 'Grant for the organisation (admin)').url ?? '');
    expect(forAll.pathname).toBe(`/${FAKE_TENANT}/v2.0/adminconsent`);
    expect(forAll.searchParams.get('scope')).toContain('https://graph.microsoft.com/Application.Read.All');
    expect(button(card, 'Try again').verb).toBe('checks.run');
    // Entra refused the exchange; Azure itself was never called.
    expect(h.fake.calls.filter((c) => c.service !== 'entra')).toEqual([]);
  });

  it('an exchange Entra refuses for another reason: 412, so Teams falls back to its sign-in', async () => {
    h.world({
      ...FIREWALL,
      faults: [
        {
          api: 'token',
          kind: 'status',
          status: 400,
          code: 'invalid_grant',
          message: 'AADSTS50013: Assertion failed signature validation.',
        },
      ],
    });
    const posted = await h.paste(PASTES.firewall);
    const answer = await h.press(posted, 'Run live checks');
    expect(answer).toEqual({
      statusCode: 412,
      type: 'application/vnd.microsoft.error.preconditionFailed',
      value: { code: '412', message: expect.any(String) },
    });
    expect(h.fake.calls.filter((c) => c.service !== 'entra')).toEqual([]);
  });
});

it('serves the page Entra ID returns to after consent, as plain text', async () => {
  const response = await fetch(`${h.bot.server.url}/auth/consent?error=access_denied`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
  expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  expect(await response.text()).toContain('access was not granted (access_denied)');
});

describe('refused before anything is sent', () => {
  const refused = async (options: Parameters<LiveHarness['press']>[2], expected: RegExp) => {
    h.world(FIREWALL);
    const posted = await h.paste(PASTES.firewall);
    const card = cardOf(await h.press(posted, 'Run live checks', options));
    expect(cardText(card)).toMatch(expected);
    expect(cardText(card)).toContain('Nothing was sent to Azure.');
    expect(h.fake.calls).toEqual([]);
    return card;
  };

  it('a token issued by another tenant', async () => {
    await refused({ token: h.userToken({ tenantId: OTHER_TENANT }) }, /another organisation/);
  });

  it('a press from a conversation of another tenant finds no card (cards are bound to their tenant)', async () => {
    h.world(FIREWALL);
    const posted = await h.paste(PASTES.firewall);
    const options = { tenantId: OTHER_TENANT, token: h.userToken({ tenantId: OTHER_TENANT }) };
    const card = cardOf(await h.press(posted, 'Run live checks', options));
    expect(cardText(card)).toMatch(/I no longer have that diagnosis/);
    expect(h.fake.calls).toEqual([]);
  });

  it('a token for another application', async () => {
    await refused(
      { token: h.userToken({ botAppId: '12345678-0000-4000-8000-000000000000' }) },
      /the sign-in does not match/,
    );
  });

  it("another person's token", async () => {
    await refused(
      { token: h.userToken({ objectId: '0b0b0b0b-0000-4000-8000-000000000001' }) },
      /the sign-in does not match/,
    );
  });

  it('something that is not a token at all', async () => {
    const card = await refused({ token: 'not-a-jwt' }, /the sign-in does not match/);
    // Nothing to try again: the same press would be refused the same way.
    expect(cardButtons(card).map((b) => b.title)).not.toContain('Try again');
  });

  it('an old client sending the Action.Submit fallback cannot sign in: it is told why, as a new message', async () => {
    h.world(FIREWALL);
    const posted = await h.paste(PASTES.firewall);
    const fallback = button(posted.card, 'Run live checks').fallback as { data: Record<string, unknown> };
    const submit = {
      ...message({ serviceUrl: h.bot.connector.serviceUrl, conversation: posted.conversation, text: '' }),
      value: fallback.data,
    };
    expect((await h.bot.post(submit)).status).toBe(200);
    const reply = await h.bot.connector.waitFor((r) => r.targetId === submit.id);
    const card = (reply.activity['attachments'] as Array<{ content: unknown }>)[0]?.content;
    expect(cardText(card)).toContain('This Teams client cannot sign you in from a card');
    expect(h.fake.calls).toEqual([]);
  });
});

describe('per-user rate limit', () => {
  let limited: LiveHarness;
  beforeAll(async () => {
    limited = await startLiveHarness({ LIVE_CHECKS_BURST: '1', LIVE_CHECKS_REFILL_SECONDS: '600' }, FIREWALL);
  });
  afterAll(() => limited.close());

  it('a second run right after the first is answered with "try again in N s", without calling Azure', async () => {
    const posted = await limited.paste(PASTES.firewall);
    const first = cardOf(await limited.press(posted, 'Run live checks'));
    expect(cardText(first)).toContain('Live checks for contoso');
    limited.fake.resetCalls();
    const second = cardOf(await limited.press({ ...posted, card: first }, 'Check again'));
    const text = cardText(second);
    expect(text).toContain('Please wait a moment');
    expect(text).toMatch(/Try again in (59\d|600) s\./);
    expect(limited.fake.calls).toEqual([]);
    // A sign-in request does not use up a run: only runs that reach Azure count.
    const other = await limited.paste(PASTES.firewall);
    loginRequest(await limited.press(other, 'Run live checks', { token: null }));
  });
});
