/** The languages every user-facing string exists in. English is the fallback. */
export const LANGS = ['en', 'ru'] as const;
export type Lang = (typeof LANGS)[number];

/** A user-facing string in every supported language. */
export type Text = Readonly<Record<Lang, string>>;

/** Picks a language from a BCP-47 locale such as `ru-RU`; anything unknown falls back to English. */
export function langFromLocale(locale: string | undefined | null): Lang {
  const primary = (locale ?? '').trim().slice(0, 2).toLowerCase();
  return (LANGS as readonly string[]).includes(primary) ? (primary as Lang) : 'en';
}

/** The `{name}` placeholders of a template string, as a union of names (`never` when it has none). */
export type Placeholders<S extends string> = S extends `${string}{${infer Name}}${infer Rest}`
  ? Name | Placeholders<Rest>
  : never;

/** Values for every placeholder of a text; a missing or misspelt one is a compile error. */
export type FillValues<T extends Text> = Readonly<Record<Placeholders<T['en']>, string | number>>;

/**
 * The one way to turn a catalogue entry into words: the text in `lang` with its `{name}` placeholders filled.
 * Catalogues are declared `as const satisfies Record<string, Text>` so that placeholder names are checked.
 * Values are inserted as they are: a surface that shows them escapes them itself.
 */
export function fill<T extends Text>(
  text: T,
  lang: Lang,
  ...values: Placeholders<T['en']> extends never ? [] : [FillValues<T>]
): string {
  const given = (values[0] ?? {}) as Readonly<Record<string, string | number>>;
  return text[lang].replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(given, name) ? String(given[name]) : whole,
  );
}
