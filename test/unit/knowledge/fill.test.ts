import { fill, type Text } from '../../../src/knowledge';

const CATALOGUE = {
  greet: { en: 'Found {count} causes for {registry}', ru: 'Найдено причин: {count}, реестр {registry}' },
  plain: { en: 'Nothing to fill', ru: 'Нечего подставлять' },
} as const satisfies Record<string, Text>;

describe('fill', () => {
  it('fills every placeholder in the chosen language', () => {
    expect(fill(CATALOGUE.greet, 'ru', { count: 2, registry: 'contoso' })).toBe(
      'Найдено причин: 2, реестр contoso',
    );
    expect(fill(CATALOGUE.greet, 'en', { count: 0, registry: 'x' })).toBe('Found 0 causes for x');
  });

  it('needs no values for a text without placeholders', () => {
    expect(fill(CATALOGUE.plain, 'en')).toBe('Nothing to fill');
  });

  it('inserts values literally, without reading placeholders or $-patterns inside them', () => {
    expect(fill(CATALOGUE.greet, 'en', { count: '$&', registry: '{count}' })).toBe(
      'Found $& causes for {count}',
    );
  });

  it('checks placeholder names at compile time', () => {
    // @ts-expect-error a placeholder is missing
    expect(fill(CATALOGUE.greet, 'en', { count: 1 })).toBe('Found 1 causes for {registry}');
  });
});
