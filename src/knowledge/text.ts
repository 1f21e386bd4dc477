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
