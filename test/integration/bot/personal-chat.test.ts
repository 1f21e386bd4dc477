import { CAUSES } from '../../../src/knowledge';
import { channelThread, message, personalChat } from '../../fakes/teams/activities';
import { startBotUnderTest, type BotUnderTest } from '../../fakes/teams/bot-under-test';
import { cardButtons, cardText, visibleTexts } from '../../fakes/teams/card-reading';
import type { CapturedActivity } from '../../fakes/teams/connector';
import { corpusPaste } from '../../fakes/teams/pastes';

let bot: BotUnderTest;
beforeAll(async () => {
  bot = await startBotUnderTest();
});
afterAll(async () => bot.stop());
afterEach(() => expect(bot.connector.rejected).toEqual([]));

function cardOf(captured: CapturedActivity): unknown {
  const attachments = captured.activity['attachments'] as Array<{ contentType: string; content: unknown }>;
  expect(attachments).toHaveLength(1);
  expect(attachments[0]?.contentType).toBe('application/vnd.microsoft.card.adaptive');
  return attachments[0]?.content;
}

async function say(text: string, extra: { locale?: string; html?: boolean } = {}) {
  const conversation = personalChat();
  const activity = message({ serviceUrl: bot.connector.serviceUrl, conversation, text, ...extra });
  const response = await bot.post(activity);
  expect(response.status).toBe(200);
  const replies = bot.connector.received.filter((r) => r.conversationId === conversation.id);
  expect(replies).toHaveLength(1);
  const reply = replies[0]!;
  expect(reply).toMatchObject({ operation: 'reply', targetId: activity.id });
  return cardOf(reply);
}

describe('a personal chat with the bot over HTTP', () => {
  it('answers a pasted kubelet error (corpus c005) with the firewall cause first', async () => {
    const card = await say(corpusPaste('c005').text);
    const firewall = CAUSES.filter((c) => c.family === 'firewall-ip-not-allowed').map((c) => c.title.en);
    const verdict = visibleTexts(card)[1]?.text ?? '';
    // The IP denial is also what a registry with public access disabled answers: the card names both, firewall first.
    expect(firewall.some((title) => verdict.startsWith(`From the paste alone this is ${title}`))).toBe(true);
    // The paste names no registry, so there is nothing to check live: Details and feedback remain.
    expect(cardButtons(card).map((b) => b.title)).toEqual(
      expect.arrayContaining(['Details', 'Did it help?', 'Helpful', 'Not helpful']),
    );
    expect(cardButtons(card).map((b) => b.title)).not.toContain('Run live checks');
  });

  it('reads a paste Teams delivered as HTML', async () => {
    const card = await say(
      '<p>Error response from daemon: Get &quot;https://contoso.azurecr.io/v2/&quot;: denied: client with IP &#39;203.0.113.9&#39; is not allowed access</p>',
    );
    expect(cardText(card)).toContain('203.0.113.9');
    expect(cardText(card)).toMatch(/^ACR Doctor\nMost likely: /);
  });

  it('answers in Russian for a Russian client', async () => {
    const card = await say(corpusPaste('c024').text, { locale: 'ru-RU' });
    expect(cardText(card)).toMatch(/Вероятнее всего: /);
  });

  it('shows the help card for "help" and for an empty message', async () => {
    expect(cardText(await say('help'))).toContain('How to use ACR Doctor');
    expect(cardText(await say(''))).toContain('How to use ACR Doctor');
  });

  it('greets chit-chat with a sample to try, and says what it understood in a longer text without an error', async () => {
    const chat = await say('good morning, the build is green today');
    expect(cardText(chat)).toContain('Hello!');
    expect(cardButtons(chat).map((b) => b.title)).toEqual(['Try a sample']);
    const card = await say(
      'good morning, the build is green today.\nThe release notes are on the wiki.\nThe retro is on Friday, bring ideas.',
    );
    expect(cardText(card)).toContain('I did not find an ACR error in that');
    expect(cardText(card)).toContain('I read 3 lines');
  });

  it('offers what it can do for a registry named alone', async () => {
    const card = await say('contoso');
    expect(cardText(card)).toContain('Registry contoso');
    expect(cardText(card)).toContain('az acr check-health -n contoso --yes');
  });

  it('does not answer an ordinary channel message that does not mention it', async () => {
    const conversation = channelThread();
    const response = await bot.post(
      message({
        serviceUrl: bot.connector.serviceUrl,
        conversation,
        text: 'good morning, the build is green today',
      }),
    );
    expect(response.status).toBe(200);
    expect(bot.connector.received.filter((r) => r.conversationId === conversation.id)).toEqual([]);
  });
});
