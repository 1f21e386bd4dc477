import { firstSentence, inlineRuns } from '../../../src/cards/inline-runs';
import { confidenceView } from '../../../src/cards/confidence';

describe('inline runs', () => {
  it('turns code spans into monospace runs and drops the backticks', () => {
    expect(inlineRuns('Run `az acr login -n x` first, then `docker pull`.')).toEqual([
      { text: 'Run ', font: 'Default' },
      { text: 'az acr login -n x', font: 'Monospace' },
      { text: ' first, then ', font: 'Default' },
      { text: 'docker pull', font: 'Monospace' },
      { text: '.', font: 'Default' },
    ]);
  });

  it('leaves an unclosed span as plain text (a text cut in the middle of one)', () => {
    expect(inlineRuns('Use `az acr')).toEqual([
      { text: 'Use ', font: 'Default' },
      { text: 'az acr', font: 'Default' },
    ]);
  });

  it('splits the first sentence from the rest, in English and Russian', () => {
    expect(firstSentence('One thing. Another thing.')).toEqual({
      first: 'One thing.',
      rest: 'Another thing.',
    });
    expect(firstSentence('Реестр закрыт. Клиент не пройдёт.').first).toBe('Реестр закрыт.');
    expect(firstSentence('Only one').rest).toBe('');
  });
});

describe('confidence words', () => {
  it.each([
    [1, 'en', 'High confidence', '99%'],
    [0.7, 'en', 'High confidence', '70%'],
    [0.69, 'en', 'Medium confidence', '69%'],
    [0.4, 'ru', 'Средняя уверенность', '40\u00a0%'],
    [0.39, 'ru', 'Низкая уверенность', '39\u00a0%'],
    [0.001, 'en', 'Low confidence', '<1%'],
    [Number.NaN, 'en', 'Low confidence', '<1%'],
  ] as const)('%d in %s is "%s", %s', (p, lang, word, number) => {
    expect(confidenceView(p, lang)).toMatchObject({ word, number });
  });
});
