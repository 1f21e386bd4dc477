import { LANGS } from '../../../src/knowledge/text';
import { catalogueEntries } from './catalogue-entries';
import { CATALOGUE_MODULES } from './catalogue-modules';
import { invariants } from './parity';

const entries = catalogueEntries(CATALOGUE_MODULES);

describe('text catalogues', () => {
  it('are found in every listed module', () => {
    const perModule = new Map(CATALOGUE_MODULES.map((m) => [m, 0]));
    for (const e of entries) {
      const module = e.path.split(':')[0]!;
      perModule.set(module, (perModule.get(module) ?? 0) + 1);
    }
    expect([...perModule].filter(([, n]) => n === 0)).toEqual([]);
  });

  it('carry the same placeholders, numbers, commands, code, links and names in English and Russian', () => {
    const mismatches: unknown[] = [];
    for (const entry of entries) {
      const reference = invariants(entry.forms.en[entry.forms.en.length - 1] ?? '');
      for (const lang of LANGS) {
        for (const form of entry.forms[lang]) {
          const found = invariants(form);
          if (JSON.stringify(found) !== JSON.stringify(reference))
            mismatches.push({ path: entry.path, lang, form, expected: reference, found });
        }
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('are plain text with no markdown, so they are safe in TextBlocks', () => {
    const markdown = /\*\*|__|\[[^\]]*\]\(|`|(^|\s)_\w|\w_(\s|$)|^#|^- /;
    const bad = entries.flatMap((e) =>
      LANGS.flatMap((lang) =>
        e.forms[lang].filter((f) => markdown.test(f) || f.trim() === '').map((f) => ({ path: e.path, f })),
      ),
    );
    expect(bad).toEqual([]);
  });

  it('are really Russian in Russian, apart from product names and commands', () => {
    const same = entries.filter(
      (e) =>
        e.kind === 'text' &&
        e.forms.ru[0] === e.forms.en[0] &&
        !/[a-z]/.test(e.forms.en[0]!.replace(/ACR Doctor|Azure Resource Manager|Entra ID|help|\{\w+\}/g, '')),
    );
    const untranslated = entries.filter(
      (e) => e.kind === 'text' && e.forms.ru[0] === e.forms.en[0] && !same.includes(e),
    );
    expect(untranslated.map((e) => e.path)).toEqual([]);
  });

  it('catch a Russian text that lost a placeholder, a command or a number (the check can fail)', () => {
    const en = invariants('Run az acr login -n {registry} within 5 minutes: `docker logout` first.');
    expect(
      invariants('Выполните az acr login -n {registry} в течение 5 минут: сначала `docker logout`.'),
    ).toEqual(en);
    expect(
      invariants('Выполните az acr login -n {name} в течение 5 минут: сначала `docker logout`.'),
    ).not.toEqual(en);
    expect(invariants('Выполните az acr login в течение 5 минут: сначала `docker logout`.')).not.toEqual(en);
    expect(
      invariants('Выполните az acr login -n {registry} в течение 6 минут: `docker logout`.'),
    ).not.toEqual(en);
    expect(
      invariants('Выполните az acr login -n {registry} в течение 5 минут: сначала docker logout.'),
    ).not.toEqual(en);
  });
});
