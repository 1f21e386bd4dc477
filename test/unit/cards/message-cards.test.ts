import { invalidRegistryCard } from '../../../src/cards';
import { visibleTexts } from '../../fakes/teams/card-reading';

describe('the invalid registry name card (check my-registry)', () => {
  it.each([
    ['en', '<name>.azurecr.io', 'the login server is '],
    ['ru', '<имя>.azurecr.io', 'сервер входа — '],
  ] as const)(
    'shows the login server as %s in monospace, where no HTML parser can eat it',
    (lang, server, lead) => {
      const texts = visibleTexts(invalidRegistryCard(lang, 'my-registry'));
      expect(texts).toContainEqual({ element: 'TextRun', text: server });
      expect(texts.some((t) => t.element === 'TextRun' && t.text.endsWith(lead))).toBe(true);
      // Nothing with angle brackets is left to a TextBlock, which Teams renders as markdown/HTML.
      expect(texts.filter((t) => t.element === 'TextBlock' && /[<>]/.test(t.text))).toEqual([]);
      expect(texts).toContainEqual({ element: 'TextRun', text: 'my-registry' });
    },
  );
});
