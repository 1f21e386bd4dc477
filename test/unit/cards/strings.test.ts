import { STRINGS } from '../../../src/cards/strings';

function leaves(value: unknown, path: string, out: Array<[string, string]>): void {
  if (typeof value === 'string') out.push([path, value]);
  else if (typeof value === 'function') {
    // Call interpolating strings with harmless samples so their output is checked too.
    const sample = (value as (...args: unknown[]) => unknown)('sample', 'sample');
    leaves(sample, `${path}()`, out);
  } else if (Array.isArray(value)) value.forEach((v, i) => leaves(v, `${path}[${i}]`, out));
  else if (typeof value === 'object' && value !== null)
    for (const [k, v] of Object.entries(value)) leaves(v, `${path}.${k}`, out);
}

describe('card strings', () => {
  const en: Array<[string, string]> = [];
  const ru: Array<[string, string]> = [];
  leaves(STRINGS.en, 'en', en);
  leaves(STRINGS.ru, 'ru', ru);

  it('exist in both languages with the same shape', () => {
    expect(ru.map(([p]) => p.replace(/^ru/, ''))).toEqual(en.map(([p]) => p.replace(/^en/, '')));
  });

  it('are plain text, so they are safe in TextBlocks (no markdown emphasis, links or code)', () => {
    for (const [path, text] of [...en, ...ru]) {
      expect({ path, markdown: /\*\*|__|\[[^\]]*\]\(|`|(^|\s)_\w|\w_(\s|$)|^#|^- /.test(text) }).toEqual({
        path,
        markdown: false,
      });
      expect({ path, empty: text.trim() === '' }).toEqual({ path, empty: false });
    }
  });

  it('are really Russian in Russian, apart from names of tools and codes', () => {
    const untranslated = ru.filter(
      ([path, text], i) =>
        text === en[i]?.[1] && !/\.tools\.|httpContexts\.(arm|entra)|appName|\.command(\(\))?$/.test(path),
    );
    expect(untranslated).toEqual([]);
  });
});
