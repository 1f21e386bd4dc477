import { BOT_STRINGS } from '../../../src/cards/text/bot';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the bot surfaces catalogue', () => {
  it.each(Object.entries(BOT_STRINGS))(
    '%s exists in English and Russian with the same placeholders',
    (_id, text) => {
      expect(text.en.trim()).not.toBe('');
      expect(text.ru.trim()).not.toBe('');
      expect(placeholders(text.ru)).toEqual(placeholders(text.en));
    },
  );

  it('writes Russian in Cyrillic, not English left untranslated', () => {
    const same = Object.entries(BOT_STRINGS).filter(
      ([id, t]) => t.en === t.ru && !['appName', 'dialogTitle'].includes(id),
    );
    expect(same).toEqual([]);
  });
});
