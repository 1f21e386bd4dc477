import type { Lang } from './text';

/**
 * A phrase with a count, in the plural forms each language needs: English one/other, Russian one/few/many
 * (1 строка, 2 строки, 5 строк; `other` is for fractions). Every form carries `{count}`.
 */
export interface Plural {
  readonly en: { readonly one: string; readonly other: string };
  readonly ru: { readonly one: string; readonly few: string; readonly many: string; readonly other: string };
}

const LOCALES: Readonly<Record<Lang, string>> = { en: 'en-US', ru: 'ru-RU' };
const RULES: Readonly<Record<Lang, Intl.PluralRules>> = {
  en: new Intl.PluralRules(LOCALES.en),
  ru: new Intl.PluralRules(LOCALES.ru),
};
const NUMBERS: Readonly<Record<Lang, Intl.NumberFormat>> = {
  en: new Intl.NumberFormat(LOCALES.en),
  ru: new Intl.NumberFormat(LOCALES.ru),
};

/** A number written the way the language writes it (1,234 / 1 234). */
export function formatNumber(n: number, lang: Lang): string {
  return NUMBERS[lang].format(n);
}

/** The form of `text` that `count` takes in `lang` (by `Intl.PluralRules`), with `{count}` filled in. */
export function plural(text: Plural, lang: Lang, count: number): string {
  const forms = text[lang] as Readonly<Record<string, string>>;
  const form = forms[RULES[lang].select(count)] ?? forms['other'] ?? '';
  return form.replace(/\{count\}/g, formatNumber(count, lang));
}
