import { cardAction, personalChat } from '../../fakes/teams/activities';
import { button, cardButtons, cardText } from '../../fakes/teams/card-reading';
import {
  PASTES,
  cardOf,
  registryNamed,
  startLiveHarness,
  type InvokeAnswer,
  type LiveHarness,
} from './harness';

/**
 * Card data comes from the client and anyone can craft it. Whatever it says, no request leaves the process
 * unless it names a card the bot made (by its unguessable id) whose registry passed ACR's naming rule and
 * the configured cloud's suffix; a registry written in the data itself is never read.
 */
let h: LiveHarness;
beforeAll(async () => {
  h = await startLiveHarness({}, { registries: [registryNamed('contoso')] });
});
afterAll(() => h.close());
afterEach(() => expect(h.bot.connector.rejected).toEqual([]));

async function forged(verb: unknown, data: unknown): Promise<InvokeAnswer> {
  const response = await h.bot.post(
    cardAction({
      serviceUrl: h.bot.connector.serviceUrl,
      conversation: personalChat(),
      verb,
      data,
      replyToId: '1',
      authentication: { token: h.userToken() },
    }),
  );
  expect(response.status).toBe(200);
  return response.body as InvokeAnswer;
}

const STATE = { causes: 'top', feedback: 'none', checks: 'idle' };

it.each([
  [
    'a card id that is a path',
    'checks.run',
    { ...STATE, id: '../../subscriptions' },
    /I do not know that button/,
  ],
  [
    'a registry host in the data',
    'checks.run',
    { ...STATE, id: 'x', registry: 'evil.com' },
    /I do not know that button/,
  ],
  [
    'a look-alike login server in the data',
    'checks.login-failures',
    { ...STATE, id: 'AAAAAAAAAAAAAAAAAAAAAA', loginServer: 'contoso.azurecr.io.evil.com' },
    /I no longer have that diagnosis/,
  ],
  [
    'an unknown verb',
    'checks.everything',
    { ...STATE, id: 'AAAAAAAAAAAAAAAAAAAAAA' },
    /I do not know that button/,
  ],
  [
    'a template expression as the id',
    'checks.run',
    { ...STATE, id: '${json($root)}' },
    /I do not know that button/,
  ],
])('%s: answered with a card, and nothing is sent anywhere', async (_name, verb, data, expected) => {
  h.fake.resetCalls();
  const answer = await forged(verb, data);
  expect(cardText(cardOf(answer))).toMatch(expected);
  expect(h.fake.calls).toEqual([]);
});

it.each([
  'check evil.com',
  'check contoso.azurecr.io.evil.com',
  'check ../contoso',
  'check contoso.azurecr.com',
])('"%s" is not a registry: no card with a live-check button, nothing sent', async (text) => {
  h.fake.resetCalls();
  const posted = await h.paste(text);
  expect(cardText(posted.card)).toContain('That is not a valid registry name');
  expect(cardButtons(posted.card)).toEqual([]);
  expect(h.fake.calls).toEqual([]);
});

it('a registry in the data of a real card is ignored: the card that names no registry says so, without a sign-in', async () => {
  h.fake.resetCalls();
  const posted = await h.paste(PASTES.noRegistry);
  // The card offers no live checks without a registry; a crafted press of one is refused all the same.
  expect(cardButtons(posted.card).map((b) => b.title)).not.toContain('Run live checks');
  const b = button(posted.card, 'Helpful');
  const data = { ...b.data, registry: 'contoso', loginServer: 'contoso.azurecr.io.evil.com' };
  // No token either: a card that cannot be checked is answered before anyone is asked to sign in.
  const card = cardOf(await h.press(posted, 'Helpful', { verb: 'checks.run', data, token: null }));
  expect(cardText(card)).toContain('Live checks did not run');
  expect(cardText(card)).toContain('Which registry?');
  expect(h.fake.calls).toEqual([]);
});

it("a real card's checks go to its own registry, whatever the data says", async () => {
  h.fake.resetCalls();
  const posted = await h.paste('check contoso');
  const b = button(posted.card, 'Run live checks');
  const data = { ...b.data, registry: 'fabrikam', loginServer: 'fabrikam.azurecr.io' };
  const card = cardOf(await h.press(posted, 'Run live checks', { data }));
  expect(cardText(card)).toContain('Live checks for contoso');
  const paths = h.fake.calls.map((c) => `${c.path}${c.query}`).join('\n');
  expect(paths).toContain('/registries');
  expect(paths).not.toMatch(/fabrikam|evil/);
  // The card for everyone replaces the message after the answer: wait for it, or the bot's retries of that
  // update against a connector already closed would outlive the test (the timers "Jest did not exit" saw).
  const update = await h.bot.connector.waitFor(
    (r) => r.operation === 'update' && r.targetId === posted.messageId,
  );
  expect(JSON.stringify(update.activity)).not.toMatch(/fabrikam|evil/);
});
