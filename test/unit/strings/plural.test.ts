import { plural, type Plural } from '../../../src/knowledge/plural';

const LINES: Plural = {
  en: { one: '{count} line', other: '{count} lines' },
  ru: { one: '{count} строка', few: '{count} строки', many: '{count} строк', other: '{count} строки' },
};

describe('plural', () => {
  it.each([
    [1, '1 строка'],
    [2, '2 строки'],
    [4, '4 строки'],
    [5, '5 строк'],
    [11, '11 строк'],
    [12, '12 строк'],
    [21, '21 строка'],
    [22, '22 строки'],
    [25, '25 строк'],
    [111, '111 строк'],
    [1.5, '1,5 строки'],
  ])('Russian %d → %s', (n, expected) => {
    expect(plural(LINES, 'ru', n)).toBe(expected);
  });

  it('English one and other, with grouped thousands', () => {
    expect(plural(LINES, 'en', 1)).toBe('1 line');
    expect(plural(LINES, 'en', 0)).toBe('0 lines');
    expect(plural(LINES, 'en', 1234)).toBe('1,234 lines');
    expect(plural(LINES, 'ru', 1234).replace(/\s/g, ' ')).toBe('1 234 строки');
  });
});
