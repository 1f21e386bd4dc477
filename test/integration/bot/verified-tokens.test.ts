import { message, personalChat } from '../../fakes/teams/activities';
import { LOCAL_CONFIG, startBotUnderTest, type BotUnderTest } from '../../fakes/teams/bot-under-test';
import { LoopbackConnector } from '../../fakes/teams/connector';
import { LocalReplyCredentials } from '../../fakes/teams/local-reply-credentials';
import { BotFrameworkIssuer } from '../server/bot-framework-issuer';

/**
 * A token verified once is accepted again without the signature check (src/http/verified-tokens.ts), and
 * replies go through one connector client per service URL (src/http/connector-clients.ts). Neither may
 * accept anything the full check would refuse: another service URL, an altered token, an expired one.
 */

const APP_ID = '11111111-2222-3333-4444-555555555555';
let issuer: BotFrameworkIssuer;
let bot: BotUnderTest;
let other: LoopbackConnector;
let credentials: LocalReplyCredentials;

beforeAll(async () => {
  issuer = await BotFrameworkIssuer.start();
  other = await LoopbackConnector.start();
  credentials = new LocalReplyCredentials(APP_ID);
  bot = await startBotUnderTest({
    config: {
      ...LOCAL_CONFIG,
      auth: { mode: 'bot-framework', appId: APP_ID, appType: 'MultiTenant', appPassword: 'not-used' },
    },
    server: { botOpenIdMetadataUrl: issuer.metadataUrl, botCredentials: credentials },
  });
});
afterAll(async () => {
  await bot.stop();
  await other.close();
  await issuer.close();
});

function say(serviceUrl: string, text = 'help') {
  return message({ serviceUrl, conversation: personalChat(), text });
}

async function post(activity: Record<string, unknown>, token: string): Promise<number> {
  const response = await bot.postRaw(JSON.stringify(activity), { authorization: `Bearer ${token}` });
  return response.status;
}

/** The token with one character of its signature changed. */
function badSignature(token: string): string {
  const last = token.at(-2) === 'A' ? 'B' : 'A';
  return `${token.slice(0, -2)}${last}${token.at(-1) ?? ''}`;
}

/** The token with its claims rewritten (a later expiry) and the original signature kept. */
function rewrittenClaims(token: string): string {
  const [header, payload, signature] = token.split('.') as [string, string, string];
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
  const later = { ...claims, exp: Number(claims['exp']) + 86_400 };
  return `${header}.${Buffer.from(JSON.stringify(later)).toString('base64url')}.${signature}`;
}

describe('tokens verified before', () => {
  it('answers many activities per service URL, through one connector client each, replies at the right URL', async () => {
    const here = issuer.token({ appId: APP_ID, serviceUrl: bot.connector.serviceUrl });
    const there = issuer.token({ appId: APP_ID, serviceUrl: other.serviceUrl });
    const madeBefore = credentials.created;
    const toHere = [
      say(bot.connector.serviceUrl),
      say(bot.connector.serviceUrl),
      say(bot.connector.serviceUrl),
    ];
    const toThere = [say(other.serviceUrl), say(other.serviceUrl)];
    for (const activity of toHere) expect(await post(activity, here)).toBe(200);
    for (const activity of toThere) expect(await post(activity, there)).toBe(200);
    const repliedTo = (connector: LoopbackConnector) => connector.received.map((r) => r.targetId);
    expect(repliedTo(bot.connector)).toEqual(expect.arrayContaining(toHere.map((a) => a.id)));
    expect(repliedTo(other)).toEqual(toThere.map((a) => a.id));
    expect(repliedTo(bot.connector)).not.toEqual(expect.arrayContaining([toThere[0]?.id]));
    // botbuilder asks for credentials once per connector client: one for each service URL, not one per turn.
    expect(credentials.created - madeBefore).toBe(2);
  });

  it('refuses a token accepted before when the activity names another service URL', async () => {
    const token = issuer.token({ appId: APP_ID, serviceUrl: bot.connector.serviceUrl });
    expect(await post(say(bot.connector.serviceUrl), token)).toBe(200);
    const before = other.received.length;
    expect(await post(say(other.serviceUrl), token)).toBe(401);
    expect(other.received.length).toBe(before);
  });

  it('refuses a token accepted before once its signature or its claims are altered', async () => {
    const token = issuer.token({ appId: APP_ID, serviceUrl: bot.connector.serviceUrl });
    expect(await post(say(bot.connector.serviceUrl), token)).toBe(200);
    expect(await post(say(bot.connector.serviceUrl), badSignature(token))).toBe(401);
    expect(await post(say(bot.connector.serviceUrl), rewrittenClaims(token))).toBe(401);
    // The original is still good.
    expect(await post(say(bot.connector.serviceUrl), token)).toBe(200);
  });

  it('refuses an expired token after a valid one was accepted', async () => {
    const serviceUrl = bot.connector.serviceUrl;
    expect(await post(say(serviceUrl), issuer.token({ appId: APP_ID, serviceUrl }))).toBe(200);
    expect(await post(say(serviceUrl), issuer.token({ appId: APP_ID, serviceUrl, expiresIn: -3600 }))).toBe(
      401,
    );
  });
});
