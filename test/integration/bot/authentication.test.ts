import { cardAction, message, personalChat } from '../../fakes/teams/activities';
import { LOCAL_CONFIG, startBotUnderTest, type BotUnderTest } from '../../fakes/teams/bot-under-test';
import { cardText } from '../../fakes/teams/card-reading';
import { BotFrameworkIssuer, channelClaims, newSigningKey, signToken } from '../server/bot-framework-issuer';

/**
 * A configured bot accepts only requests carrying a token the Bot Connector signed for it, checked against
 * keys published at a (loopback) OpenID metadata address. Every refusal is a 401 with one log line, nothing
 * reaches the bot, and nothing is printed to the console.
 */

const APP_ID = '11111111-2222-3333-4444-555555555555';
let issuer: BotFrameworkIssuer;
let bot: BotUnderTest;

beforeAll(async () => {
  issuer = await BotFrameworkIssuer.start();
  bot = await startBotUnderTest({
    config: {
      ...LOCAL_CONFIG,
      auth: { mode: 'bot-framework', appId: APP_ID, appType: 'MultiTenant', appPassword: 'not-used' },
    },
    server: { botOpenIdMetadataUrl: issuer.metadataUrl },
  });
});
afterAll(async () => {
  await bot.stop();
  await issuer.close();
});
// botbuilder prints refused tokens with console.error; the console guard (test/support) fails any test in
// which that reaches the console.
afterEach(() => {
  expect(bot.connector.received).toEqual([]);
});

/** A card press on an unknown card: answered in the HTTP response itself, so no reply to the connector. */
function press(): Record<string, unknown> {
  return cardAction({
    serviceUrl: bot.connector.serviceUrl,
    conversation: personalChat(),
    verb: 'causes.all',
    data: { cardId: 'AAAAAAAAAAAAAAAAAAAAAA', causes: 'top', feedback: 'none', checks: 'none' },
  });
}

async function postWith(activity: Record<string, unknown>, token: string | undefined) {
  return bot.postRaw(
    JSON.stringify(activity),
    token === undefined ? {} : { authorization: `Bearer ${token}` },
  );
}

describe('with Bot Framework credentials configured', () => {
  it('accepts a token the connector signed for this bot and this service URL', async () => {
    const activity = press();
    const token = issuer.token({ appId: APP_ID, serviceUrl: bot.connector.serviceUrl });
    const response = await postWith(activity, token);
    expect(response.status).toBe(200);
    const body = JSON.parse(response.body) as { value: unknown };
    expect(cardText(body.value)).toMatch(/ACR Doctor/);
  });

  const refusals: Array<[string, (serviceUrl: string) => string | undefined]> = [
    ['no token', () => undefined],
    ['an unsigned token', () => 'eyJhbGciOiJub25lIn0.eyJhdWQiOiJ4In0.'],
    ['garbage', () => 'not-a-token'],
    ['an expired token', (serviceUrl) => issuer.token({ appId: APP_ID, serviceUrl, expiresIn: -3600 })],
    [
      'a token for another bot',
      (serviceUrl) =>
        issuer.token({ appId: APP_ID, serviceUrl, audience: '99999999-2222-3333-4444-555555555555' }),
    ],
    [
      'a token from another issuer',
      (serviceUrl) => issuer.token({ appId: APP_ID, serviceUrl, issuer: 'https://evil.example' }),
    ],
    [
      'a token for another service URL',
      () => issuer.token({ appId: APP_ID, serviceUrl: 'https://smba.trafficmanager.net/emea/' }),
    ],
    [
      'a bad signature',
      (serviceUrl) =>
        signToken(channelClaims({ appId: APP_ID, serviceUrl }), issuer.key, { signWith: newSigningKey() }),
    ],
    [
      'an unknown key',
      (serviceUrl) => signToken(channelClaims({ appId: APP_ID, serviceUrl }), newSigningKey()),
    ],
  ];

  it.each(refusals)('refuses %s with 401, handles nothing and logs one line', async (_name, tokenFor) => {
    const before = bot.logs.length;
    const response = await postWith(press(), tokenFor(bot.connector.serviceUrl));
    expect(response.status).toBe(401);
    const lines = bot.logs.slice(before);
    expect(lines.map((l) => l.event)).toEqual(['unauthenticated']);
    expect(JSON.stringify(lines)).not.toMatch(/\n\s+at /);
  });

  it('refuses a message without a token before anything is sent to the connector', async () => {
    const activity = message({
      serviceUrl: bot.connector.serviceUrl,
      conversation: personalChat(),
      text: 'help',
    });
    expect((await bot.post(activity)).status).toBe(401);
  });
});
