import { saysWord } from '../../../../src/diagnosis/signals/words';

describe('saysWord', () => {
  it.each([
    ['pull from acr fails', 'acr'],
    ['acr-pull role', 'acr'],
    ['(aks) nodes', 'aks'],
    ['acr', 'acr'],
    ['推送到acr失败', 'acr'],
    ['acre of land; acr.', 'acr'],
  ])('finds %s', (text, word) => {
    expect(saysWord(text, word)).toBe(true);
  });

  it.each([
    ['the build breaks', 'aks'],
    ['an acre of land', 'acr'],
    ['macro', 'acr'],
    ['', 'acr'],
  ])('does not find it inside another word: %s', (text, word) => {
    expect(saysWord(text, word)).toBe(false);
  });
});
