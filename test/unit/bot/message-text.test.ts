import type { Activity } from 'botbuilder';
import { mentionsBot, textWithoutBotMentions } from '../../../src/bot/message-text';

const BOT = { id: '28:bot-app-id', name: 'ACR Doctor' };

function activity(
  text: string,
  mentioned: Array<{ id: string; name: string; text: string }>,
): Partial<Activity> {
  return {
    type: 'message',
    text,
    recipient: BOT,
    entities: [
      { type: 'clientInfo', locale: 'en-US' },
      ...mentioned.map((m) => ({ type: 'mention', text: m.text, mentioned: { id: m.id, name: m.name } })),
    ],
  };
}

describe('the text of a message, without the bot mention', () => {
  it('removes every mention of the bot and keeps the rest', () => {
    const a = activity('<at>ACR Doctor</at> contoso <at>ACR Doctor</at>', [
      { ...BOT, text: '<at>ACR Doctor</at>' },
      { ...BOT, text: '<at>ACR Doctor</at>' },
    ]);
    expect(mentionsBot(a)).toBe(true);
    expect(textWithoutBotMentions(a)).toBe('contoso');
  });

  it('keeps other people as plain names, never as mention tags', () => {
    const a = activity('<at>ACR Doctor</at> <at>Megan</at> sees this:\ndenied', [
      { ...BOT, text: '<at>ACR Doctor</at>' },
      { id: '29:megan', name: 'Megan', text: '<at>Megan</at>' },
    ]);
    expect(textWithoutBotMentions(a)).toBe('Megan sees this:\ndenied');
  });

  it('handles a mention whose entity text differs from the tag in the message', () => {
    const a = activity('<at>ACR Doctor</at> help', [{ ...BOT, text: '<at>@ACR Doctor</at>' }]);
    expect(textWithoutBotMentions(a)).toBe('help');
  });

  it('does not believe a typed tag: only an entity for the bot counts as a mention', () => {
    const a = activity('<at>ACR Doctor</at> help', [
      { id: '29:megan', name: 'Megan', text: '<at>Megan</at>' },
    ]);
    expect(mentionsBot(a)).toBe(false);
  });

  it('survives activities without text or entities', () => {
    expect(textWithoutBotMentions({ type: 'message', recipient: BOT })).toBe('');
    expect(mentionsBot({ type: 'message' })).toBe(false);
  });
});
