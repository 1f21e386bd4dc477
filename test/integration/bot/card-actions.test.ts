import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  cardAction,
  message,
  personalChat,
  channelThread,
  type Conversation,
} from '../../fakes/teams/activities';
import { startBotUnderTest, type BotUnderTest } from '../../fakes/teams/bot-under-test';
import { button, cardButtons, cardText } from '../../fakes/teams/card-reading';
import { checkTeamsCard } from '../../fakes/teams/teams-cards';
import { corpusPaste } from '../../fakes/teams/pastes';

let bot: BotUnderTest;
beforeAll(async () => {
  bot = await startBotUnderTest();
});
afterAll(async () => bot.stop());
afterEach(() => expect(bot.connector.rejected).toEqual([]));

interface InvokeAnswer {
  statusCode: number;
  type: string;
  value: unknown;
}

/** Sends a paste and returns the card the bot replied with, and where it went. */
async function diagnosisFor(text: string, conversation: Conversation = personalChat(), mentionBot = false) {
  const activity = message({ serviceUrl: bot.connector.serviceUrl, conversation, text, mentionBot });
  await bot.post(activity);
  const reply = await bot.connector.waitFor(
    (r) => r.conversationId === conversation.id && r.targetId === activity.id,
  );
  return {
    conversation,
    messageId: reply.id,
    card: (reply.activity['attachments'] as Array<{ content: unknown }>)[0]?.content,
  };
}

/** A paste that names its registry, so its card offers live checks. */
const REGISTRY_PASTE = readFileSync(join(__dirname, '../../fixtures/samples/az-acr-login-403.txt'), 'utf8');

/** Presses a button: posts the invoke Teams would send and returns the HTTP answer. */
async function press(
  card: unknown,
  title: string | RegExp,
  conversation: Conversation,
  messageId: string,
  locale = 'en-US',
) {
  const b = button(card, title);
  const response = await bot.post(
    cardAction({
      serviceUrl: bot.connector.serviceUrl,
      conversation,
      verb: b.verb,
      data: b.data,
      replyToId: messageId,
      title: b.title,
      locale,
    }),
  );
  expect(response.status).toBe(200);
  const answer = response.body as InvokeAnswer;
  expect(answer).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive' });
  expect(checkTeamsCard(answer.value).problems).toEqual([]);
  return answer.value;
}

describe('buttons on the diagnosis card (adaptiveCard/action invokes)', () => {
  it('folds details on the client and answers a press in the HTTP answer to the invoke', async () => {
    const { card, conversation, messageId } = await diagnosisFor(corpusPaste('c008').text);
    // Details opens without a round trip: a ToggleVisibility of the folded part, not a bot action.
    expect(button(card, 'Details')).toMatchObject({ type: 'Action.ToggleVisibility' });
    const before = bot.connector.received.length;
    const thanked = await press(card, 'Helpful', conversation, messageId);
    expect(cardText(thanked)).toContain('Which cause was it?');
    // The refreshed card goes back only to the person who pressed: no message is sent or updated.
    expect(bot.connector.received.length).toBe(before);
  });

  it('records "Not helpful" and asks what it was', async () => {
    const { card, conversation, messageId } = await diagnosisFor(
      corpusPaste('c005').text,
      channelThread(),
      true,
    );
    const recorded = bot.feedback.list().length;
    const asked = await press(card, 'Not helpful', conversation, messageId);
    expect(cardText(asked)).toContain('What was it?');
    expect(cardButtons(asked).map((b) => b.title)).toEqual(['Send']);
    expect(bot.feedback.list().slice(recorded)).toEqual([
      expect.objectContaining({ helpful: false, conversation: 'channel', verdict: 'acr' }),
    ]);
  });

  it('answers "Run live checks" with how to enable them', async () => {
    const { card, conversation, messageId } = await diagnosisFor(REGISTRY_PASTE);
    const answer = await press(card, 'Run live checks', conversation, messageId);
    expect(cardText(answer)).toContain('Live checks are not configured on this bot');
    expect(cardButtons(answer).map((b) => b.title)).not.toContain('Run live checks');
  });

  it('keeps the language the card was written in when someone with another language presses', async () => {
    const { card, conversation, messageId } = await diagnosisFor(corpusPaste('c005').text);
    const answer = await press(card, 'Helpful', conversation, messageId, 'ru-RU');
    expect(cardText(answer)).toContain('Which cause was it?');
    expect(cardText(answer)).not.toContain('Какая это была причина?');
  });

  it('asks for the paste again when the card is unknown', async () => {
    const { card, conversation, messageId } = await diagnosisFor(corpusPaste('c005').text);
    const b = button(card, 'Helpful');
    const forged = { ...b.data, id: 'ZZZZZZZZZZZZZZZZZZZZZZ' };
    const response = await bot.post(
      cardAction({
        serviceUrl: bot.connector.serviceUrl,
        conversation,
        verb: b.verb,
        data: forged,
        replyToId: messageId,
      }),
    );
    expect(response.status).toBe(200);
    expect(cardText((response.body as InvokeAnswer).value)).toContain('I no longer have that diagnosis');
  });

  it.each([
    ['an unknown verb', { verb: 'admin.delete', data: { id: 'x' } }],
    ['data that is not an object', { verb: 'causes.all', data: 'oops' }],
    [
      'a template injection in the data',
      { verb: 'causes.all', data: { id: '${json($root)}', causes: 'all', feedback: 'none', checks: 'idle' } },
    ],
  ])('answers %s with a card, never an HTTP error', async (_name, { verb, data }) => {
    const conversation = personalChat();
    const response = await bot.post(
      cardAction({ serviceUrl: bot.connector.serviceUrl, conversation, verb, data, replyToId: '1' }),
    );
    expect(response.status).toBe(200);
    const answer = response.body as InvokeAnswer;
    expect(answer.statusCode).toBe(200);
    expect(cardText(answer.value)).toContain('I do not know that button');
  });

  it('answers a malformed adaptiveCard/action (no Action.Execute) with a card', async () => {
    const conversation = personalChat();
    const activity = cardAction({
      serviceUrl: bot.connector.serviceUrl,
      conversation,
      verb: 'causes.all',
      data: {},
      replyToId: '1',
    });
    const response = await bot.post({
      ...activity,
      value: { action: { type: 'Action.Http', url: 'https://evil.example/' } },
    });
    expect(response.status).toBe(200);
    expect(cardText((response.body as InvokeAnswer).value)).toContain('I do not know that button');
  });

  it('handles the Action.Submit fallback of older clients as a new message', async () => {
    const { card, conversation } = await diagnosisFor(corpusPaste('c008').text);
    const fallback = button(card, 'Helpful').fallback as { data: Record<string, unknown> };
    const submit = {
      ...message({ serviceUrl: bot.connector.serviceUrl, conversation, text: '' }),
      value: fallback.data,
    };
    expect((await bot.post(submit)).status).toBe(200);
    const reply = await bot.connector.waitFor((r) => r.targetId === submit.id);
    expect(cardText((reply.activity['attachments'] as Array<{ content: unknown }>)[0]?.content)).toContain(
      'Which cause was it?',
    );
  });
});
